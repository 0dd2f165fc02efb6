import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, useSiteInBrowser } from '../helpers/browser';

const hasBrowser = browserAvailable();
const chapter = 'chapitres/un-ecosysteme-tisse-serre/';

/** Each section heading's copy-link button: how far it sits from the end of the heading's last line, and whether on that line. */
function headingButtons(): { heading: string; gap: number; sameLine: boolean }[] {
  return [...document.querySelectorAll('.heading-wrapper')].map((wrapper) => {
    const heading = wrapper.querySelector('h2, h3')!;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    const last = lines.reduce((a, b) => (b.bottom > a.bottom + 1 || (Math.abs(b.bottom - a.bottom) <= 1 && b.right > a.right) ? b : a));
    const button = wrapper.querySelector('.heading-link')!.getBoundingClientRect();
    const middle = (button.top + button.bottom) / 2;
    return {
      heading: (heading.textContent ?? '').slice(0, 30),
      gap: Math.round(button.left - last.right),
      sameLine: middle > last.top && middle < last.bottom,
    };
  });
}

/** The key figure cards: per row, how many; per card, whether its unit sits on its value's line and whether anything sticks out. */
function keyFigureLayout(): { rows: number[]; unitsOff: string[]; overflowing: string[]; complement: { size: number; weight: number; labelSize: number; unitSize: number } | null } {
  const cards = [...document.querySelectorAll<HTMLElement>('.key-figure')];
  const tops = new Map<number, number>();
  for (const card of cards) {
    const top = Math.round(card.getBoundingClientRect().top);
    tops.set(top, (tops.get(top) ?? 0) + 1);
  }
  const unitsOff: string[] = [];
  const overflowing: string[] = [];
  for (const card of cards) {
    const value = card.querySelector('.key-figure__value')!;
    const unit = card.querySelector('.key-figure__unit');
    // The value is a block (a flex item): its number's line is read from the text itself.
    const number = document.createRange();
    number.selectNodeContents([...value.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!);
    const first = number.getClientRects()[0]!;
    if (unit) {
      const u = unit.getBoundingClientRect();
      const middle = (u.top + u.bottom) / 2;
      if (middle <= first.top || middle >= first.bottom) unitsOff.push(card.textContent!.trim().replace(/\s+/g, ' ').slice(0, 20));
    }
    if (card.scrollWidth > card.clientWidth + 1 || value.getBoundingClientRect().right > card.getBoundingClientRect().right + 0.5) overflowing.push(card.textContent!.trim().slice(0, 20));
  }
  const complement = document.querySelector('.key-figure__complement');
  const label = document.querySelector('.key-figure__label')!;
  const unit = document.querySelector('.key-figure__unit')!;
  return {
    rows: [...tops.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n),
    unitsOff,
    overflowing,
    complement: complement && {
      size: Number.parseFloat(getComputedStyle(complement).fontSize),
      weight: Number(getComputedStyle(complement).fontWeight),
      labelSize: Number.parseFloat(getComputedStyle(label).fontSize),
      unitSize: Number.parseFloat(getComputedStyle(unit).fontSize),
    },
  };
}

describe.runIf(hasBrowser)('the chapter page at 320, 375, 768 and 1280 px: heading buttons and key figures (Chromium)', () => {
  const site = useSiteInBrowser();

  const open = async (width: number): Promise<Page> => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.server.url + chapter);
    await page.waitForSelector('.heading-wrapper .heading-link');
    return page;
  };

  for (const width of [320, 375, 768, 1280]) {
    it(`at ${width} px, each heading's « # » button follows the end of its heading's last line, 12 px or less after it`, async () => {
      const page = await open(width);
      const buttons = await page.evaluate(headingButtons);
      await page.close();
      expect(buttons.length).toBe(3);
      expect(buttons.filter((b) => !b.sameLine || b.gap < 0 || b.gap > 12)).toEqual([]);
    });

    it(`at ${width} px, the key figures keep each unit on its value's line, nothing sticks out of a card, no card alone on a row under a fuller one, and « + Premières Nations » reads as a qualifier`, async () => {
      const page = await open(width);
      const layout = await page.evaluate(keyFigureLayout);
      await page.close();
      expect(layout.rows.reduce((a, b) => a + b, 0)).toBe(5);
      expect(layout.unitsOff).toEqual([]);
      expect(layout.overflowing).toEqual([]);
      // Rows differ by one card at most: 3 and 2, or one each on a phone; never 4 and 1.
      expect(Math.max(...layout.rows) - Math.min(...layout.rows), `cards per row: ${layout.rows.join(', ')}`).toBeLessThanOrEqual(1);
      expect(layout.complement).not.toBeNull();
      expect(layout.complement!.size).toBeLessThanOrEqual(layout.complement!.labelSize);
      expect(layout.complement!.size).toBeLessThan(layout.complement!.unitSize);
      expect(layout.complement!.weight).toBeLessThan(700);
    });
  }
});
