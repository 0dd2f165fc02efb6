// Where this type sits in the lists, and what it draws: read by the registry and by the browser editor
// (keystatic.config.ts), so it imports nothing that only runs in Node.
export default { order: 10, summary: 'carte des 17 régions administratives colorées selon une valeur' };
