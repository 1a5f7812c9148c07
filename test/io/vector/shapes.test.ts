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

describe('corner radii: edge cases', () => {
  it('reads a missing, negative or unreadable radius as none, and a vertical radius as the horizontal one when not given', () => {
    expect(cornerRadii(['-4px', 'auto', '  6px  ', '5% 10%'], 200, 100)).toEqual([
      [0, 0],
      [0, 0],
      [6, 6],
      [10, 10],
    ]);
  });

  it('scales by the most crowded side: top, bottom, left or right', () => {
    // Left side: 30 + 30 on a height of 40 → 2/3.
    const left = cornerRadii(['30px', '0px', '0px', '30px'], 200, 40);
    expect(left[0][1]).toBeCloseTo(20);
    expect(left[3][0]).toBeCloseTo(20);
    // Right side: 10 + 40 on a height of 25 → 1/2.
    const right = cornerRadii(['0px', '10px', '40px', '0px'], 200, 25);
    expect(right[1][0]).toBeCloseTo(5);
    expect(right[2][1]).toBeCloseTo(20);
    // Bottom: 60 + 60 on a width of 100 → 5/6.
    const bottom = cornerRadii(['0px', '0px', '60px', '60px'], 100, 400);
    expect(bottom[2][0]).toBeCloseTo(50);
    // Corners that fit exactly stay as they are.
    expect(cornerRadii(['50px', '50px', '0px', '0px'], 100, 400)[0]).toEqual([50, 50]);
  });

  it('counts corners within a hundredth of a pixel as alike', () => {
    expect(
      uniformCorners([
        [4, 4],
        [4.005, 4],
        [4, 3.995],
        [4, 4],
      ]),
    ).toEqual([4, 4]);
    expect(
      uniformCorners([
        [4, 4],
        [4, 4],
        [4, 4.02],
        [4, 4],
      ]),
    ).toBeUndefined();
    expect(
      uniformCorners([
        [4, 4],
        [4.02, 4],
        [4, 4],
        [4, 4],
      ]),
    ).toBeUndefined();
  });

  it('draws an elliptic corner with its two radii, and a corner round in one direction only as a square one', () => {
    const corners = [
      [10, 5],
      [0, 6],
      [0, 0],
      [0, 0],
    ] as const;
    expect(roundedRectPath(1, 2, 50, 20, corners)).toBe('M11 2H51L51 8V22L51 22H1L1 22V7A10 5 0 0 1 11 2Z');
  });

  it('grows the two radii of a corner by their own distances', () => {
    expect(
      offsetCorners(
        [
          [4, 2],
          [4, 0],
          [0, 4],
          [1, 1],
        ],
        2,
        -3,
      ),
    ).toEqual([
      [6, 0],
      [6, 0],
      [0, 1],
      [3, 0],
    ]);
  });
});

describe('box shadows: every form of a layer', () => {
  it('takes the colour in any form and in any place, and black when none is given', () => {
    expect(parseBoxShadows('2px 3px #ff000080')).toEqual([{ color: '#ff000080', x: 2, y: 3, blur: 0, spread: 0, inset: false }]);
    expect(parseBoxShadows('inset 1px 1px 4px 2px red')).toEqual([{ color: 'red', x: 1, y: 1, blur: 4, spread: 2, inset: true }]);
    expect(parseBoxShadows('1px 2px')).toEqual([{ color: 'rgb(0, 0, 0)', x: 1, y: 2, blur: 0, spread: 0, inset: false }]);
    expect(parseBoxShadows('color-mix(in srgb, rgb(0, 0, 0) 20%, transparent) 0px 4px 8px')).toEqual([
      { color: 'color-mix(in srgb, rgb(0, 0, 0) 20%, transparent)', x: 0, y: 4, blur: 8, spread: 0, inset: false },
    ]);
  });

  it('leaves out a layer with fewer than two lengths or one it cannot read, and reads nothing from nothing', () => {
    expect(parseBoxShadows('red 1px')).toEqual([]);
    expect(parseBoxShadows('red 1px x 2px')).toEqual([]);
    expect(parseBoxShadows('red 1px 1px, blue 2px')).toEqual([{ color: 'red', x: 1, y: 1, blur: 0, spread: 0, inset: false }]);
    expect(parseBoxShadows('')).toEqual([]);
    expect(parseBoxShadows('  none  ')).toEqual([]);
  });
});

describe('linear gradients: directions and stops', () => {
  const ends = (g: { x1: number; y1: number; x2: number; y2: number } | undefined) =>
    g ? [g.x1, g.y1, g.x2, g.y2].map((n) => Math.round(n) + 0) : undefined;

  it('reads every angle unit and every side', () => {
    expect(ends(parseLinearGradient('linear-gradient(100grad, red, blue)', 100, 40))).toEqual([0, 20, 100, 20]);
    expect(ends(parseLinearGradient('linear-gradient(0.25turn, red, blue)', 100, 40))).toEqual([0, 20, 100, 20]);
    expect(ends(parseLinearGradient(`linear-gradient(${Math.PI / 2}rad, red, blue)`, 100, 40))).toEqual([0, 20, 100, 20]);
    expect(ends(parseLinearGradient('linear-gradient(-90deg, red, blue)', 100, 40))).toEqual([100, 20, 0, 20]);
    expect(ends(parseLinearGradient('linear-gradient(to top, red, blue)', 100, 40))).toEqual([50, 40, 50, 0]);
    expect(ends(parseLinearGradient('linear-gradient(to bottom, red, blue)', 100, 40))).toEqual([50, 0, 50, 40]);
    expect(ends(parseLinearGradient('linear-gradient(to left, red, blue)', 100, 40))).toEqual([100, 20, 0, 20]);
  });

  it('runs toward a corner so that the other two corners share one colour', () => {
    // A square: the line runs along the diagonal.
    expect(ends(parseLinearGradient('linear-gradient(to top right, red, blue)', 100, 100))).toEqual([0, 100, 100, 0]);
    expect(ends(parseLinearGradient('linear-gradient(to top left, red, blue)', 100, 100))).toEqual([100, 100, 0, 0]);
    expect(ends(parseLinearGradient('linear-gradient(to bottom right, red, blue)', 100, 100))).toEqual([0, 0, 100, 100]);
    expect(ends(parseLinearGradient('linear-gradient(to bottom left, red, blue)', 100, 100))).toEqual([100, 0, 0, 100]);
    // A wide box: the line runs at right angles to the diagonal from its top right to its
    // bottom left corner, so that those two corners share the middle colour.
    const wide = parseLinearGradient('linear-gradient(to bottom right, red, blue)', 200, 100)!;
    expect(Math.atan2(wide.x2 - wide.x1, wide.y2 - wide.y1)).toBeCloseTo(Math.atan2(100, 200));
    const along = (x: number, y: number) => (x - wide.x1) * (wide.x2 - wide.x1) + (y - wide.y1) * (wide.y2 - wide.y1);
    expect(along(200, 0)).toBeCloseTo(along(0, 100));
  });

  it('gives up on a direction it cannot read, a repeating gradient, and anything after the gradient', () => {
    expect(parseLinearGradient('linear-gradient(to nowhere, red, blue)', 10, 10)).toBeUndefined();
    expect(parseLinearGradient('repeating-linear-gradient(red, blue)', 10, 10)).toBeUndefined();
    expect(parseLinearGradient('linear-gradient(red, blue) x', 10, 10)).toBeUndefined();
    expect(parseLinearGradient('  linear-gradient(red, blue)  ', 10, 10)).toBeDefined();
  });

  it('reads stops in pixels along the line, spreads stops without a position evenly, and never lets one go back', () => {
    const px = parseLinearGradient('linear-gradient(red 10px, blue 30px)', 100, 40)!;
    expect(px.stops.map((s) => Math.round(s.offset * 1e9) / 1e9)).toEqual([0.25, 0.75]);
    const spread = parseLinearGradient('linear-gradient(red 20%, green, lime, blue 80%)', 100, 40)!;
    expect(spread.stops.map((s) => Math.round(s.offset * 100))).toEqual([20, 40, 60, 80]);
    const back = parseLinearGradient('linear-gradient(red 60%, blue 20%, green)', 100, 40)!;
    expect(back.stops.map((s) => s.offset)).toEqual([0.6, 0.6, 1]);
    expect(back.stops.map((s) => s.color)).toEqual(['red', 'blue', 'green']);
    const flat = parseLinearGradient('linear-gradient(red 10px, blue 30px)', 0, 0)!;
    expect(flat.stops.map((s) => s.offset)).toEqual([0, 0]);
  });
});

describe('text: fonts, case and quotation marks', () => {
  it('unquotes names, quotes those that are no identifiers (without their own quotes), and ends in the matching generic family', () => {
    expect(fontFamilyList("'Inter', Arial")).toBe('Inter, Arial, sans-serif');
    expect(fontFamilyList('"My Font\'s", serif')).toBe("'My Fonts', serif");
    expect(fontFamilyList('Menlo, ui-monospace')).toBe('Menlo, ui-monospace, monospace');
    expect(fontFamilyList('ui-serif')).toBe('ui-serif, serif');
    expect(fontFamilyList('Comic, cursive')).toBe('Comic, cursive');
    expect(fontFamilyList('Papyrus, fantasy')).toBe('Papyrus, fantasy');
    expect(fontFamilyList('Menlo, monospace')).toBe('Menlo, monospace');
    expect(fontFamilyList('emoji')).toBe('emoji, sans-serif');
    expect(fontFamilyList('')).toBe('sans-serif');
    expect(fontFamilyList(' , Inter')).toBe('Inter, sans-serif');
  });

  it('lowers case, capitalises after spaces and punctuation, and falls back to the default case rules for a tag it cannot read', () => {
    expect(transformText('GOALS', 'lowercase')).toBe('goals');
    expect(transformText('İSTANBUL', 'lowercase', 'tr')).toBe('istanbul');
    expect(transformText('self-service (web)', 'capitalize')).toBe('Self-Service (Web)');
    expect(transformText('abc', 'uppercase', 'not a tag!')).toBe('ABC');
    expect(transformText('ABC', 'lowercase', 'not a tag!')).toBe('abc');
    expect(transformText('abc', 'capitalize', 'not a tag!')).toBe('Abc');
  });

  it('reads escapes in strings, leaves out no-open-quote and no-close-quote, and takes each language’s marks', () => {
    expect(pseudoText('"say \\"hi\\""', 'auto', 'en')).toBe('say "hi"');
    expect(pseudoText('no-open-quote "x" no-close-quote', 'auto', 'en')).toBe('x');
    expect(pseudoText('no-open-quote', 'auto', 'en')).toBeUndefined();
    expect(pseudoText('open-quote "x" close-quote', 'auto', 'de-DE')).toBe('„x“');
    expect(pseudoText('open-quote "x" close-quote', 'auto', 'he')).toBe('”x“');
    expect(pseudoText('open-quote "x" close-quote', 'auto', 'ja')).toBe('「x」');
    expect(pseudoText('open-quote "x" close-quote', 'auto', 'zh-TW')).toBe('「x」');
    expect(pseudoText('open-quote "x" close-quote', 'auto', 'zh-CN')).toBe('“x”');
    expect(pseudoText('open-quote "x" close-quote', 'auto', 'FR')).toBe('«x»');
    expect(pseudoText('open-quote "x" close-quote', 'auto', 'fresh')).toBe('“x”');
    expect(pseudoText('open-quote "x" close-quote', '"«" "»" "‹" "›"', 'en')).toBe('«x»');
    expect(pseudoText('open-quote', '"only one"', 'en')).toBe('“');
    expect(pseudoText('"a" attr(title)', 'auto', 'en')).toBeUndefined();
  });
});
