import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin as VitePlugin } from 'vite';
import { t } from '../strings';

// Keystatic 0.6 ships a French interface (locale 'fr-FR') for a few dozen words only; the rest of
// its interface (rich-text toolbar, lists, dialogs, badges) is English text written in its code.
// These rules rewrite those English texts in Keystatic's browser modules as Vite serves them, so the
// change survives `npm ci` and upgrades of the package: a text an upgrade moves or rewrites is
// reported by tests/authoring/keystatic-fr.test.ts (each rule must still find its text), not
// silently left in English. The French words live in src/strings.ts (t.editor.keystatic).

/** An English text of Keystatic and the forms it has in Keystatic's code (`%` stands for the text). */
export interface KeystaticRule {
  /** The English text staff would see, a key of t.editor.keystatic. */
  en: keyof typeof t.editor.keystatic;
  /** The text as written in the code, when it differs (escapes). */
  src?: string;
  /** The exact pieces of code that hold it; each must be found in Keystatic's modules. */
  forms: string[];
}

const aria = '"aria-label": "%"';
const child = 'children: "%"';
const label1 = "label: '%'";
const label2 = 'label: "%"';
const title = 'title: "%"';

/** Every English text of Keystatic's interface that staff meet in local mode, and where it is. */
export const keystaticRules: KeystaticRule[] = [
  // The frame: sidebar, dashboard, lists of entries.
  { en: 'theme', forms: [aria] },
  { en: 'Open app navigation', forms: [aria] },
  { en: 'Resize', forms: [aria] },
  { en: 'show search', forms: [aria] },
  { en: 'Dashboard', forms: [child] },
  { en: 'Add', forms: [aria, child, 'children: ["%", " "', `props.href ? "Edit" : "%"`, "props.href ? 'Edit' : '%'"] },
  { en: 'entry', forms: ["singular: '%'"] },
  { en: 'entries', forms: ["plural: '%'"] },
  { en: 'Slug', forms: [": '%'"] },
  { en: 'Loading Entries', forms: [aria] },
  { en: 'Unable to load collection', forms: [title] },
  { en: 'Empty collection', forms: [title] },
  { en: "There aren't any entries yet.", forms: ['children: ["%"'] },
  { en: 'Create the first entry', forms: [child] },
  { en: 'No results', forms: [title] },
  // An entry's page: header, actions, save state.
  { en: 'Reset changes', forms: [label2] },
  { en: 'Reset', forms: [label2, label1] },
  { en: 'Copy entry', forms: [label2, label1] },
  { en: 'Paste entry', forms: [label2, label1] },
  { en: 'Duplicate entry…', src: 'Duplicate entry\\u2026', forms: [label2] },
  { en: 'Preview', forms: [label2] },
  { en: 'Delete entry', forms: [title] },
  { en: 'Delete entry…', src: 'Delete entry\\u2026', forms: [label2] },
  { en: 'Are you sure? This action cannot be undone.', forms: [child] },
  { en: 'Yes, delete', forms: ['primaryActionLabel: "%"'] },
  { en: 'Not found', forms: [child, title] },
  { en: 'This page could not be found.', forms: ['message: "%"'] },
  { en: 'Save and duplicate entry', forms: [title] },
  { en: 'You have unsaved changes. Save this entry to duplicate it.', forms: [child] },
  { en: 'Cancel', forms: ['cancelLabel: "%"'] },
  { en: 'Unsaved', forms: [child] },
  { en: 'Changed', forms: [child] },
  { en: 'Saving changes', forms: [aria] },
  { en: 'Creating entry', forms: [aria] },
  { en: 'Loading Item', forms: [aria] },
  { en: 'Entry not found.', forms: [child] },
  { en: 'Entry created', forms: ['toastQueue.positive("%"'] },
  { en: 'Entry pasted', forms: ['toastQueue.positive("%"'] },
  { en: 'Field validation failed:', forms: ['`%\\n`'] },
  { en: 'Unexpected error: ', forms: ['`%${'] },
  // Messages of the form's checks (a required field left empty, a number out of range, a bad value).
  { en: 'must not be empty', forms: ['`${fieldLabel} %`'] },
  { en: 'is required', forms: ['`${label} %`'] },
  { en: ' is required', forms: ['[props.label, "%"]'] },
  { en: 'Image URL is required.', forms: ['"%"'] },
  { en: 'must be a number', forms: ['`${label} %`'] },
  { en: 'must be at least ', forms: ['`${label} %${validation.min}`'] },
  { en: 'must be at most ', forms: ['`${label} %${validation.max}`'] },
  { en: 'Must be a string', forms: ["new FieldDataError('%')"] },
  { en: 'Must be a valid option', forms: ["new FieldDataError('%')"] },
  { en: 'Must be a number', forms: ["new FieldDataError('%')"] },
  // Fields: identifier, lists, images.
  { en: 'Regenerate', forms: [child] },
  { en: 'regenerate', forms: [aria] },
  { en: 'Add item', forms: [child] },
  { en: 'Empty list', forms: [child] },
  { en: 'Add the first item to see it here.', forms: [child] },
  { en: 'Done', forms: [child, 'image ? "%"'] },
  { en: 'Remove', forms: [child, 'textValue: "%"'] },
  { en: 'Edit', forms: [child, 'children: ["%", " "', 'props.href ? "%"', "props.href ? '%'"] },
  { en: 'Edit ', forms: ['children: ["%", '] },
  { en: 'Insert', forms: [child, ': "%";'] },
  // The chapter's text: toolbar, insert menu, « / » menu, links, tables.
  { en: 'Start writing or press "/" for commands…', src: 'Start writing or press "/" for commands…', forms: ["placeholderPlugin('%')"] },
  { en: 'Start writing or press "/" for commands...', src: 'Start writing or press \\"/\\" for commands...', forms: ['placeholder: "%"'] },
  { en: 'Paragraph', forms: ["name: '%'"] },
  { en: 'Heading ', forms: ['name: `%${level}`', 'label: `%${level}`', "label: '%' + level"] },
  { en: 'Use this for a top level heading', forms: ["description: '%'"] },
  { en: 'Use this for key sections', forms: ["description: '%'"] },
  { en: 'Use this for sub-sections', forms: ["description: '%'"] },
  { en: 'Use this for deep headings', forms: ["description: '%'"] },
  { en: 'Use this for grouping list items', forms: ["description: '%'"] },
  { en: 'Use this for low-level headings', forms: ["description: '%'"] },
  { en: 'Text block', forms: [aria] },
  { en: 'Formatting options', forms: [aria] },
  { en: 'Text formatting', forms: [aria] },
  { en: 'Bold', forms: [label1] },
  { en: 'Italic', forms: [label1] },
  { en: 'Strikethrough', forms: [label1] },
  { en: 'Clear formatting', forms: [label1] },
  { en: 'Lists', forms: [aria] },
  { en: 'Bullet list', forms: [label1] },
  { en: 'Numbered list', forms: [label1] },
  { en: 'Ordered list', forms: [label1] },
  { en: 'Insert an unordered list', forms: ["description: '%'"] },
  { en: 'Insert an ordered list', forms: ["description: '%'"] },
  { en: 'Blocks', forms: [aria] },
  { en: 'Divider', forms: [aria, child, label1] },
  { en: 'A horizontal line to separate content', forms: ["description: '%'"] },
  { en: 'Quote', forms: [aria, child] },
  { en: 'Blockquote', forms: [label1] },
  { en: 'Insert a quote or citation', forms: ["description: '%'"] },
  { en: 'Table', forms: [aria, child, label1] },
  { en: 'Insert a table', forms: ["description: '%'"] },
  { en: 'Header row', forms: [child] },
  { en: 'Cell options', forms: [aria] },
  { en: 'Delete row', forms: [label1] },
  { en: 'Delete column', forms: [label1] },
  { en: 'Insert row below', forms: [label1] },
  { en: 'Insert column right', forms: [label1] },
  { en: 'Code block', forms: [aria, child, label1] },
  { en: 'Link', forms: [label2, child] },
  { en: 'Unlink', forms: [child] },
  { en: 'Insert menu', forms: [aria] },
  { en: 'No results…', src: 'No results\\u2026', forms: [child] },
];

/**
 * Changes of behaviour, made the same way where Keystatic 0.6 offers no option:
 * - a block component (content component) with `askFirst(values)` (its fields as stored) opens its form as soon as it is
 *   inserted when askFirst says so (the Figure block: which figure?), instead of showing the
 *   component filled with its first choice.
 * - an entry Keystatic cannot open shows what ./entry-error.ts makes of the error (a chapter: the
 *   French problems with the file's real lines, and a link to /editeur/chapitre/<id>);
 * - choice lists (a figure in a chapter, the chart type) take the form's width: titles were cut
 *   to 20 characters and the list of figures was a narrow column to scroll;
 * - the toolbar's « + » button (insert a component) gets a name;
 * - Enter on a block that ends the text, or a click below it, starts a paragraph after it
 *   (trailingParagraph below);
 * - after « Créer », the new entry's page opens even when the dev server reloads the editor's page
 *   before Keystatic moves to it (saving a figure file reloads every page: the form came back
 *   empty though the file was saved): the entry's address is kept in sessionStorage from « Créer »
 *   to the next page load, and a page reloaded within 30 s on the « create » address goes to it.
 */
const createdKey = 'tiess-keystatic-created';
/**
 * How long after « Créer » a reload on the « create » address still opens the new entry. The
 * address is kept until the next page load (not removed when Keystatic's save resolves: the dev
 * server's reload can come between that and Keystatic's own move to the entry).
 */
const createdWindowMs = 30_000;

// A ProseMirror plugin, written in Keystatic's module (Plugin, NodeSelection and TextSelection are
// imported there): when the text ends with a block (a Figure), Enter on that block or a click below
// it adds an empty paragraph after it and puts the cursor there; without it only ↓ could reach
// past the block, and Enter opened the block's form again. Left empty, that paragraph goes away when
// the cursor leaves it, so the file is saved as it was.
const trailingParagraph = `new Plugin({
  appendTransaction(transactions, oldState, state) {
    const last = state.doc.lastChild;
    const before = state.doc.childCount > 1 ? state.doc.child(state.doc.childCount - 2) : null;
    if (!last || last.type !== state.schema.nodes.paragraph || last.content.size !== 0 || !before || before.isTextblock) return null;
    const start = state.doc.content.size - last.nodeSize;
    if (state.selection.from >= start) return null;
    return state.tr.delete(start, state.doc.content.size);
  },
  props: {
    handleKeyDown(view, event) {
      const { state } = view;
      const selection = state.selection;
      if (event.key !== 'Enter' || event.shiftKey || event.metaKey || event.ctrlKey || event.altKey) return false;
      if (!(selection instanceof NodeSelection) || selection.node.isTextblock || selection.to !== state.doc.content.size) return false;
      const tr = state.tr.insert(selection.to, state.schema.nodes.paragraph.create());
      view.dispatch(tr.setSelection(TextSelection.create(tr.doc, selection.to + 1)).scrollIntoView());
      return true;
    },
    handleDOMEvents: {
      mousedown(view, event) {
        const last = view.state.doc.lastChild;
        const lastDom = view.dom.lastElementChild;
        if (event.target !== view.dom || !last || last.isTextblock || !lastDom || event.clientY <= lastDom.getBoundingClientRect().bottom) return false;
        const end = view.state.doc.content.size;
        const tr = view.state.tr.insert(end, view.state.schema.nodes.paragraph.create());
        view.dispatch(tr.setSelection(TextSelection.create(tr.doc, end + 1)).scrollIntoView());
        view.focus();
        event.preventDefault();
        return true;
      }
    }
  }
})`;
export const keystaticFixes: { name: string; find: string; replace: string }[] = [
  {
    name: 'the dashboard links to the editor’s own pages, « Publier » and the CSV page (local mode only: they do not exist in GitHub mode)',
    find: 'children: [t3, t4, t5]',
    // Note: plain <a> elements, not Keystatic's cards, whose links move inside Keystatic's own router.
    replace: `children: [t3, t4, isLocalConfig(props.config) && jsx(DashboardSection, { title: ${JSON.stringify(t.editor.dashboardPages.title)}, children: jsx("ul", { className: "tiess-pages", children: [${[
      ['/editeur/publier', t.editor.dashboardPages.publish, t.editor.dashboardPages.publishHelp],
      ['/editeur/donnees', t.editor.dashboardPages.data, t.editor.dashboardPages.dataHelp],
    ]
      .map(([href, label, help]) => `jsx("li", { children: [jsx("a", { href: ${JSON.stringify(href)}, children: ${JSON.stringify(label)} }), " — ", ${JSON.stringify(help)}] }, ${JSON.stringify(href)})`)
      .join(', ')}] }) }), t5]`,
  },
  {
    name: 'askFirst: the form of a new block opens at once',
    find: 'function BlockWrapper(props) {\n  const $ = c(37);\n  const [isOpen, setIsOpen] = useState(false);',
    replace:
      "function BlockWrapper(props) {\n  const $ = c(37);\n  const [isOpen, setIsOpen] = useState(() => typeof props.component.askFirst === 'function' && props.component.askFirst(props.node.attrs.props?.value));",
  },
  {
    name: 'an entry that cannot open: the editor’s own message (a chapter: French, real lines)',
    find: 'fallback: message => /*#__PURE__*/jsx(ItemPageShell, {\n        ...props,\n        children: /*#__PURE__*/jsx(PageBody, {\n          children: /*#__PURE__*/jsx(Notice, {\n            tone: "critical",\n            children: message\n',
    replace:
      'fallback: message => /*#__PURE__*/jsx(ItemPageShell, {\n        ...props,\n        children: /*#__PURE__*/jsx(PageBody, {\n          children: /*#__PURE__*/jsx(Notice, {\n            tone: "critical",\n' +
      '            children: globalThis.tiessEntryError ? globalThis.tiessEntryError(props.collection, props.itemSlug, message) : message\n',
  },
  {
    name: 'typing after a block at the end of the text (Enter, or a click below it)',
    find: 'plugins: [pasteLinks(schema), imageDropPlugin(schema), keydownHandler(), ',
    replace: `plugins: [${trailingParagraph}, pasteLinks(schema), imageDropPlugin(schema), keydownHandler(), `,
  },
  {
    name: 'the toolbar’s insert button has a name (it had only a tooltip)',
    find: "marginEnd: entryLayoutPane === 'main' ? undefined : 'medium',\n        children: [/*#__PURE__*/jsx(Icon, {\n          src: plusIcon",
    replace: `marginEnd: entryLayoutPane === 'main' ? undefined : 'medium',\n        "aria-label": "${t.editor.insertButton}",\n        children: [/*#__PURE__*/jsx(Icon, {\n          src: plusIcon`,
  },
  {
    name: 'a choice list as wide as the form, so long titles of figures and chart types can be read',
    find: 'const t1 = fieldSpan === 12 ? "alias.singleLineWidth" : "auto";',
    replace: 'const t1 = "100%";',
  },
  {
    name: 'after « Créer »: the address of the entry being created is kept',
    find: 'if (await props.createItem()) {\n        const slug = getSlugFromState(collectionConfig, props.state);',
    replace:
      `sessionStorage.setItem('${createdKey}', JSON.stringify({ entry: \`\${collectionPath}/item/\${encodeURIComponent(getSlugFromState(collectionConfig, props.state))}\`, at: Date.now() }));\n` +
      `      const tiessCreated = await props.createItem();\n      if (!tiessCreated) sessionStorage.removeItem('${createdKey}');\n` +
      '      if (tiessCreated) {\n        const slug = getSlugFromState(collectionConfig, props.state);',
  },
  {
    name: 'after « Créer »: a page reloaded meanwhile opens the new entry',
    find: "const menuActions = [{\n  key: 'reset',",
    replace:
      `if (typeof window !== 'undefined' && sessionStorage.getItem('${createdKey}')) {\n` +
      `  const tiessCreated = JSON.parse(sessionStorage.getItem('${createdKey}'));\n  sessionStorage.removeItem('${createdKey}');\n` +
      `  if (Date.now() - tiessCreated.at < ${createdWindowMs} && location.pathname === tiessCreated.entry.replace(/\\/item\\/[^/]*$/, '/create')) location.replace(tiessCreated.entry);\n}\n` +
      "const menuActions = [{\n  key: 'reset',",
  },
];

/** Whether a module is one of Keystatic's browser modules (its interface or its UI kit). */
export const isKeystaticModule = (file: string) => /[\\/]node_modules[\\/]@(?:keystatic[\\/]core|keystar[\\/]ui)[\\/]dist[\\/][^\\/]+\.js$/.test(file.replace(/\?.*$/, ''));

const escape = (text: string) => text.replace(/[\\'"`$]/g, '\\$&');

/** The pieces of code each rule replaces, with their French replacement. */
export function keystaticReplacements(): { rule: KeystaticRule; find: string; replace: string }[] {
  return keystaticRules.flatMap((rule) =>
    rule.forms.map((form) => ({
      rule,
      find: form.replace('%', rule.src ?? rule.en),
      replace: form.replace('%', escape(t.editor.keystatic[rule.en])),
    })),
  );
}

/** Keystatic's code with its English texts in French and its fixes, and how many times each piece was replaced. */
export function translateKeystatic(code: string): { code: string; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const { find, replace } of [...keystaticReplacements(), ...keystaticFixes]) {
    const parts = code.split(find);
    if (parts.length > 1) {
      counts.set(find, (counts.get(find) ?? 0) + parts.length - 1);
      code = parts.join(replace);
    }
  }
  return { code, counts };
}

/** A short hash of the French texts: Vite's prebundled copy of Keystatic is redone when they change. */
const rulesHash = createHash('sha256').update(JSON.stringify([keystaticReplacements(), keystaticFixes])).digest('hex').slice(0, 8);

/**
 * The Vite plugin that serves Keystatic in French. In `astro dev` Vite prebundles Keystatic with
 * Rolldown (the Rolldown plugin below loads its files); in `npm run build:editeur` it reads them as
 * they are (the transform hook).
 */
export function keystaticFrench(): VitePlugin {
  const prebundled = /[\\/]@(?:keystatic[\\/]core|keystar[\\/]ui)[\\/]dist[\\/][^\\/]+\.js$/;
  return {
    name: 'tiess-keystatic-fr',
    enforce: 'pre',
    config: () => ({
      optimizeDeps: {
        rolldownOptions: {
          plugins: [
            {
              // Note: Vite keys its prebundle cache on the plugins' names, hence the hash.
              name: `tiess-keystatic-fr-${rulesHash}`,
              load(id: string) {
                const file = id.split('?')[0]!;
                return prebundled.test(file) ? { code: translateKeystatic(readFileSync(file, 'utf8')).code, moduleType: 'js' as const } : null;
              },
            },
          ],
        },
      },
    }),
    transform(code, id) {
      if (!isKeystaticModule(id)) return null;
      return { code: translateKeystatic(code).code, map: null };
    },
  };
}
