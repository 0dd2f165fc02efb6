// The search page: loads Pagefind only when a query is typed or given in the URL (?q=), then
// lists the matching sections with their excerpts. Keyboard: type, Enter, Tab to the results.

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  debouncedSearch: (q: string) => Promise<{ results: PagefindResult[] } | null>;
  options: (o: Record<string, unknown>) => Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('.search__form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('.search__status');
const list = document.querySelector<HTMLOListElement>('.search__results');
let pagefind: Promise<Pagefind> | undefined;

// Note: the index stores paths from the site's root; under a BASE_PATH, Pagefind must prefix them.
const load = () =>
  (pagefind ??= (import(/* @vite-ignore */ form!.dataset.pagefindUrl!) as Promise<Pagefind>).then(async (module) => {
    await module.options({ baseUrl: form!.dataset.baseUrl ?? '/' });
    return module;
  }));

/** Pagefind excerpts are escaped text with <mark> around matches: keep the marks, nothing else. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (match ? match[1]! : part).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    if (!match) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

async function run(query: string): Promise<void> {
  const q = query.trim();
  if (!q) {
    list!.replaceChildren();
    status!.textContent = '';
    return;
  }
  status!.textContent = status!.dataset.loading ?? '';
  const search = await (await load()).debouncedSearch(q);
  if (!search) return;
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  list!.replaceChildren(
    ...results.map((r) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = r.url;
      link.textContent = r.meta.title ?? r.url;
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(r.excerpt));
      item.append(link, excerpt);
      return item;
    }),
  );
  const n = results.length;
  const template = (n === 0 ? status!.dataset.none : n === 1 ? status!.dataset.one : status!.dataset.many) ?? '';
  status!.textContent = template.replace('{n}', String(n)).replace('{q}', q);
}

if (form && input && status && list) {
  status.textContent = '';
  input.addEventListener('input', () => {
    history.replaceState(null, '', input.value ? `?q=${encodeURIComponent(input.value)}` : location.pathname);
    void run(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

export {};
