// Every French text of the scatter type (nuage-de-points): its messages, its description, its
// table and its editor form. Kept in its folder so that the type is one folder.

const list = (names: readonly string[], most = 12) =>
  names.length > most ? `${names.slice(0, most).join(', ')}… (${names.length} en tout)` : names.join(', ');

export const textes = {
  summary: 'nuage de points : deux colonnes de nombres, une taille et une couleur par catégorie possibles',
  kindName: 'Nuage de points',
  // Keys of the figure file.
  formatX: (formats: readonly string[]) => `format-x : une de ces valeurs attendue : ${formats.join(', ')}`,
  etiqueterList: 'etiqueter : liste de points attendue, ex. [Estrie, Montérégie]',
  // Problems with the data.
  tooManyGroups: (count: number, column: string, most: number, groups: readonly string[]) =>
    `couleur : la colonne « ${column} » a ${count} catégories (${list(groups)}) ; un nuage de points en distingue ${most} au plus par la couleur : regroupez-les ou retirez « couleur »`,
  labelsWithoutNames: 'etiqueter : donnez aussi « etiquette », la colonne qui nomme les points',
  unknownPoint: (name: string, names: readonly string[]) => `etiqueter : « ${name} » n’est pas un point des données ; points : ${list(names)}`,
  negativeSize: (figure: string) => `nombre positif ou nul attendu : la figure ${figure} dessine l’aire des points selon cette colonne (taille)`,
  tooFewPoints: (file: string, count: number) =>
    `un nuage de points a besoin d’au moins deux lignes avec un nombre dans x et dans y ; ${file} en a ${count}`,
  skipped: (count: number) =>
    count > 1 ? `${count} lignes sans valeur pour x ou y ne sont pas dessinées.` : '1 ligne sans valeur pour x ou y n’est pas dessinée.',
  cut: (shown: string, total: string) => `Seuls les ${shown} premiers points sur ${total} sont dessinés ; le fichier de données les contient tous.`,
  /** How cell messages name the key whose column holds the cell. */
  role: { x: 'clé « x »', y: 'clé « y »', taille: 'clé « taille »' },
  // The drawing and the table.
  pointName: (n: number) => `Point ${n}`,
  sizeLegend: (column: string) => `Aire des points selon « ${column} »`,
  // The written description (alt text).
  description: (count: string, y: string, x: string) => `Nuage de ${count} : « ${y} » (axe vertical) selon « ${x} » (axe horizontal)`,
  correlation: (words: string, r: string) => `${words} (r\u00a0=\u00a0${r})`,
  noCorrelation: 'corrélation non calculable (une des deux colonnes ne varie pas)',
  strength: { none: 'pas de corrélation linéaire', weak: 'faible', moderate: 'modérée', strong: 'forte', veryStrong: 'très forte' },
  sign: { positive: 'positive', negative: 'négative' },
  colourBy: (column: string, groups: string) => `Couleur selon « ${column} » : ${groups}.`,
  sizeBy: (column: string) => `Aire des points selon « ${column} ».`,
  extremes: (y: string, max: string, min: string) => `« ${y} » le plus élevé : ${max} ; le plus faible : ${min}.`,
  labelled: (names: string) => `Points nommés sur le graphique : ${names}.`,
  // The editor's form.
  editor: {
    x: 'Colonne des nombres de l’axe horizontal (x)',
    y: 'Colonne des nombres de l’axe vertical (y)',
    etiquette: 'Colonne qui nomme chaque point (facultatif ; infobulle et tableau)',
    taille: 'Colonne des nombres qui donnent l’aire de chaque point (facultatif)',
    couleur: 'Colonne des catégories qui donnent la couleur des points (facultatif, 6 au plus)',
    etiqueter: 'Points nommés sur le graphique (facultatif ; noms de la colonne qui nomme les points)',
    point: 'Point',
    titreX: 'Titre de l’axe horizontal (facultatif ; nom de la colonne x sinon)',
    titreY: 'Titre de l’axe vertical (facultatif ; nom de la colonne y sinon)',
    formatX: 'Unité des nombres de l’axe horizontal (celle des valeurs sinon)',
    formatXSame: 'comme l’unité des valeurs',
  },
};
