// Embed pages choose their scheme (light by default, dark, or the reader's setting) by an attribute
// on <html>: data-theme="light" | "dark" | "auto". Report pages have none and follow the reader's
// system. So a rule written for one scheme (`@media (prefers-color-scheme: dark) { … }`) applies
// under that media query unless the page forces the other scheme, and also, outside the query,
// when the page forces that scheme. The stylesheets keep writing plain media queries: a PostCSS
// plugin (in astro.config.mjs, for every stylesheet Vite bundles) and themeCss() rewrite them.

import type { AtRule, Container, Plugin } from 'postcss';

type Scheme = 'light' | 'dark';
const other = (scheme: Scheme): Scheme => (scheme === 'dark' ? 'light' : 'dark');
const feature = /\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/;

/**
 * A selector limited to pages whose root matches `condition`, with no added specificity (`:where`),
 * so the rule wins or loses against others exactly as before.
 */
export function onRoot(selector: string, condition: string): string {
  const root = /^(:root|html)(?![\w-])/.exec(selector);
  if (root) return `${root[1]}:where(${condition})${selector.slice(root[1]!.length)}`;
  return `:where(:root${condition}) ${selector}`;
}

/** The condition for the rules of a scheme's media query: any page that does not force the other scheme. */
export const followsSystem = (scheme: Scheme) => `:not([data-theme="${other(scheme)}"])`;
/** The condition for the same rules outside the query: pages that force that scheme. */
export const forces = (scheme: Scheme) => `[data-theme="${scheme}"]`;

/** A media query's text without its colour-scheme feature (empty when nothing else is left). */
function withoutScheme(params: string): string {
  return params
    .replace(/\s+and\s+\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/, '')
    .replace(/\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)\s+and\s+/, '')
    .replace(feature, '')
    .trim();
}

const seen = new WeakSet<object>();

/** Gates the rules inside a container, skipping keyframes' steps. */
function gate(container: Container, condition: string): void {
  container.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
    rule.selectors = rule.selectors.map((selector) => onRoot(selector, condition));
  });
}

/** The PostCSS plugin: every `@media (prefers-color-scheme: …)` block also applies where a page forces that scheme. */
export function colorSchemesPlugin(): Plugin {
  return {
    postcssPlugin: 'tiess-color-schemes',
    AtRule: {
      media(atRule, { result }) {
        // Note: a component's scoped <style> (an .astro file) is left as written: Astro scopes its
        // selectors after this runs and would put its attribute on the gate itself (a rule that then
        // matches nothing). Only the editor's CSV page has such a rule, and it is never forced.
        if (/\.astro(\?|$)/.test(result.opts.from ?? '')) return;
        const match = feature.exec(atRule.params);
        if (!match || seen.has(atRule) || !atRule.nodes) return;
        seen.add(atRule);
        const scheme = match[1] as Scheme;
        const forced = atRule.clone();
        gate(atRule, followsSystem(scheme));
        gate(forced, forces(scheme));
        const rest = withoutScheme(atRule.params);
        if (rest) {
          forced.params = rest;
          seen.add(forced);
          atRule.after(forced);
        } else {
          atRule.after(forced.nodes ?? []);
        }
      },
    },
  };
}
colorSchemesPlugin.postcss = true;
