// Enhances every map figure on the page: hover or focus a region for a tooltip, click, tap, Enter
// or Space to select it and list its pôles in the details panel, Escape to clear. The selection
// lives in the URL hash (#region-05). Without this script the map, legend and table still show.

interface RegionData {
  name: string;
  poles: { id: string; name: string; city: string | null }[];
}

const hashPattern = /^#region-(\d{2})$/;

function enhance(figure: HTMLElement): void {
  const dataNode = figure.querySelector<HTMLScriptElement>('script[data-map-data]');
  const panel = figure.querySelector<HTMLElement>('[data-map-panel]');
  if (!dataNode || !panel) return;
  const regions = JSON.parse(dataNode.textContent ?? '{}') as Record<string, RegionData>;
  const text = panel.dataset;
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.setAttribute('aria-hidden', 'true');
  tooltip.hidden = true;
  figure.querySelector('.figure__chart')?.append(tooltip);

  const shapes = (code: string) => figure.querySelectorAll<SVGElement>(`.map-region[data-region="${code}"]`);
  const plural = (n: number) => `${n}\u00a0${n > 1 ? 'pôles' : 'pôle'}`;

  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg.map')) {
    svg.setAttribute('role', 'group');
    svg.classList.add('is-interactive');
    for (const region of svg.querySelectorAll<SVGElement>('.map-main .map-region')) {
      region.setAttribute('tabindex', '0');
      region.setAttribute('role', 'button');
      region.setAttribute('aria-pressed', 'false');
    }
    for (const copy of svg.querySelectorAll<SVGElement>('.map-region--inset')) copy.setAttribute('aria-hidden', 'true');
    for (const pole of svg.querySelectorAll<SVGElement>('[data-pole]')) {
      pole.setAttribute('tabindex', '0');
      pole.setAttribute('role', 'button');
    }
  }

  const codeOf = (target: EventTarget | null): string | undefined => {
    const el = target instanceof Element ? target.closest('[data-region], [data-pole-region]') : null;
    return el?.getAttribute('data-region') ?? el?.getAttribute('data-pole-region') ?? undefined;
  };

  const showTooltip = (code: string, anchor: DOMRect) => {
    const region = regions[code];
    if (!region) return;
    tooltip.replaceChildren();
    const name = document.createElement('strong');
    name.textContent = region.name;
    const count = document.createElement('span');
    count.textContent = ` : ${plural(region.poles.length)}`;
    tooltip.append(name, count);
    for (const pole of region.poles) {
      const line = document.createElement('span');
      line.className = 'map-tooltip__pole';
      line.textContent = pole.name;
      tooltip.append(line);
    }
    tooltip.hidden = false;
    const box = tooltip.parentElement!.getBoundingClientRect();
    const left = Math.min(Math.max(0, anchor.left + anchor.width / 2 - box.left - tooltip.offsetWidth / 2), box.width - tooltip.offsetWidth);
    const above = anchor.top - box.top - tooltip.offsetHeight - 8;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${above >= 0 ? above : anchor.bottom - box.top + 8}px`;
  };

  const highlight = (code: string | undefined) => {
    for (const el of figure.querySelectorAll('.map-region.is-active')) el.classList.remove('is-active');
    if (code) for (const el of shapes(code)) el.classList.add('is-active');
  };

  const fillPanel = (code: string | undefined) => {
    panel.replaceChildren();
    const region = code ? regions[code] : undefined;
    if (!code || !region) {
      const hint = document.createElement('p');
      hint.textContent = text.hint ?? '';
      panel.append(hint);
      return;
    }
    const title = document.createElement('p');
    title.className = 'map-panel__title';
    const name = document.createElement('strong');
    name.textContent = region.name;
    title.append(name, ` : ${plural(region.poles.length)}`);
    panel.append(title);
    if (region.poles.length === 0) {
      const none = document.createElement('p');
      none.textContent = text.none ?? '';
      panel.append(none);
    } else {
      const list = document.createElement('ul');
      for (const pole of region.poles) {
        const item = document.createElement('li');
        item.textContent = `${pole.name} — ${pole.city ?? text.cityUnknown ?? ''}`;
        list.append(item);
      }
      panel.append(list);
    }
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'map-panel__clear';
    clear.textContent = text.clear ?? '';
    clear.addEventListener('click', () => select(undefined));
    panel.append(clear);
  };

  const select = (code: string | undefined, updateHash = true) => {
    for (const el of figure.querySelectorAll('.map-region.is-selected')) el.classList.remove('is-selected');
    for (const el of figure.querySelectorAll('.map-main .map-region[aria-pressed="true"]')) el.setAttribute('aria-pressed', 'false');
    if (code && regions[code]) {
      for (const el of shapes(code)) {
        el.classList.add('is-selected');
        if (el.closest('.map-main')) el.setAttribute('aria-pressed', 'true');
      }
    }
    fillPanel(code && regions[code] ? code : undefined);
    if (updateHash) {
      const url = `${location.pathname}${location.search}${code ? `#region-${code}` : ''}`;
      history.replaceState(null, '', url);
    }
  };

  figure.addEventListener('pointerover', (event) => {
    const code = codeOf(event.target);
    highlight(code);
    if (code) showTooltip(code, (event.target as Element).getBoundingClientRect());
    else tooltip.hidden = true;
  });
  figure.addEventListener('pointerleave', () => {
    highlight(undefined);
    tooltip.hidden = true;
  });
  figure.addEventListener('focusin', (event) => {
    const code = codeOf(event.target);
    highlight(code);
    if (code) showTooltip(code, (event.target as Element).getBoundingClientRect());
  });
  figure.addEventListener('focusout', () => {
    highlight(undefined);
    tooltip.hidden = true;
  });
  figure.addEventListener('click', (event) => {
    const code = codeOf(event.target);
    if (code && (event.target as Element).closest('svg.map')) select(code);
  });
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      select(undefined);
      tooltip.hidden = true;
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && (event.target as Element).closest('svg.map')) {
      const code = codeOf(event.target);
      if (code) {
        event.preventDefault();
        select(code);
      }
    }
  });

  const fromHash = (scroll: boolean) => {
    const match = hashPattern.exec(location.hash);
    select(match?.[1], false);
    if (match && scroll) figure.scrollIntoView({ block: 'start' });
  };
  panel.hidden = false;
  fromHash(true);
  window.addEventListener('hashchange', () => fromHash(false));
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-figure-kind="map"]')) enhance(figure);

export {};
