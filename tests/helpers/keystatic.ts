import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dump, load } from 'js-yaml';

// Keystatic's own reading and writing of an entry, run in Node: what the editor does when staff open
// a chapter or a figure file and save it. Keystatic ships its MDX parser and serialiser only in its
// browser build (the Node build stubs them), so this loads that build by file path.
// Note: these are Keystatic 0.6.9's internal chunk names (its version is pinned with ~ in
// package.json); a different version fails here, loudly, rather than testing nothing.

const dist = path.resolve('node_modules/@keystatic/core/dist');
const load$ = (file: string) => import(/* @vite-ignore */ pathToFileURL(path.join(dist, file)).href) as Promise<Record<string, any>>;

/** The pieces of Keystatic used to read and write an entry. */
export interface KeystaticInternals {
  fields: Record<string, any>;
  parseProps: (...args: any[]) => any;
  serializeProps: (...args: any[]) => { value: unknown; extraFiles: { path: string; contents: Uint8Array }[] };
  object: (fields: Record<string, unknown>) => unknown;
}

/** Loads Keystatic's browser build (fields with the real MDX serialiser, parseProps, serializeProps). */
export async function keystaticInternals(): Promise<KeystaticInternals> {
  const [core, chunk, base] = await Promise.all([load$('keystatic-core.js'), load$('index-3c244051.js'), load$('index-5d64e651.js')]);
  const internals = { fields: core.fields, parseProps: chunk.p, serializeProps: chunk.c, object: base.o };
  if (typeof internals.parseProps !== 'function' || typeof internals.serializeProps !== 'function' || typeof internals.object !== 'function') {
    throw new Error('Keystatic internals not found: tests/helpers/keystatic.ts follows @keystatic/core 0.6.9');
  }
  return internals as KeystaticInternals;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A collection's schema with its MDX field rebuilt from Keystatic's browser build (same label, components and options). */
export function withBrowserMdx(ks: KeystaticInternals, schema: Record<string, any>, mdxKey: string, components: Record<string, unknown>, options: object): Record<string, any> {
  return { ...schema, [mdxKey]: ks.fields.mdx({ label: mdxKey, extension: 'mdx', components, options }) };
}

/**
 * Opens an entry as the editor does (frontmatter or YAML file, then each field's parse) and saves it
 * without a change (each field's serialise, js-yaml's dump, the body's MDX serialiser): the bytes
 * the editor would write. Throws what the editor would show when it cannot open the entry.
 */
export function openAndSave(ks: KeystaticInternals, schema: Record<string, any>, slugField: string, slug: string, text: string, contentField?: string): string {
  const split = contentField ? /^---(?:\r?\n([^]*?))?\r?\n---\r?\n?/.exec(text) : null;
  if (contentField && !split) throw new Error('frontmatter not found');
  const loaded = load(contentField ? (split![1] ?? '') : text) ?? {};
  const body = contentField ? encoder.encode(text.slice(split![0].length)) : undefined;
  const state = ks.parseProps(
    ks.object(schema),
    loaded,
    [],
    [],
    (field: any, value: unknown, propPath: string[]) => {
      if (propPath.length === 1 && propPath[0] === slugField) return field.parse(value, { slug });
      if (field.formKind === 'content') return field.parse(value, { content: body, other: new Map(), external: new Map(), slug });
      return field.parse(value, undefined);
    },
    false,
  );
  const { value, extraFiles } = ks.serializeProps(state, ks.object(schema), slugField, slug, true);
  const data = dump(value);
  if (!contentField) return data;
  const content = extraFiles.find((f) => f.path === `${contentField}.mdx`);
  if (!content) throw new Error(`no ${contentField}.mdx written`);
  return `---\n${data}---\n${decoder.decode(content.contents)}`;
}
