// « Écouter » in Chromium, on the default build (the chapter's bar chart, its embed page) and the
// gallery (several series, a scatter): the player is fetched only when pressed; the tones it
// schedules (recorded by wrapping AudioContext and OscillatorNode before the page runs) follow the
// chart's data table: order in time, pitch by value, a timbre per series; the keyboard steps and
// replays, Escape stops; the live region says each series as it starts and the end while playing
// (one polite announcement per tone would pile up in a screen reader's queue), and each value the
// reader steps to. Sizes and orders, never durations.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { builds } from '../helpers/build';
import { serveStatic } from '../helpers/static-server';
import { axeViolations } from '../helpers/axe';
import { t } from '../../src/strings';
import { keepTogether } from '../../src/utils/typography';

const hasBrowser = browserAvailable();
const chapter = 'chapitres/un-ecosysteme-tisse-serre/';
const bars = 'poles-par-region';
const barsTitle = 'Pôles d’économie sociale identifiés par région administrative';

interface Recorded {
  contexts: number;
  tones: { frequency: number; type: string; when: number }[];
  /** Each oscillator's stop() calls: when (null: at once). */
  stops: { tone: number; when: number | null }[];
}

/** Runs in the page before its scripts: counts audio contexts, records every tone started and stopped. */
function recordAudio() {
  const w = window as unknown as { audio: Recorded; AudioContext: typeof AudioContext };
  w.audio = { contexts: 0, tones: [], stops: [] };
  const Base = w.AudioContext;
  w.AudioContext = class extends Base {
    constructor(options?: AudioContextOptions) {
      super(options);
      w.audio.contexts++;
    }
  };
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (this: OscillatorNode & { n?: number }, when?: number) {
    this.n = w.audio.tones.length;
    w.audio.tones.push({ frequency: this.frequency.value, type: this.type, when: when ?? 0 });
    return start.call(this, when);
  };
  const stop = OscillatorNode.prototype.stop;
  OscillatorNode.prototype.stop = function (this: OscillatorNode & { n?: number }, when?: number) {
    w.audio.stops.push({ tone: this.n ?? -1, when: when ?? null });
    return stop.call(this, when);
  };
}

/** A number as the data table writes it (1 234,5 ; −3 ; 42,5 %). */
const tableNumber = (text: string) => Number(text.replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-').replace(',', '.').replace(/[^\d.-]+$/, ''));

/** Whether pitch follows value: a larger value always sounds higher, equal values alike. */
function expectPitchFollows(values: readonly number[], frequencies: readonly number[]) {
  expect(frequencies).toHaveLength(values.length);
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < values.length; j++) {
      if (values[i]! > values[j]!) expect(frequencies[i], `${values[i]} > ${values[j]}`).toBeGreaterThan(frequencies[j]!);
      if (values[i] === values[j]) expect(frequencies[i]).toBeCloseTo(frequencies[j]!, 6);
    }
  expect(new Set(frequencies).size, 'several pitches').toBeGreaterThan(1);
}

describe.runIf(hasBrowser)('« Écouter » (Chromium)', () => {
  let report: Awaited<ReturnType<typeof serveStatic>>;
  let gallery: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    report = await serveStatic(path.resolve(builds.default.outDir));
    gallery = await serveStatic(path.resolve(builds.gallery.outDir));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await report?.close();
    await gallery?.close();
    expect(errors).toEqual([]);
  });

  async function open(url: string, options: { width?: number; dark?: boolean; js?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      colorScheme: options.dark ? 'dark' : 'light',
      javaScriptEnabled: options.js ?? true,
    });
    await context.addInitScript(recordAudio);
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'networkidle' });
    return page;
  }

  const figure = (page: Page, id: string) => page.locator(`[data-figure="${id}"]`);
  const button = (page: Page, id: string) => figure(page, id).locator('.figure__listen button');
  /** The button's visible text. */
  const shown = (page: Page, id: string) => button(page, id).locator('span').first().textContent();
  /** The marks outlined as they sound. */
  const sounding = (page: Page, id: string) => figure(page, id).locator('[data-label][style*="outline"]');
  const live = (page: Page, id: string) => figure(page, id).locator('.figure__listen [aria-live="polite"]');
  const recorded = (page: Page) => page.evaluate(() => (window as unknown as { audio: Recorded }).audio);
  /** The figure's data table: its header and its rows of cells as shown. */
  const table = (page: Page, id: string) =>
    figure(page, id)
      .locator('.figure__data table')
      .evaluate((el) => ({
        headers: [...(el as HTMLTableElement).tHead!.rows[0]!.cells].map((c) => c.textContent!.trim()),
        rows: [...(el as HTMLTableElement).tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim())),
      }));
  /** Waits until the live region says exactly this. */
  const heard = (page: Page, id: string, text: string) =>
    page.waitForFunction(([id, text]) => document.querySelector(`[data-figure="${id}"] .figure__listen [aria-live="polite"]`)?.textContent === text, [id, text] as const, { polling: 'raf' });
  const played = (page: Page, id: string) => heard(page, id, t.listen.ended);
  /** Waits until the mark outlined as it sounds is this one (its data-label). */
  const outlined = (page: Page, id: string, label: string) =>
    page.waitForFunction(([id, label]) => document.querySelector(`[data-figure="${id}"] [data-label][style*="outline"]`)?.getAttribute('data-label') === label, [id, label] as const, {
      polling: 'raf',
    });
  /** From now on, records every text the figure's live region takes, in order (read with `announced`). */
  const recordAnnouncements = (page: Page, id: string) =>
    page.evaluate((id) => {
      const region = document.querySelector(`[data-figure="${id}"] .figure__listen [aria-live="polite"]`)!;
      const w = window as unknown as { announced: string[] };
      w.announced = [];
      new MutationObserver(() => w.announced.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    }, id);
  const announced = (page: Page) => page.evaluate(() => (window as unknown as { announced: string[] }).announced);

  it('without JavaScript shows no « Écouter » button; charts that cannot be listened to have none', async () => {
    const page = await open(`${report.url}${chapter}`, { js: false });
    expect(await figure(page, bars).locator('.figure__listen').count()).toBe(1);
    expect(await page.getByRole('button', { name: /Écouter/ }).count()).toBe(0);
    await page.context().close();
    const withJs = await open(`${report.url}${chapter}`);
    expect(await withJs.getByRole('button', { name: /Écouter/ }).count()).toBe(1);
    // The timeline and the map of the chapter: none.
    expect(await figure(withJs, 'jalons-initiatives').locator('.figure__listen').count()).toBe(0);
    expect(await figure(withJs, 'carte-poles').locator('.figure__listen').count()).toBe(0);
    await withJs.context().close();
    const examples = await open(`${gallery.url}galerie/`);
    expect(await figure(examples, 'exemple-anneau').locator('.figure__listen').count()).toBe(0);
    for (const id of ['exemple-barres', 'exemple-colonnes-groupees', 'exemple-lignes', 'exemple-aires', 'exemple-nuage-de-points'])
      expect(await button(examples, id).isVisible(), id).toBe(true);
    await examples.context().close();
  });

  it('is inside the figure its title names, and is fetched, with an audio context, only when pressed', async () => {
    const page = await open(`${report.url}${chapter}`);
    const scripts: string[] = [];
    page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()));
    const name = `${t.listen.play} ${t.listen.playName}`;
    // Note: the title names the figure, not the button too (each figure's title is read once: tests/browser/map.test.ts).
    expect(await page.getByRole('figure', { name: barsTitle, exact: true }).getByRole('button', { name, exact: true }).count()).toBe(1);
    // The keys are described once it has been pressed (their text comes with the player).
    expect(await button(page, bars).getAttribute('aria-describedby')).toBeNull();
    await page.mouse.wheel(0, 400);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    expect(await recorded(page)).toEqual({ contexts: 0, tones: [], stops: [] });
    const player = page.waitForResponse((r) => /listen-player/.test(r.url()));
    await button(page, bars).click();
    const body = await (await player).text();
    expect(body).toContain('createOscillator');
    expect(scripts.filter((url) => /listen-player/.test(url))).toHaveLength(1);
    expect((await recorded(page)).contexts).toBe(1);
    const hint = await button(page, bars).getAttribute('aria-describedby');
    expect(await page.locator(`#${hint}`).textContent()).toBe(t.listen.keys);
    // Pressed again (to stop, then to play again): neither fetched nor made again.
    await button(page, bars).click();
    await heard(page, bars, t.listen.stopped);
    await button(page, bars).click();
    await button(page, bars).click();
    expect(scripts.filter((url) => /listen-player/.test(url))).toHaveLength(1);
    expect((await recorded(page)).contexts).toBe(1);
    await page.context().close();
  });

  for (const width of [1280, 375]) {
    it(`at ${width} px plays every value in the table’s order, higher values higher, its mark outlined, says the end, then turns back into « Écouter »`, async () => {
      const page = await open(`${report.url}${chapter}`, { width });
      const { rows } = await table(page, bars);
      await recordAnnouncements(page, bars);
      await button(page, bars).click();
      await outlined(page, bars, rows[0]![0]!);
      expect(await figure(page, bars).getByRole('button', { name: `${t.listen.stop} ${t.listen.stopName}`, exact: true }).count()).toBe(1);
      await outlined(page, bars, rows[5]![0]!);
      await played(page, bars);
      // One series: nothing is announced while it plays, then its end.
      expect(await announced(page)).toEqual([t.listen.ended]);
      const { tones } = await recorded(page);
      expect(tones).toHaveLength(rows.length);
      // Time for order: each tone after the one before.
      for (let i = 1; i < tones.length; i++) expect(tones[i]!.when).toBeGreaterThan(tones[i - 1]!.when);
      expectPitchFollows(
        rows.map((r) => tableNumber(r[1]!)),
        tones.map((tone) => tone.frequency),
      );
      expect(new Set(tones.map((tone) => tone.type))).toEqual(new Set(['sine']));
      expect(await shown(page, bars)).toBe(t.listen.play);
      expect(await sounding(page, bars).count()).toBe(0);
      await page.context().close();
    });
  }

  it('gives each series its own timbre, series after series with a pause between, and names the series when it changes', async () => {
    const id = 'exemple-lignes';
    const page = await open(`${gallery.url}galerie/`);
    const { headers, rows } = await table(page, id);
    const series = headers.slice(1);
    await recordAnnouncements(page, id);
    await button(page, id).click();
    await played(page, id);
    expect(await announced(page)).toEqual([...series.map((name) => t.listen.series(name)), t.listen.ended]);
    const { tones } = await recorded(page);
    const values = series.flatMap((_, s) => rows.map((r) => tableNumber(r[s + 1]!)));
    expect(tones).toHaveLength(values.length);
    expectPitchFollows(
      values,
      tones.map((tone) => tone.frequency),
    );
    const types = series.map((_, s) => new Set(tones.slice(s * rows.length, (s + 1) * rows.length).map((tone) => tone.type)));
    for (const type of types) expect(type.size).toBe(1);
    expect(new Set(types.map((type) => [...type][0])).size, 'one timbre per series').toBe(series.length);
    const step = tones[1]!.when - tones[0]!.when;
    expect(tones[rows.length]!.when - tones[rows.length - 1]!.when, 'pause between series').toBeGreaterThan(step);
    await page.context().close();
  });

  it('plays a scatter from left to right (x), its pitch by y, a timbre per colour category', async () => {
    const id = 'exemple-nuage-de-points';
    const page = await open(`${gallery.url}galerie/`);
    const { rows } = await table(page, id);
    await button(page, id).click();
    await played(page, id);
    const { tones } = await recorded(page);
    // The table: name, x, y, size, category. Expected: category after category (in order of first
    // appearance from the left), each from its smallest x to its largest, the pitch by y.
    const byX = [...rows].sort((a, b) => tableNumber(a[1]!) - tableNumber(b[1]!));
    const categories = [...new Set(byX.map((r) => r[4]!))];
    const expected = categories.flatMap((c) => byX.filter((r) => r[4] === c));
    expect(tones).toHaveLength(rows.length);
    expectPitchFollows(
      expected.map((r) => tableNumber(r[2]!)),
      tones.map((tone) => tone.frequency),
    );
    // One timbre per category, each heard in one stretch.
    const types = tones.map((tone) => tone.type);
    expect(types.filter((type, i) => i === 0 || type !== types[i - 1])).toHaveLength(categories.length);
    expect(new Set(types).size).toBe(categories.length);
    await page.context().close();
  });

  it('once pressed, steps value by value with the arrows (Home, End), each one tone, and Enter replays the whole chart', async () => {
    const page = await open(`${report.url}${chapter}`);
    const { rows } = await table(page, bars);
    const say = (r: number) => `${rows[r]![0]}\u00a0: ${rows[r]![1]}`;
    await button(page, bars).focus();
    // Before it is pressed the arrows play nothing (no sound until asked).
    await page.keyboard.press('ArrowRight');
    expect(await recorded(page)).toEqual({ contexts: 0, tones: [], stops: [] });
    await page.keyboard.press('Enter');
    await played(page, bars);
    const pitch = (await recorded(page)).tones.map((tone) => tone.frequency);
    expect(pitch).toHaveLength(rows.length);
    // After a whole reading the arrows go on from its last value.
    await page.keyboard.press('ArrowLeft');
    await heard(page, bars, say(rows.length - 2));
    await page.keyboard.press('Home');
    await heard(page, bars, say(0));
    await page.keyboard.press('ArrowRight');
    await heard(page, bars, say(1));
    await page.keyboard.press('ArrowDown');
    await heard(page, bars, say(2));
    await page.keyboard.press('ArrowUp');
    await heard(page, bars, say(1));
    await page.keyboard.press('End');
    await heard(page, bars, say(rows.length - 1));
    await page.keyboard.press('ArrowRight');
    await heard(page, bars, say(rows.length - 1));
    const stepped = (await recorded(page)).tones.slice(rows.length);
    expect(stepped.map((tone) => tone.frequency)).toEqual([rows.length - 2, 0, 1, 2, 1, rows.length - 1, rows.length - 1].map((r) => pitch[r]));
    // Stepping is not playing: the button still says « Écouter », and the outline follows the value.
    expect(await shown(page, bars)).toBe(t.listen.play);
    expect(await sounding(page, bars).getAttribute('data-label')).toBe(rows.at(-1)![0]);

    await page.keyboard.press('Enter');
    await played(page, bars);
    const again = (await recorded(page)).tones.slice(rows.length + stepped.length);
    expect(again.map((tone) => tone.frequency)).toEqual(pitch);
    expect(await page.evaluate(() => document.activeElement?.closest('.figure__listen') !== null)).toBe(true);
    await page.context().close();
  });

  it('while playing says only each series as it starts and the end (no announcement per tone to pile up); each arrow step says its value, naming its series when it changes', async () => {
    const id = 'exemple-lignes';
    const page = await open(`${gallery.url}galerie/`);
    const { headers, rows } = await table(page, id);
    const series = headers.slice(1);
    expect(series.length).toBeGreaterThan(1);
    const a = series[0]!;
    await recordAnnouncements(page, id);
    await button(page, id).focus();
    await page.keyboard.press('Enter');
    await played(page, id);
    const whole = [...series.map((name) => t.listen.series(name)), t.listen.ended];
    expect(await announced(page)).toEqual(whole);
    // After the reading (its last value: the last row of the last series), step by step.
    const last = rows.length - 1;
    const previous = `${rows[last - 1]![0]}\u00a0: ${rows[last - 1]![series.length]}`;
    await page.keyboard.press('ArrowLeft');
    await heard(page, id, previous);
    await page.keyboard.press('Home');
    await heard(page, id, `${t.listen.series(a)} ${rows[0]![0]}\u00a0: ${rows[0]![1]}`);
    await page.keyboard.press('ArrowRight');
    await heard(page, id, `${rows[1]![0]}\u00a0: ${rows[1]![1]}`);
    expect(await announced(page)).toEqual([
      ...whole,
      previous,
      `${t.listen.series(a)} ${rows[0]![0]}\u00a0: ${rows[0]![1]}`,
      `${rows[1]![0]}\u00a0: ${rows[1]![1]}`,
    ]);
    // Played again: the series are said again, the values not.
    await page.keyboard.press('Enter');
    await played(page, id);
    expect((await announced(page)).slice(whole.length + 3)).toEqual(whole);
    await page.context().close();
  });

  it('stops on Escape (wherever the focus is) and on « Arrêter »: every tone silenced at once, nothing more announced', async () => {
    const id = 'exemple-lignes';
    const page = await open(`${gallery.url}galerie/`);
    const { headers } = await table(page, id);
    for (const how of ['Escape on the button', 'Escape elsewhere', 'Arrêter'] as const) {
      const before = (await recorded(page)).tones.length;
      await button(page, id).click();
      await heard(page, id, t.listen.series(headers[1]!));
      if (how === 'Arrêter') await button(page, id).click();
      else {
        if (how === 'Escape elsewhere') await page.locator('h1').click();
        await page.keyboard.press('Escape');
      }
      await heard(page, id, t.listen.stopped);
      const { tones, stops } = await recorded(page);
      const mine = tones.slice(before).map((_, i) => before + i);
      // Each tone of this reading was scheduled to stop, then stopped at once.
      for (const tone of mine) expect(stops.filter((s) => s.tone === tone).map((s) => s.when === null), `${how}: tone ${tone}`).toEqual([false, true]);
      expect(await shown(page, id), how).toBe(t.listen.play);
      expect(await sounding(page, id).count(), how).toBe(0);
      // The reading's timers are gone: a moment later the region still says it stopped.
      await page.waitForTimeout(700);
      expect(await live(page, id).textContent(), how).toBe(t.listen.stopped);
    }
    await page.context().close();
  });

  for (const dark of [false, true]) {
    it(`has no axe violations with the button, as loaded, focused and playing (${dark ? 'dark' : 'light'})`, async () => {
      for (const width of [375, 1280]) {
        const page = await open(`${report.url}${chapter}`, { width, dark });
        expect(await axeViolations(page), `${width} as loaded`).toEqual([]);
        await button(page, bars).focus();
        await button(page, bars).press('Enter');
        await outlined(page, bars, (await table(page, bars)).rows[1]![0]!);
        expect(await axeViolations(page), `${width} playing`).toEqual([]);
        await page.keyboard.press('Escape');
        await page.context().close();
      }
    });
  }

  it('works in the embed page, and is not printed', async () => {
    const page = await open(`${report.url}embed/${bars}/`, { width: 375 });
    const marks = await figure(page, bars).locator('.figure__drawing--narrow [data-value]').count();
    await button(page, bars).click();
    await played(page, bars);
    expect((await recorded(page)).tones).toHaveLength(marks);
    await page.emulateMedia({ media: 'print' });
    expect(await button(page, bars).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await button(page, bars).isVisible()).toBe(true);
    await page.context().close();
  });
});
