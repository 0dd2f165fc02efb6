import setup from './build-sites';

// The three test sites, built once before `npm test` runs its two groups side by side (scripts/test.mjs).
await setup();
console.log('Sites de test compilés.');
