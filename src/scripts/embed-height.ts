// Inside an embed page: tells the parent page how tall the figure is, whenever that changes (width
// change, opened table, fonts loaded) and whenever the parent asks (embed.js does after its frame's
// width changed: Chromium does not render a cross-origin frame that is off screen, so the
// ResizeObserver below stays silent there). Message: { type: 'tiess-embed:height', id, height, width }.
import { embedMeasureType, embedMessageType } from '../utils/embed-messages';

const figure = document.querySelector<HTMLElement>('[data-figure]');
const id = figure?.dataset.figure;
let last = 0;

function post(force = false): void {
  // Note: reading the size lays the page out now, even where rendering is paused.
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!id || (height === last && !force) || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: embedMessageType, id, height, width: window.innerWidth }, '*');
}

new ResizeObserver(() => post()).observe(document.body);
document.fonts?.ready.then(() => post());
for (const details of document.querySelectorAll('details')) details.addEventListener('toggle', () => post());
window.addEventListener('message', (event) => {
  if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === embedMeasureType) post(true);
});
post();

export {};
