// English words of software interfaces that are not French words: a visible string holding one of
// them is English left in a French interface (tests/browser/editor.test.ts). Words that are also
// French (« options », « code », « image », « table », « menu », « collection », « note ») or that
// appear in the project's own file names (« data », « region ») or in French sentences (« on », « sort »,
// « file », « pull », « top ») are left out on purpose.
export const englishWords = new Set(
  `
  about account add added again all alt and app apply aren ascending at back be block blocks bold
  bottom branch branches bullet by can cancel cannot cell changed changes choose clear click close
  column columns commands commit copy could create created creating dashboard delete descending
  divider done down download drag drop duplicate edit empty entries entry error errors failed failure
  field fields filename files filter first for formatting found from has have header heading help
  here hide how insert is it italic item items learn left less link list loading login logout merge
  more move must name new next none not nothing numbered of off only open ordered paragraph paste
  please press preview previous quote redo remove rename repo repository request required reset
  resize result results right row rows save saved saving search see select selected settings should
  show sign size slug start status strikethrough submit text that the theme there this title to try
  undo unexpected unknown unlink unsaved untitled up update updated upload validation value values
  view was were what when where which while why will with would writing yes you your
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** The English words of a text, lower-cased. */
export const englishIn = (text: string): string[] =>
  (text.toLowerCase().match(/[a-zà-ÿœæ]+/g) ?? []).filter((w) => englishWords.has(w));
