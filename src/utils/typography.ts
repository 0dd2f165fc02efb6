// Québec (OQLF) typography for running text: authors type plain spaces and straight apostrophes.

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const monthNames = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

/** Applies French typographic spacing and apostrophes to a piece of running text (never to code or URLs). */
export function frenchTypography(text: string): string {
  return (
    text
      // Typographic apostrophe between letters (l'appui → l’appui).
      .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
      // Straight double quotes around words become French guillemets ("relance" → « relance »).
      .replace(/"([^"\n]+)"/g, '«$1»')
      // Non-breaking space before the colon, inside guillemets.
      .replace(/[ \u00a0\u202f]+:(?=\s|$)/g, `${NBSP}:`)
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
      // A space the author put before ; ! ? becomes a narrow no-break space (none is added).
      .replace(/[ \u00a0]+([;!?])/g, `${NNBSP}$1`)
      // Thousands separated by a space: 1 234 → 1 234 (narrow no-break space).
      .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NNBSP}`)
      // A number and the word after it stay together (19 pôles, 3 ans), as do a month and its year.
      .replace(/(\d) (?=\p{L})/gu, `$1${NBSP}`)
      .replace(new RegExp(`(${monthNames}) (?=\\d{4})`, 'gu'), `$1${NBSP}`)
  );
}
