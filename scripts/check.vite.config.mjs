// Vite settings for running scripts/check.ts in a copy of the project whose node_modules is a link to
// another folder (the editor's « Publier » page and the tests run it so): Vite loads only files from
// allowed folders, here the project and wherever node_modules really is.
// Usage: node node_modules/vite-node/dist/cli.mjs -c scripts/check.vite.config.mjs scripts/check.ts
import { realpathSync } from 'node:fs';
import path from 'node:path';

const modules = path.dirname(realpathSync(path.join(process.cwd(), 'node_modules', 'vite')));
export default { server: { fs: { allow: [process.cwd(), modules] } } };
