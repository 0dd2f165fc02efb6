import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderTimeline } from '../../src/charts/timeline/timeline';
import { renderStructure } from '../../src/charts/structure/structure';
import { finalizeSvg, createSvg, relativePath, svgSize } from '../../src/charts/svg';
import { textWidth, wrapText } from '../../src/charts/text';

const request = { idPrefix: 'test-', labelledBy: 'titre description' };
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe('relativePath', () => {
  it('writes each point after a ring’s first as its step from the one before, in tenths, and drops repeated points', () => {
    expect(relativePath('M581.5,181L576.7,180.8L580.4,171.9L581.3,170.6Z')).toBe('M581.5,181l-4.8-.2 3.7-8.9 .9-1.3z');
    // A ring after a closed one starts at its own absolute point; a repeated point is left out.
    expect(relativePath('M0,0L10,0L10,10ZM20.5,20L20.5,20L22,18.1Z')).toBe('M0,0l10,0 0,10zM20.5,20l1.5-1.9z');
  });

  it('keeps every point where it was (to the tenth), read back by an SVG parser', () => {
    const d = 'M12.3,45.6L13.1,44.9L0,0L-3.2,7.5L99.9,0.1ZM5,5L6,6L5,7Z';
    const doc = parse(`<svg><path d="${relativePath(d)}" /></svg>`);
    const written = doc.querySelector('path')!.getAttribute('d')!;
    // Reads the relative path back to absolute points.
    const points: string[] = [];
    let [x, y] = [0, 0];
    for (const [, command, args] of written.matchAll(/([Mlz])([^Mlz]*)/g)) {
      const n = (args!.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
      for (let i = 0; i + 1 < n.length; i += 2) {
        [x, y] = command === 'M' ? [n[i]!, n[i + 1]!] : [x + n[i]!, y + n[i + 1]!];
        points.push(`${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`);
      }
    }
    expect(points).toEqual(d.replace(/Z/g, '').split(/[ML]/).filter(Boolean));
  });

  it('leaves paths with curves or arcs as they are', () => {
    expect(relativePath('M0,0A5,5 0 0 1 10,10')).toBe('M0,0A5,5 0 0 1 10,10');
    expect(relativePath('M0,0C1,1 2,2 3,3')).toBe('M0,0C1,1 2,2 3,3');
  });
});

describe('finalizeSvg', () => {
  it('labels the SVG, strips ARIA from groups and inline styles, prefixes ids and rounds coordinates', () => {
    const svg = createSvg(100, 50);
    svg.append('style').text('.x{fill:red}');
    const defs = svg.append('clipPath').attr('id', 'clip');
    defs.append('rect').attr('width', 10.123456).attr('height', 5);
    svg.append('g').attr('aria-label', 'bar').attr('style', 'color:red').attr('clip-path', 'url(#clip)')
      .append('path').attr('d', 'M0.333333,1.666666L2,3');
    const out = finalizeSvg(svg.node()!, request);
    const doc = parse(out);
    const root = doc.querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('titre description');
    expect(root.getAttribute('viewBox')).toBe('0 0 100 50');
    expect(root.getAttribute('width')).toBe('100%');
    expect(out).not.toMatch(/<style|style="|aria-label=/);
    expect(doc.querySelector('clipPath')!.getAttribute('id')).toBe('test-1');
    expect(doc.querySelector('g')!.getAttribute('clip-path')).toBe('url(#test-1)');
    expect(doc.querySelector('path')!.getAttribute('d')).toBe('M0.3,1.7L2,3');
    expect(doc.querySelector('rect')!.getAttribute('width')).toBe('10.1');
  });

  it('escapes text taken from data', () => {
    const svg = createSvg(10, 10);
    svg.append('text').text('<script>alert(1)</script> & "quotes"');
    svg.append('g').attr('data-key', '"><img src=x onerror=alert(1)>');
    const out = finalizeSvg(svg.node()!, request);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(out).toContain('data-key="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    const doc = parse(out);
    expect(doc.querySelectorAll('script, img').length).toBe(0);
    expect(doc.querySelector('text')!.textContent).toBe('<script>alert(1)</script> & "quotes"');
    expect(doc.querySelector('g')!.getAttribute('data-key')).toBe('"><img src=x onerror=alert(1)>');
  });
});

describe('text layout', () => {
  it('wraps words without exceeding the width, keeping no-break spaces together', () => {
    const lines = wrapText('un deux trois quatre cinq six sept huit neuf dix 19\u00a0pôles', 80, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80 + 1e-9);
    expect(lines.some((l) => l.includes('19\u00a0pôles'))).toBe(true);
  });
});

describe('renderTimeline', () => {
  const events = [
    { id: 'a', dateLabel: 'mai 2019', series: 'A', color: '#0072b2', start: new Date(Date.UTC(2019, 4, 1)), label: 'Premier' },
    { id: 'b', dateLabel: 'automne 2020', series: 'B', color: '#c24e00', start: new Date(Date.UTC(2020, 8, 22)), end: new Date(Date.UTC(2020, 11, 20)), label: 'Second' },
  ];
  const undated = [{ series: 'C', color: '#00805c', label: 'Non daté' }];

  for (const width of [360, 720]) {
    it(`draws one mark per event, spans as bars, and lists undated series (width ${width})`, () => {
      const doc = parse(renderTimeline(events, undated, { ...request, width }));
      const marks = [...doc.querySelectorAll('.timeline-event')];
      expect(marks.map((g) => g.getAttribute('data-event'))).toEqual(['a', 'b']);
      expect(marks[0]!.querySelectorAll('circle').length).toBe(1);
      expect(marks[1]!.querySelectorAll('rect').length).toBe(1);
      expect(doc.querySelector('.timeline-undated')!.textContent).toContain('C');
      const years = [...doc.querySelectorAll('.timeline-axis text')].map((t) => t.textContent);
      expect(years).toEqual(['2019', '2020', '2021']);
      expect(svgSize(doc.querySelector('svg')!.outerHTML).width).toBe(width);
    });
  }

  it('places later events further along the time axis', () => {
    const doc = parse(renderTimeline(events, [], { ...request, width: 720 }));
    const x = (id: string) => {
      const g = doc.querySelector(`[data-event="${id}"]`)!;
      const circle = g.querySelector('circle');
      return Number(circle ? circle.getAttribute('cx') : g.querySelector('rect')!.getAttribute('x'));
    };
    expect(x('b')).toBeGreaterThan(x('a'));
  });
});

describe('renderStructure', () => {
  it('draws every member and every item of every group, side by side when wide and stacked when narrow', () => {
    const data = {
      membersTitle: 'Membres',
      members: ['Un', 'Deux', 'Trois'],
      center: { title: 'Projet', subtitle: 'Sous-titre' },
      groups: [
        { title: 'G1', color: '#0072b2', items: ['a', 'b'] },
        { title: 'G2', color: '#c24e00', items: ['c'] },
      ],
    };
    for (const [width, sideBySide] of [
      [720, true],
      [360, false],
    ] as const) {
      const doc = parse(renderStructure(data, { ...request, width }));
      expect([...doc.querySelectorAll('.structure-member')].map((m) => m.textContent)).toEqual(['Un', 'Deux', 'Trois']);
      expect([...doc.querySelectorAll('.structure-item')].map((m) => m.textContent)).toEqual(['a', 'b', 'c']);
      const ys = [...doc.querySelectorAll('.structure-group > rect:first-child')].map((r) => Number(r.getAttribute('y')));
      expect(ys[0] === ys[1], `width ${width}`).toBe(sideBySide);
    }
  });

  it('gives groups side by side one height, and wraps their titles to the box, not short of it (the report\'s two axes)', () => {
    const data = {
      membersTitle: 'Partenaires',
      members: ['TIESS'],
      center: { title: 'Parler au nous' },
      groups: [
        { title: 'Axe 1 — Valoriser et propulser l’économie sociale', color: '#0072b2', items: ['Cellule de veille', 'Laboratoire d’émergence', 'Événement national'] },
        {
          title: 'Axe 2 — Soutien d’entreprises et nouvelles stratégies de développement territorial',
          color: '#c24e00',
          items: ['Cellule recherche et développement', 'Formation continue', 'Intervention spécialisée'],
        },
      ],
    };
    const doc = parse(renderStructure(data, { ...request, width: 640 }));
    const boxes = [...doc.querySelectorAll('.structure-group > rect:first-child')];
    expect(boxes.map((r) => r.getAttribute('height'))).toEqual([boxes[0]!.getAttribute('height'), boxes[0]!.getAttribute('height')]);
    const titles = [...doc.querySelectorAll('.structure-group > text:not(.structure-item)')].map((t) => [...t.querySelectorAll('tspan')].map((l) => l.textContent));
    expect(titles[0]).toEqual(['Axe 1 — Valoriser et', 'propulser l’économie sociale']);
    // Each line but the last is as full as the box allows: its next word would not fit.
    const room = Number(boxes[0]!.getAttribute('width')) - 12 - 4 - 6;
    for (const lines of titles) {
      lines.slice(0, -1).forEach((line, i) => expect(textWidth(`${line} ${lines[i + 1]!.split(' ')[0]}`, 14, true), line).toBeGreaterThan(room));
    }
  });
});
