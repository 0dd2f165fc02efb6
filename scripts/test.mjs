// `npm test` after `astro check`: the three test sites are built once, then the two groups of
// vitest.config.ts run side by side, each in its own vitest: « parallele » (two files at a time)
// and « en-serie » (builds in the project itself and dev servers, one file at a time). The second
// group shares nothing with the first (the first only reads the test sites or builds in copies),
// so on two cores it fills the time the first leaves idle, instead of waiting for it to end.
// Each line is prefixed with its group; the exit code is the first failure's.
// Note: `npx vitest run` alone still runs both groups, one after the other.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const bin = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(args, env, tag) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${tag}${line}\n`));
    }
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const started = Date.now();
const built = await run(['vite-node', 'tests/setup/build-sites-once.ts'], {}, '[sites] ');
if (built !== 0) process.exit(built);
const codes = await Promise.all([
  run(['vitest', 'run', '--project', 'parallele'], { TEST_NO_BUILD: '1' }, '[parallele] '),
  run(['vitest', 'run', '--project', 'en-serie'], { TEST_NO_BUILD: '1' }, '[en-serie] '),
]);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`Tests : ${codes.every((c) => c === 0) ? 'réussis' : 'ÉCHEC'} (${Math.floor(seconds / 60)} min ${seconds % 60} s, sites compris)`);
process.exit(codes.find((c) => c !== 0) ?? 0);
