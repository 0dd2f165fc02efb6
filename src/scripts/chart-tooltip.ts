// Enhances every chart figure on the page whose drawing has marks carrying data-label and
// data-value (src/charts/model.ts): hover or tap a mark for a tooltip with its label and value;
// the displayed drawing is one tab stop whose marks the arrow keys walk, each announced as
// « <label> : <value> ». Without this script the drawing stays a static image with its table.

import { enhanceFigure } from './figure-keys';

const markSelector = '[data-label][data-value]';

// The sentence a mark is announced with: its label, then its value (French colon spacing).
const markSentence = (mark: Element): string => `${mark.getAttribute('data-label')}\u00a0: ${mark.getAttribute('data-value')}`;

for (const figure of document.querySelectorAll<HTMLElement>('[data-figure-kind="chart"]')) {
  enhanceFigure(figure, {
    tooltipClass: 'chart-tooltip',
    selector: markSelector,
    items: (drawing) => [...drawing.querySelectorAll(markSelector)],
    describe: (mark, tooltip) => {
      const label = document.createElement('span');
      label.textContent = mark.getAttribute('data-label');
      const value = document.createElement('strong');
      value.textContent = mark.getAttribute('data-value');
      tooltip.replaceChildren(label, value);
      return markSentence(mark);
    },
  });
}
