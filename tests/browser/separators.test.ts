// A separator « · » between two pieces of text (« février 2020 · SISMIC », « Accueil · Rechercher »)
// never ends a line: it stays with the text after it, or is left out where the line breaks. Read
// in Chromium at phone and desktop widths, in the HTML's line boxes and in the drawings' lines. Nor
// does a range break after its en dash (« Rapport annuel 2019– » / « 2020 »).
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/chromium';
import { useSiteInBrowser } from '../helpers/browser';

const available = browserAvailable();
const pages = ['chapitres/un-ecosysteme-tisse-serre/', '404.html', 'embed/jalons-initiatives/'];

describe.skipIf(!available)('separators at the end of a line (Chromium)', () => {
  const site = useSiteInBrowser();

  for (const width of [320, 375, 1280]) {
    it(`no line ends on « · » nor inside a range at ${width} px, in text or in a drawing`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const found: string[] = [];
      let separators = 0;
      for (const path of pages) {
        await page.goto(`${site.server.url}${path}`);
        const result = await page.evaluate(() => {
          const bad: string[] = [];
          let seen = 0;
          // HTML: the box of each « · » against the box of the next visible character.
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const chars: { node: Text; offset: number }[] = [];
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            if (node.parentElement?.closest('svg, script, style, [hidden]')) continue;
            for (let i = 0; i < node.data.length; i++) if (!/\s/.test(node.data[i]!)) chars.push({ node, offset: i });
          }
          const box = ({ node, offset }: { node: Text; offset: number }) => {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            return range.getClientRects()[0];
          };
          chars.forEach((c, i) => {
            if (c.node.data[c.offset] !== '·' || !chars[i + 1]) return;
            const [here, next] = [box(c), box(chars[i + 1]!)];
            if (!here || !next) return;
            seen++;
            if (next.top >= here.bottom - 1) bad.push(`${c.node.data.trim()} / ${chars[i + 1]!.node.data.trim()}`);
          });
          // A range (2019–2020, p. 5–6, 18–35) never breaks after its dash.
          chars.forEach((c, i) => {
            const after = chars[i + 1];
            if (c.node.data[c.offset] !== '–' || !after || !/\d/.test(c.node.data[c.offset - 1] ?? '') || !/\d/.test(after.node.data[after.offset]!)) return;
            const [here, next] = [box(c), box(after)];
            if (here && next && next.top >= here.bottom - 1) bad.push(`${c.node.data.trim()} (intervalle coupé)`);
          });
          // Drawings: each line of a text (a <tspan> with its own x starts a line), in the drawing shown.
          for (const text of document.querySelectorAll('svg text')) {
            if (!(text as SVGTextElement).getClientRects().length) continue;
            const lines: string[] = [];
            for (const child of text.childNodes) {
              const starts = child.nodeType === 1 && (child as Element).hasAttribute('x');
              if (starts || !lines.length) lines.push('');
              lines[lines.length - 1] += child.textContent ?? '';
            }
            for (const line of lines) {
              if (line.includes('·')) seen++;
              if (/·\s*$/.test(line)) bad.push(`${line} (dessin)`);
            }
          }
          return { bad, seen };
        });
        found.push(...result.bad.map((b) => `${path}: ${b}`));
        separators += result.seen;
      }
      await context.close();
      // The check saw separators (the text's and the timeline's; where a heading wraps its « · » is dropped).
      expect(separators).toBeGreaterThan(2);
      expect(found).toEqual([]);
    });
  }
});
