// Every French text of the small multiples type (petits-multiples): its messages, its drawing, its
// description and its editor form. Kept in its folder so that the type is one folder.

const list = (names: readonly string[], most = 12) =>
  names.length > most ? `${names.slice(0, most).join(', ')}… (${names.length} en tout)` : names.join(', ');

export const textes = {
  summary: 'petits multiples : le même petit graphique (lignes ou colonnes) pour chaque valeur d’une colonne, sur une même échelle',
  kindName: 'Petits multiples',
  /** How the description names each panel's chart. */
  chartNames: { lignes: ['graphique linéaire', 'graphiques linéaires'], colonnes: ['diagramme à colonnes', 'diagrammes à colonnes'] } as const,
  /** How the description counts each chart's marks, and plain categories. */
  markNames: { lignes: ['point', 'points'], colonnes: ['colonne', 'colonnes'] } as const,
  categoryNames: ['catégorie', 'catégories'] as const,
  others: ['autre', 'autres'] as const,
  // Keys of the figure file.
  graphique: (kinds: readonly string[]) => `graphique : une de ces valeurs attendue : ${kinds.join(', ')}`,
  axeX: (kinds: readonly string[]) => `axe-x : une de ces valeurs attendue : ${kinds.join(', ')}`,
  axeXColumns: 'axe-x : cette clé ne sert qu’avec « graphique: lignes » (des colonnes gardent l’ordre du fichier) ; retirez-la',
  // Problems with the data.
  tooManyPanels: (count: number, column: string, most: number, panels: readonly string[]) =>
    `panneau : la colonne « ${column} » a ${count} valeurs (${list(panels)}) ; des petits multiples montrent ${most} graphiques au plus : regroupez des valeurs, ou faites deux figures`,
  onePanel: (column: string, panel: string) =>
    `panneau : la colonne « ${column} » n’a qu’une valeur (« ${panel} ») ; des petits multiples ont besoin d’au moins deux graphiques : écrivez « type: lignes » ou « type: colonnes » pour un seul`,
  onePoint: (file: string, line: number) =>
    `des petits multiples en lignes relient au moins deux points et ${file} n’a qu’une catégorie (ligne ${line}) ; ajoutez des lignes de données, ou écrivez « graphique: colonnes »`,
  // The written description (alt text).
  head: (kind: string, charts: string, names: string) => `${kind} : ${charts} sur une même échelle : ${names}.`,
  span: { year: (a: string, b: string, n: string) => `Chacun de ${a} à ${b} (${n}).`, date: (a: string, b: string, n: string) => `Chacun du ${a} au ${b} (${n}).`, category: (n: string) => `Chacun montre ${n}.` },
  extremes: (max: string, maxAt: string, min: string, minAt: string) => `Valeur la plus élevée : ${maxAt} (${max}) ; la plus faible : ${minAt} (${min}).`,
  at: (panel: string, category: string) => `${panel}, ${category}`,
  allEqual: (value: string) => `Toutes les valeurs sont égales : ${value}.`,
  last: (at: string, max: string, maxPanel: string, min: string, minPanel: string) =>
    `À la dernière date (${at}) : en tête, ${maxPanel} (${max}) ; en dernier, ${minPanel} (${min}).`,
  trends: { hausse: 'en hausse', baisse: 'en baisse', stable: 'stables', aucune: 'sans tendance nette' },
  trend: (word: string, names: string) => `${word} : ${names}`,
  // The drawing.
  mark: (panel: string, label: string) => `${panel} — ${label}`,
  // The editor's form.
  editor: {
    panneau: 'Colonne qui donne un petit graphique par valeur (ex. la région)',
    categorie: 'Colonne des catégories de chaque petit graphique (années, dates ou catégories)',
    valeur: 'Colonne des valeurs (nombres)',
    graphique: 'Chaque petit graphique est fait de',
    lignes: 'lignes',
    colonnes: 'colonnes',
  },
};
