import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { colorSchemesPlugin } from '../../src/styles/color-schemes';
import { themeCss } from '../../src/styles/theme';

const run = async (css: string) => (await postcss([colorSchemesPlugin()]).process(css, { from: undefined })).css.replace(/\s+/g, ' ').replace(/}@/g, '} @').trim();

describe('colour schemes an embed page can force (data-theme on <html>)', () => {
  it('keeps a dark rule under its media query unless the page forces light, and applies it where the page forces dark, with no added specificity', async () => {
    expect(await run('.a { color: red } @media (prefers-color-scheme: dark) { .figure svg, html .x { background: #fff } }')).toBe(
      '.a { color: red } @media (prefers-color-scheme: dark) { :where(:root:not([data-theme="light"])) .figure svg, html:where(:not([data-theme="light"])) .x { background: #fff } } :where(:root[data-theme="dark"]) .figure svg, html:where([data-theme="dark"]) .x { background: #fff }',
    );
  });

  it('keeps the rest of a combined query, nested queries and keyframes as they are', async () => {
    expect(await run('@media print and (prefers-color-scheme: dark) { .p { color: red } @media (max-width: 30em) { .q { color: blue } } } @keyframes k { from { opacity: 0 } }')).toBe(
      '@media print and (prefers-color-scheme: dark) { :where(:root:not([data-theme="light"])) .p { color: red } @media (max-width: 30em) { :where(:root:not([data-theme="light"])) .q { color: blue } } } @media print { :where(:root[data-theme="dark"]) .p { color: red } @media (max-width: 30em) { :where(:root[data-theme="dark"]) .q { color: blue } } } @keyframes k { from { opacity: 0 } }',
    );
  });

  it('mirrors a light-only rule the same way', async () => {
    expect(await run('@media (prefers-color-scheme: light) { :root { --x: 1 } }')).toBe(
      '@media (prefers-color-scheme: light) { :root:where(:not([data-theme="dark"])) { --x: 1 } } :root:where([data-theme="light"]) { --x: 1 }',
    );
  });

  it('gives the theme the dark values on screen under the query (unless forced light) and on screen where dark is forced (print stays light), and one colour scheme per forced page', () => {
    const css = themeCss().replace(/\s+/g, ' ');
    expect(css).toContain(':root:where([data-theme="light"]) { color-scheme: light; }');
    expect(css).toMatch(/@media screen and \(prefers-color-scheme: dark\) \{ :root:where\(:not\(\[data-theme="light"\]\)\) \{ --color-paper: #[0-9a-f]{6};/);
    expect(css).toMatch(/@media screen \{ :root:where\(\[data-theme="dark"\]\) \{ color-scheme: dark; --color-paper: #[0-9a-f]{6};/);
    // Outside a screen media block, no dark value at all.
    expect(css.replace(/@media screen[^{]*\{ [^{}]*\{[^{}]*\} \}/g, '')).not.toMatch(/#14181c/);
  });
});
