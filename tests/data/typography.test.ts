import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/utils/typography';

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
});
