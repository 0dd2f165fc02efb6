import { describe, expect, it } from 'vitest';
import { frenchTypography, keepTogether, siteTypography } from '../../src/utils/typography';

describe('French typography for running text', () => {
  it('applies OQLF spacing, guillemets and apostrophes to what authors type plainly', () => {
    expect(frenchTypography(`Il a dit "osons la relance" : l'appui au Chantier`)).toBe('Il a dit «\u00a0osons la relance\u00a0»\u00a0: l’appui au Chantier');
    expect(frenchTypography('« déjà »')).toBe('«\u00a0déjà\u00a0»');
    expect(frenchTypography('national) ; 2- Soutien')).toBe('national)\u202f; 2- Soutien');
    expect(frenchTypography('19 pôles, en mai 2019, 1 234 personnes')).toBe('19\u00a0pôles, en mai\u00a02019, 1\u202f234\u00a0personnes');
  });

  it('leaves times, URLs and colons without a space alone', () => {
    expect(frenchTypography('à 10:30, voir https://tiess.ca/a:b')).toBe('à 10:30, voir https://tiess.ca/a:b');
  });

  it('keeps « p. » with its page and a Creative Commons licence in one piece', () => {
    expect(frenchTypography('TIESS, Rapport annuel, p. 27.')).toBe('TIESS, Rapport annuel, p.\u00a027.');
    expect(frenchTypography('BDGA, CC BY 4.0 ; simplemaps (CC BY-SA 4.0)')).toBe('BDGA, CC\u00a0BY\u00a04.0\u202f; simplemaps (CC\u00a0BY-SA\u00a04.0)');
    expect(frenchTypography('licence CC BY, version')).toBe('licence CC\u00a0BY, version');
  });
});

describe('no-break spaces for what templates join', () => {
  it('turns the spaces of « Source : », « lié ; le », « 19 pôles » and « p. 5 » into no-break ones, and changes nothing else', () => {
    expect(keepTogether('Source : TIESS, p. 5')).toBe('Source\u00a0: TIESS, p.\u00a05');
    expect(keepTogether('est lié ; le reste')).toBe('est lié\u202f; le reste');
    expect(keepTogether('Estrie : 1 pôle')).toBe('Estrie\u00a0: 1\u00a0pôle');
    expect(keepTogether('l’automne 2020 est une saison')).toBe('l’automne\u00a02020\u00a0est une saison');
    // Nothing is added: no space before a colon that had none, no straight quote or apostrophe changed.
    expect(keepTogether('à 10:30, "oui" l\'an')).toBe('à 10:30, "oui" l\'an');
  });
});

describe('typography of what the site writes around the report', () => {
  it('writes ranges of years and pages with an en dash', () => {
    // The word joiner (U+2060) after the dash keeps a range on one line.
    expect(siteTypography('Rapport annuel 2019-2020, p. 5-6')).toBe('Rapport annuel 2019–\u20602020, p.\u00a05–\u20606');
    expect(keepTogether('18–35 ans')).toBe('18–\u206035\u00a0ans');
    expect(siteTypography('vers 2018-2021 (mise à jour)')).toBe('vers 2018–\u20602021 (mise à jour)');
    expect(siteTypography('exercice 2019-2020.')).toBe('exercice 2019–\u20602020.');
  });

  it('leaves dates, versions, file names and addresses as they are', () => {
    for (const text of ['le 2019-05-01', 'version V2024-03', 'rapport-2019-2020.pdf', 'https://tiess.ca/rapport-2019-2020/', 'data/2019-2020.csv']) {
      expect(siteTypography(text)).toBe(text);
    }
  });
});
