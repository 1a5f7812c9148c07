// The emotion curve explains itself (issue #14), measured in real Chromium: its legend names
// each mark it draws and each line, with a swatch painted like the line; the neutral colour
// is a grey and the line passes from green to red through no mustard; several personas'
// curves are not shaded into mud; the stacked layout's bar runs either side of zero.
import { render } from '@testing-library/react';
import { describe as group, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { defaultLabels, EmotionCurve, JourneyGrid, JourneyMap, type Journey } from '../../src';
import { MAPS, THEMES, backgroundOf, contrast, describe, hex, over, parseColor, settle, textElements, type Rgba } from './visual';
import { readTree, type AxTree } from './tree';
import type { AxNode } from './commands';

/** A colour's lightness, chroma and hue (degrees) in OKLCH. */
function oklch({ r, g, b }: Rgba): { l: number; c: number; h: number } {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const l = Math.cbrt(0.4122214708 * R + 0.5363325363 * G + 0.0514459929 * B);
  const m = Math.cbrt(0.2119034982 * R + 0.6806995451 * G + 0.1073969566 * B);
  const s = Math.cbrt(0.0883024619 * R + 0.2817188376 * G + 0.6299787005 * B);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return { l: L, c: Math.hypot(a, bb), h: ((Math.atan2(bb, a) * 180) / Math.PI + 360) % 360 };
}

/** Sarah's current and future state, and Aisha's too: several personas in both scenarios. */
const saasFuture: Journey = {
  ...MAPS.saas,
  emotions: [
    ...MAPS.saas.emotions,
    ...MAPS.saas.emotions
      .filter((e) => e.persona === 'aisha')
      .map((e) => ({ ...e, score: Math.min(3, e.score + 1), scenario: 'future' as const })),
  ],
};

const curveOf = (container: HTMLElement) => container.querySelector<HTMLElement>('.jm-EmotionCurve')!;

/** The curve's legend in the accessibility tree: the list named "Legend" inside the curve's row header. */
function curveLegend(tree: AxTree): AxNode {
  const lists = tree.findAll('list', defaultLabels.legend).filter((l) => tree.ancestors(l).some((a) => a.role === 'rowheader'));
  expect(lists).toHaveLength(1);
  return lists[0]!;
}

/** What a screen reader reads of each item of a list: the text under it. */
function itemTexts(tree: AxTree, list: AxNode): string[] {
  const text = (node: AxNode): string =>
    node.role === 'StaticText'
      ? node.name
      : node.childIds
          .map((id) => tree.byId.get(id))
          .map((n) => (n ? text(n) : ''))
          .join('');
  return list.childIds
    .map((id) => tree.byId.get(id)!)
    .filter((n) => n.role === 'listitem')
    .map((n) => text(n).trim());
}

/** The computed colours of the stops of the gradient a `url(#id)` paint names. */
function gradientStops(paint: string): string[] {
  const id = /url\("?#([^")]+)"?\)/.exec(paint)?.[1];
  expect(id, paint).toBeDefined();
  const gradient = document.getElementById(id!)!;
  return Array.from(gradient.querySelectorAll('stop')).map((s) => getComputedStyle(s).stopColor);
}

/** A line's paint as a list of colours: its stroke, or its gradient's stops. */
const paintOf = (line: Element): string[] => {
  const stroke = getComputedStyle(line).stroke;
  return stroke.startsWith('url(') ? gradientStops(stroke) : [stroke];
};

group('the legend names each mark the curve draws, and each line', () => {
  const cases: Array<[string, Journey, string[]]> = [
    ['ecommerce-kitchen (one persona)', MAPS.kitchen, ['Score', 'Highest, lowest', 'Moment of truth']],
    [
      'ecommerce-kitchen-future (current and future state)',
      MAPS.future,
      ['Current state', 'Future state', 'Score', 'Highest, lowest', 'Moment of truth'],
    ],
    [
      'saas-onboarding-multi (three personas)',
      MAPS.saas,
      ['Marcus Chen', 'Aisha Bello', 'Linda Jansen', 'Score', 'Highest, lowest', 'Moment of truth'],
    ],
    ['arabic-bank (right to left)', MAPS.arabic, ['Score', 'Highest, lowest', 'Moment of truth']],
  ];
  test.each(cases)('%s', async (_, journey, expected) => {
    const { container } = render(<JourneyMap journey={journey} layout="grid" labels={defaultLabels} />);
    await settle();
    const tree = await readTree();
    expect(itemTexts(tree, curveLegend(tree))).toEqual(expected);
    // Each item's swatch is drawn, and what it names is drawn on the curve.
    const curve = curveOf(container);
    const legend = curve.querySelector('.jm-EmotionCurve-legend')!;
    for (const swatch of legend.querySelectorAll('.jm-EmotionCurve-swatch, .jm-EmotionCurve-mark')) {
      expect(swatch.getBoundingClientRect().width).toBeGreaterThan(8);
    }
    expect(curve.querySelectorAll('.jm-EmotionCurve-point:not([data-extreme])').length).toBeGreaterThan(2);
    const filled = curve.querySelector('.jm-EmotionCurve-point[data-extreme]')!;
    expect(getComputedStyle(filled).backgroundColor).toBe(getComputedStyle(filled).color);
    expect(curve.querySelectorAll('.jm-EmotionCurve-moment').length).toBeGreaterThan(0);
    // The mark of a stage with a moment of truth is tinted and ringed in that colour, like the stage.
    const moment = legend.querySelector('[data-mark="moment"] .jm-EmotionCurve-mark')!;
    expect(getComputedStyle(moment, '::after').borderTopColor).toBe(
      getComputedStyle(curve.querySelector('[data-moment-of-truth]')!, '::before').borderTopColor,
    );
  });

  test('under a custom drawing the legend names the lines but no marks, which it may not draw', async () => {
    const { container } = render(
      <JourneyGrid journey={MAPS.saas} lanes={[]}>
        <EmotionCurve>{({ series }) => <span>{series.length}</span>}</EmotionCurve>
      </JourneyGrid>,
    );
    await settle();
    const tree = await readTree();
    expect(itemTexts(tree, curveLegend(tree))).toEqual(['Marcus Chen', 'Aisha Bello', 'Linda Jansen']);
    expect(container.querySelector('.jm-EmotionCurve-mark')).toBeNull();
  });
});

group.each(THEMES)('%s theme', (_, look) => {
  test.each([
    ['three personas', MAPS.saas],
    ['current and future state', MAPS.future],
    ['several personas in current and future state', saasFuture],
  ] as const)('each swatch of the legend is painted like the line it names (%s)', async (_, journey) => {
    const { container } = render(<JourneyMap journey={journey} layout="grid" {...look} />);
    await settle();
    const curve = curveOf(container);
    const items = curve.querySelectorAll<HTMLElement>('.jm-EmotionCurve-legend [data-mark="line"]');
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) {
      const swatch = item.querySelector('line')!;
      const line = curve.querySelector(`.jm-EmotionCurve-svg path[data-series="${item.dataset.series}"]`)!;
      expect(line, item.dataset.series).not.toBeNull();
      expect(paintOf(swatch), item.textContent!).toEqual(paintOf(line));
      for (const prop of ['strokeDasharray', 'strokeWidth', 'strokeLinecap'] as const) {
        expect(getComputedStyle(swatch)[prop], `${item.textContent} ${prop}`).toBe(getComputedStyle(line)[prop]);
      }
    }
    // Current and future state differ by dash, so the legend does too.
    const dashes = new Set(Array.from(items, (i) => getComputedStyle(i.querySelector('line')!).strokeDasharray));
    expect(dashes.size).toBe(new Set(Array.from(items, (i) => i.dataset.scenario)).size);
  });

  test('the neutral colour is a grey, and the valence gradient passes from positive to negative through no mustard', async () => {
    const { container } = render(<JourneyMap journey={MAPS.kitchen} layout="grid" {...look} />);
    await settle();
    const curve = curveOf(container);
    const stroke = getComputedStyle(curve.querySelector('.jm-EmotionCurve-line')!).stroke;
    const stops = gradientStops(stroke).map(parseColor);
    expect(stops).toHaveLength(3);
    const [positive, neutral, negative] = stops as [Rgba, Rgba, Rgba];
    expect(oklch(neutral).c, hex(neutral)).toBeLessThan(0.03);
    // The lane's accent and a neutral point's ring are that grey too.
    expect(parseColor(getComputedStyle(curve.querySelector('.jm-Lane-header')!).borderInlineStartColor)).toEqual(neutral);
    // SVG gradients mix in sRGB: no colour on the way is a yellow or an olive (hue 60–120°) of any strength.
    const mix = (a: Rgba, b: Rgba, t: number): Rgba => ({
      r: a.r + (b.r - a.r) * t,
      g: a.g + (b.g - a.g) * t,
      b: a.b + (b.b - a.b) * t,
      a: 1,
    });
    for (const [a, b] of [
      [positive, neutral],
      [neutral, negative],
    ] as const) {
      for (let t = 0; t <= 1; t += 0.05) {
        const c = oklch(mix(a, b, t));
        if (c.c > 0.03) expect(c.h < 60 || c.h > 120, `${hex(mix(a, b, t))} hue ${c.h.toFixed(0)}`).toBe(true);
      }
    }
  });

  test('the curve’s legend text reaches 4.5:1', async () => {
    for (const journey of [MAPS.saas, MAPS.future]) {
      const { container, unmount } = render(<JourneyMap journey={journey} layout="grid" {...look} />);
      await settle();
      const texts = textElements(curveOf(container).querySelector('.jm-EmotionCurve-legend')!);
      expect(texts.length).toBeGreaterThan(3);
      for (const el of texts) {
        const bg = backgroundOf(el);
        const ratio = contrast(over(parseColor(getComputedStyle(el).color), bg), bg);
        expect(ratio, describe(el)).toBeGreaterThanOrEqual(4.5);
      }
      unmount();
    }
  });
});

/** A meter's bar and centre line, in pixels across the page, read from their pseudo-elements. */
function meterGeometry(meter: HTMLElement) {
  const box = meter.getBoundingClientRect();
  const part = (pseudo: '::before' | '::after') => {
    const style = getComputedStyle(meter, pseudo);
    const left = box.left + parseFloat(style.left);
    return { left, right: left + parseFloat(style.width), color: style.backgroundColor };
  };
  const line = part('::before');
  return { box, centre: (line.left + line.right) / 2, bar: part('::after') };
}

group.each([
  ['left to right', MAPS.kitchen],
  ['right to left', MAPS.arabic],
  ['three personas', MAPS.saas],
] as const)('the stacked layout’s score bar runs either side of zero (%s)', (_, journey) => {
  const rtl = journey.dir === 'rtl';
  test.each(THEMES)('%s theme', async (_, look) => {
    await page.viewport(375, 800);
    const { container } = render(<JourneyMap journey={journey} {...look} />);
    await settle();
    const rows = Array.from(container.querySelectorAll<HTMLElement>('.jm-Stacked-emotions li'));
    const scores = journey.emotions.filter((e) => !e.scenario || e.scenario === 'current');
    expect(rows.length).toBeGreaterThanOrEqual(scores.length);
    const root = container.querySelector<HTMLElement>('.jm-root')!;
    const valenceColour = (v: string) => {
      // The theme's colour as the browser computes it.
      const probe = document.createElement('span');
      probe.style.color = `var(--jm-emotion-${v})`;
      root.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    const seen = new Set<string>();
    for (const row of rows) {
      const valence = row.dataset.valence!;
      seen.add(valence);
      const { box, centre, bar } = meterGeometry(row.querySelector<HTMLElement>('.jm-Stacked-meter')!);
      const score = Number(row.querySelector('.jm-Stacked-score')!.textContent!.replace('\u2212', '-').split(' ')[0]);
      // The centre line is the neutral score's place: the middle of a scale from -3 to 3.
      expect(Math.abs(centre - (box.left + box.width / 2)), row.textContent!).toBeLessThan(1.5);
      const width = bar.right - bar.left;
      // The bar is as long as the score is far from zero, on the side of its sign.
      expect(Math.abs(width - (Math.abs(score) / 3) * (box.width / 2)), row.textContent!).toBeLessThan(1.5);
      const negativeSide = rtl ? 'right' : 'left';
      if (valence === 'negative') {
        if (negativeSide === 'left') expect(bar.right).toBeLessThanOrEqual(centre + 1.5);
        else expect(bar.left).toBeGreaterThanOrEqual(centre - 1.5);
      }
      if (valence === 'positive') {
        if (negativeSide === 'left') expect(bar.left).toBeGreaterThanOrEqual(centre - 1.5);
        else expect(bar.right).toBeLessThanOrEqual(centre + 1.5);
      }
      // Coloured by valence, never an empty grey bar.
      if (valence !== 'neutral') expect(bar.color, row.textContent!).toBe(valenceColour(valence));
    }
    expect(seen).toContain('negative');
    expect(seen).toContain('positive');
  });
});
