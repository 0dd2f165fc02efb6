// Runs Astro with environment variables set, the same way on Windows, macOS and Linux: npm runs
// package.json scripts in cmd.exe on Windows, which does not understand `VAR=1 astro dev`.
// Usage: node scripts/astro-env.mjs NAME=value… -- <astro arguments>
//   e.g. node scripts/astro-env.mjs GALERIE=1 -- dev --port 4391
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Starts Astro (the project's own, from node_modules) with these variables added; exits with its exit code. */
export function runAstro(variables, args) {
  const astro = path.join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, ...args], { stdio: 'inherit', env: { ...process.env, ...variables } });
  // Note: Ctrl+C reaches Astro too (same console); this process waits for it to stop, then ends with it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(`Astro n’a pas pu démarrer (${error.message}) : lancez « npm ci » dans le dossier du projet.`);
    process.exit(1);
  });
}

/** Splits `NAME=value… -- args…` into the variables and Astro's arguments. */
export function parseArguments(argv) {
  const split = argv.indexOf('--');
  const assignments = split < 0 ? argv : argv.slice(0, split);
  const variables = {};
  for (const assignment of assignments) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(assignment);
    if (!match) throw new Error(`« ${assignment} » : NOM=valeur attendu avant « -- »`);
    variables[match[1]] = match[2];
  }
  return { variables, args: split < 0 ? [] : argv.slice(split + 1) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { variables, args } = parseArguments(process.argv.slice(2));
  runAstro(variables, args);
}
