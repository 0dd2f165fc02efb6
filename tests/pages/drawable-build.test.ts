import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runBuild } from '../helpers/build';

// The donut of zeros (issue 18) once passed `npm run check` and then stopped the build inside
// renderDonut, in English, with no file named: both now refuse it with the figure file and line
// (the cases themselves are in tests/figures/drawable.test.ts).

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const donut = 'type: anneau\ntitre: Essai\ndonnees: parts.csv\ncategorie: statut\nvaleur: entreprises\nsource: Essai.\n';

/** A copy of data/ with a CSV of parts that are all 0, and a folder holding one figure file, a donut of them. */
function workspace(): { root: string; figures: string; data: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiess-zero-donut-'));
  dirs.push(dir);
  const figures = path.join(dir, 'figures');
  const data = path.join(dir, 'data');
  mkdirSync(figures);
  cpSync(path.join(root, 'data'), data, { recursive: true });
  writeFileSync(path.join(data, 'parts.csv'), 'statut,entreprises\nCoopératives,0\nOBNL,0\n');
  writeFileSync(path.join(figures, 'anneau-vide.yaml'), donut);
  return { root: dir, figures, data };
}

describe('npm run check and the build', () => {
  it('the build refuses the donut of zeros before writing anything, with its file and line', () => {
    const ws = workspace();
    const out = path.join(ws.root, 'out');
    const { status, output } = runBuild({ REPORT_DATA_DIR: ws.data, REPORT_FIGURES_DIR: ws.figures, OUT_DIR: out });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${path.join(ws.figures, 'anneau-vide.yaml')}, ligne 5 : valeur : les parts de l’anneau (colonne « entreprises » de ${path.join(ws.data, 'parts.csv')}) font un total de 0 ; `,
    );
    expect(output).toContain('La compilation est arrêtée : corrigez ce qui est indiqué ci-dessus (fichier, ligne) puis relancez-la.');
    expect(output).not.toContain('renderDonut');
    expect(existsSync(out)).toBe(false);
  });

  it('npm run check refuses the donut of zeros with its file and line', () => {
    const ws = workspace();
    const result = spawnSync(path.join(root, 'node_modules/.bin/vite-node'), ['scripts/check.ts'], {
      cwd: root,
      env: { ...process.env, REPORT_DATA_DIR: ws.data, REPORT_FIGURES_DIR: ws.figures },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toContain(
      `  ✗ ${path.join(ws.figures, 'anneau-vide.yaml')}, ligne 5 : valeur : les parts de l’anneau (colonne « entreprises » de ${path.join(ws.data, 'parts.csv')}) font un total de 0 ; `,
    );
  });
});
