// Every French text of the area type (aires): its messages, its drawing, its description and its
// editor form. Kept in its folder so that the type is one folder.

export const textes = {
  summary: 'aires : une série ou plusieurs empilées au fil des années ou des dates (aussi à 100\u00a0%)',
  kindName: 'Graphique en aires',
  // Problems with the data.
  gap: (key: string, series: string, category: string) =>
    `${key} : la série « ${series} » n’a pas de valeur pour « ${category} » ; des aires empilées ont besoin d’une valeur à chaque date (écrivez 0 si elle est nulle), ou retirez cette série`,
  noWhole: (category: string) => `pourcentages : le total de « ${category} » est 0 ; il ne peut pas être ramené à 100\u00a0% (retirez « pourcentages » ou cette ligne)`,
  onePoint: (file: string, line: number) =>
    `un graphique en aires a besoin d’au moins deux dates et ${file} n’en a qu’une (ligne ${line}) ; ajoutez une ligne de données, ou écrivez « type: colonnes » pour montrer une seule valeur`,
  // The drawing.
  total: 'Total',
  shareOf: (value: string, share: string) => `${value} (${share})`,
  // The written description (alt text).
  head: (kind: string, series: string, range: string) => `${kind}${series} ${range}.`,
  seriesPart: (count: string, names: string) => ` de ${count} (${names}), empilées,`,
  seriesPart100: (count: string, names: string) => ` de ${count} (${names}), empilées à 100\u00a0% de chaque date,`,
  years: (first: string, last: string, points: string) => `de ${first} à ${last} (${points})`,
  dates: (first: string, last: string, points: string) => `du ${first} au ${last} (${points})`,
  categories: (points: string) => `(${points})`,
  fromTo: (name: string, a: string, aAt: string, b: string, bAt: string, trend: string) => `${name} : de ${a} (${aAt}) à ${b} (${bAt}), ${trend}.`,
  trendWords: { hausse: 'en hausse', baisse: 'en baisse', stable: 'stable', aucune: 'sans tendance nette' },
  shareFromTo: (name: string, a: string, aAt: string, b: string, bAt: string) => `${name} : ${a} du total (${aAt}), puis ${b} (${bAt}).`,
  // The editor's form.
  editor: {
    pourcentages: 'Empiler à 100\u00a0% (la part de chaque série à chaque date)',
  },
};
