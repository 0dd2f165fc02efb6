/** A site-internal path prefixed with the configured base path: href('/sources/') → '/rapport-2019-2020/sources/'. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return `${base}/${path.replace(/^\/+/, '')}`;
}

/** The URL of a chapter page. */
export const chapterHref = (slug: string, anchor?: string) => href(`/chapitres/${slug}/${anchor ? `#${anchor}` : ''}`);
