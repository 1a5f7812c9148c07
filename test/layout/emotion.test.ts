// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  columnCenters,
  emotionArea,
  curvePaint,
  emotionBar,
  emotionPath,
  emotionTicks,
  emotionYScale,
  equalColumns,
  extremes,
  formatScore,
  stageScores,
  personaColorScale,
  valenceScale,
  type CurvePoint,
} from '../../src/layout/emotion';
import { personaColor } from '../../src/layout/persona';

/** Every "x,y" pair in an SVG path, as numbers. */
function coordinates(path: string): Array<[number, number]> {
  return [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('emotionYScale', () => {
  it('puts the highest score at the top and the lowest at the bottom, inside the padding', () => {
    const y = emotionYScale({ min: -3, max: 3, height: 100 });
    expect(y(3)).toBe(16);
    expect(y(-3)).toBe(84);
    expect(y(0)).toBe(50);
    expect(y(1.5)).toBe(33);
  });

  it('works on a 1–5 scale with custom padding', () => {
    const y = emotionYScale({ min: 1, max: 5, height: 200, padding: 0 });
    expect(y(5)).toBe(0);
    expect(y(1)).toBe(200);
    expect(y(3)).toBe(100);
  });

  it('clamps scores outside the scale to the edges', () => {
    const y = emotionYScale({ min: -3, max: 3, height: 100 });
    expect(y(10)).toBe(16);
    expect(y(-10)).toBe(84);
  });

  it('keeps the usual integer scales as declared', () => {
    for (const [min, max] of [
      [-3, 3],
      [1, 5],
      [0, 10],
      [1, 7],
      [-2, 2],
      [1, 10],
    ] as const) {
      expect(emotionYScale({ min, max, height: 168 }).domain()).toEqual([min, max]);
    }
  });

  it('rounds odd ends out to round numbers', () => {
    expect(emotionYScale({ min: 0, max: 9.7, height: 168 }).domain()).toEqual([0, 10]);
    expect(emotionYScale({ min: 1, max: 100, height: 168 }).domain()).toEqual([0, 100]);
  });

  it('draws a scale of one value at mid-height', () => {
    expect(emotionYScale({ min: 2, max: 2, height: 100 })(2)).toBe(50);
  });
});

describe('emotionTicks', () => {
  it('labels every whole score of a -3…3 scale in a lane of the default height', () => {
    expect(emotionTicks({ scale: emotionYScale({ min: -3, max: 3, height: 168 }) })).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it('labels only whole numbers on a whole-number scale, even when there is room for halves', () => {
    expect(emotionTicks({ scale: emotionYScale({ min: 1, max: 5, height: 400 }) })).toEqual([1, 2, 3, 4, 5]);
  });

  it('never puts ticks closer together than the spacing, so never more than fit the lane', () => {
    // 48 px between top and bottom: at 16 px apart, every other score fits.
    expect(emotionTicks({ scale: emotionYScale({ min: -3, max: 3, height: 80 }) })).toEqual([-2, 0, 2]);
    for (let height = 40; height <= 400; height += 8) {
      for (const spacing of [12, 16, 24]) {
        const y = emotionYScale({ min: -3, max: 3, height });
        const ticks = emotionTicks({ scale: y, spacing });
        expect(ticks.length).toBeLessThanOrEqual(Math.floor((height - 32) / spacing) + 1);
        for (let i = 1; i < ticks.length; i++) expect(Math.abs(y(ticks[i]!) - y(ticks[i - 1]!))).toBeGreaterThan(spacing - 1e-6);
      }
    }
  });

  it('takes a custom spacing', () => {
    expect(emotionTicks({ scale: emotionYScale({ min: 0, max: 10, height: 168 }), spacing: 30 })).toEqual([0, 5, 10]);
  });

  it('labels fractions on a scale whose ends are not whole', () => {
    expect(emotionTicks({ scale: emotionYScale({ min: -0.5, max: 0.5, height: 168 }) })).toEqual([-0.4, -0.2, 0, 0.2, 0.4]);
  });

  it('labels only the middle of a lane too short for two ticks', () => {
    expect(emotionTicks({ scale: emotionYScale({ min: -3, max: 3, height: 40 }) })).toEqual([0]);
  });
});

describe('emotionBar', () => {
  it('runs from the centre line to the score: a low score before it, a high one after it', () => {
    const scale = { min: -3, max: 3, neutral: 0 };
    expect(emotionBar({ ...scale, score: -3 })).toEqual({ zero: 50, start: 0, size: 50 });
    expect(emotionBar({ ...scale, score: 3 })).toEqual({ zero: 50, start: 50, size: 50 });
    expect(emotionBar({ ...scale, score: -1.5 })).toEqual({ zero: 50, start: 25, size: 25 });
    expect(emotionBar({ ...scale, score: 0 })).toEqual({ zero: 50, start: 50, size: 0 });
  });

  it('puts the centre line at the neutral score, wherever it is on the scale', () => {
    expect(emotionBar({ min: 1, max: 5, neutral: 3, score: 1 })).toEqual({ zero: 50, start: 0, size: 50 });
    expect(emotionBar({ min: 0, max: 10, neutral: 2, score: 7 })).toEqual({ zero: 20, start: 20, size: 50 });
    expect(emotionBar({ min: 0, max: 10, neutral: 2, score: 0 })).toEqual({ zero: 20, start: 0, size: 20 });
  });

  it('clamps a score beyond the scale to its end', () => {
    expect(emotionBar({ min: -3, max: 3, neutral: 0, score: -9 })).toEqual({ zero: 50, start: 0, size: 50 });
    expect(emotionBar({ min: -3, max: 3, neutral: 0, score: 9 })).toEqual({ zero: 50, start: 50, size: 50 });
  });
});

describe('curvePaint', () => {
  it('paints one persona’s curve by valence and shades it', () => {
    expect(curvePaint({ series: [{ persona: 'sarah', scenario: 'current' }] })).toEqual({ paint: 'valence', filled: 0 });
    expect(curvePaint({ series: [{ scenario: 'current' }] })).toEqual({ paint: 'valence', filled: 0 });
  });

  it('shades only the current state when one persona’s current and future state are drawn', () => {
    expect(
      curvePaint({
        series: [
          { persona: 'sarah', scenario: 'future' },
          { persona: 'sarah', scenario: 'current' },
        ],
      }),
    ).toEqual({ paint: 'valence', filled: 1 });
    expect(curvePaint({ series: [{ persona: 'sarah', scenario: 'future' }] })).toEqual({ paint: 'valence', filled: 0 });
  });

  it('paints several personas’ curves in their colours and shades none, so fills never stack', () => {
    expect(
      curvePaint({
        series: [
          { persona: 'a', scenario: 'current' },
          { persona: 'b', scenario: 'current' },
          { persona: 'b', scenario: 'future' },
        ],
      }),
    ).toEqual({ paint: 'persona' });
    expect(curvePaint({ series: [] })).toEqual({ paint: 'persona' });
  });
});

describe('emotionPath', () => {
  it('is empty without points', () => {
    expect(emotionPath({ points: [] })).toBe('');
  });

  it('draws a short flat dash for a single point', () => {
    expect(emotionPath({ points: [{ x: 100, y: 40, score: 1 }] })).toBe('M88,40L112,40');
  });

  it('starts at the first point, ends at the last and passes through every point', () => {
    const points: CurvePoint[] = [
      { x: 50, y: 80, score: -1 },
      { x: 250, y: 20, score: 2 },
      { x: 500, y: 60, score: 0 },
    ];
    const path = emotionPath({ points });
    expect(path.startsWith('M50,80')).toBe(true);
    expect(path.endsWith('500,60')).toBe(true);
    const through = coordinates(path);
    for (const p of points) expect(through).toContainEqual([p.x, p.y]);
  });

  it('never overshoots the scores: the curve stays between its highest and lowest point', () => {
    const points: CurvePoint[] = [
      { x: 0, y: 84, score: -3 },
      { x: 100, y: 16, score: 3 },
      { x: 200, y: 84, score: -3 },
      { x: 300, y: 16, score: 3 },
    ];
    for (const [, y] of coordinates(emotionPath({ points }))) {
      expect(y).toBeGreaterThanOrEqual(16);
      expect(y).toBeLessThanOrEqual(84);
    }
  });
});

describe('emotionArea', () => {
  it('is empty with fewer than two points', () => {
    expect(emotionArea({ points: [], baseline: 50 })).toBe('');
    expect(emotionArea({ points: [{ x: 0, y: 10, score: 2 }], baseline: 50 })).toBe('');
  });

  it('closes the curve down to the baseline', () => {
    const area = emotionArea({
      points: [
        { x: 0, y: 10, score: 2 },
        { x: 100, y: 90, score: -2 },
      ],
      baseline: 50,
    });
    expect(area.startsWith('M0,10')).toBe(true);
    expect(area.endsWith('Z')).toBe(true);
    expect(coordinates(area)).toContainEqual([100, 50]);
    expect(coordinates(area)).toContainEqual([0, 50]);
  });
});

describe('valenceScale', () => {
  it('tells positive, neutral and negative scores apart around the neutral value', () => {
    const valence = valenceScale({ min: -3, max: 3, neutral: 0 });
    expect([valence(2), valence(0), valence(-0.5), valence(0.01), valence(-3), valence(3)]).toEqual([
      'positive',
      'neutral',
      'negative',
      'positive',
      'negative',
      'positive',
    ]);
  });

  it('works around a neutral value off the middle, and clamps scores beyond the scale', () => {
    const valence = valenceScale({ min: 1, max: 5, neutral: 3 });
    expect([valence(3), valence(2), valence(4.5), valence(-10), valence(10)]).toEqual([
      'neutral',
      'negative',
      'positive',
      'negative',
      'positive',
    ]);
    const skewed = valenceScale({ min: 0, max: 10, neutral: 8 });
    expect([skewed(7), skewed(8), skewed(9)]).toEqual(['negative', 'neutral', 'positive']);
  });
});

describe('personaColorScale', () => {
  const personas = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));

  it('gives each persona the palette colour of its position, cycling past the sixth', () => {
    const color = personaColorScale({ personas });
    expect(personas.map((p) => color(p.id))).toEqual([1, 2, 3, 4, 5, 6, 1, 2].map((n) => `var(--jm-persona-${n})`));
    expect(color('nobody')).toBe('var(--jm-persona-1)');
    expect(color(undefined)).toBe('var(--jm-persona-1)');
  });

  it("uses a persona's own safe colour and ignores an unsafe one", () => {
    const color = personaColorScale({
      personas: [
        { id: 'a', name: 'A', color: ' #1f6feb ' },
        { id: 'b', name: 'B', color: 'red;background:url(x)' },
      ],
    });
    expect([color('a'), color('b')]).toEqual(['#1f6feb', 'var(--jm-persona-2)']);
  });

  it('gives every persona the colour the persona panel gives it', () => {
    const journey = {
      personas: [...personas, { id: 'own', name: 'Own', color: 'rgb(10 20 30)' }, { id: 'bad', name: 'Bad', color: 'url(x)' }],
    };
    const color = personaColorScale(journey);
    for (const id of [...journey.personas.map((p) => p.id), 'nobody', undefined]) expect(color(id)).toBe(personaColor(journey, id));
  });

  it('does not learn ids it was not given', () => {
    const color = personaColorScale({ personas: personas.slice(0, 2) });
    color('stranger');
    expect(color('p1')).toBe('var(--jm-persona-2)');
    expect(color('another')).toBe('var(--jm-persona-1)');
  });
});

describe('extremes', () => {
  it('finds the highest and the lowest point', () => {
    expect(extremes([0, 2, -1, 1])).toEqual({ high: 1, low: 2 });
  });

  it('gives ties to the earliest stage', () => {
    expect(extremes([1, 3, -2, 3, -2])).toEqual({ high: 1, low: 2 });
  });

  it('marks nothing on a flat curve, a single point or no points', () => {
    expect(extremes([2, 2, 2])).toEqual({});
    expect(extremes([5])).toEqual({});
    expect(extremes([])).toEqual({});
  });
});

describe('equalColumns', () => {
  it('splits the width into equal columns from the left', () => {
    expect(equalColumns({ count: 4, width: 800 })).toEqual([
      { left: 0, width: 200 },
      { left: 200, width: 200 },
      { left: 400, width: 200 },
      { left: 600, width: 200 },
    ]);
  });

  it('gives no columns for no stages', () => {
    expect(equalColumns({ count: 0, width: 800 })).toEqual([]);
  });
});

describe('columnCenters', () => {
  it('finds the middle of columns of unequal widths', () => {
    expect(
      columnCenters([
        { left: 0, width: 100 },
        { left: 100, width: 300 },
        { left: 400, width: 200 },
      ]),
    ).toEqual([50, 250, 500]);
  });

  it('follows columns laid out right to left', () => {
    expect(
      columnCenters([
        { left: 400, width: 200 },
        { left: 0, width: 400 },
      ]),
    ).toEqual([500, 200]);
  });
});

describe('equalColumns, right to left', () => {
  it('puts the first stage in the rightmost column', () => {
    expect(equalColumns({ count: 3, width: 300, rtl: true })).toEqual([
      { left: 200, width: 100 },
      { left: 100, width: 100 },
      { left: 0, width: 100 },
    ]);
  });
});

describe('formatScore', () => {
  it('signs a score with a true minus sign (U+2212) or a plus, and leaves zero bare', () => {
    expect(formatScore(-2)).toBe('\u22122');
    expect(formatScore(1)).toBe('+1');
    expect(formatScore(0)).toBe('0');
    expect(formatScore(-0.5)).toBe('\u22120.5');
  });
});

describe('stageScores', () => {
  it('gives every stage in order the score of each curve that scored it, formatted, with its feeling and height', () => {
    const stages = [
      { id: 'buy', name: 'Purchase' },
      { id: 'use', name: 'Usage' },
    ];
    const series = [
      { key: 'sarah', name: 'Sarah', points: [{ stageId: 'buy', score: -2, label: 'Anxious', y: 90 }] },
      {
        key: 'marcus',
        name: 'Marcus',
        points: [
          { stageId: 'use', score: 0, y: 50 },
          { stageId: 'buy', score: 1, label: 'Relieved', y: 30 },
        ],
      },
    ];
    expect(stageScores({ stages, series })).toEqual([
      {
        id: 'buy',
        name: 'Purchase',
        scores: [
          { key: 'sarah', name: 'Sarah', score: '\u22122', label: 'Anxious', y: 90 },
          { key: 'marcus', name: 'Marcus', score: '+1', label: 'Relieved', y: 30 },
        ],
      },
      { id: 'use', name: 'Usage', scores: [{ key: 'marcus', name: 'Marcus', score: '0', label: undefined, y: 50 }] },
    ]);
  });
});
