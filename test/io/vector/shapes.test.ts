import { describe, expect, it } from 'vitest';
import {
  cornerRadii,
  fontFamilyList,
  offsetCorners,
  parseBoxShadows,
  parseLinearGradient,
  pseudoText,
  roundedRectPath,
  transformText,
  uniformCorners,
} from '../../../src/io/vector/shapes';
import { markerText } from '../../../src/io/vector/marker';

describe('corner radii', () => {
  it('reads pixels, percentages and elliptic corners', () => {
    expect(cornerRadii(['8px', '8px', '8px', '8px'], 100, 40)).toEqual([
      [8, 8],
      [8, 8],
      [8, 8],
      [8, 8],
    ]);
    expect(cornerRadii(['50%', '50%', '50%', '50%'], 40, 40)[0]).toEqual([20, 20]);
    expect(cornerRadii(['10px 4px', '0px', '0px', '0px'], 100, 40)[0]).toEqual([10, 4]);
  });

  it('scales every corner down together where neighbours would overlap, as CSS does', () => {
    // A pill: 999px corners on a 100 × 20 box become 10px.
    const pill = cornerRadii(['999px', '999px', '999px', '999px'], 100, 20);
    expect(pill[0][0]).toBeCloseTo(10);
    expect(uniformCorners(pill)).toBeDefined();
  });

  it('tells alike corners from different ones and draws either', () => {
    const mixed = cornerRadii(['8px', '0px', '8px', '0px'], 100, 40);
    expect(uniformCorners(mixed)).toBeUndefined();
    expect(roundedRectPath(0, 0, 100, 40, mixed)).toBe('M8 0H100L100 0V32A8 8 0 0 1 92 40H0L0 40V8A8 8 0 0 1 8 0Z');
  });

  it('grows and shrinks rounded corners only', () => {
    expect(
      offsetCorners(
        [
          [4, 4],
          [0, 0],
          [4, 4],
          [0, 0],
        ],
        2,
      ),
    ).toEqual([
      [6, 6],
      [0, 0],
      [6, 6],
      [0, 0],
    ]);
    expect(
      offsetCorners(
        [
          [4, 4],
          [0, 0],
          [4, 4],
          [0, 0],
        ],
        -6,
      )[0],
    ).toEqual([0, 0]);
  });
});

describe('box shadows', () => {
  it('reads each layer of a computed box-shadow', () => {
    expect(parseBoxShadows('rgba(27, 31, 36, 0.08) 0px 1px 2px 0px, rgb(217, 119, 6) 0px 0px 0px 1px inset')).toEqual([
      { color: 'rgba(27, 31, 36, 0.08)', x: 0, y: 1, blur: 2, spread: 0, inset: false },
      { color: 'rgb(217, 119, 6)', x: 0, y: 0, blur: 0, spread: 1, inset: true },
    ]);
    expect(parseBoxShadows('none')).toEqual([]);
  });
});

describe('linear gradients', () => {
  it('runs top to bottom by default, with stops spread where they give no position', () => {
    const g = parseLinearGradient('linear-gradient(rgb(255, 0, 0), rgba(0, 0, 0, 0) 45%, rgba(0, 0, 0, 0) 55%, rgb(0, 0, 255))', 100, 40)!;
    expect([g.x1, g.y1, g.x2, g.y2].map((n) => Math.round(n) + 0)).toEqual([50, 0, 50, 40]);
    expect(g.stops.map((s) => s.offset)).toEqual([0, 0.45, 0.55, 1]);
    expect(g.stops[0]!.color).toBe('rgb(255, 0, 0)');
  });

  it('reads sides and angles, and gives up on what it cannot draw', () => {
    const right = parseLinearGradient('linear-gradient(to right, red, blue)', 100, 40)!;
    expect([right.x1, right.y1, right.x2, right.y2].map(Math.round)).toEqual([0, 20, 100, 20]);
    const deg = parseLinearGradient('linear-gradient(90deg, red, blue)', 100, 40)!;
    expect(Math.round(deg.x2)).toBe(100);
    expect(parseLinearGradient('radial-gradient(red, blue)', 10, 10)).toBeUndefined();
    expect(parseLinearGradient('linear-gradient(red)', 10, 10)).toBeUndefined();
  });
});

describe('text', () => {
  it('names fonts with a generic family every design tool knows last', () => {
    expect(fontFamilyList('system-ui, -apple-system, "Segoe UI", Roboto, sans-serif')).toBe(
      "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    );
    expect(fontFamilyList('Georgia, "Times New Roman"')).toBe("Georgia, 'Times New Roman', sans-serif");
    expect(fontFamilyList('ui-monospace')).toBe('ui-monospace, monospace');
  });

  it('applies text-transform, in the text’s language', () => {
    expect(transformText('goals', 'uppercase')).toBe('GOALS');
    expect(transformText('istanbul', 'uppercase', 'tr')).toBe('İSTANBUL');
    expect(transformText('moment of truth', 'capitalize')).toBe('Moment Of Truth');
    expect(transformText('As Is', 'none')).toBe('As Is');
  });

  it('reads the text of ::before and ::after: strings and the language’s quotation marks', () => {
    expect(pseudoText('open-quote', 'auto', 'en')).toBe('“');
    expect(pseudoText('close-quote', 'auto', 'ru')).toBe('»');
    expect(pseudoText('open-quote', 'auto', 'zh-Hant')).toBe('「');
    expect(pseudoText('open-quote', '"<" ">"', 'en')).toBe('<');
    expect(pseudoText('"★ " "Moment"', 'auto', 'en')).toBe('★ Moment');
    expect(pseudoText('""', 'auto', 'en')).toBeUndefined();
    expect(pseudoText('counter(step)', 'auto', 'en')).toBeUndefined();
  });

  it('writes list markers', () => {
    expect(markerText('disc', 1)).toBe('•');
    expect(markerText('decimal', 3)).toBe('3.');
    expect(markerText('none', 1)).toBeUndefined();
  });
});
