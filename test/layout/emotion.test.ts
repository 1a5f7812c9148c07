// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  columnCenters,
  emotionArea,
  emotionPath,
  emotionYScale,
  equalColumns,
  extremes,
  valence,
  type CurvePoint,
} from '../../src/layout/emotion';

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

describe('valence', () => {
  it('tells positive, neutral and negative scores apart around the neutral value', () => {
    expect(valence(2, 0)).toBe('positive');
    expect(valence(0, 0)).toBe('neutral');
    expect(valence(-0.5, 0)).toBe('negative');
    expect(valence(3, 3)).toBe('neutral');
    expect(valence(2, 3)).toBe('negative');
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
