import { beforeEach, describe, expect, it, vi } from 'vitest';
import { borderWidths, paddingBox, paintBox, shape } from '../../../src/io/vector/box';
import { VectorContext } from '../../../src/io/vector/context';

// jsdom has no canvas: computed colours in rgb() form are read without one.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

/** A computed style holding `values` (CSS property names), every other property empty. */
function style(values: Record<string, string>): CSSStyleDeclaration {
  const get = (name: string) => values[name] ?? '';
  return {
    getPropertyValue: get,
    backgroundColor: get('background-color'),
    backgroundImage: get('background-image'),
    boxShadow: get('box-shadow'),
  } as unknown as CSSStyleDeclaration;
}

const ctx = () => {
  const root = document.createElement('div');
  vi.spyOn(root, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0 } as DOMRect);
  return new VectorContext(root);
};
const box = { x: 10, y: 20, width: 100, height: 50 };
const square = [
  [0, 0],
  [0, 0],
  [0, 0],
  [0, 0],
] as const;

describe('shape', () => {
  it('draws a box as a rect, with radii only where its corners are round, a path when they differ, and nothing when it is empty', () => {
    expect(shape(box, square, { fill: 'red' })).toBe('<rect x="10" y="20" width="100" height="50" fill="red"/>');
    expect(
      shape(
        box,
        [
          [4, 4],
          [4, 4],
          [4, 4],
          [4, 4],
        ],
        {},
      ),
    ).toBe('<rect x="10" y="20" width="100" height="50" rx="4"/>');
    expect(
      shape(
        box,
        [
          [4, 2],
          [4, 2],
          [4, 2],
          [4, 2],
        ],
        {},
      ),
    ).toBe('<rect x="10" y="20" width="100" height="50" rx="4" ry="2"/>');
    expect(
      shape(
        box,
        [
          [4, 4],
          [0, 0],
          [0, 0],
          [0, 0],
        ],
        {},
      ),
    ).toMatch(/^<path d="M/);
    expect(shape({ ...box, width: 0 }, square, {})).toBe('');
    expect(shape({ ...box, height: 0 }, square, {})).toBe('');
  });
});

describe('borders and the padding box', () => {
  const bordered = style({
    'border-top-width': '1px',
    'border-right-width': '2px',
    'border-bottom-width': '3px',
    'border-left-width': '4px',
    'border-top-style': 'solid',
    'border-right-style': 'solid',
    'border-bottom-style': 'none',
    'border-left-style': 'hidden',
    'border-top-left-radius': '10px',
    'border-top-right-radius': '10px',
    'border-bottom-right-radius': '10px',
    'border-bottom-left-radius': '10px',
  });

  it('counts no width for a border that is none or hidden', () => {
    expect(borderWidths(bordered)).toEqual([1, 2, 0, 0]);
  });

  it('takes the padding box inside the borders, its corners smaller by the borders beside them', () => {
    expect(paddingBox(bordered, box)).toEqual({
      box: { x: 10, y: 21, width: 98, height: 49 },
      corners: [
        [10, 9],
        [8, 9],
        [8, 10],
        [10, 10],
      ],
    });
  });
});

describe('paintBox: what a box paints of itself', () => {
  it('paints nothing for an empty box or a style that paints nothing', () => {
    expect(paintBox(ctx(), style({ 'background-color': 'rgb(1, 2, 3)' }), { ...box, height: 0 })).toBe('');
    expect(paintBox(ctx(), style({ 'background-color': 'rgba(0, 0, 0, 0)' }), box)).toBe('');
  });

  it('fills the background colour', () => {
    expect(paintBox(ctx(), style({ 'background-color': 'rgb(1, 2, 3)' }), box)).toBe(
      '<rect x="10" y="20" width="100" height="50" fill="#010203"/>',
    );
  });

  it('draws a border alike on every side as one stroke inside the box, dashed or dotted as the style says', () => {
    const sides = (kind: string) =>
      style(
        Object.fromEntries(
          ['top', 'right', 'bottom', 'left'].flatMap((s) => [
            [`border-${s}-width`, '2px'],
            [`border-${s}-style`, kind],
            [`border-${s}-color`, 'rgb(255, 0, 0)'],
          ]),
        ),
      );
    expect(paintBox(ctx(), sides('solid'), box)).toBe(
      '<rect x="11" y="21" width="98" height="48" fill="none" stroke="#ff0000" stroke-width="2"/>',
    );
    expect(paintBox(ctx(), sides('dashed'), box)).toContain('stroke-dasharray="6 4"');
    expect(paintBox(ctx(), sides('dotted'), box)).toContain('stroke-dasharray="2 2"');
  });

  it('draws sides that differ one by one: solid ones as bands, dashed ones as lines along their middle', () => {
    const out = paintBox(
      ctx(),
      style({
        'border-top-width': '2px',
        'border-top-style': 'solid',
        'border-top-color': 'rgb(255, 0, 0)',
        'border-left-width': '4px',
        'border-left-style': 'dashed',
        'border-left-color': 'rgb(0, 0, 255)',
        'border-bottom-width': '1px',
        'border-bottom-style': 'solid',
        'border-bottom-color': 'rgb(0, 255, 0)',
        'border-right-width': '3px',
        'border-right-style': 'dotted',
        'border-right-color': 'rgb(0, 0, 0)',
      }),
      box,
    );
    expect(out).toBe(
      '<rect x="10" y="20" width="100" height="2" fill="#ff0000"/>' +
        '<line x1="108.5" y1="20" x2="108.5" y2="70" stroke="#000000" stroke-width="3" stroke-dasharray="3 3"/>' +
        '<rect x="10" y="69" width="100" height="1" fill="#00ff00"/>' +
        '<line x1="12" y1="20" x2="12" y2="70" stroke="#0000ff" stroke-width="4" stroke-dasharray="12 8"/>',
    );
  });

  it('draws an outer shadow behind the background, a soft one as a half-opaque shape reaching half its blur; square corners stay square', () => {
    const out = paintBox(
      ctx(),
      style({ 'background-color': 'rgb(1, 2, 3)', 'box-shadow': 'rgb(0, 0, 0) 2px 3px 0px 1px, rgb(0, 0, 0) 0px 0px 4px 0px' }),
      box,
    );
    expect(out).toBe(
      '<rect x="8" y="18" width="104" height="54" fill="#000000" fill-opacity="0.5"/>' +
        '<rect x="11" y="22" width="102" height="52" fill="#000000"/>' +
        '<rect x="10" y="20" width="100" height="50" fill="#010203"/>',
    );
  });

  it('draws a linear-gradient background over the colour, and a sharp inset shadow as a frame clipped to the padding box', () => {
    const c = ctx();
    const out = paintBox(
      c,
      style({
        'background-image': 'linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255))',
        'box-shadow': 'inset rgb(0, 0, 0) 0px 0px 0px 5px, inset rgb(0, 0, 0) 0px 0px 3px 0px',
      }),
      box,
    );
    expect(out).toMatch(
      /^<rect x="10" y="20" width="100" height="50" fill="url\(#jmv0\)"\/><path d="M[^"]+" fill-rule="evenodd" fill="#000000" clip-path="url\(#jmv1\)"\/>$/,
    );
    expect(c.defs.toString()).toContain('<stop offset="0" stop-color="#ff0000"/><stop offset="1" stop-color="#0000ff"/>');
    expect(c.defs.toString()).toContain('x1="60" y1="20" x2="60" y2="70"');
  });
  it('draws a sized layer that does not repeat where it sits in the padding box: a card’s stripe, at either edge', () => {
    const card = (position: string) =>
      style({
        'background-color': 'rgb(255, 255, 255)',
        'background-image': 'linear-gradient(rgb(204, 0, 0), rgb(204, 0, 0))',
        'background-size': '3px max(30%, 100% - 28px)',
        'background-position': position,
        'background-repeat': 'no-repeat',
        'border-top-width': '1px',
        'border-right-width': '1px',
        'border-bottom-width': '1px',
        'border-left-width': '1px',
        'border-top-style': 'solid',
        'border-right-style': 'solid',
        'border-bottom-style': 'solid',
        'border-left-style': 'solid',
      });
    // The padding box is 98 × 48 at (11, 21); the stripe is 3 px by 48 − 28 = 20 px, centred.
    const start = ctx();
    expect(paintBox(start, card('0px 50%'), box)).toContain('<rect x="11" y="35" width="3" height="20" fill="url(#jmv0)"/>');
    expect(start.defs.toString()).toContain('x1="12.5" y1="35" x2="12.5" y2="55"');
    expect(paintBox(ctx(), card('100% 50%'), box)).toContain('<rect x="106" y="35" width="3" height="20" fill="url(#jmv0)"/>');
    // Repeating, or sized in a way this does not read, it fills the box as before.
    expect(paintBox(ctx(), style({ ...{ 'background-image': 'linear-gradient(red, red)' }, 'background-size': '3px 2em' }), box)).toContain(
      '<rect x="10" y="20" width="100" height="50" fill="url(#jmv0)"/>',
    );
  });
});
