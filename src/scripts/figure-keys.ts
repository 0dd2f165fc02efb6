// Shared by the chart and map scripts: each drawing of a figure becomes ONE tab stop whose items
// the arrow keys walk (Home/End: first/last, Escape: none), the current item gets the class
// `is-current`, a tooltip shows it inside the figure, and a polite live region announces it.
// Pointing at an item (mouse hover, touch tap) shows the same tooltip.

/** How a figure's items are found and described. */
export interface FigureItems {
  /** Class of the tooltip element (its look is in global.css). */
  tooltipClass: string;
  /** Matches every item a pointer can point at, in any drawing. */
  selector: string;
  /** The items of one drawing in reading order; a drawing without items stays static. */
  items(drawing: HTMLElement): Element[];
  /** Fills the tooltip for an item and returns the sentence the live region announces. */
  describe(item: Element, tooltip: HTMLElement): string;
  /** Called when the tooltip hides. */
  onHide?(): void;
  /** Items larger than a pointer's reach (a map's regions): their tooltip sits by the pointer, not beside the whole item. */
  pointAt?(item: Element): boolean;
}

/** What an enhanced figure lets its script drive further. */
export interface EnhancedFigure {
  /** The item the keyboard is on, if any. */
  current(): Element | undefined;
  /** Moves the keyboard onto an item (announced, with its tooltip), or off every item. */
  move(item: Element | undefined): void;
  /** The drawing now displayed (narrow or wide, chosen by CSS), if it is navigable. */
  drawing(): HTMLElement | undefined;
}

const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Enhances one figure holding a `[data-figure-keys]` hint (its text: the keys; its
 * data-roledescription: what the drawing is called), or returns undefined when nothing applies.
 */
export function enhanceFigure(figure: HTMLElement, options: FigureItems): EnhancedFigure | undefined {
  const chart = figure.querySelector<HTMLElement>('.figure__chart');
  const hint = figure.querySelector<HTMLElement>('[data-figure-keys]');
  const drawings = [...figure.querySelectorAll<HTMLElement>('.figure__drawing')].filter((d) => options.items(d).length > 0);
  if (!chart || !hint || drawings.length === 0) return undefined;
  const tooltip = document.createElement('div');
  tooltip.className = options.tooltipClass;
  tooltip.setAttribute('aria-hidden', 'true');
  tooltip.hidden = true;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  chart.append(tooltip, live);
  hint.id ||= `${figure.id || 'figure'}-touches`;
  let current: Element | undefined;

  // Where the tooltip sits: beside the item's box (a large region: a small box around the pointer),
  // never over it: above, below, right or left, inside the chart, wherever it covers the fewest
  // other items (in that order when they tie); a transparent bridge (CSS, data-side) fills the gap
  // between them, so the pointer can move onto the tooltip (WCAG 1.4.13, hoverable).
  const gap = 8;
  const show = (item: Element, pointer?: { x: number; y: number }): string => {
    const sentence = options.describe(item, tooltip);
    tooltip.hidden = false;
    // Measured at the chart's top left: where the last tooltip sat would narrow this one (and make it taller).
    tooltip.style.left = '0px';
    tooltip.style.top = '0px';
    const box = chart.getBoundingClientRect();
    const itemBox = item.getBoundingClientRect();
    const anchor = pointer && options.pointAt?.(item) ? new DOMRect(pointer.x - gap, pointer.y - gap, 2 * gap, 2 * gap) : itemBox;
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    // In the chart's coordinates.
    const a = { left: anchor.left - box.left, top: anchor.top - box.top, right: anchor.right - box.left, bottom: anchor.bottom - box.top };
    const across = Math.max(0, Math.min((a.left + a.right) / 2 - width / 2, box.width - width));
    const down = Math.max(0, Math.min((a.top + a.bottom) / 2 - height / 2, box.height - height));
    const places = [
      { side: 'above', left: across, top: a.top - gap - height },
      { side: 'below', left: across, top: a.bottom + gap },
      { side: 'right', left: a.right + gap, top: down },
      { side: 'left', left: a.left - gap - width, top: down },
    ];
    const drawing = item.closest<HTMLElement>('.figure__drawing');
    const others = (drawing ? options.items(drawing) : []).filter((other) => other !== item).map((other) => other.getBoundingClientRect());
    const covered = (p: { left: number; top: number }) =>
      others.filter((o) => o.left - box.left < p.left + width && p.left < o.right - box.left && o.top - box.top < p.top + height && p.top < o.bottom - box.top).length;
    const inside = places.filter((p) => p.left >= 0 && p.top >= 0 && p.left + width <= box.width && p.top + height <= box.height);
    // With no room inside the chart, above or below (on the caption or the footer), where there is more room.
    const place = inside.length
      ? inside.reduce((best, p) => (covered(p) < covered(best) ? p : best))
      : places[a.top > box.height - a.bottom ? 0 : 1]!;
    // Note: positions go through the CSSOM (element.style), which a CSP without 'unsafe-inline' allows.
    tooltip.style.left = `${Math.round(place.left)}px`;
    tooltip.style.top = `${Math.round(place.top)}px`;
    tooltip.dataset.side = place.side;
    // The bridge overlaps the item’s edge by 2 px, or stops 1 px short of the pointer (a click there reaches the item).
    tooltip.style.setProperty('--bridge', `${anchor === itemBox ? gap + 2 : 2 * gap - 1}px`);
    return sentence;
  };

  const restore = () => {
    if (current) {
      show(current);
      return;
    }
    tooltip.hidden = true;
    options.onHide?.();
  };

  const move = (item: Element | undefined) => {
    current?.classList.remove('is-current');
    current = item;
    item?.classList.add('is-current');
    live.textContent = item ? show(item) : '';
    if (!item) restore();
  };

  for (const drawing of drawings) {
    const items = options.items(drawing);
    drawing.tabIndex = 0;
    drawing.setAttribute('role', 'group');
    drawing.setAttribute('aria-roledescription', hint.dataset.roledescription ?? '');
    // Note: the group is not named again by the title: the figure around it is (its heading just
    // above), so the title is not read once more; its role and keys say what it is. Its drawing is
    // hidden from assistive technologies (src/figures/index.ts).
    drawing.setAttribute('aria-describedby', hint.id);
    drawing.addEventListener('keydown', (event) => {
      const step = steps[event.key];
      const last = items.length - 1;
      const at = current ? items.indexOf(current) : -1;
      let next: number;
      if (step) next = at < 0 ? (step > 0 ? 0 : last) : Math.max(0, Math.min(at + step, last));
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = last;
      else {
        if (event.key === 'Escape') move(undefined);
        return;
      }
      event.preventDefault();
      move(items[next]);
    });
    drawing.addEventListener('focusout', () => move(undefined));
  }

  // The pointer's tooltip (WCAG 1.4.13): it stays while the pointer is on its item, on the tooltip
  // itself or on the drawing's blank ground between them (water, the gap between bars), changes on
  // another item, hides when the pointer leaves the chart, and Escape hides it wherever the focus
  // is, until the pointer reaches another item.
  let pointed: Element | undefined;
  let dismissed: Element | undefined;
  const point = (item: Element | undefined, event?: PointerEvent) => {
    if (!item) dismissed = undefined;
    if (item === pointed || (item && item === dismissed)) return;
    pointed = item;
    dismissed = undefined;
    if (item) show(item, event && { x: event.clientX, y: event.clientY });
    else restore();
  };
  chart.addEventListener('pointerover', (event) => {
    const item = event.target instanceof Element && !tooltip.contains(event.target) ? event.target.closest(options.selector) : null;
    if (item) point(item, event);
  });
  // Note: a touch pointer "leaves" as soon as the finger lifts, so a tap's tooltip stays until the next tap elsewhere.
  chart.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    if (!(event.relatedTarget instanceof Node && chart.contains(event.relatedTarget))) point(undefined);
  });
  // A press elsewhere than on an item or the tooltip (a tap on the page, on blank ground) hides it.
  document.addEventListener('pointerdown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!(target && chart.contains(target) && (tooltip.contains(target) || target.closest(options.selector)))) point(undefined);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || tooltip.hidden || !pointed) return;
    dismissed = pointed;
    pointed = undefined;
    restore();
  });

  return {
    current: () => current,
    move,
    drawing: () => drawings.find((d) => d.getClientRects().length > 0),
  };
}
