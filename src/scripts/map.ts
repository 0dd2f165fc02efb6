// Enhances every map figure on the page: hover or tap a region for a tooltip; click, tap, Enter
// or Space to select it and list its pôles in the details panel; Escape clears. The displayed map
// is one tab stop whose arrow keys walk the regions in code order (01 to 17), each followed by
// its markers, then the notes. The selection lives in the URL hash (#region-05). Without this script the map,
// legend and table still show.

import { enhanceFigure } from './figure-keys';

interface RegionData {
  name: string;
  /** A region map of a figure file: the region's value, formatted (then poles is empty). */
  value?: string;
  /** A map of points: its number of points, in the map's words (« 3 lieux »). */
  count?: string;
  /** Each point, with its value when the map sizes its discs by one, and whether « surligner » chose it. */
  poles: { id: string; name: string; city: string | null; value?: string; highlight?: boolean }[];
}

const hashPattern = /^#region-(\d{2})$/;
/** The smallest target, in CSS px (WCAG 2.5.8). */
const minTarget = 24;

function enhance(figure: HTMLElement): void {
  const dataNode = figure.querySelector<HTMLScriptElement>('script[data-map-data]');
  const panel = figure.querySelector<HTMLElement>('[data-map-panel]');
  if (!dataNode || !panel) return;
  const regions = JSON.parse(dataNode.textContent ?? '{}') as Record<string, RegionData>;
  const text = panel.dataset;

  const shapes = (code: string) => figure.querySelectorAll<SVGElement>(`.map-region[data-region="${code}"]`);
  const summary = (region: RegionData) => region.value ?? region.count ?? '';
  const valueOf = (pole: RegionData['poles'][number]) => (pole.value ? `\u00a0: ${pole.value}` : '');
  // A point chosen by « surligner » is said so, not by its colour alone.
  const chosenOf = (pole: RegionData['poles'][number]) => (pole.highlight ? ` (${text.chosen ?? ''})` : '');
  const codeOf = (el: Element | null) => el?.getAttribute('data-region') ?? el?.getAttribute('data-pole-region') ?? undefined;
  const poleOf = (el: Element) => regions[codeOf(el) ?? '']?.poles.find((p) => p.id === el.getAttribute('data-pole'));
  const line = (tag: string, content: string, className = '') => {
    const el = document.createElement(tag);
    el.className = className;
    el.textContent = content;
    return el;
  };

  // A choropleth's borders are drawn over its regions: the outline of a hovered, current or selected
  // region is a copy of its shape drawn above them (no title, not a target; inside role="img", presentational), a halo and a line.
  const outline = (code: string | undefined, state: 'is-active' | 'is-selected') => {
    for (const el of figure.querySelectorAll(`.map-outline.${state}`)) el.remove();
    if (!code) return;
    for (const shape of shapes(code)) {
      const group = shape.parentElement;
      if (!group?.querySelector(':scope > .map-borders')) continue;
      for (const part of ['halo', 'line']) {
        const copy = shape.cloneNode(false) as SVGElement;
        copy.removeAttribute('data-region');
        copy.setAttribute('class', `map-outline map-outline--${part} ${state}`);
        group.append(copy);
      }
    }
  };

  const highlight = (code: string | undefined) => {
    for (const el of figure.querySelectorAll('.map-region.is-active')) el.classList.remove('is-active');
    if (code) for (const el of shapes(code)) el.classList.add('is-active');
    outline(code, 'is-active');
  };

  for (const svg of figure.querySelectorAll('svg.map')) svg.classList.add('is-interactive');

  // Markers are small (7.5 px across on a phone): each gets a transparent disc 24 px across at the
  // map's displayed scale (WCAG 2.5.8), drawn above the markers, that the pointer hits for it. Where
  // markers lie closer than 24 px (the Montréal area on a phone), their discs share the space between
  // them, half each: a map's positions are essential (2.5.8's exception), and the details panel and
  // the table name every pôle.
  // Note: the discs go last in the drawing, above every region (a region's markers are drawn just after
  // it, under the regions that follow), each placed where its marker is by the marker's own transform.
  const hits = [...figure.querySelectorAll<SVGSVGElement>('svg.map')].flatMap((svg) => {
    const layer = document.createElementNS(svg.namespaceURI, 'g');
    layer.setAttribute('class', 'map-pole-hits');
    svg.append(layer);
    return [...svg.querySelectorAll<SVGCircleElement>('circle.map-pole')].map((marker) => {
      const hit = marker.cloneNode(false) as SVGCircleElement;
      hit.setAttribute('class', 'map-pole-hit');
      for (const name of ['stroke', 'stroke-width', 'fill']) hit.removeAttribute(name);
      const m = svg.getScreenCTM()?.inverse().multiply(marker.getScreenCTM() ?? new DOMMatrix());
      if (m) hit.setAttribute('transform', `matrix(${[m.a, m.b, m.c, m.d, m.e, m.f].map((n) => Math.round(n * 1000) / 1000).join(' ')})`);
      layer.append(hit);
      return hit;
    });
  });
  const sizeHits = () => {
    const centres = hits.map((hit) => {
      const box = hit.getBoundingClientRect();
      return [box.left + box.width / 2, box.top + box.height / 2] as const;
    });
    hits.forEach((hit, i) => {
      const scale = hit.getScreenCTM()?.a;
      if (!scale || hit.getBoundingClientRect().width === 0) return;
      const [x, y] = centres[i]!;
      const nearest = Math.min(...centres.filter((_, j) => j !== i).map(([u, v]) => Math.hypot(u - x, v - y)));
      // Half a pixel more than 12, so that 24 whole pixels across reach the marker.
      const radius = Math.min(minTarget / 2 + 0.5, nearest / 2);
      hit.setAttribute('r', String(Math.floor((radius / scale) * 10) / 10));
    });
  };
  sizeHits();
  new ResizeObserver(sizeHits).observe(figure);

  const map = enhanceFigure(figure, {
    tooltipClass: 'map-tooltip',
    selector: '[data-region], [data-pole], [data-annotation]',
    // Regions in code order, each followed by its own markers.
    items: (drawing) =>
      [...drawing.querySelectorAll('.map-main .map-region')]
        .sort((a, b) => codeOf(a)!.localeCompare(codeOf(b)!))
        .flatMap((region) => [region, ...drawing.querySelectorAll(`.map-pole[data-pole-region="${codeOf(region)}"]`)])
        // Then the notes (numbered markers), in the order of the figure file.
        .concat([...drawing.querySelectorAll('[data-annotation]')]),
    // A region's tooltip sits by the pointer, beside it rather than over the pointed spot (a region can span half the map).
    pointAt: (item) => item.hasAttribute('data-region'),
    describe: (item, tooltip) => {
      if (item.hasAttribute('data-annotation')) {
        // A note: « Annotation », its text and its region, as the legend's line under the map says it.
        const on = regions[item.getAttribute('data-annotation-region') ?? '']?.name;
        const words = `${item.getAttribute('data-value') ?? ''}${on ? ` (${on})` : ''}`;
        highlight(item.getAttribute('data-annotation-region') ?? undefined);
        tooltip.replaceChildren(line('strong', item.getAttribute('data-label') ?? ''), `\u00a0: ${words}`);
        return `${item.getAttribute('data-label') ?? ''}\u00a0: ${words}`;
      }
      const code = codeOf(item) ?? '';
      const region = regions[code];
      const pole = item.hasAttribute('data-pole') ? poleOf(item) : undefined;
      highlight(code);
      if (pole) {
        const where = `${pole.city ?? text.cityUnknown ?? ''} (${region?.name ?? ''})${valueOf(pole)}${chosenOf(pole)}`;
        tooltip.replaceChildren(line('strong', pole.name), line('span', where, 'map-tooltip__pole'));
        return `${pole.name} — ${where}`;
      }
      if (!region) return '';
      // One line, name and count, so the tooltip covers little of the map; the pôles are listed in the details panel.
      const count = `\u00a0: ${summary(region)}`;
      tooltip.replaceChildren(line('strong', region.name), count);
      return `${region.name}${count}`;
    },
    onHide: () => highlight(undefined),
  });

  const fillPanel = (code: string | undefined) => {
    const region = code ? regions[code] : undefined;
    if (!region) {
      panel.replaceChildren(line('p', text.hint ?? ''));
      return;
    }
    const title = line('p', '', 'map-panel__title');
    title.append(line('strong', region.name), `\u00a0: ${summary(region)}`);
    const list = document.createElement('ul');
    list.append(
      ...region.poles.map((pole) => {
        const where = ` — ${pole.city ?? text.cityUnknown ?? ''}${valueOf(pole)}${chosenOf(pole)}`;
        if (!pole.highlight) return line('li', `${pole.name}${where}`);
        // The chosen ones in bold, as their names are where a chart draws them.
        const item = line('li', '');
        item.append(line('strong', pole.name), where);
        return item;
      }),
    );
    const clear = line('button', text.clear ?? '', 'map-panel__clear') as HTMLButtonElement;
    clear.type = 'button';
    clear.addEventListener('click', () => {
      select(undefined);
      // Note: the button just left the page with the panel's content; focus goes back to the map, not to the body.
      map?.drawing()?.focus();
    });
    panel.replaceChildren(title, ...(region.value !== undefined ? [] : [region.poles.length ? list : line('p', text.none ?? '')]), clear);
  };

  const select = (code: string | undefined, updateHash = true) => {
    for (const el of figure.querySelectorAll('.map-region.is-selected')) el.classList.remove('is-selected');
    const known = code && regions[code] ? code : undefined;
    if (known) for (const el of shapes(known)) el.classList.add('is-selected');
    outline(known, 'is-selected');
    fillPanel(known);
    if (updateHash) history.replaceState(null, '', `${location.pathname}${location.search}${known ? `#region-${known}` : ''}`);
  };

  figure.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const code = codeOf(target?.closest('svg.map [data-region], svg.map [data-pole-region]') ?? null);
    if (code) select(code);
  });
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // Escape from the details panel (its « Effacer la sélection » button leaves with the selection) gives the focus back to the map, as the button does.
      const fromPanel = event.target instanceof Node && panel.contains(event.target);
      select(undefined);
      if (fromPanel) map?.drawing()?.focus();
    }
    const code = codeOf(map?.current() ?? null);
    if ((event.key === 'Enter' || event.key === ' ') && code && event.target === map?.drawing()) {
      event.preventDefault();
      select(code);
      // The details panel sits under the map: bring it into view without moving the focus.
      const box = panel.getBoundingClientRect();
      if (box.bottom > innerHeight || box.top < 0) panel.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
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
