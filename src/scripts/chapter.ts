// Chapter pages: highlights the current section in the table of contents while scrolling, shows
// reading progress, folds the table of contents on narrow screens, and adds a "copy link" button
// to each section heading. Without it: an open table of contents, plain anchors.

const toc = document.querySelector<HTMLElement>('.toc');
const details = toc?.querySelector('details');
const links = [...(toc?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])];
const headings = links
  .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
  .filter((h): h is HTMLElement => h !== null);

// Folded in the HTML (no layout shift on phones); unfolded where it sits beside the text.
if (details && matchMedia('(min-width: 64rem)').matches) details.open = true;

function current(): void {
  const line = window.innerHeight * 0.25;
  let active = headings[0];
  for (const h of headings) if (h.getBoundingClientRect().top <= line) active = h;
  for (const a of links) {
    if (active && a.hash === `#${active.id}`) a.setAttribute('aria-current', 'location');
    else a.removeAttribute('aria-current');
  }
}

const progress = document.querySelector<HTMLElement>('.reading-progress');
const bar = progress?.querySelector<HTMLElement>('.reading-progress__bar');
const article = document.querySelector<HTMLElement>('.chapter');
function updateProgress(): void {
  if (!progress || !bar || !article) return;
  const box = article.getBoundingClientRect();
  const total = box.height - window.innerHeight;
  const done = total > 0 ? Math.min(1, Math.max(0, -box.top / total)) : 1;
  bar.style.transform = `scaleX(${done})`;
}

let queued = false;
function onScroll(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    current();
    updateProgress();
  });
}

if (progress) progress.hidden = false;
addEventListener('scroll', onScroll, { passive: true });
addEventListener('resize', onScroll);
current();
updateProgress();

const status = document.getElementById('copy-link-status');
const label = document.querySelector<HTMLTemplateElement>('#copy-link-label')?.content.textContent ?? '';
for (const heading of document.querySelectorAll<HTMLElement>('.chapter > .prose > h2[id], .chapter > .prose > h3[id]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'heading-link';
  button.setAttribute('aria-label', `${label} : ${heading.textContent?.trim() ?? ''}`);
  button.textContent = '#';
  button.addEventListener('click', async () => {
    const url = `${location.origin}${location.pathname}#${heading.id}`;
    history.replaceState(null, '', `#${heading.id}`);
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = status.dataset.copied ?? '';
    } catch {
      location.hash = heading.id;
    }
  });
  // The button sits beside the heading, not inside it, so the heading's name stays its text.
  const wrapper = document.createElement('div');
  wrapper.className = 'heading-wrapper';
  heading.before(wrapper);
  wrapper.append(heading, button);
}

export {};
