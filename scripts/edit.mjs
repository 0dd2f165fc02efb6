// npm run edit: the browser editor in local mode (Keystatic at /keystatic, the CSV page and the
// « Publier » page), on any system: KEYSTATIC=1 is set here, not with shell syntax.
// Any option goes to `astro dev`, e.g. another port: npm run edit -- --port 4391
import { runAstro } from './astro-env.mjs';

runAstro({ KEYSTATIC: '1' }, ['dev', '--open', '/keystatic', ...process.argv.slice(2)]);
