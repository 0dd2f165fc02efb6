// npm run pdf (after npm run build): the report and each chapter as PDF in dist/, linked from the
// home and chapter pages (scripts/pdf-make.ts). Options: --a4 (Letter by default), --dist <folder>.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { t } from '../src/strings';
import { makePdfs, PdfError, type PageFormat } from './pdf-make';

const args = process.argv.slice(2);
let dist = 'dist';
let format: PageFormat = 'Letter';
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--a4') format = 'A4';
  else if (arg === '--dist' && args[i + 1]) dist = args[++i]!;
  else {
    console.error(t.pdf.unknownOption(arg));
    process.exit(1);
  }
}

const started = performance.now();
try {
  await makePdfs({ dist: path.resolve(dist), format, log: (line) => console.log(line) });
  console.log(`PDF : ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!(error instanceof PdfError)) throw error;
  console.error(error.message);
  process.exit(1);
}
