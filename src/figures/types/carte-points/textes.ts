// Every French text of the points map type (carte-points): its messages, its description, its
// table, its legend, its details panel and its editor form. Kept in its folder so that the type is one folder.

/** « de » before a noun, elided before a vowel or a mute h (« d’entreprise », « d’hôtel », « de pôle »). */
const de = (noun: string) => (/^[aeiouàâäéèêëîïôöùûüœh]/i.test(noun) ? `d’${noun}` : `de ${noun}`);

// The nouns of a map (« point: entreprise ») may be feminine: no text agrees with them.
export const textes = {
  summary: 'carte de points : des lieux sur la carte du Québec, par ville ou par coordonnées, une taille selon une valeur possible',
  kindName: 'Carte de points du Québec',
  // Keys of the figure file.
  nounsNeeded: 'point et points : donnez les deux, ex. « point: pôle » et « points: pôles »',
  noPosition: 'donnez au moins une colonne de position : « ville », « latitude » et « longitude », ou « region »',
  bothCoordinates: (given: string, missing: string) => `${given} : donnez aussi « ${missing} » (la latitude et la longitude vont ensemble)`,
  // Problems with the data, at their line and column.
  unknownCity: (city: string, placeFile: string, near: readonly string[]) =>
    `la ville « ${city} » n’est pas dans le fichier des lieux ${placeFile}${near.length ? ` ; vouliez-vous dire : ${near.map((n) => `« ${n} »`).join(', ')} ?` : ''} ; corrigez le nom, ou ajoutez la ville à ${placeFile} avec sa région et ses coordonnées`,
  outside: (what: 'latitude' | 'longitude', min: string, max: string, cell: string) =>
    `${what} hors du Québec : nombre de ${min} à ${max} attendu, reçu « ${cell} »`,
  notInQuebec: (lat: string, lon: string) =>
    `le point (${lat}, ${lon}) n’est dans aucune région du Québec : vérifiez la latitude et la longitude (inversées ? signe moins oublié devant la longitude ?), ou donnez sa région dans la colonne « region »`,
  halfCoordinates: (missing: string) => `cellule vide : la ligne donne une coordonnée, il manque « ${missing} » (ou laissez les deux vides)`,
  noPlace: 'cette ligne ne dit pas où est le point : donnez une ville, une latitude et une longitude, ou un code de région',
  cityElsewhere: (city: string, cityRegion: string, region: string, placeFile: string) =>
    `la ville « ${city} » est dans la région ${cityRegion} selon ${placeFile}, pas dans la région ${region} : corrigez la ville ou la région`,
  badId: (cell: string) => `identifiant en minuscules sans accents ni espaces attendu (lettres, chiffres et tirets, ex. « pole-estrie »), reçu « ${cell} »`,
  duplicateId: (cell: string, line: number) => `l’identifiant « ${cell} » est déjà utilisé à la ligne ${line} ; chaque point doit avoir le sien`,
  emptyName: 'texte attendu, cellule vide : chaque point a un nom (clé « etiquette »)',
  negativeSize: (figure: string) => `nombre positif ou nul attendu : la figure ${figure} dessine l’aire des disques selon cette colonne (taille)`,
  cut: (shown: string, total: string) => `Seules les ${shown} premières lignes sur ${total} sont dessinées ; le fichier de données les contient toutes.`,
  unknownHighlight: (name: string, column: string, csv: string, near: readonly string[]) =>
    `surligner : « ${name} » n’est ni un nom de la colonne « ${column} » de ${csv}, ni une région${near.length ? ` ; vouliez-vous dire : ${near.map((n) => `« ${n} »`).join(', ')} ?` : ''} ; écrivez le nom d’un point exactement comme dans les données, ou une région (son nom, ex. Estrie, ou son code, ex. 5)`,
  /** How cell messages name the key whose column holds the cell. */
  role: { latitude: 'clé « latitude »', longitude: 'clé « longitude »', taille: 'clé « taille »' },
  // The legend.
  defaultNouns: { one: 'lieu', many: 'lieux' },
  exact: { city: 'dans sa ville', coordinates: 'à ses coordonnées', both: 'dans sa ville ou à ses coordonnées' },
  approximate: { city: 'au point représentatif de sa région (ville non connue)', coordinates: 'au point représentatif de sa région (position non connue)' },
  /** With « surligner »: the grey markers' line of the legend. */
  mutedLegend: (many: string) => `en gris : les autres ${many}`,
  sizeLegend: (title: string, column: string) => `${title} (aire des disques selon « ${column} »)`,
  // The drawing, the table and the details panel.
  unknown: { city: 'ville non connue', coordinates: 'position non connue' },
  coordinates: (lat: string, lon: string) => `${lat}\u00a0N, ${lon}\u00a0O`,
  table: { name: 'Nom', city: 'Ville', latitude: 'Latitude', longitude: 'Longitude', region: 'Région administrative', placement: 'Position sur la carte' },
  placement: { city: 'dans sa ville', coordinates: 'à ses coordonnées', region: 'au point représentatif de sa région' },
  panelHint: (many: string) => `Choisissez une région sur la carte (clic, toucher ou touche Entrée) pour voir ses ${many}.`,
  panelNone: (one: string) => `Pas ${de(one)} dans cette région.`,
  keys: (many: string) => `Flèches pour parcourir les régions et leurs ${many}, Entrée ou Espace pour choisir une région, Échap pour effacer.`,
  // The written description (alt text).
  description: (points: string, regions: string) => `Carte du Québec : ${points} dans ${regions}`,
  byCity: (n: string, cities: string) => `dans leur ville pour ${n} (${cities})`,
  byCoordinates: (n: string) => `à leurs coordonnées pour ${n}`,
  byRegion: (n: string, all: boolean) => `au point représentatif de leur région pour ${all ? n : n === '1' ? '1 autre' : `les ${n} autres`}`,
  most: (regions: string, n: string) => `Région qui en compte le plus : ${regions} (${n}).`,
  mostTied: (regions: string, n: string) => `Régions qui en comptent le plus : ${regions} (${n} chacune).`,
  sizeBy: (column: string, low: string, high: string) => `Aire des disques selon « ${column} », de ${low} à ${high}.`,
  inset: 'Un agrandissement montre la région de Montréal.',
  // The editor's form.
  editor: {
    etiquette: 'Colonne qui nomme chaque point (infobulle, panneau et tableau)',
    ville: 'Colonne des villes (facultatif ; villes connues du fichier des lieux data/villes.csv)',
    latitude: 'Colonne des latitudes (facultatif ; degrés décimaux, ex. 45,51)',
    longitude: 'Colonne des longitudes (facultatif ; degrés décimaux, négatifs, ex. -73,56)',
    region: 'Colonne des codes de région, 1 à 17 (facultatif ; pour les points sans ville ni coordonnées)',
    taille: 'Colonne des nombres qui donnent l’aire de chaque disque (facultatif)',
    identifiant: 'Colonne des identifiants des points (facultatif ; minuscules et tirets)',
    point: 'Nom d’un point, au singulier (facultatif ; « lieu » sinon)',
    points: 'Nom des points, au pluriel (facultatif ; « lieux » sinon)',
    legende: 'Titre de la légende (facultatif)',
  },
};
