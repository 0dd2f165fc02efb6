// Every string a reader or an author sees, in French (fr-CA). Code reads them from here only.

const months = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** UI and message strings, grouped by where they appear. */
export const t = {
  lang: 'fr-CA',
  months,
  /** Months abbreviated the Québec way (OQLF), for date axes too narrow for the full names. */
  monthsShort: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'] as const,
  seasons: { printemps: 'printemps', ete: 'été', automne: 'automne', hiver: 'hiver' } as const,

  site: {
    organisation: 'TIESS',
    organisationLong: 'Territoires innovants en économie sociale et solidaire',
    reportTitle: 'Rapport annuel',
    year: '2019-2020',
    title: 'Rapport annuel 2019-2020 du TIESS',
    description:
      'Le rapport annuel 2019-2020 du TIESS (Territoires innovants en économie sociale et solidaire), en ligne, avec ses données.',
    skipToContent: 'Aller au contenu',
    mainNav: 'Navigation principale',
    home: 'Accueil',
    sources: 'Sources et méthodologie',
    embeds: 'Intégrer les figures',
    search: 'Rechercher',
    footerNote: 'Texte tiré du Rapport annuel 2019-2020 du TIESS, version imprimée.',
  },

  home: {
    kicker: 'Rapport annuel',
    chaptersHeading: 'Chapitres',
    printedPages: (from: number, to: number) => (from === to ? `p. ${from}` : `p. ${from}-${to}`),
    availabilityNote:
      'Seules les pages du rapport imprimé transcrites à ce jour sont publiées ici ; les autres parties s’ajouteront au fil de leur transcription.',
    read: 'Lire le chapitre',
    more: 'Aussi',
    printedHeading: 'Le rapport imprimé, partie par partie',
    printedIntro:
      'Le sommaire du rapport imprimé, avec ses pages. Ce qui est publié ici est lié ; le reste s’ajoutera au fil de la transcription.',
    printedPagesFrom: (from: number) => `p. ${from}`,
    online: 'En ligne :',
    notOnline: 'Pas encore en ligne',
  },

  chapter: {
    toc: 'Dans ce chapitre',
    previous: 'Chapitre précédent',
    next: 'Chapitre suivant',
    pagination: 'Chapitres précédent et suivant',
    printedPages: (from: number, to: number) =>
      from === to ? `Page ${from} du rapport imprimé` : `Pages ${from} à ${to} du rapport imprimé`,
  },

  sources: {
    title: 'Sources et méthodologie',
    intro:
      'Toutes les données affichées dans ce rapport en ligne proviennent des fichiers ci-dessous, lus et vérifiés à chaque compilation du site.',
    file: 'Fichier',
    source: 'Source',
    licence: 'Licence',
    date: 'Date',
    processing: 'Traitement',
    rowsHeading: 'Lignes',
    caveats: 'Mises en garde',
    download: 'Téléchargement',
    downloadFile: (file: string) => `Télécharger ${file.split('/').at(-1)}`,
  },

  /** The table of data files on the sources page, a region of its own that scrolls on phones. */
  dataFilesTable: {
    label: 'Fichiers de données',
  },

  figures: {
    undated: 'Non daté dans le rapport',
    source: 'Source',
    note: 'Note',
    showData: 'Voir les données',
    /** Names a table's scroll region for screen readers and keyboard users. */
    tableRegion: (caption: string) => `Tableau : ${caption}`,
    tableScrollHint: 'Faites défiler le tableau de côté pour voir toutes ses colonnes.',
    downloadCsv: 'Télécharger les données (CSV)',
    downloadPng: 'Télécharger l’image (PNG)',
    sourceData: 'Données sources',
    figureLabel: 'Figure',
    unknownFigure: (id: string, known: readonly string[]) =>
      `figure inconnue « ${id} » ; les figures existantes sont : ${known.join(', ')}`,
    duplicateId: (id: string) => `deux figures portent l’identifiant « ${id} » : chaque figure doit avoir le sien (un fichier src/content/figures/${id}.yaml et un module src/figures/${id}.ts ?)`,
    missingFigureId: 'le composant <Figure> doit avoir un attribut id écrit entre guillemets, ex. <Figure id="poles-par-region" />',
  },

  embed: {
    summary: 'Intégrer',
    help: 'Copiez ce code dans une page de votre site : la figure s’affiche dans un cadre qui prend sa hauteur d’elle-même.',
    copy: 'Copier le code',
    copied: 'Code copié dans le presse-papiers.',
    copyFailed: 'Copie impossible : sélectionnez le code et copiez-le.',
    seeInReport: 'Voir dans le rapport',
    credit: 'TIESS — Rapport annuel 2019-2020',
    catalogueTitle: 'Intégrer les figures du rapport',
    catalogueIntro:
      'Chaque figure du rapport peut être intégrée à un autre site : copiez son code, collez-le dans votre page. Le cadre prend la hauteur de la figure, sur téléphone comme sur ordinateur. Les CMS compatibles oEmbed l’intègrent aussi à partir de l’adresse de la figure.',
    catalogueJson: 'Liste des figures (JSON)',
    preview: 'Aperçu',
    kind: { chart: 'Graphique', map: 'Carte', table: 'Tableau' } as const,
  },

  search: {
    title: 'Rechercher dans le rapport',
    nav: 'Rechercher',
    label: 'Mots à chercher',
    submit: 'Rechercher',
    loading: 'Recherche…',
    // Templates filled by the search script: {n} the count, {q} the query.
    resultNone: 'Aucun résultat pour « {q} ».',
    resultOne: '1 résultat pour « {q} ».',
    resultMany: '{n} résultats pour « {q} ».',
    noScript: 'La recherche a besoin de JavaScript. Le sommaire de la page d’accueil mène aussi à chaque chapitre.',
  },

  // Page metadata for search engines and shared links (descriptions, image alternatives).
  metadata: {
    /** What the home page's sharing card (/partage/accueil.png) shows, naming the report once. */
    homeImageAlt: 'Rapport annuel 2019-2020 du TIESS — Territoires innovants en économie sociale et solidaire',
    searchDescription: 'Chercher un mot ou un nom dans les chapitres publiés du rapport annuel 2019-2020 du TIESS et dans ses sources.',
  },

  reading: {
    backToTop: 'Haut de page',
    copyLink: 'Copier le lien vers cette section',
    linkCopied: 'Lien copié',
    progress: 'Progression de la lecture',
    printable: 'Version imprimable',
    printableTitle: 'Rapport annuel 2019-2020 — version imprimable',
    printableIntro: 'Tous les chapitres publiés, dans l’ordre du rapport, prêts à imprimer ou à enregistrer en PDF.',
    notFoundTitle: 'Page introuvable',
    notFoundText: 'Cette page n’existe pas ou a été déplacée.',
    notFoundHome: 'Retour à l’accueil du rapport',
    shareImageAlt: (title: string) => `${title} — Rapport annuel 2019-2020 du TIESS`,
  },

  check: {
    problemCount: (n: number) => `${n} problème${n > 1 ? 's' : ''} à corriger :`,
    moreProblems: (n: number) => `… et ${n} autre${n > 1 ? 's' : ''} problème${n > 1 ? 's' : ''} dans ce fichier`,
    dataChecked: (n: number) => `${n} fichiers de données`,
    verified: (files: number, chapters: number) =>
      `${files} fichiers de données et ${chapters} chapitre${chapters > 1 ? 's' : ''} (syntaxe MDX, images) vérifiés`,
    figuresChecked: (ids: readonly string[]) => `${ids.length} figure${ids.length > 1 ? 's' : ''} : ${ids.join(', ')}`,
    chaptersChecked: (n: number) =>
      `${n} chapitre${n > 1 ? 's' : ''} : syntaxe MDX, en-têtes, figures, images et liens internes`,
    buildStopped: 'La compilation est arrêtée : corrigez les problèmes indiqués puis relancez-la.',
    noFrontmatter: 'l’en-tête (frontmatter) entre deux lignes « --- » manque',
    unreadableFrontmatter: (reason: string) => `en-tête illisible (${reason})`,
    field: (name: string) => `champ « ${name} »`,
    brokenLink: (link: string, problem: string) => `lien interne cassé « ${link} » : ${problem}`,
    noChapter: (id: string, ids: readonly string[]) => `aucun chapitre « ${id} » (chapitres : ${ids.join(', ')})`,
    noSection: (anchor: string) => `aucune section « #${anchor} » dans ce chapitre`,
    noDataFile: (file: string) => `aucun fichier de données « ${file} »`,
    noFigure: (id: string) => `aucune figure « ${id} »`,
    unknownPage: 'page inconnue (les adresses du site finissent par « / », ex. /chapitres/un-ecosysteme-tisse-serre/)',
    missingImage: (src: string, target: string) =>
      `image introuvable « ${src} » : placez le fichier dans ${target}${src.startsWith('/') ? '' : ` et écrivez « /${target.replace(/^public\//, '')} » (une adresse d’image commence par « / »)`}`,
    remoteImage: (src: string) =>
      `image « ${src} » prise sur un autre site : enregistrez-la dans public/images/ et donnez son adresse sous la forme « /images/nom.jpg » (le rapport ne charge rien d’ailleurs)`,
    mdx: {
      unclosedTag: (tag: string) => `balise <${tag}> ouverte mais jamais fermée (ajoutez </${tag}>)`,
      unclosedTagIn: (tag: string, container: string) =>
        `balise <${tag}> ouverte mais pas fermée dans son bloc (${container}) : ajoutez </${tag}> avant la fin du bloc, ou mettez les balises seules sur leur ligne`,
      unexpectedClosingTag: (found: string, open: string, line: number) =>
        `balise fermante </${found}> inattendue : la balise <${open}> ouverte à la ligne ${line} doit d’abord être fermée (ajoutez </${open}>)`,
      misplacedClosingTag: (tag: string) =>
        `balise fermante </${tag}> mal placée : une balise ouverte dans un paragraphe, une liste ou une citation se ferme dans le même bloc`,
      closingWithoutOpening: (tag: string) =>
        `balise fermante </${tag}> sans balise ouvrante <${tag}> avant elle (supprimez-la ou ajoutez <${tag}>)`,
      closingTagExtra: (tag: string) => `une balise fermante ne prend ni attribut ni « / » final : écrivez </${tag}>`,
      lessThan: (char: string) =>
        `caractère « ${char} » inattendu après « < » : MDX lit « < » comme le début d’une balise ; pour écrire « < » dans le texte, écrivez \\<`,
      htmlComment: 'commentaire HTML « <!-- --> » : en MDX, un commentaire s’écrit {/* texte */}',
      attributeValue: (char: string) =>
        `caractère « ${char} » inattendu : la valeur d’un attribut s’écrit entre guillemets, ex. titre="À retenir", ou entre accolades, ex. width={1200}`,
      inTag: (char: string) => `caractère « ${char} » inattendu dans une balise`,
      tagEof: 'fin du fichier atteinte à l’intérieur d’une balise : une balise ou un guillemet n’est pas fermé',
      unclosedBrace:
        'accolade « { » ouverte mais jamais fermée : MDX lit ce qui suit comme du code ; ajoutez « } » ou, pour écrire une accolade dans le texte, écrivez \\{',
      badExpression: (reason: string) =>
        `code illisible entre accolades : MDX lit « { … } » comme du JavaScript ; pour écrire une accolade dans le texte, écrivez \\{ (${reason})`,
      emptyExpression: 'accolades vides « {} » : écrivez une valeur entre les accolades ou supprimez-les',
      badImportExport:
        'ligne « import » ou « export » illisible : en MDX, une ligne qui commence par ces mots est du code ; reformulez le début de la ligne si c’est du texte',
      lazyLine:
        'ligne sans son préfixe à l’intérieur d’une balise ou d’accolades : dans une citation, chaque ligne commence par « > » ; dans une liste, par des espaces',
      other: (reason: string) => `erreur de syntaxe MDX (${reason})`,
      containers: {
        paragraph: 'paragraphe',
        blockQuote: 'bloc de citation',
        listItem: 'élément de liste',
        heading: 'titre',
        emphasis: 'texte en italique',
        strong: 'texte en gras',
        link: 'lien',
        tableCell: 'tableau',
      } as Record<string, string>,
    },
    reloadChanged: (file: string) => `${file} modifié : rechargement`,
    reloadAdded: (file: string) => `${file} ajouté : rechargement`,
    reloadRemoved: (file: string) => `${file} supprimé : rechargement`,
  },

  authoring: {
    missingImage: (src: string) =>
      `image introuvable « ${src} » : placez le fichier dans public/ (ex. public/images/photo.jpg) et écrivez src="/images/photo.jpg"`,
  },

  map: {
    legendPoints: 'Pôles d’économie sociale',
    legendChoropleth: 'Pôles identifiés dans la région',
    markerExact: 'dans sa ville',
    markerApproximate: 'au point représentatif de sa région (ville non connue)',
    insetTitle: 'Région de Montréal (agrandie)',
    panelHint: 'Choisissez une région sur la carte (clic, toucher ou touche Entrée) pour voir ses pôles.',
    panelHintValue: 'Choisissez une région sur la carte (clic, toucher ou touche Entrée) pour voir sa valeur.',
    noPoles: 'Aucun pôle identifié dans cette région.',
    cityUnknown: 'ville non connue',
    close: 'Effacer la sélection',
  },

  keyFigures: {
    title: 'Le chapitre en chiffres',
    homeTitle: 'Le rapport en chiffres',
  },

  charts: {
    total: 'Total',
    firstOfMonth: '1er',
  },

  interaction: {
    chartRole: 'graphique interactif',
    chartKeys: 'Flèches pour parcourir les valeurs, Échap pour sortir.',
    mapRole: 'carte interactive',
    mapKeys: 'Flèches pour parcourir les régions et leurs pôles, Entrée ou Espace pour choisir une région, Échap pour effacer.',
  },

  gallery: {
    title: 'Galerie des types de figures',
    warningTitle: 'Données d’exemple.',
    intro:
      'Chaque type de figure dessiné à partir de données inventées, avec le fichier qui le décrit. Cette page n’est jamais publiée avec le rapport.',
    showFile: (file: string) => `Voir le fichier ${file}`,
  },

  deploy: {
    noSiteUrl:
      'SITE_URL n’est pas défini : les liens canoniques, Open Graph, le plan du site, robots.txt et oEmbed pointeront vers http://localhost:4321.',
    localOnly: 'Ce site ne convient qu’à un aperçu local. Pour le publier : SITE_URL=https://votre-domaine npm run build',
    refusedInCi:
      'Compilation refusée (CI=true) : définissez SITE_URL (et BASE_PATH au besoin), ou SITE_URL_LOCAL=1 pour une compilation locale voulue.',
  },

  tableSort: {
    sortBy: 'Trier par',
  },

  figureCache: {
    /** The build's last line about its figures: how many were drawn, how many came from the cache. */
    report: (figures: { drawn: readonly string[]; reused: number; pngDrawn: number; pngReused: number; dir: string; removed: number }) =>
      `figures : ${figures.drawn.length} dessinées${figures.drawn.length && figures.drawn.length <= 10 ? ` (${figures.drawn.join(', ')})` : ''}, ${figures.reused} reprises du cache ; PNG : ${figures.pngDrawn} produites, ${figures.pngReused} reprises (${figures.dir}${figures.removed ? ` ; ${figures.removed} entrées inutilisées depuis 14 jours supprimées` : ''})`,
    off: 'figures : cache désactivé (FIGURE_CACHE=0), toutes dessinées',
  },
  figureFile: {
    yaml: (reason: string) => `YAML illisible (${reason})`,
    yamlQuoteHint:
      'astuce : un texte entouré d’apostrophes droites (\') ne peut pas en contenir une autre ; enlevez les apostrophes autour du texte ou écrivez l’apostrophe typographique ’',
    notAMap: 'le fichier doit contenir des lignes « clé: valeur », par exemple « type: barres »',
    missingType: (types: readonly string[]) => `type manquant ; types possibles : ${types.join(', ')}`,
    unknownType: (type: string, types: readonly string[]) => `type inconnu « ${type} » ; types possibles : ${types.join(', ')}`,
    unknownKey: (key: string, type: string, keys: readonly string[], suggestion?: string) =>
      `clé inconnue « ${key} »${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''} ; clés possibles pour le type ${type} : ${keys.join(', ')}`,
    badId: 'le nom du fichier est l’identifiant de la figure : lettres minuscules sans accents, chiffres et traits d’union (ex. poles-par-region.yaml)',
    missingData: (file: string, files: readonly string[]) =>
      `le fichier de données « ${file} » n’existe pas dans data/ ; fichiers présents : ${files.join(', ') || 'aucun'}`,
    unknownColumn: (key: string, column: string, file: string, columns: readonly string[]) =>
      `${key} : la colonne « ${column} » n’existe pas dans ${file} ; ses colonnes sont : ${columns.join(', ')}`,
    notNumeric: (figure: string, key: string, received: string) =>
      `nombre attendu (la figure ${figure} lit cette colonne comme « ${key} »), reçu « ${received} »`,
    negative: (figure: string, type: string) => `nombre positif attendu : la figure ${figure} (${type}) ne peut pas montrer de valeur négative`,
    seriesChoice: 'donnez soit « valeurs » (une colonne par série), soit « serie » et « valeur » (une colonne qui nomme la série et une colonne de valeurs), soit « valeur » seul',
    seriesMissing: 'il manque les valeurs : « valeur » (une série), « valeurs » (une colonne par série) ou « serie » et « valeur »',
    duplicateCategory: (category: string, firstLine: number) =>
      `la catégorie « ${category} » est déjà à la ligne ${firstLine} ; une ligne par catégorie (et par série)`,
    emptyCategory: 'nom de catégorie vide',
    noRows: (file: string) => `${file} ne contient aucune ligne de données sous l’en-tête`,
    tooManyParts: (count: string, max: number) =>
      `un anneau montre au plus ${max} parts et les données en ont ${count} ; pour comparer plus de ${max} catégories, écrivez « type: barres »`,
    unknownHighlight: (label: string, categories: readonly string[]) =>
      `surligner : « ${label} » n’est pas une catégorie des données ; catégories : ${categories.join(', ')}`,
    notNumericColumn: (key: string, column: string) => `${key} : la colonne « ${column} » doit contenir des nombres`,
    sortColumnHidden: (column: string) => `trier-par : la colonne « ${column} » doit faire partie des colonnes affichées`,
    unknownRegion: (code: string) => `code de région inconnu « ${code} » ; les codes vont de 1 (ou 01) à 17`,
    duplicateRegion: (code: string, firstLine: number) => `la région ${code} est déjà à la ligne ${firstLine} ; une ligne par région`,
    xNotYears: 'axe-x annees : chaque catégorie doit être une année à 4 chiffres (ex. 2019)',
    xNotDates: 'axe-x dates : chaque catégorie doit être une date, 2019-05-01 ou 01/05/2019',
    truncatedCategories: (shown: string, total: string) =>
      `Seules les ${shown} premières catégories sur ${total} sont montrées ; le fichier de données les contient toutes.`,
    aggregatedPoints: (points: string, total: string, size: string) =>
      `Les ${total} points de chaque série sont ramenés à ${points} moyennes de ${size} points consécutifs ; le fichier de données les contient tous.`,
    truncatedRows: (shown: string, total: string) =>
      `Le tableau montre les ${shown} premières lignes sur ${total} ; le fichier de données les contient toutes.`,
    share: 'Part du total',
    regionCode: 'Code',
    region: 'Région administrative',
    noData: 'Aucune donnée',
    checked: 'fichiers de figures vérifiés',
    moreRows: (n: number, shown: string) => `… ${shown} ${n > 1 ? 'autres lignes' : 'autre ligne'} (voir le tableau)`,
    moreProblems: (n: string) => `… et ${n} autres problèmes du même genre dans ce fichier`,
    buildStopped: 'La compilation est arrêtée : corrigez les fichiers de figures indiqués puis relancez-la.',
  },

  data: {
    line: 'ligne',
    column: 'colonne',
    emptyFile: 'le fichier est vide ; la première ligne doit contenir les noms des colonnes',
    missingFile: 'fichier introuvable',
    duplicateColumn: 'cette colonne apparaît deux fois dans l’en-tête',
    unknownColumn: (expected: readonly string[]) =>
      `colonne inconnue ; les colonnes attendues sont : ${expected.join(', ')}`,
    missingColumn: (expected: readonly string[]) =>
      `colonne manquante dans l’en-tête ; les colonnes attendues sont : ${expected.join(', ')}`,
    raggedRow: (expected: number, found: number) =>
      `cette ligne a ${found} ${found > 1 ? 'cellules' : 'cellule'} alors que l’en-tête en compte ${expected} (virgule en trop ou manquante ?)`,
    invalidValue: (expected: string, received: string) =>
      received === '' ? `${expected}, cellule vide` : `${expected}, reçu « ${received} »`,
    unknownReference: (value: string, expected: string) => `« ${value} » n’existe pas : ${expected}`,
    duplicateKey: (id: string, firstLine: number) =>
      `l’identifiant « ${id} » est déjà utilisé à la ligne ${firstLine} ; chaque identifiant doit être unique`,
    expected: {
      text: 'texte attendu',
      id: 'identifiant attendu (lettres minuscules sans accents, chiffres et traits d’union, ex. « est-monteregie »)',
      integer: 'nombre entier attendu',
      integerBetween: (min: number, max: number) => `nombre entier de ${min} à ${max} attendu`,
      decimal: 'nombre attendu, avec une virgule ou un point décimal (ex. « -73,57 »)',
      decimalBetween: (min: number, max: number) =>
        `nombre de ${min} à ${max} attendu, avec une virgule ou un point décimal (ex. « ${String((min + max) / 2).replace('.', ',')} »)`,
      date: 'date attendue, sous la forme 2019-05-01 ou 01/05/2019 (jour/mois/année)',
      regionCode: 'code de région à deux chiffres attendu (« 01 » à « 17 »)',
      url: 'adresse web complète attendue (commençant par https:// ou http://)',
      oneOf: (values: readonly string[]) => `une de ces valeurs attendue : ${values.join(', ')}`,
      knownRegion: 'les codes de région valides vont de « 01 » à « 17 » (voir data/geo/quebec-regions.topojson)',
      knownInitiative: (ids: readonly string[]) => `les initiatives connues sont : ${ids.join(', ')}`,
      knownAxis: (ids: readonly string[]) => `les axes connus sont : ${ids.join(', ')}`,
    },
    regionNameMismatch: (code: string, official: string) =>
      `le nom de la région ${code} doit être « ${official} » (nom officiel de la couche des régions)`,
    topology: {
      notTopology: 'fichier TopoJSON attendu (objet « Topology » avec un objet « regions »)',
      regionCount: (n: number) => `17 régions attendues, ${n} trouvées`,
      regionProperties: (i: number) => `la région n° ${i} doit avoir les propriétés « code » (01 à 17) et « name »`,
    },
    buildStopped: 'La compilation est arrêtée : corrigez le fichier de données indiqué puis relancez-la.',
  },

  editor: {
    brand: 'Rapport annuel 2019-2020 — éditeur',
    chapters: 'Chapitres',
    figures: 'Figures',
    dataPage: 'Fichiers de données (CSV)',
    chapter: {
      titre: 'Titre',
      slug: 'Identifiant (adresse de la page : /chapitres/identifiant/)',
      partie: 'Partie',
      partieHelp: 'La partie du rapport imprimé, sous la forme « 2. Renforcer »',
      partieFormat: 'la partie s’écrit « numéro, point, espace, nom », ex. « 2. Renforcer »',
      ordre: 'Ordre',
      ordreHelp: 'Position parmi les chapitres (1, 2, 3…) : décide de l’ordre sur l’accueil et des liens précédent/suivant',
      resume: 'Résumé',
      resumeHelp: 'Une ou deux phrases, montrées sur l’accueil et dans les moteurs de recherche',
      pages: 'Pages du rapport imprimé',
      debut: 'Page de début',
      fin: 'Page de fin',
      chapeau: 'Chapeau (facultatif)',
      chapeauHelp: 'Paragraphe d’introduction sous le titre, seulement si le rapport imprimé en a un',
      body: 'Texte du chapitre',
    },
    components: {
      figure: 'Figure',
      figureHelp: 'Un graphique, une carte ou un tableau du rapport, choisi par son titre',
      figureId: 'Figure à montrer',
      chiffresCles: 'Chiffres clés',
      chiffresClesHelp: 'Le bandeau des chiffres clés (data/chiffres-cles.csv)',
      encadre: 'Encadré',
      encadreHelp: 'Un encadré autour de paragraphes',
      encadreTitre: 'Titre de l’encadré (facultatif)',
      ton: 'Ton',
      tonInfo: 'information',
      tonImportant: 'important',
      citation: 'Citation',
      citationHelp: 'Une citation, avec son auteur',
      auteur: 'Auteur (facultatif)',
      source: 'Fonction ou source (facultatif)',
      illustration: 'Illustration',
      illustrationHelp: 'Une photo ou une image, avec son texte de remplacement',
      image: 'Image (déposée dans public/images/)',
      alt: 'Texte de remplacement (obligatoire)',
      altHelp: 'Ce que montre l’image, pour qui ne la voit pas',
      legende: 'Légende (facultatif)',
      credit: 'Crédit (facultatif)',
      width: 'Largeur en pixels (facultatif : lue dans l’image)',
      height: 'Hauteur en pixels (facultatif : lue dans l’image)',
      ancre: 'Ancre de section',
      ancreHelp: 'Un identifiant stable pour les liens vers cette section (…/#sismic), à placer à la fin d’un intertitre',
      ancreId: 'Identifiant (minuscules, chiffres, traits d’union)',
      ancreFormat: 'minuscules sans accents, chiffres et traits d’union, ex. parler-au-nous',
    },
    figure: {
      titre: 'Titre',
      slug: 'Identifiant de la figure (nom du fichier, utilisé dans les chapitres)',
      donnees: 'Fichier de données',
      donneesHelp: 'Un fichier CSV du dossier data/ ; pour en ajouter ou en remplacer un : « Fichiers de données (CSV) »',
      type: 'Type de graphique',
      roles: 'Colonnes et options du type',
      categorie: 'Colonne des catégories',
      valeur: 'Colonne des valeurs',
      valeurs: 'Colonnes des valeurs, une par série (CSV large)',
      serie: 'Colonne qui nomme la série (CSV long)',
      valeurLong: 'Colonne des valeurs (une série, ou CSV long avec la colonne de série)',
      colonne: 'Colonne',
      colonnes: 'Colonnes montrées, dans l’ordre (toutes si vide)',
      barres: 'Colonne dessinée avec une barre dans chaque cellule (facultatif)',
      trierPar: 'Colonne de tri au départ (facultatif)',
      formats: 'Unité par colonne, quand elles diffèrent',
      region: 'Colonne des codes de région (1 à 17)',
      legende: 'Titre de la légende (facultatif)',
      tri: 'Tri',
      triAucun: 'ordre du fichier',
      triCroissant: 'croissant',
      triDecroissant: 'décroissant',
      surligner: 'Catégories à surligner (facultatif)',
      titreAxe: 'Titre de l’axe des valeurs (facultatif)',
      pourcentages: 'Empiler à 100 %',
      axeX: 'Ce que contient la colonne des catégories',
      axeXAuto: 'à deviner',
      axeXAnnees: 'des années',
      axeXDates: 'des dates',
      axeXCategories: 'des catégories',
      description: 'Description (texte de remplacement ; écrite d’après les données si vide)',
      source: 'Source',
      note: 'Note (facultatif)',
      format: 'Unité des valeurs',
      decimales: 'Décimales montrées (0 à 3 ; autant que les données si vide)',
    },
    lint: {
      expression: 'accolade « { » : l’éditeur refuse les expressions et les commentaires {…} ; pour une ancre de section, écrivez <Ancre id="…" /> à la fin de l’intertitre',
      footnote: 'note de bas de page [^…] : l’éditeur l’écrirait \\[^…] et la note disparaîtrait ; mettez la note dans le texte ou dans un <Encadre>',
      htmlComment: 'commentaire HTML « <!-- --> » : l’éditeur le refuse ; supprimez-le',
      importExport: 'ligne import ou export : l’éditeur la refuse ; les composants s’utilisent sans import',
      unknownComponent: (name: string, known: readonly string[]) => `balise <${name}> inconnue de l’éditeur ; balises possibles : ${known.join(', ')}`,
      blankAfterFrontmatter: 'ligne vide juste après l’en-tête (---) : l’éditeur la supprimerait au premier enregistrement',
    },
    upload: {
      title: 'Fichiers de données (CSV)',
      intro: 'Déposez un fichier CSV enregistré depuis Excel (« CSV UTF-8 » ou « CSV (séparateur : point-virgule) »). Il est vérifié avant d’être enregistré : un fichier qui a un problème n’est jamais écrit.',
      target: 'Fichier à remplacer ou à créer',
      newFile: 'Nouveau fichier (nom ci-dessous)',
      newName: 'Nom du nouveau fichier (ex. activites-2020.csv)',
      file: 'Fichier CSV',
      submit: 'Vérifier et enregistrer',
      saved: (file: string) => `${file} est enregistré. Les pages qui l’utilisent sont à jour.`,
      rejected: (file: string) => `${file} n’est pas enregistré : corrigez ces problèmes dans Excel, enregistrez de nouveau en CSV, puis déposez-le encore.`,
      missingFile: 'choisissez un fichier CSV',
      badName: 'nom de fichier : minuscules sans accents, chiffres et traits d’union, terminé par .csv (ex. activites-2020.csv)',
      usedBy: 'Utilisé par',
      unused: 'aucune figure',
      files: 'Fichiers présents',
      back: 'Retour à l’éditeur',
      open: 'Voir le rapport',
    },
  },
} as const;

/** A month number (1–12) as its French name. */
export function monthName(month: number): string {
  const name = months[month - 1];
  if (!name) throw new RangeError(`month out of range: ${month}`);
  return name;
}
