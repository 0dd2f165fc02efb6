// Québec (OQLF) typography for running text: authors type plain spaces and straight apostrophes.

const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** U+2060 WORD JOINER: invisible, no line break on either side. */
const WJ = '\u2060';

const monthNames = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|automne|hiver';

/**
 * The no-break spaces alone, for any text a page or a drawing shows: a line never breaks before
 * « : » (U+00A0) or « ; ! ? » (U+202F), inside guillemets, between « p. » and its page, inside a
 * licence name such as « CC BY 4.0 », between a number and the word after it (19 pôles), a month
 * and its year, in thousands (1 234), or after the en dash of a range (2019–2020, a word joiner). Only spaces change, so it may also go over the report's
 * own words; templates apply it where they join their labels to text (« Source : »).
 */
export function keepTogether(text: string): string {
  return (
    text
      // Before the colon (not in times or URLs: a colon without a space before it stays as it is).
      .replace(/[ \u00a0\u202f]+:(?=\s|$)/g, `${NBSP}:`)
      // A space the author put before ; ! ? becomes a narrow no-break space (none is added).
      .replace(/[ \u00a0]+([;!?])/g, `${NNBSP}$1`)
      .replace(/« +/g, `«${NBSP}`)
      .replace(/ +»/g, `${NBSP}»`)
      // Thousands separated by a space: 1 234 → 1 234 (narrow no-break space).
      .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NNBSP}`)
      // A number and the word after it stay together (19 pôles, 3 ans), as do a month or a season and its year.
      .replace(/(\d) (?=\p{L})/gu, `$1${NBSP}`)
      .replace(new RegExp(`(${monthNames}) (?=\\d{4})`, 'gu'), `$1${NBSP}`)
      // « p. 27 », « pp. 5–6 »: the abbreviation keeps its page.
      .replace(/\b(p{1,2}\.) (?=\d)/g, `$1${NBSP}`)
      // A range stays on one line: browsers may break after an en dash, not after a word joiner.
      .replace(/(\d)–(?=\d)/g, `$1–${WJ}`)
      // Creative Commons licences: « CC BY-SA 4.0 » is one name.
      .replace(/\bCC ((?:BY|SA|NC|ND|-)+) (?=\d)/g, `CC${NBSP}$1${NBSP}`)
      .replace(/\bCC (?=BY\b)/g, `CC${NBSP}`)
  );
}

/** Applies French typographic spacing and apostrophes to a piece of running text (never to code or URLs). */
export function frenchTypography(text: string): string {
  return keepTogether(
    text
      // Typographic apostrophe between letters (l'appui → l’appui).
      .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
      // Straight double quotes around words become French guillemets ("relance" → « relance »).
      .replace(/"([^"\n]+)"/g, '«$1»')
      // Inside guillemets, always a no-break space.
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`),
  );
}

/**
 * What the site writes around the report (labels, figure files, data descriptions), never the
 * report's own text: French typography, and an en dash in ranges of years and pages (2019–2020,
 * p. 5–6), as in « 18–35 ». Dates (2019-05-01), file names and addresses keep their hyphens.
 */
export function siteTypography(text: string): string {
  return frenchTypography(
    text
      .replace(/(?<![\w/.–-])((?:1[89]|20)\d\d)-((?:1[89]|20)\d\d)(?![\w/-]|\.\w)/g, '$1–$2')
      .replace(/\b(p{1,2}\.[ \u00a0]?\d+)-(\d+)\b/g, '$1–$2'),
  );
}
