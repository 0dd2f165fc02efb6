// Inside an embed page: tells the parent page how tall the figure is, whenever that changes
// (width change, opened table, fonts loaded). Message: { type: 'tiess-embed:height', id, height }.

const figure = document.querySelector<HTMLElement>('[data-figure]');
const id = figure?.dataset.figure;
let last = 0;

function post(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!id || height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'tiess-embed:height', id, height }, '*');
}

new ResizeObserver(post).observe(document.body);
document.fonts?.ready.then(post);
for (const details of document.querySelectorAll('details')) details.addEventListener('toggle', post);
post();

export {};
