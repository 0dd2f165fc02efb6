import { textes } from './textes';

// Where this type sits in the lists, and what it draws: read by the registry and by the browser editor
// (keystatic.config.ts), so it imports nothing that only runs in Node.
export default { order: 10.5, summary: textes.summary };
