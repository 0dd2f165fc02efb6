// The one script of a chapter and of every page that shows a figure or embed code, bundled in one
// file (one request): the chapter's table of contents, reading progress and heading links
// (chapter.ts, which does nothing on other pages), the keyboard model and tooltips of charts, the
// copy buttons, and the « Écouter » buttons (their player is a chunk fetched when one is pressed).
// The map's code, the largest, is a script of its own that only pages showing a map load
// (MapEnhancer.astro); it takes the keyboard model from this file (astro.config.mjs).

import './chapter';
import './chart-tooltip';
import './copy';
import './listen';

export {};
