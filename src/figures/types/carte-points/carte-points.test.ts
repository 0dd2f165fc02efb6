import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { figureCorners } from '../../../../tests/helpers/figure-files';
import { loadPoles } from '../../../data/poles';
import { loadPlaces } from '../../../data/places';
import { buildFigure } from '../../index';
import { nearCities } from './type';
import { t } from '../../../strings';

// The points map type (carte-points): its checks in French with file, line and column, where it puts
// each point (city of the place file, coordinates, or its region's representative point), its
// sizes, table, legend and written description, and the pôles map that is now one of its files.

const corners = figureCorners('points', { head: 'type: carte-points\n' });

/** A figure file and its CSV in a temporary corner, read as the build reads them. */
const read = corners.read;

/** A figure that must be drawable: its definition, rows and drawing. */
function drawn(yaml: string, csv: string) {
  const { figure, rows, render } = corners.drawn(yaml, csv);
  return { figure, rows, svg: render(640, '') };
}

const doc = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const markers = (svg: string) =>
  [...doc(svg).querySelectorAll('.map-main circle.map-pole')].map((c) => ({
    id: c.getAttribute('data-pole'),
    region: c.getAttribute('data-pole-region'),
    exact: c.getAttribute('class')!.includes('--exact'),
    r: Number(c.getAttribute('r')),
    title: c.querySelector('title')!.textContent,
  }));

describe('where each point goes', () => {
  it('a city of the place file gives a filled disc in its region; coordinates find their region; a region alone gives a ring', () => {
    const { svg, figure, rows } = drawn(
      'etiquette: nom\nville: ville\nlatitude: lat\nlongitude: lon\nregion: region\n',
      'nom,ville,lat,lon,region\nA,Sherbrooke,,,\nB,,"46,814",-71.208,\nC,,,,17\n',
    );
    expect(markers(svg)).toEqual([
      { id: 'f-3', region: '03', exact: true, r: 7, title: 'B — 46,814°\u00a0N, 71,208°\u00a0O' },
      { id: 'f-2', region: '05', exact: true, r: 7, title: 'A — Sherbrooke' },
      { id: 'f-4', region: '17', exact: false, r: 7, title: 'C — Centre-du-Québec (position non connue)' },
    ]);
    expect(figure.columns.map((c) => c.label)).toEqual(['Nom', 'Ville', 'Latitude', 'Longitude', 'Région administrative', 'Position sur la carte']);
    expect(rows.map((r) => r.shown)).toEqual([
      ['A', 'Sherbrooke', '—', '—', 'Estrie', 'dans sa ville'],
      ['B', '—', '46,814', '−71,208', 'Capitale-Nationale', 'à ses coordonnées'],
      ['C', '—', '—', '—', 'Centre-du-Québec', 'au point représentatif de sa région'],
    ]);
    expect(figure.description(rows)).toBe(
      'Carte du Québec : 3\u00a0lieux dans 3\u00a0régions ; dans leur ville pour 1 (Sherbrooke), à leurs coordonnées pour 1, au point représentatif de leur région pour 1 autre. Un agrandissement montre la région de Montréal.',
    );
    // The details panel and the keyboard hint speak of « lieux », not of pôles.
    expect(figure.panel).toEqual({
      hint: 'Choisissez une région sur la carte (clic, toucher ou touche Entrée) pour voir ses lieux.',
      none: 'Pas de lieu dans cette région.',
      unknown: 'position non connue',
      keys: 'Flèches pour parcourir les régions et leurs lieux, Entrée ou Espace pour choisir une région, Échap pour effacer.',
    });
    expect(figure.legend!([]).items.map((i) => `${i.key}:${i.label}`)).toEqual([
      'dot:dans sa ville ou à ses coordonnées',
      'ring:au point représentatif de sa région (position non connue)',
      'frame:Région de Montréal (agrandie)',
    ]);
  });

  it('names are matched without regard to case, accents or dashes, and the place file’s spelling is shown', () => {
    const { rows } = drawn('etiquette: nom\nville: ville\n', 'nom,ville\nA,sherbrooke\nB,SAINT FAUSTIN LAC CARRE\n');
    expect(rows.map((r) => r.shown[1])).toEqual(['Sherbrooke', 'Saint-Faustin–Lac-Carré']);
  });

  it('sizes: the area of each disc follows its value (the largest 14 px across in radius), and the description gives the extremes', () => {
    const { svg, figure, rows } = drawn('etiquette: nom\nville: ville\ntaille: n\n', 'nom,ville,n\nA,Sherbrooke,100\nB,Gaspé,25\nC,Laval,0\n');
    const r = Object.fromEntries(markers(svg).map((m) => [m.title!.split(' — ')[0], m.r]));
    expect(r).toEqual({ A: 14, B: 7, C: 3 });
    expect(markers(svg).find((m) => m.r === 14)!.title).toBe('A — Sherbrooke\u00a0: 100');
    expect(figure.description(rows)).toContain('Aire des disques selon « n », de 0 (C) à 100 (A).');
    expect(figure.legend!([]).title).toBe('Lieux (aire des disques selon « n »)');
    expect(figure.legend!([]).items.map((i) => i.key)).toEqual(['dot', 'frame']);
  });

  it('sized discs are drawn above every region (a region drawn later would cover the part of a disc past its border); unsized markers follow their region', () => {
    const order = (svg: string) => [...doc(svg).querySelectorAll('.map-main > *')].map((el) => (el.classList.contains('map-poles') ? 'points' : el.getAttribute('data-region') ?? ''));
    const sized = order(drawn('etiquette: nom\nville: ville\ntaille: n\n', 'nom,ville,n\nA,Sherbrooke,100\nB,Gaspé,25\n').svg);
    expect(sized.indexOf('points')).toBe(sized.lastIndexOf('16') + 2);
    expect(sized.filter((x) => x === 'points')).toHaveLength(2);
    const plain = order(drawn('etiquette: nom\nville: ville\n', 'nom,ville\nA,Sherbrooke\nB,Gaspé\n').svg);
    expect(plain.indexOf('points')).toBe(plain.indexOf('05') + 1);
  });

  it('escapes what the CSV says', () => {
    const { svg } = drawn('etiquette: nom\nville: ville\n', 'nom,ville\n"<b>&""",Sherbrooke\n');
    expect(svg).toContain('&lt;b&gt;&amp;');
    expect(svg).not.toContain('<b>');
  });
});

describe('problems, named with the file, the line and the column', () => {
  it('a city the place file does not know, with the close names it knows', () => {
    const { problems } = read('etiquette: nom\nville: ville\n', 'nom,ville\nA,Sherbrook\nB,Trois-Rivières\n');
    expect(problems).toEqual([
      'data/d.csv, ligne 2, colonne 2 (« ville ») : la ville « Sherbrook » n’est pas dans le fichier des lieux data/villes.csv ; vouliez-vous dire : « Sherbrooke » ? ; corrigez le nom, ou ajoutez la ville à data/villes.csv avec sa région et ses coordonnées',
      'data/d.csv, ligne 3, colonne 2 (« ville ») : la ville « Trois-Rivières » n’est pas dans le fichier des lieux data/villes.csv ; corrigez le nom, ou ajoutez la ville à data/villes.csv avec sa région et ses coordonnées',
    ]);
    expect(nearCities('Montreal', loadPlaces())).toEqual(['Montréal']);
  });

  it('coordinates that are not numbers, outside Québec, half given, or in no region; an unknown region code; a row with no place', () => {
    const { problems } = read(
      'etiquette: nom\nlatitude: lat\nlongitude: lon\nregion: region\n',
      'nom,lat,lon,region\nA,abc,-71,\nB,45.5,-90,\nC,45.5,,\nD,,,18\nE,,,\n',
    );
    expect(problems).toEqual([
      'data/d.csv, ligne 2, colonne 2 (« lat ») : nombre attendu, reçu « abc » : la figure f.yaml dessine les nombres de cette colonne (clé « latitude ») ; écrivez un nombre, ou laissez la cellule vide si la donnée manque',
      'data/d.csv, ligne 3, colonne 3 (« lon ») : longitude hors du Québec : nombre de −80 à −57 attendu, reçu « -90 »',
      'data/d.csv, ligne 4, colonne 3 (« lon ») : cellule vide : la ligne donne une coordonnée, il manque « lon » (ou laissez les deux vides)',
      'data/d.csv, ligne 5, colonne 4 (« region ») : code de région inconnu « 18 » ; les codes vont de 1 (ou 01) à 17',
      'data/d.csv, ligne 6 : cette ligne ne dit pas où est le point : donnez une ville, une latitude et une longitude, ou un code de région',
    ]);
    const { problems: nowhere } = read('etiquette: nom\nlatitude: lat\nlongitude: lon\n', 'nom,lat,lon\nKingston,44.23,-76.49\nF,,\n');
    expect(nowhere).toEqual([
      'data/d.csv, ligne 2, colonne 2 (« lat ») : le point (44,23, −76,49) n’est dans aucune région du Québec : vérifiez la latitude et la longitude (inversées ? signe moins oublié devant la longitude ?), ou donnez sa région dans la colonne « region »',
      'data/d.csv, ligne 3 : cette ligne ne dit pas où est le point : donnez une ville, une latitude et une longitude, ou un code de région',
    ]);
  });

  it('a city given in another region than the place file’s; an identifier twice; a negative size', () => {
    const { problems } = read(
      'etiquette: nom\nville: ville\nregion: region\nidentifiant: id\ntaille: n\n',
      'id,nom,ville,region,n\na,A,Sherbrooke,06,1\na,B,Laval,13,-2\n',
    );
    expect(problems).toEqual([
      'data/d.csv, ligne 2, colonne 4 (« region ») : la ville « Sherbrooke » est dans la région 05 selon data/villes.csv, pas dans la région 06 : corrigez la ville ou la région',
      'data/d.csv, ligne 3, colonne 1 (« id ») : l’identifiant « a » est déjà utilisé à la ligne 2 ; chaque point doit avoir le sien',
      'data/d.csv, ligne 3, colonne 5 (« n ») : nombre positif ou nul attendu : la figure f.yaml dessine l’aire des disques selon cette colonne (taille)',
    ]);
  });

  it('keys: no position column, latitude without longitude, one noun without the other', () => {
    expect(read('etiquette: nom\n', 'nom\nA\n').problems).toEqual([
      'figures/f.yaml, ligne 5 : donnez au moins une colonne de position : « ville », « latitude » et « longitude », ou « region »',
    ]);
    expect(read('etiquette: nom\nlatitude: lat\npoint: pôle\n', 'nom,lat\nA,45\n').problems).toEqual([
      'figures/f.yaml, ligne 7 : point et points : donnez les deux, ex. « point: pôle » et « points: pôles »',
      'figures/f.yaml, ligne 6 : latitude : donnez aussi « longitude » (la latitude et la longitude vont ensemble)',
    ]);
  });
});

describe('the pôles map, a figure file of this type (src/content/figures/carte-poles.yaml)', () => {
  const built = buildFigure('carte-poles');

  it('places each pôle whose city is known where data/poles.csv says, from the place file, and every other at its region (ring)', () => {
    const places = new Map(loadPlaces().map((p) => [p.ville, p]));
    for (const pole of loadPoles().filter((p) => p.city)) {
      expect(places.get(pole.city!), pole.city).toMatchObject({ longitude: pole.lon, latitude: pole.lat, region_code: pole.region_code });
    }
    const drawnMarkers = markers(built.svg.wide);
    expect(drawnMarkers).toHaveLength(19);
    expect(drawnMarkers.filter((m) => m.exact).map((m) => m.id).sort()).toEqual(
      loadPoles()
        .filter((p) => p.city)
        .map((p) => p.id)
        .sort(),
    );
  });

  it('says how many pôles, where, and lists them by region for the details panel', () => {
    expect(built.description).toBe(
      'Carte du Québec : 19\u00a0pôles dans 17\u00a0régions ; dans leur ville pour 9 (Sherbrooke, Montréal, Baie-Comeau, Gaspé, Lévis, Laval, Saint-Faustin–Lac-Carré, Longueuil et Salaberry-de-Valleyfield), au point représentatif de leur région pour les 10 autres. Région qui en compte le plus : Montérégie (3). Un agrandissement montre la région de Montréal.',
    );
    const regions = JSON.parse(built.clientJson!) as Record<string, { name: string; count: string; poles: { id: string; city: string | null }[] }>;
    expect(regions['16']!.count).toBe('3\u00a0pôles');
    expect(regions['16']!.poles.map((p) => `${p.id}:${p.city}`)).toEqual(['longueuil:Longueuil', 'vallee-du-haut-saint-laurent:Salaberry-de-Valleyfield', 'est-monteregie:null']);
    expect(built.definition.panel).toEqual({
      hint: 'Choisissez une région sur la carte (clic, toucher ou touche Entrée) pour voir ses pôles.',
      none: 'Pas de pôle dans cette région.',
      unknown: 'ville non connue',
      keys: t.interaction.mapKeys,
    });
    expect(built.table.headers).toEqual(['Nom', 'Ville', 'Région administrative', 'Position sur la carte']);
    expect(built.table.rows).toHaveLength(19);
  });

  it('keeps the title, source and note of the report word for word, and reads its place file', () => {
    const yaml = readFileSync('src/content/figures/carte-poles.yaml', 'utf8');
    expect(yaml).toContain('titre: Les pôles d’économie sociale identifiés dans les 17 régions administratives\n');
    expect(built.definition.datasets).toEqual(['poles.csv', 'villes.csv', 'geo/quebec-regions.topojson']);
    expect(built.note).toContain('Villes : coordonnées simplemaps (CC BY 4.0).');
  });
});

// « surligner » (src/figures/types/highlight.ts) on a points map.
import { muted, palette } from '../../../styles/theme';

describe('surligner on a points map: points by name, or every point of a region', () => {
  const places = 'nom,ville,region\nA,Sherbrooke,\nB,,5\nC,Gaspé,\nD,,17\n';
  const keys = 'etiquette: nom\nville: ville\nregion: region\n';
  const paint = (svg: string) =>
    Object.fromEntries(
      [...doc(svg).querySelectorAll('.map-main circle.map-pole')].map((c) => [c.querySelector('title')!.textContent!.split(' — ')[0], `${c.getAttribute('fill')}/${c.getAttribute('stroke')}`]),
    );

  it('the chosen points keep the accent colour, the others are grey (discs and rings); without surligner nothing is grey', () => {
    const plain = drawn(keys, places);
    expect(paint(plain.svg)).toEqual({ A: `${palette.accent}/${palette.paper}`, B: `${palette.paper}/${palette.accent}`, C: `${palette.accent}/${palette.paper}`, D: `${palette.paper}/${palette.accent}` });
    expect(plain.figure.description(plain.rows)).not.toContain('En évidence');
    expect(plain.rows.some((r) => plain.figure.highlightedRow!(r))).toBe(false);
    const chosen = drawn(`${keys}surligner: [C, D]\n`, places);
    expect(paint(chosen.svg)).toEqual({ A: `${muted}/${palette.paper}`, B: `${palette.paper}/${muted}`, C: `${palette.accent}/${palette.paper}`, D: `${palette.paper}/${palette.accent}` });
  });

  it('a region by its name or its code chooses all its points; the description names what is chosen and the table marks each chosen point', () => {
    for (const region of ['Estrie', '5', '05']) {
      const { svg, figure, rows } = drawn(`${keys}surligner: [${region}, D]\n`, places);
      expect(paint(svg), region).toEqual({ A: `${palette.accent}/${palette.paper}`, B: `${palette.paper}/${palette.accent}`, C: `${muted}/${palette.paper}`, D: `${palette.paper}/${palette.accent}` });
      expect(figure.description(rows), region).toMatch(/\. Un agrandissement montre la région de Montréal\. En évidence : Estrie et D\.$/);
      // « (en évidence) » goes beside the point's name, the table's first column.
      expect(rows.filter((r) => figure.highlightedRow!(r)).map((r) => r.shown[0])).toEqual(['A', 'B', 'D']);
      expect(figure.columns.some((c) => c.rowMark)).toBe(false);
    }
  });

  it('a name that is both a point’s and a region’s chooses the point only', () => {
    const { svg } = drawn(`${keys}surligner: [Estrie]\n`, 'nom,ville,region\nEstrie,Gaspé,\nB,Sherbrooke,\n');
    expect(paint(svg)).toEqual({ Estrie: `${palette.accent}/${palette.paper}`, B: `${muted}/${palette.paper}` });
  });

  it('the legend says what grey means, in the map’s own noun; the PNG’s legend draws it grey', () => {
    const { figure } = drawn(`${keys}point: atelier\npoints: ateliers\nsurligner: [A]\n`, places);
    expect(figure.legend!([]).items.map((i) => `${i.key}:${i.color}:${i.label}`)).toEqual([
      `dot:${palette.accent}:dans sa ville`,
      `ring:${palette.accent}:au point représentatif de sa région (ville non connue)`,
      `dot:${muted}:en gris : les autres ateliers`,
      `frame:${palette.ink}:Région de Montréal (agrandie)`,
    ]);
    const png = figure.render(figure.rows(), { width: 640, idPrefix: 'f-', labelledBy: '', legendInside: true } as Parameters<typeof figure.render>[1]);
    expect([...doc(png).querySelectorAll('.map-legend circle')].map((c) => c.getAttribute('fill'))).toEqual([palette.accent, palette.paper, muted]);
  });

  it('the details panel’s data flags the chosen points', () => {
    const { figure, rows } = drawn(`${keys}surligner: [C]\n`, places);
    const data = figure.clientData!(rows) as Record<string, { poles: { name: string; highlight?: boolean }[] }>;
    expect(Object.values(data).flatMap((r) => r.poles.map((p) => `${p.name}:${Boolean(p.highlight)}`)).sort()).toEqual(['A:false', 'B:false', 'C:true', 'D:false']);
  });

  it('a name that is no point’s nor any region’s is named at the key’s line, with the close names (points and regions)', () => {
    expect(read(`${keys}surligner: [Atelier de Gaspe, Estri, Zzz]\n`, 'nom,ville,region\nAtelier de Sherbrooke,Sherbrooke,\nAtelier de Gaspé,Gaspé,\n').problems).toEqual([
      'figures/f.yaml, ligne 8 : surligner : « Atelier de Gaspe » n’est ni un nom de la colonne « nom » de data/d.csv, ni une région ; vouliez-vous dire : « Atelier de Gaspé » ? ; écrivez le nom d’un point exactement comme dans les données, ou une région (son nom, ex. Estrie, ou son code, ex. 5)',
      'figures/f.yaml, ligne 8 : surligner : « Estri » n’est ni un nom de la colonne « nom » de data/d.csv, ni une région ; vouliez-vous dire : « Estrie » ? ; écrivez le nom d’un point exactement comme dans les données, ou une région (son nom, ex. Estrie, ou son code, ex. 5)',
      'figures/f.yaml, ligne 8 : surligner : « Zzz » n’est ni un nom de la colonne « nom » de data/d.csv, ni une région ; écrivez le nom d’un point exactement comme dans les données, ou une région (son nom, ex. Estrie, ou son code, ex. 5)',
    ]);
  });
});

describe('the map’s own nouns, whatever their gender (« point: entreprise »)', () => {
  it('the details panel says a region has none without an agreement (elided before a vowel)', () => {
    const panel = (one: string, many: string) => drawn(`etiquette: nom\nregion: region\npoint: ${one}\npoints: ${many}\n`, 'nom,region\nA,5\n').figure.panel;
    expect(panel('entreprise', 'entreprises')).toEqual({
      hint: 'Choisissez une région sur la carte (clic, toucher ou touche Entrée) pour voir ses entreprises.',
      none: 'Pas d’entreprise dans cette région.',
      unknown: 'ville non connue',
      keys: 'Flèches pour parcourir les régions et leurs entreprises, Entrée ou Espace pour choisir une région, Échap pour effacer.',
    });
    expect(panel('coopérative', 'coopératives')!.none).toBe('Pas de coopérative dans cette région.');
    expect(panel('hôtel', 'hôtels')!.none).toBe('Pas d’hôtel dans cette région.');
  });

  it('the note of a map cut at its first 400 rows agrees with « lignes », not with the noun', () => {
    const csv = `nom,region\n${Array.from({ length: 401 }, (_, i) => `E${i + 1},${1 + (i % 17)}`).join('\n')}\n`;
    const { figure } = drawn('etiquette: nom\nregion: region\npoint: entreprise\npoints: entreprises\n', csv);
    expect(figure.note).toBe('Seules les 400 premières lignes sur 401 sont dessinées ; le fichier de données les contient toutes.');
  });
});
