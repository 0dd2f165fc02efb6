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
/** What a figure draws with a column, in the words of the figure form, for messages to people who edit CSVs in Excel. */
const numberRoles: Record<string, string> = {
  valeur: 'champ « Colonne des valeurs »',
  valeurs: 'champ « Colonnes des valeurs »',
  barres: 'champ « Colonne dessinée avec une barre dans chaque cellule »',
  colonnes: 'champ « Colonnes montrées »',
};

// « Écouter » : a chart's values as tones (src/components/ListenButton.astro, src/scripts/listen*.ts).
// A block of its own so that the player's chunk, fetched when the button is pressed, takes these
// strings alone (and not the whole module); also `t.listen`.
export const listenStrings = {
  play: 'Écouter',
  /**
   * Read after « Écouter » by assistive technologies (visually hidden). The chart is the figure the
   * button sits in, named by its title: the title is not repeated (each figure's title is read once).
   */
  playName: 'le graphique',
  stop: 'Arrêter',
  stopName: 'l’écoute',
  /** The button's description once pressed (its keys). */
  keys: 'Un son par valeur, plus aigu si elle est plus grande, un timbre par série. Entrée\u00a0: tout écouter ou arrêter\u202f; flèches\u00a0: valeur par valeur\u202f; Début, Fin\u00a0: première, dernière\u202f; Échap\u00a0: arrêter.',
  series: (name: string) => `Série\u00a0: ${name}.`,
  stopped: 'Écoute arrêtée.',
  ended: 'Fin de l’écoute.',
} as const;

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
    year: '2019–2020',
    title: 'Rapport annuel 2019–2020 du TIESS',
    description:
      'Le rapport annuel 2019–2020 du TIESS (Territoires innovants en économie sociale et solidaire), en ligne, avec ses données.',
    skipToContent: 'Aller au contenu',
    mainNav: 'Navigation principale',
    home: 'Accueil',
    sources: 'Sources et méthodologie',
    embeds: 'Intégrer les figures',
    search: 'Rechercher',
    footerNote: 'Texte tiré du Rapport annuel 2019–2020 du TIESS, version imprimée.',
  },

  home: {
    kicker: 'Rapport annuel',
    chaptersHeading: 'Chapitres',
    printedPages: (from: number, to: number) => (from === to ? `p.\u00a0${from}` : `p.\u00a0${from}–${to}`),
    availabilityNote:
      'Seules les pages du rapport imprimé transcrites à ce jour sont publiées ici ; les autres parties s’ajouteront au fil de leur transcription.',
    read: 'Lire le chapitre',
    more: 'Aussi',
    printedHeading: 'Le rapport imprimé, partie par partie',
    printedIntro:
      'Le sommaire du rapport imprimé, avec ses pages. Ce qui est publié ici est lié ; le reste s’ajoutera au fil de la transcription.',
    printedPagesFrom: (from: number) => `p.\u00a0${from}`,
    online: 'En ligne\u00a0:',
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
    checks:
      'À chaque compilation, chaque fichier est lu et vérifié : son encodage, son en-tête (un nom par colonne, sans doublon) et le même nombre de cellules sur chaque ligne ; les colonnes qu’une figure lit et celles des fichiers décrits ci-dessous le sont aussi dans leur contenu (nombres, dates, codes de région, identifiants uniques). Un fichier qui a un problème arrête la compilation.',
    file: 'Fichier',
    source: 'Source',
    licence: 'Licence',
    date: 'Date',
    processing: 'Traitement',
    rowsHeading: 'Lignes',
    caveats: 'Mises en garde',
    download: 'Téléchargement',
    downloadFile: (file: string) => `Télécharger ${file.split('/').at(-1)}`,
    /** What the files are, above their descriptions (written in data/descriptions/ with the editor). */
    dataIntro: [
      'Chaque fichier est publié tel quel sous `/donnees/` et vérifié à chaque compilation (colonnes, types, identifiants uniques, codes de région). Une erreur arrête la compilation avec le nom du fichier, la ligne et la colonne en cause.',
      'Les fichiers CSV livrés sont en UTF-8, séparés par des virgules, avec le point décimal ; un fichier réenregistré depuis Excel en français (points-virgules, virgule décimale, UTF-8 avec BOM ou Windows-1252, fins de ligne CRLF, milliers séparés par une espace) est lu de la même façon. Les faits tirés du rapport n’y figurent que tels que le rapport les énonce : aucune date ni aucun chiffre n’est ajouté.',
    ],
    parts: {
      contenu: 'Contenu',
      source: 'Source',
      licence: 'Licence',
      attribution: 'Attribution',
      date: 'Date',
      traitement: 'Traitement',
      'mises-en-garde': 'Mises en garde',
    },
  },

  /** Problems in the descriptions of data files (data/descriptions/*.yaml). */
  descriptions: {
    unreadable: 'texte illisible : vérifiez les guillemets et l’indentation de cette ligne, ou modifiez la description dans l’éditeur (« Descriptions des données »)',
    notAMap: 'le fichier doit contenir des lignes « clé: valeur », par exemple « fichier: poles.csv »',
    missingFile: (files: readonly string[]) => `« fichier » manquant : le fichier de données décrit, parmi : ${files.join(', ')}`,
    unknownFile: (file: string, files: readonly string[]) => `fichier : « ${file} » n’existe pas dans data/ ; les fichiers de données sont : ${files.join(', ')}`,
    duplicate: (file: string, first: string) => `fichier : « ${file} » est déjà décrit dans data/descriptions/${first} ; une seule description par fichier`,
    unknownPart: (key: string, parts: readonly string[]) => `« ${key} » inconnu ; les parties d’une description sont : fichier, ${parts.join(', ')}`,
    notText: (key: string) => `${key} : texte attendu`,
    missingPart: (key: string) => `${key} manquant : chaque description dit au moins le contenu, la source et la licence du fichier`,
    /** A warning of npm run check and of « Publier »: the file is published, but « Sources et méthodologie » does not list it. */
    undescribed:
      `pas de description : ce fichier est publié, mais la page « Sources et méthodologie » ne dit ni d’où il vient ni sous quelle licence ; dans l’éditeur, « Descriptions des données » › « Ajouter », choisissez ce fichier et écrivez son contenu, sa source et sa licence`,
  },

  /** The table of data files on the sources page, a region of its own that scrolls on phones. */
  dataFilesTable: {
    label: 'Fichiers de données',
  },

  figures: {
    /** In the editor's preview (dev server only): a figure that cannot be drawn shows why, in place of the drawing. */
    previewProblem: (id: string) => `La figure « ${id} » ne peut pas être dessinée. Corrigez ce qui suit (la compilation et la page Publier le refusent aussi) :`,
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
    unknownFigure: (id: string, known: readonly string[], near?: string) =>
      `figure inconnue « ${id} »${near ? ` (vouliez-vous dire « ${near} » ?)` : ''} ; les figures existantes sont : ${known.join(', ')}`,
    duplicateId: (id: string, files: readonly string[]) =>
      `deux figures portent l’identifiant « ${id} » : ${files.join(' et ')} ; le nom du fichier est l’identifiant de la figure : renommez ou supprimez l’un des deux`,
    repeatedFigure: (id: string, firstLine: number) =>
      `la figure « ${id} » est déjà placée à la ligne ${firstLine} de ce chapitre ; une figure ne paraît qu’une fois par chapitre : supprimez l’une des deux, ou renvoyez à la première par un lien [la figure](#figure-${id})`,
    missingFigureId: 'le composant <Figure> doit avoir un attribut id écrit entre guillemets, ex. <Figure id="poles-par-region" />',
    drawingFailed: (id: string, file: string, places: readonly string[], reason: string) =>
      `${file} : la figure « ${id} » n’a pas pu être dessinée (${places.length ? `elle est placée dans ${places.join(' ; ')}` : 'elle n’est placée dans aucun chapitre'}) ; vérifiez ses données, et si elles sont justes, transmettez ce message à l’équipe technique. Détail : ${reason}`,
  },

  embed: {
    summary: 'Intégrer',
    help: 'Copiez ce code dans une page de votre site : la figure s’affiche dans un cadre qui prend sa hauteur d’elle-même.',
    copy: 'Copier le code',
    copied: 'Code copié dans le presse-papiers.',
    copyFailed: 'Copie impossible : sélectionnez le code et copiez-le.',
    seeInReport: 'Voir dans le rapport',
    credit: 'TIESS — Rapport annuel 2019–2020',
    catalogueTitle: 'Intégrer les figures du rapport',
    catalogueIntro:
      'Chaque figure du rapport peut être intégrée à un autre site : copiez son code, collez-le dans votre page. Le cadre prend la hauteur de la figure, sur téléphone comme sur ordinateur. Les CMS compatibles oEmbed l’intègrent aussi à partir de l’adresse de la figure.',
    catalogueJson: 'Liste des figures (JSON)',
    preview: 'Aperçu',
    inNoChapter: 'figure publiée pour l’intégration seulement, dans aucun chapitre du rapport',
    themeTitle: 'Fond clair ou sombre',
    themeIntro:
      'Les figures s’affichent sur fond clair. Pour un fond sombre, ou pour suivre le réglage clair ou sombre de chaque lecteur, ajoutez sombre/ ou auto/ à la fin de l’adresse de la figure, dans le code copié. Par exemple :',
    themeDark: 'Fond sombre',
    themeAuto: 'Selon le réglage du lecteur',
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
    homeImageAlt: 'Rapport annuel 2019–2020 du TIESS — Territoires innovants en économie sociale et solidaire',
    searchDescription: 'Chercher un mot ou un nom dans les chapitres publiés du rapport annuel 2019–2020 du TIESS et dans ses sources.',
  },

  reading: {
    backToTop: 'Haut de page',
    copyLink: 'Copier le lien vers cette section',
    linkCopied: 'Lien copié',
    progress: 'Progression de la lecture',
    printable: 'Version imprimable',
    printableTitle: 'Rapport annuel 2019–2020 — version imprimable',
    printableIntro: 'Tous les chapitres publiés, dans l’ordre du rapport, prêts à imprimer ou à enregistrer en PDF.',
    notFoundTitle: 'Page introuvable',
    notFoundText: 'Cette page n’existe pas ou a été déplacée.',
    notFoundHome: 'Retour à l’accueil du rapport',
    shareImageAlt: (title: string) => `${title} — Rapport annuel 2019–2020 du TIESS`,
  },

  /** The PDF edition (npm run pdf: scripts/pdf.ts, pages src/pages/pdf/). */
  pdf: {
    /** File name of the whole report in dist/ (chapters: `<name>-<chapter id>.pdf`). */
    fileName: 'rapport-annuel-2019-2020',
    /** The PDFs' titles (their metadata), from the pages' titles. */
    pageTitle: 'Rapport annuel 2019–2020 du TIESS',
    chapterPageTitle: (title: string) => `${title} — Rapport annuel 2019–2020 du TIESS`,
    description: 'La page dont est tiré le PDF du rapport (npm run pdf) : couverture, table des matières, chapitres, sources et licences des données.',
    coverEdition: 'Édition PDF, produite à partir du rapport en ligne',
    onlineAt: 'Rapport en ligne, avec ses données et ses figures interactives :',
    contents: 'Table des matières',
    /** Running head on the side opposite the chapter title. */
    runningHead: 'Rapport annuel 2019-2020',
    /** Footer of every page but the cover, as the printed report has it: « Page 27 - Rapport annuel 2019-2020 ». */
    footerBefore: 'Page ',
    footerAfter: ' - Rapport annuel 2019-2020',
    sourcesTitle: 'Sources et licences des données',
    sourcesIntro:
      'Les chiffres, les figures et les cartes de ce document sont tirés des fichiers de données ci-dessous, publiés avec le rapport en ligne, chacun avec sa source et sa licence.',
    sourcesOnline: 'Chaque fichier peut être téléchargé tel quel :',
    /** The links the PDF step adds to the built pages, with what it measured. */
    downloadReport: (pages: string, size: string) => `Télécharger le rapport (PDF, ${pages}, ${size})`,
    chapterPdf: 'Ce chapitre en PDF',
    chapterPdfDetails: (pages: string, size: string) => `(${pages}, ${size})`,
    pages: (n: number) => (n === 1 ? '1 page' : `${n} pages`),
    /** Messages of npm run pdf. */
    noBuild: (dir: string) => `${dir} : aucune page « pdf/ » compilée ; lancez d’abord « npm run build », puis « npm run pdf ».`,
    noPoppler: 'pdfinfo est introuvable : installez poppler-utils (apt-get install poppler-utils), qui sert à lire les numéros de page des PDF produits.',
    noBrowser: (file: string) => `Chromium est introuvable à ${file} : installez-le (apt-get install chromium) ou donnez son chemin dans CHROMIUM_PATH.`,
    smallText: (figure: string, size: string) =>
      `figure « ${figure} » : le plus petit texte de son dessin mesurerait ${size} pt dans le PDF, sous le minimum de 8 pt (un dessin trop haut pour une page y est réduit) ; raccourcissez la figure (moins de catégories, une note plus courte)`,
    unstable: 'les numéros de page de la table des matières changent encore après quatre passes : vérifiez qu’elle tient sur sa page',
    missingTarget: (id: string) => `la table des matières renvoie à « ${id} », introuvable dans le PDF produit`,
    unknownOption: (option: string) => `option inconnue « ${option} » ; options : --a4, --dist <dossier>`,
    written: (file: string, pages: number, size: string, format: string) => `${file} : ${pages} pages, ${size} (${format})`,
    linked: (n: number) => `liens ajoutés aux pages compilées : accueil et ${n} chapitre${n > 1 ? 's' : ''}`,
  },

  check: {
    problemCount: (n: number) => `${n} problème${n > 1 ? 's' : ''} à corriger :`,
    warningCount: (n: number) => `${n} avertissement${n > 1 ? 's' : ''} (la compilation se fait quand même) :`,
    moreProblems: (n: number) => `… et ${n} autre${n > 1 ? 's' : ''} problème${n > 1 ? 's' : ''} dans ce fichier`,
    dataChecked: (n: number) => `${n} fichiers de données`,
    verified: (files: number, chapters: number) =>
      `${files} fichiers de données et ${chapters} chapitre${chapters > 1 ? 's' : ''} (syntaxe MDX, images) vérifiés`,
    figuresChecked: (ids: readonly string[]) => `${ids.length} figure${ids.length > 1 ? 's' : ''} : ${ids.join(', ')}`,
    chaptersChecked: (n: number) =>
      `${n} chapitre${n > 1 ? 's' : ''} : syntaxe MDX, en-têtes, figures, images et liens internes`,
    buildStopped: 'La compilation est arrêtée : corrigez les problèmes indiqués puis relancez-la.',
    github: {
      summaryTitle: (n: number) => `Vérification du rapport : ${n} problème${n > 1 ? 's' : ''} à corriger`,
      summaryTodo:
        'Le site n’est pas publié. Corrigez chaque fichier indiqué (dans l’éditeur ou sur GitHub, bouton « Edit » du fichier), puis enregistrez : la vérification se relance seule.',
      summaryOk: 'Vérification du rapport : aucun problème.',
      annotationTitle: 'Vérification du rapport',
    },
    noFrontmatter: 'l’en-tête (frontmatter) entre deux lignes « --- » manque',
    unreadableFrontmatter: (reason: string) => `en-tête illisible : ${reason}`,
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
      autolink: (address: string) =>
        `adresse « <${address}> » : dans un chapitre, un lien s’écrit [texte du lien](${address.includes('@') && !address.includes(':') ? `mailto:${address}` : address}) (MDX lit « < » comme le début d’une balise)`,
      unknownComponent: (name: string, known: readonly string[], near: string | undefined) =>
        `composant <${name}> inconnu${near ? ` (vouliez-vous dire <${near}> ?)` : ''} : un chapitre peut utiliser ${known.map((k) => `<${k}>`).join(', ')} ; pour écrire « < » dans le texte, écrivez \\<`,
      textExpression: (code: string) =>
        `« ${code} » : MDX lit ce qui est entre accolades comme du code, qui ne s’afficherait pas tel quel ; pour écrire des accolades dans le texte, écrivez \\{ et \\} (un commentaire s’écrit {/* texte */})`,
      codeAttribute: (attribute: string, tag: string, code: string) =>
        `valeur {${code}} de « ${attribute} » dans <${tag}> : entre accolades, MDX lit du code ; écrivez la valeur entre guillemets, ex. ${attribute}="${code.replace(/"/g, '')}"`,
      spreadAttribute: (tag: string) => `code entre accolades à la place d’un attribut dans <${tag}> : écrivez chaque attribut sous la forme nom="valeur"`,
      eventAttribute: (attribute: string) =>
        `attribut « ${attribute} » refusé : le site n’exécute pas de code écrit dans une page (sa politique de sécurité le bloque) ; supprimez-le`,
      scriptOrStyle: (tag: string) =>
        `balise <${tag}> refusée : le site n’exécute pas de code ni de style écrits dans une page (sa politique de sécurité les bloque) ; supprimez-la`,
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
    /** The keyboard hint of a regions map (carte-regions); its notes, when it has some, come after the regions. */
    regionKeys: (notes: boolean) =>
      `Flèches pour parcourir les régions${notes ? ', puis les notes numérotées' : ''}, Entrée ou Espace pour choisir une région, Échap pour effacer.`,
  },

  keyFigures: {
    title: 'Le chapitre en chiffres',
    homeTitle: 'Le rapport en chiffres',
  },

  charts: {
    total: 'Total',
    firstOfMonth: '1er',
  },

  // Annotations of a figure (src/figures/annotations.ts, src/charts/annotate.ts): the figure file's
  // « annotations » key, its messages, and what the drawing and its description say.
  annotations: {
    item: 'Annotation',
    sentence: (text: string, where: string) => `Annotation\u00a0: ${text} (${where}).`,
    /** Where each kind sits, said in the description's parentheses: « (ligne de référence au 13 mars 2020) », « (période de 2019 à 2020) », « (sur « Estrie ») ». */
    onMark: (target: string) => `sur « ${target} »`,
    ofSeries: (where: string, series: string) => `${where}, série « ${series} »`,
    valueLine: (value: string) => `ligne de référence à ${value}`,
    dateLine: (target: string) => `ligne de référence ${target}`,
    /** A band of values, or a range of categories. */
    range: (from: string, to: string) => `bande ombrée de ${from} à ${to}`,
    period: (from: string, to: string) => `période de ${from} à ${to}`,
    dateRange: (from: string, to: string) => `période du ${from} au ${to}`,
    /** Where a date line or a note sits: « au 13 mars 2020 », « en 2019 », « à « Estrie » ». */
    onDay: (day: string) => `au ${day}`,
    inYear: (year: string) => `en ${year}`,
    atCategory: (category: string) => `à « ${category} »`,
    kinds: 'note, ligne, periode ou bande',
    notAList: 'annotations : liste attendue, une entrée par annotation commençant par « - », ex. « - note: Sommet » puis « sur: 2019 »',
    notAnEntry: 'annotation : « note », « ligne », « periode » ou « bande » suivi de son texte attendu, ex. « - ligne: Objectif : 50 » puis « valeur: 50 »',
    oneKind: (found: readonly string[]) =>
      `une annotation est une seule chose : note, ligne, periode ou bande ; ${found.length ? `celle-ci en a ${found.length} : ${found.join(' et ')}` : 'celle-ci n’en a aucune'}`,
    unknownKey: (key: string, keys: readonly string[], near?: string) =>
      `clé inconnue « ${key} » dans une annotation${near ? ` (vouliez-vous dire « ${near} » ?)` : ''} ; clés possibles : ${keys.join(', ')}`,
    notForKind: (kind: string, key: string, keys: readonly string[]) =>
      `${kind} : « ${key}: » ne sert pas à une annotation « ${kind} » ; elle prend ${keys.map((k) => `« ${k}: »`).join(', ')}`,
    lineNeedsTarget:
      'ligne : il manque « valeur: » (une ligne horizontale à cette valeur) ou « sur: » (une ligne à cette année, cette date ou cette catégorie)',
    emptyText: (kind: string) => `${kind} : texte de l’annotation vide`,
    needs: (kind: string, keys: string) => `${kind} : il manque ${keys}`,
    noteNeedsTarget: 'note : il manque « sur: » (la catégorie, l’année, la date ou le point annoté)',
    lineNeedsOne: 'ligne : donnez « valeur: » (une ligne horizontale à cette valeur) ou « sur: » (une ligne à cette année ou cette date), pas les deux',
    notANumber: (key: string, received: string) => `${key} : nombre attendu, reçu « ${received} » (écrivez 50 ou 12,5)`,
    unknownCategory: (target: string, file: string, categories: readonly string[]) =>
      `sur : « ${target} » n’est pas une catégorie de ${file} ; catégories : ${categories.join(', ')}`,
    unknownPoint: (target: string, file: string, names: readonly string[]) =>
      `sur : « ${target} » n’est pas un point de ${file} (colonne etiquette) ; points : ${names.join(', ')}`,
    noPointNames: 'sur : une note de nuage de points nomme un point ; ajoutez « etiquette: » (la colonne qui nomme les points)',
    /** A note on a category, year, date or point whose value is empty in the CSV: nothing is drawn there. */
    emptyMark: (target: string, file: string, instead: string, series?: string) =>
      `sur : la valeur de « ${target} »${series === undefined ? '' : ` pour la série « ${series} »`} est vide dans ${file} ; une note se pose sur une valeur dessinée : remplissez la cellule, ou placez la note sur ${instead}`,
    emptyInstead: { category: 'une catégorie qui a une valeur', year: 'une année qui a une valeur', date: 'une date qui a une valeur', point: 'un point qui a ses deux valeurs' },
    notOnAxis: (key: string, target: string, first: string, last: string) =>
      `${key} : « ${target} » est hors de l’axe, qui va de ${first} à ${last}`,
    notADate: (key: string, target: string) => `${key} : date attendue, reçu « ${target} » (écrivez 2020-03-13 ou 13/03/2020)`,
    notAYear: (key: string, target: string) => `${key} : année attendue, reçu « ${target} » (ex. 2020)`,
    unknownSeries: (series: string, names: readonly string[]) => `serie : « ${series} » n’est pas une série de la figure ; séries : ${names.join(', ')}`,
    noTimeAxis: (kind: string) => `${kind} : un nuage de points n’a pas d’axe du temps ; utilisez « valeur: » (ligne) ou « bande » (valeurs de l’axe vertical)`,
    shares: 'valeur : ce graphique montre des parts de 100 % ; une ligne ou une bande de valeurs n’y a pas de sens (retirez-la, ou retirez « pourcentages »)',
    // A region map (carte-regions): notes on regions only.
    unknownRegion: (target: string, regions: readonly string[]) =>
      `sur : « ${target} » n’est pas une région administrative (nom ou code de 1 à 17) ; régions : ${regions.join(', ')}`,
    mapNotesOnly: (kind: string) =>
      `${kind} : une carte des régions n’a pas d’axe de valeurs ni d’axe du temps ; elle accepte seulement des notes sur une région, ex. « - note: Forte hausse » puis « sur: Estrie »`,
    /** A map's note in its legend under the drawing, after its number (the list's marker, a disc as on the map). */
    mapNote: (text: string, region: string) => `${text} (${region})`,
    unsupported: (type: string, types: readonly string[]) =>
      `annotations : le type ${type} n’accepte pas d’annotations ; types qui les acceptent : ${types.join(', ')}`,
    /** The editor's form (src/editor/figure-fields.ts): one entry per annotation, written as `genre` and `texte`. */
    editor: {
      list: 'Annotations (facultatif) : une note sur une valeur, une ligne de référence, une période ou une bande ombrée',
      genre: 'Genre',
      note: 'note sur une catégorie, une année, une date ou un point',
      ligne: 'ligne de référence (une valeur, ou une année ou une date)',
      periode: 'période ombrée sur l’axe du temps (ou des catégories)',
      bande: 'bande ombrée de valeurs',
      texte: 'Texte de l’annotation (court)',
      sur: 'Sur (note : la catégorie, l’année, la date ou le point ; ligne : l’année ou la date)',
      valeur: 'Valeur (ligne horizontale à cette valeur)',
      de: 'De (période : année, date ou catégorie ; bande : valeur)',
      a: 'À',
      serie: 'Série (note, facultatif ; la première sinon)',
      regionList: 'Notes (facultatif) : une courte phrase sur une région, numérotée sur la carte',
      regionNote: 'note sur une région',
      regionSur: 'Sur (la région : son nom, ex. Estrie, ou son code, ex. 5)',
    },
  },

  interaction: {
    chartRole: 'graphique interactif',
    chartKeys: 'Flèches pour parcourir les valeurs, Échap pour sortir.',
    mapRole: 'carte interactive',
    mapKeys: 'Flèches pour parcourir les régions et leurs pôles, Entrée ou Espace pour choisir une région, Échap pour effacer.',
  },

  listen: listenStrings,

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

  publish: {
    /** The last line of a build: the new site replaced the previous one in one step. */
    swapped: (dir: string) => `site publié dans ${dir} (remplacé d’un coup, une fois tout écrit)`,
    /** After a failed build: the previous site is as it was. */
    untouched: (dir: string) => `Le site déjà publié dans ${dir} n’a pas été modifié : la compilation écrivait ailleurs.`,
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
  /** Syntax errors in the YAML staff write (figure files, chapter headers), each with what to do. */
  yaml: {
    unclosedList: 'crochet « [ » ouvert mais jamais fermé : une liste s’écrit sur une seule ligne et se termine par « ] », ex. valeurs: [2019, 2020]',
    unclosedMap: 'accolade « { » ouverte mais jamais fermée : ces valeurs s’écrivent sur une seule ligne et se terminent par « } », ex. formats: { budget: dollars }',
    unclosedQuote: 'guillemet « " » ouvert mais jamais fermé : ajoutez le guillemet fermant à la fin du texte, ou enlevez les guillemets (ils ne sont pas nécessaires)',
    missingChar: 'un caractère manque : vérifiez les crochets [ ], les accolades { } et les guillemets de cette ligne',
    tab: 'tabulation en début de ligne : seules les espaces sont acceptées pour décaler une ligne ; remplacez la tabulation par deux espaces',
    badIndent: 'ligne mal décalée : les clés commencent en début de ligne, sans espace, et les lignes d’une sous-liste sont décalées de deux espaces',
    indentedLine: 'ligne décalée sous une clé qui a déjà sa valeur : enlevez les espaces au début de la ligne suivante, ou écrivez la suite du texte sur la même ligne',
    colon: '« : » inattendu : écrivez le texte entre guillemets droits, ex. "Source : MRNF"',
    duplicateKey: (key: string, firstLine?: number) =>
      `la clé « ${key} » apparaît deux fois${firstLine ? ` (déjà à la ligne ${firstLine})` : ''} : gardez-en une seule`,
    apostrophe:
      'texte inattendu après l’apostrophe fermante : un texte entouré d’apostrophes droites (\') ne peut pas en contenir une autre ; enlevez les apostrophes autour du texte ou écrivez l’apostrophe typographique ’',
    unexpectedText: 'texte inattendu après la valeur : un texte entre guillemets se termine au guillemet fermant ; enlevez les guillemets autour du texte, ou mettez tout le texte entre eux',
    multipleDocuments: 'ligne « --- » au milieu du fichier : un fichier décrit une seule chose ; supprimez cette ligne',
    backslash: 'barre oblique inverse « \\ » entre guillemets : écrivez « \\\\ », ou enlevez les guillemets autour du texte',
    specialStart: (...chars: string[]) =>
      `une valeur qui commence par ${chars.map((c) => `« ${c} »`).join(' ou ')} doit être écrite entre guillemets droits, ex. "${chars[0]} texte"`,
    longKey: 'clé trop longue (plus de 1 024 caractères) : une clé est un mot suivi de « : »',
    badStructure: 'structure inattendue : chaque ligne s’écrit « clé: valeur », une liste entre crochets [ ] sur une seule ligne',
    other: 'syntaxe illisible : chaque ligne s’écrit « clé: valeur » ; comparez avec un fichier qui fonctionne',
  },

  figureFile: {
    yaml: (reason: string) => `YAML illisible : ${reason}`,
    notAMap: 'le fichier doit contenir des lignes « clé: valeur », par exemple « type: barres »',
    missingType: (types: readonly string[]) => `type manquant ; types possibles : ${types.join(', ')}`,
    unknownType: (type: string, types: readonly string[]) => `type inconnu « ${type} » ; types possibles : ${types.join(', ')}`,
    unknownKey: (key: string, type: string, keys: readonly string[], suggestion?: string) =>
      `clé inconnue « ${key} »${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''} ; clés possibles pour le type ${type} : ${keys.join(', ')}`,
    badId: 'le nom du fichier est l’identifiant de la figure : lettres minuscules sans accents, chiffres et traits d’union (ex. poles-par-region.yaml)',
    missingData: (file: string, files: readonly string[]) =>
      `le fichier de données « ${file} » n’existe pas dans data/ ; fichiers présents : ${files.join(', ') || 'aucun'}`,
    unknownColumn: (key: string, column: string, file: string, columns: readonly string[], near?: string) =>
      `${key} : la colonne « ${column} » n’existe pas dans ${file}${near ? ` (vouliez-vous dire « ${near} » ?)` : ''} ; ses colonnes sont : ${columns.join(', ')}`,
    yearsAcross: (years: readonly string[]) =>
      ` ; les années sont en colonnes (${years.join(', ')}) : une figure lit une ligne par année ; dans Excel, copiez le tableau puis « Collage spécial » › « Transposé » pour mettre les années en lignes (voir « Plusieurs séries » dans le guide)`,
    notNumeric: (figure: string, key: string, received: string) =>
      `nombre attendu, reçu « ${received} » : la figure ${figure} dessine les nombres de cette colonne (${numberRoles[key] ?? key}) ; écrivez un nombre, ou laissez la cellule vide si la donnée manque`,
    negative: (figure: string, type: string) => `nombre positif attendu : la figure ${figure} (${type}) ne peut pas montrer de valeur négative`,
    seriesChoice: 'donnez soit « valeurs » (une colonne par série), soit « serie » et « valeur » (une colonne qui nomme la série et une colonne de valeurs), soit « valeur » seul',
    seriesMissing: 'il manque les valeurs : « valeur » (une série), « valeurs » (une colonne par série) ou « serie » et « valeur »',
    duplicateCategory: (category: string, firstLine: number) =>
      `la catégorie « ${category} » est déjà à la ligne ${firstLine} ; une ligne par catégorie (et par série)`,
    emptyCategory: 'nom de catégorie vide',
    noRows: (file: string) => `${file} ne contient aucune ligne de données sous l’en-tête`,
    tooManyParts: (count: string, max: number) =>
      `un anneau montre au plus ${max} parts et les données en ont ${count} ; pour comparer plus de ${max} catégories, écrivez « type: barres »`,
    notNumericColumn: (key: string, column: string) => `${key} : la colonne « ${column} » doit contenir des nombres`,
    sortColumnHidden: (column: string) => `trier-par : la colonne « ${column} » doit faire partie des colonnes affichées`,
    unknownRegion: (code: string) => `code de région inconnu « ${code} » ; les codes vont de 1 (ou 01) à 17`,
    duplicateRegion: (code: string, firstLine: number) => `la région ${code} est déjà à la ligne ${firstLine} ; une ligne par région`,
    xNotYears: 'axe-x annees : chaque catégorie doit être une année à 4 chiffres (ex. 2019)',
    xNotDates: 'axe-x dates : chaque catégorie doit être une date, 2019-05-01 ou 01/05/2019',
    // Data a figure could not draw: refused by the check, with what to do.
    tooLarge: (figure: string, key: string, received: string) =>
      `nombre trop grand pour être dessiné, reçu « ${received} » : la figure ${figure} dessine les nombres de cette colonne (${numberRoles[key] ?? key}) ; vérifiez la cellule : ce nombre a plus de 300 chiffres`,
    noValues: (key: string, columns: readonly string[], file: string) =>
      `${key} : ${columns.length > 1 ? `les colonnes ${columns.map((c) => `« ${c} »`).join(', ')}` : `la colonne « ${columns[0]} »`} de ${file} ${columns.length > 1 ? 'n’ont' : 'n’a'} aucune valeur (toutes les cellules sont vides) ; remplissez-${columns.length > 1 ? 'les' : 'la'} ou nommez la colonne qui contient les nombres`,
    donutNoWhole: (column: string, file: string) =>
      `valeur : les parts de l’anneau (colonne « ${column} » de ${file}) font un total de 0 ; un anneau montre les parts d’un tout : donnez au moins une part plus grande que 0, ou écrivez « type: barres » pour montrer des valeurs nulles`,
    lineOnePoint: (file: string, line: number) =>
      `un graphique linéaire relie au moins deux points et ${file} n’en a qu’un (ligne ${line}) ; ajoutez une ligne de données, ou écrivez « type: colonnes » pour montrer une seule valeur`,
    sameDate: (label: string, firstLabel: string, firstLine: number) =>
      `la date « ${label} » est la même que « ${firstLabel} » à la ligne ${firstLine} ; une ligne par date (et par série)`,
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
    /** The example texts npm run new:figure writes (scripts/new-figure.mjs), refused until replaced, with what to write instead. */
    placeholders: {
      titre: { text: 'Titre de la figure', write: 'le titre affiché au-dessus de la figure, ex. « Nombre d’activités de transfert par année »' },
      source: { text: 'Source des données', write: 'd’où viennent les données, ex. « TIESS, bilan des activités 2019–2020 »' },
      note: { text: 'Une mise en garde pour les lecteurs (facultatif)', write: 'la mise en garde que les lecteurs doivent connaître, ou supprimez la ligne' },
      description: {
        text: 'Le texte lu par les lecteurs d’écran ; sans lui, il est écrit à partir des données',
        write: 'une ou deux phrases qui disent ce que montre la figure, ou supprimez la ligne (le texte est alors écrit à partir des données)',
      },
    } as Record<string, { text: string; write: string }>,
    placeholder: (key: string, text: string, write: string) =>
      `${key} : « ${text} » est le texte d’exemple écrit par npm run new:figure ; remplacez-le par ${write}`,
    fractionsWithoutPercent: 'fractions : s’applique seulement aux valeurs en pourcentage ; ajoutez « format: pourcentage » ou supprimez la ligne « fractions »',
    fractionLike: (column: string, example: string, shown: string) =>
      `toutes les valeurs de la colonne « ${column} » sont entre 0 et 1 (ex. ${example}) et s’affichent « ${shown} » ; si ce sont des fractions (0,12 pour 12 %), ajoutez la ligne « fractions: oui » ; si ce sont bien des pourcentages de moins de 1 %, rien à faire`,
    unplaced: (id: string) =>
      `la figure « ${id} » n’est placée dans aucun chapitre ; elle est tout de même publiée sur /embed/${id}/ et dans la page /integrer/ : placez <Figure id="${id}" /> dans un chapitre, ou supprimez la figure si elle ne sert plus`,
    moreRows: (n: number, shown: string) => `… ${shown} ${n > 1 ? 'autres lignes' : 'autre ligne'} (voir le tableau)`,
    moreProblems: (n: number, shown: string) => `… et ${shown} ${n > 1 ? 'autres problèmes' : 'autre problème'} du même genre dans ce fichier`,
    buildStopped: 'La compilation est arrêtée : corrigez ce qui est indiqué ci-dessus (fichier, ligne) puis relancez-la.',
  },

  /** « surligner » in figure files, the same key for every chart type (src/figures/types/highlight.ts). */
  highlight: {
    /** What the names of each type's « surligner » are: one (with its article), several, an example. */
    kinds: {
      categorie: { one: 'une catégorie', many: 'catégories', example: '[Montérégie, Estrie]' },
      serie: { one: 'une série', many: 'séries', example: '[2020]' },
      part: { one: 'une part', many: 'parts', example: '[Bénévoles]' },
      region: { one: 'une région', many: 'régions', example: '[Estrie, Montréal]' },
      point: { one: 'le nom d’un point ni d’une couleur', many: 'points', example: '[Laval]' },
      ligne: { one: 'le nom d’une ligne (en première colonne)', many: 'lignes', example: '[Estrie]' },
      panneau: { one: 'un panneau', many: 'panneaux', example: '[Montréal, Estrie]' },
    },
    list: (many: string, example: string) => `surligner : liste de ${many} attendue, ex. ${example}`,
    unknown: (label: string, one: string, many: string, names: readonly string[]) =>
      `surligner : « ${label} » n’est pas ${one} des données ; ${many} : ${names.join(', ')}`,
    /** A scatter's names: its points' names and its colour categories. */
    colours: (names: readonly string[]) => ` ; couleurs : ${names.join(', ')}`,
    /** The written description's last sentence. */
    described: (names: string) => `En évidence : ${names}.`,
    /** Beside a highlighted row's or column's name in the data table (not colour alone: WCAG 1.4.1). */
    tableMark: 'en évidence',
    /** The editor's field. */
    editorLabel: (many: string) => `${many.charAt(0).toUpperCase()}${many.slice(1)} à surligner, les autres en gris (facultatif)`,
    editorItem: 'Nom, écrit exactement comme dans les données',
  },

  data: {
    line: 'ligne',
    column: 'colonne',
    emptyFile:
      'fichier vide : la première ligne doit contenir les noms des colonnes (séparés par des virgules ou des points-virgules), puis une ligne par donnée ; remplissez-le dans Excel et enregistrez-le en CSV, ou supprimez-le',
    unreadableEncoding: (what: string) =>
      `fichier illisible (${what}) : dans Excel, « Fichier > Enregistrer sous » et choisissez « CSV UTF-8 (délimité par des virgules) » ou « CSV (séparateur : point-virgule) »`,
    encoding: {
      utf16: 'enregistré en « Texte Unicode » (UTF-16)',
      binary: 'ce n’est pas du texte : un classeur Excel (.xlsx) renommé en .csv ?',
      unknownCharacter: 'caractères qui ne sont ni de l’UTF-8 ni du Windows-1252',
    },
    missingFile: 'fichier introuvable',
    duplicateColumn: (firstColumn: number) =>
      `cette colonne apparaît deux fois dans l’en-tête (déjà en colonne ${firstColumn}) : chaque colonne doit avoir son propre nom ; renommez l’une des deux, ou supprimez la colonne en double`,
    unknownColumn: (expected: readonly string[]) =>
      `colonne inconnue ; les colonnes attendues sont : ${expected.join(', ')}`,
    missingColumn: (expected: readonly string[]) =>
      `colonne manquante dans l’en-tête ; les colonnes attendues sont : ${expected.join(', ')}`,
    emptyColumnName: 'cette colonne contient des valeurs mais n’a pas de nom : écrivez son nom sur la première ligne',
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
    buildStopped: 'La compilation est arrêtée : corrigez ce qui est indiqué ci-dessus (fichier, ligne, colonne) puis relancez-la.',
  },

  editor: {
    brand: 'Rapport annuel 2019–2020 — éditeur',
    chapters: 'Chapitres',
    figures: 'Figures',
    dataPage: 'Fichiers de données (CSV)',
    /** The collection of data file descriptions (data/descriptions/*.yaml), published on the sources page. */
    descriptions: {
      label: 'Descriptions des données',
      fichier: 'Fichier de données décrit',
      fichierHelp: 'Son nom exact dans le dossier data/, ex. poles.csv (ou geo/quebec-regions.topojson)',
      slug: 'Nom de la fiche (rempli tout seul d’après le fichier)',
      help: 'Une ou quelques phrases. Pour mettre en forme : **gras**, *italique*, `nom de colonne`, <https://adresse> ou [mots](https://adresse).',
      contenu: 'Contenu',
      contenuHelp: 'Ce que le fichier contient, combien de lignes, et ses colonnes',
      source: 'Source',
      licence: 'Licence',
      attribution: 'Attribution',
      attributionHelp: 'Facultatif : la mention que la licence demande, telle qu’elle doit être reproduite',
      date: 'Date',
      traitement: 'Traitement',
      traitementHelp: 'Facultatif : ce qui a été fait aux données (saisie, calcul, simplification…)',
      misesEnGarde: 'Mises en garde',
      misesEnGardeHelp: 'Facultatif : ce que le lecteur doit savoir avant d’utiliser ces données',
    },
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
      figureNone: '— choisissez une figure —',
      figureMissing: 'Aucune figure choisie : cliquez « Modifier » pour la choisir.',
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
      valeurs: 'Colonnes des valeurs : une colonne par série (ex. une colonne 2019, une colonne 2020)',
      serie: 'Colonne qui nomme la série (seulement si les séries sont les unes sous les autres, leur nom dans une même colonne)',
      valeurLong: 'Colonne des valeurs (une seule série ; ou, avec la colonne qui nomme la série, les valeurs de toutes les séries)',
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
      columnsOf: (file: string, columns: readonly string[]) => `Colonnes de ${file} : ${columns.join(', ')}`,
      titreAxe: 'Titre de l’axe des valeurs (facultatif)',
      titreCategories: 'Titre des catégories, en tête du tableau des données (facultatif)',
      pourcentages: 'Empiler à 100 %',
      axeX: 'Ce que contient la colonne des catégories',
      axeXAuto: 'selon le contenu de la colonne (années, dates ou texte)',
      axeXAnnees: 'des années',
      axeXDates: 'des dates',
      axeXCategories: 'des catégories',
      description: 'Description (texte de remplacement ; écrite d’après les données si vide)',
      source: 'Source',
      note: 'Note (facultatif)',
      format: 'Unité des valeurs',
      decimales: 'Décimales montrées (0 à 3 ; autant que les données si vide)',
      fractions: 'Pourcentages écrits en fractions (0,12 pour 12 %)',
    },
    insertButton: 'Insérer un élément (figure, encadré, citation…)',
    /** Keystatic's own English texts, in French (src/editor/keystatic-fr.ts; docs/keystatic-traductions.md offers them upstream). */
    keystatic: {
      theme: 'Thème clair ou sombre',
      'Open app navigation': 'Ouvrir le menu',
      Resize: 'Redimensionner',
      'show search': 'Afficher la recherche',
      Dashboard: 'Tableau de bord',
      Add: 'Ajouter',
      entry: 'élément',
      entries: 'éléments',
      Slug: 'Identifiant',
      'Loading Entries': 'Chargement de la liste',
      'Unable to load collection': 'Impossible de charger la liste',
      'Empty collection': 'Liste vide',
      "There aren't any entries yet.": 'Il n’y a encore aucun élément.',
      'Create the first entry': 'Créer le premier',
      'No results': 'Aucun résultat',
      'Reset changes': 'Annuler les modifications',
      Reset: 'Annuler les modifications',
      'Copy entry': 'Copier le contenu',
      'Paste entry': 'Coller le contenu',
      'Duplicate entry…': 'Dupliquer…',
      Preview: 'Aperçu',
      'Delete entry': 'Supprimer',
      'Delete entry…': 'Supprimer…',
      'Are you sure? This action cannot be undone.': 'Voulez-vous vraiment supprimer ? Impossible de revenir en arrière.',
      'Yes, delete': 'Oui, supprimer',
      'Not found': 'Page introuvable',
      'This page could not be found.': 'Cette page n’existe pas dans l’éditeur : revenez au tableau de bord.',
      'Save and duplicate entry': 'Enregistrer et dupliquer',
      'You have unsaved changes. Save this entry to duplicate it.': 'Des modifications ne sont pas enregistrées. Enregistrez-les pour dupliquer.',
      Cancel: 'Annuler',
      Unsaved: 'Non enregistré',
      Changed: 'Modifié',
      'Saving changes': 'Enregistrement en cours',
      'Creating entry': 'Création en cours',
      'Loading Item': 'Chargement',
      'Entry not found.': 'Introuvable.',
      'Entry created': 'Créé et enregistré',
      'Entry pasted': 'Contenu collé',
      'Field validation failed:': 'Des champs sont mal remplis :',
      'Unexpected error: ': 'erreur inattendue : ',
      'must not be empty': ': à remplir',
      'is required': ': à remplir',
      ' is required': ' : à remplir',
      'Image URL is required.': 'Choisissez une image.',
      'must be a number': ': un nombre est attendu',
      'must be at least ': ': au moins ',
      'must be at most ': ': au plus ',
      'Must be a string': 'un texte est attendu',
      'Must be a valid option': 'valeur absente de la liste des choix',
      'Must be a number': 'un nombre est attendu',
      Regenerate: 'Refaire d’après le titre',
      regenerate: 'Refaire d’après le titre',
      'Add item': 'Ajouter un élément',
      'Empty list': 'Liste vide',
      'Add the first item to see it here.': 'Ajoutez un premier élément : il apparaîtra ici.',
      Done: 'Terminé',
      Remove: 'Retirer',
      Edit: 'Modifier',
      'Edit ': 'Modifier : ',
      Insert: 'Insérer',
      'Start writing or press "/" for commands…': 'Écrivez ici, ou tapez « / » pour insérer un élément…',
      'Start writing or press "/" for commands...': 'Écrivez ici, ou tapez « / » pour insérer un élément…',
      Paragraph: 'Paragraphe',
      'Heading ': 'Intertitre ',
      'Use this for a top level heading': 'Titre de page (le titre du chapitre l’est déjà)',
      'Use this for key sections': 'Pour une section',
      'Use this for sub-sections': 'Pour une sous-section',
      'Use this for deep headings': 'Pour une division de sous-section',
      'Use this for grouping list items': 'Pour regrouper des éléments de liste',
      'Use this for low-level headings': 'Pour un petit intertitre',
      'Text block': 'Type de paragraphe',
      'Formatting options': 'Options de mise en forme',
      'Text formatting': 'Mise en forme du texte',
      Bold: 'Gras',
      Italic: 'Italique',
      Strikethrough: 'Barré',
      'Clear formatting': 'Effacer la mise en forme',
      Lists: 'Listes',
      'Bullet list': 'Liste à puces',
      'Numbered list': 'Liste numérotée',
      'Ordered list': 'Liste numérotée',
      'Insert an unordered list': 'Insérer une liste à puces',
      'Insert an ordered list': 'Insérer une liste numérotée',
      Blocks: 'Blocs',
      Divider: 'Ligne de séparation',
      'A horizontal line to separate content': 'Une ligne horizontale entre deux parties du texte',
      Quote: 'Bloc de citation',
      Blockquote: 'Bloc de citation',
      'Insert a quote or citation': 'Insérer un passage cité',
      Table: 'Tableau',
      'Insert a table': 'Insérer un tableau',
      'Header row': 'Ligne d’en-tête',
      'Cell options': 'Options de la cellule',
      'Delete row': 'Supprimer la ligne',
      'Delete column': 'Supprimer la colonne',
      'Insert row below': 'Insérer une ligne dessous',
      'Insert column right': 'Insérer une colonne à droite',
      'Code block': 'Bloc de code',
      Link: 'Lien',
      Unlink: 'Retirer le lien',
      'Insert menu': 'Menu d’insertion',
      'No results…': 'Aucun résultat…',
    },
    lint: {
      expression: 'accolade « { » : l’éditeur refuse les expressions et les commentaires {…} ; pour une ancre de section, écrivez <Ancre id="…" /> à la fin de l’intertitre',
      footnote: 'note de bas de page [^…] : l’éditeur l’écrirait \\[^…] et la note disparaîtrait ; mettez la note dans le texte ou dans un <Encadre>',
      htmlComment: 'commentaire HTML « <!-- --> » : l’éditeur le refuse ; supprimez-le',
      importExport: 'ligne import ou export : l’éditeur la refuse ; les composants s’utilisent sans import',
      unknownComponent: (name: string, known: readonly string[]) => `balise <${name}> inconnue de l’éditeur ; balises possibles : ${known.join(', ')}`,
      blankAfterFrontmatter: 'ligne vide juste après l’en-tête (---) : l’éditeur la supprimerait au premier enregistrement',
    },
    /** The dashboard of the editor (local mode): the editor's own pages, which Keystatic's menu cannot list. */
    dashboardPages: {
      title: 'Publier et fichiers de données',
      publish: 'Publier mes modifications',
      publishHelp: 'Vérifie le rapport, montre ce qui a changé et le met en ligne.',
      data: 'Fichiers de données (CSV)',
      dataHelp: 'Remplacer ou ajouter un fichier enregistré depuis Excel.',
    },
    chapterPage: {
      title: (file: string) => `Le chapitre ${file} dans l’éditeur`,
      notFound: (file: string) => `${file} n’existe pas : vérifiez l’identifiant du chapitre dans l’adresse.`,
      none: 'Ce chapitre n’a aucun problème : l’éditeur peut l’ouvrir.',
      intro: (n: number) => (n === 1 ? 'L’éditeur ne peut pas ouvrir ce chapitre, ou l’abîmerait, à cause de ce problème :' : `L’éditeur ne peut pas ouvrir ce chapitre, ou l’abîmerait, à cause de ces ${n} problèmes :`),
      howTitle: 'Comment corriger',
      how: (file: string) => [
        `Ouvrez le fichier ${file} avec un éditeur de texte (Bloc-notes sous Windows, TextEdit sous macOS).`,
        'Allez à la ligne indiquée et faites ce que dit le message (la ligne compte depuis le début du fichier, en-tête --- compris).',
        'Enregistrez le fichier, puis rechargez cette page : quand elle ne signale plus rien, ouvrez le chapitre.',
      ],
      open: 'Ouvrir le chapitre dans l’éditeur',
      editorNotice: 'Ce chapitre ne peut pas s’ouvrir dans l’éditeur.',
      details: 'Voir le problème et comment le corriger',
      startProblems: (n: number) => `${n} problème${n > 1 ? 's' : ''} dans les chapitres : l’éditeur ne pourra pas ouvrir ou abîmerait ces chapitres`,
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
      rejected: (file: string, n: number) =>
        `${file} n’est pas enregistré : ${n > 1 ? `${n} problèmes à corriger` : '1 problème à corriger'}. ${n > 1 ? 'Corrigez-les' : 'Corrigez-le'} dans Excel, enregistrez de nouveau en CSV, puis déposez le fichier encore.`,
      converted: 'Il était enregistré en Windows-1252 (« CSV (séparateur : point-virgule) » d’Excel) : il est conservé et publié en UTF-8, accents compris.',
      stale: {
        changed: (file: string) =>
          `${file} n’est pas enregistré : ce fichier a été modifié depuis l’ouverture de cette page (dans un autre onglet ou par une autre personne). La version sur le disque est plus récente : c’est elle qui est conservée.`,
        created: (file: string) =>
          `${file} n’est pas enregistré : un fichier de ce nom a été créé depuis l’ouverture de cette page (dans un autre onglet ou par une autre personne). Ce fichier, plus récent, est conservé.`,
        removed: (file: string) =>
          `${file} n’est pas enregistré : ce fichier a été supprimé depuis l’ouverture de cette page. Rien n’a été écrit.`,
      },
      staleWhatToDo:
        'Rechargez cette page (touche F5), vérifiez le fichier dans la liste « Fichiers présents » (cliquez son nom pour l’ouvrir), puis, s’il doit être remplacé par le vôtre, choisissez-le et déposez votre fichier de nouveau.',
      expired: 'Le résultat de ce dépôt n’est plus disponible (il est gardé une heure, tant que l’éditeur reste ouvert). La liste ci-dessous montre les fichiers tels qu’ils sont maintenant.',
      missingFile: 'choisissez un fichier CSV',
      nameTaken: (name: string) =>
        `un fichier ${name} existe déjà : pour le remplacer, choisissez-le dans la liste « Fichier à remplacer ou à créer » ; pour en ajouter un autre, donnez-lui un autre nom`,
      badName: 'nom de fichier : minuscules sans accents, chiffres et traits d’union, terminé par .csv (ex. activites-2020.csv)',
      nameRule: 'minuscules sans accents, chiffres et traits d’union, terminé par .csv (ex. activites-2020.csv)',
      nameAndTarget: (name: string, target: string) =>
        `vous avez écrit le nom d’un nouveau fichier (${name}) mais choisi de remplacer ${target} : rien n’est enregistré ; pour créer ${name}, choisissez « Nouveau fichier » dans la liste ; pour remplacer ${target}, effacez le nom du nouveau fichier`,
      usedBy: 'Utilisé par',
      description: 'Description (page « Sources et méthodologie »)',
      editDescription: 'Modifier la description',
      writeDescription: 'Écrire la description',
      ofFile: (file: string) => ` de ${file}`,
      unused: 'aucune figure',
      files: 'Fichiers présents',
      back: 'Retour à l’éditeur',
      open: 'Voir le rapport',
    },
    publish: {
      title: 'Publier',
      warnings: (n: number) => (n > 1 ? `${n} avertissements : la publication reste possible, mais voyez s’ils sont voulus.` : '1 avertissement : la publication reste possible, mais voyez s’il est voulu.'),
      link: 'Publier mes modifications',
      intro:
        'Cette page vérifie le rapport comme le fait la compilation, montre ce qui va changer, puis envoie vos modifications au dépôt. Le site en ligne se met à jour ensuite, en quelques minutes.',
      checkTitle: 'Vérification',
      checkOk: 'Aucun problème : le rapport peut être publié.',
      checkProblems: (n: number) =>
        `${n} problème${n > 1 ? 's' : ''} à corriger avant de publier (fichier et ligne indiqués). Un fichier de data/ se corrige dans Excel puis se dépose de nouveau sur la page « Fichiers de données (CSV) » ; un chapitre, une figure ou une description se corrige dans l’éditeur. Rechargez ensuite cette page :`,
      checkCrashed: (detail: string) => `la vérification n’a pas pu se faire : ${detail}`,
      changesTitle: 'Ce qui sera publié',
      nothing: 'Rien à publier : le dépôt a déjà toutes vos modifications.',
      areas: {
        chapter: 'Chapitres',
        figure: 'Figures',
        data: 'Fichiers de données',
        image: 'Images',
      },
      titled: (title: string) => `« ${title} »`,
      readBy: (titles: readonly string[]) => ` (lu par ${titles.map((title) => `« ${title} »`).join(', ')})`,
      kinds: { added: 'ajouté', modified: 'modifié', removed: 'supprimé' },
      kindsFeminine: { added: 'ajoutée', modified: 'modifiée', removed: 'supprimée' },
      others: (files: readonly string[]) =>
        `Ces fichiers modifiés ne sont pas publiés par cette page (ce ne sont ni des chapitres, ni des figures, ni des données, ni des images) : ${files.join(', ')}.`,
      alreadyCommitted: (n: number) =>
        `Dont ${n} modification${n > 1 ? 's' : ''} déjà enregistrée${n > 1 ? 's' : ''} sur cet ordinateur lors d’une publication précédente qui n’a pas abouti.`,
      message: 'Décrivez votre modification en une phrase (obligatoire)',
      messageHelp: 'Elle accompagne la publication dans l’historique du dépôt, ex. « Met à jour les revenus de 2020 ».',
      submit: 'Publier',
      again: 'Revenir à la page Publier',
      running: 'Publication en cours… Gardez cette page ouverte.',
      resultTitle: 'Résultat de la publication',
      published: (commit: string, message: string) =>
        `Publié. Vos modifications sont dans le dépôt (enregistrement ${commit} : « ${message} »). Le site en ligne sera à jour dans quelques minutes, une fois la vérification de GitHub terminée.`,
      integrated: (n: number) =>
        `${n} modification${n > 1 ? 's' : ''} publiée${n > 1 ? 's' : ''} entre-temps par quelqu’un d’autre ${n > 1 ? 'ont' : 'a'} d’abord été intégrée${n > 1 ? 's' : ''} : rien n’est perdu.`,
      upToDate: (n: number) =>
        n > 0
          ? `Rien à publier. ${n} modification${n > 1 ? 's' : ''} publiée${n > 1 ? 's' : ''} par quelqu’un d’autre ${n > 1 ? 'ont' : 'a'} été récupérée${n > 1 ? 's' : ''} sur cet ordinateur.`
          : 'Rien à publier : le dépôt a déjà toutes vos modifications.',
      notPublished: 'Rien n’a été publié.',
      refusedChecks: 'Rien n’a été publié : le rapport a des problèmes à corriger d’abord.',
      conflict: (files: readonly string[], commit: string) =>
        `Rien n’a été publié : quelqu’un d’autre a publié entre-temps une modification ${files.length > 1 ? 'des mêmes fichiers' : 'du même fichier'} : ${files.join(', ')}. Rien n’est perdu : votre modification est gardée sur cet ordinateur (enregistrement ${commit}), et le site garde la version de l’autre personne.`,
      conflictTodo:
        'Que faire : ne refaites pas votre modification. Demandez à la personne responsable technique de réunir les deux versions de ce fichier (dans le dossier du projet : « git pull », puis choisir ce qu’on garde de chaque version), puis revenez publier.',
      noMessage: 'Écrivez une phrase qui décrit votre modification.',
      busy: 'Une autre publication est en cours sur cet ordinateur : attendez qu’elle se termine, puis revenez sur cette page.',
      stale: 'Ce formulaire a déjà servi ou a expiré (par exemple après un redémarrage de l’éditeur) : relisez la liste ci-dessous, puis publiez de nouveau.',
      detached: 'Le dossier du projet n’est sur aucune branche : demandez à la personne responsable technique de revenir sur la branche principale (« git switch main »).',
      inProgress: 'Une fusion ou un rebasage est en cours dans le dossier du projet : demandez à la personne responsable technique de le terminer ou de l’annuler.',
      notRepository:
        'Le dossier du projet n’est pas un dépôt git (il a été copié plutôt que cloné ?) : demandez à la personne responsable technique de le cloner depuis GitHub (« git clone »).',
      noRemote: 'Le projet n’a pas de dépôt distant (« origin ») où publier : demandez à la personne responsable technique de le configurer.',
      fetchFailed: (detail: string) =>
        `Le dépôt n’a pas pu être joint (connexion Internet ? droits d’accès ?). Rien n’a été publié ; vos modifications sont gardées sur cet ordinateur. Détail : ${detail}`,
      mergeFailed: (detail: string) =>
        `Les modifications publiées par quelqu’un d’autre n’ont pas pu être intégrées ; tout a été remis comme avant et rien n’a été publié. Détail : ${detail}`,
      pushFailed: (detail: string) =>
        `Le dépôt a refusé l’envoi ; vos modifications sont gardées sur cet ordinateur. Réessayez dans un moment. Détail : ${detail}`,
      gitFailed: (detail: string) => `Git a signalé un problème ; rien n’a été publié. Détail : ${detail}`,
      defaultAuthor: 'Éditeur du rapport',
      mergeMessage: 'Réunit les modifications publiées entre-temps',
    },
  },
} as const;

/** A month number (1–12) as its French name. */
export function monthName(month: number): string {
  const name = months[month - 1];
  if (!name) throw new RangeError(`month out of range: ${month}`);
  return name;
}
