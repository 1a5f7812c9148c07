import { beforeEach, describe, expect, it, vi } from 'vitest';
import { paintBox } from '../../../src/io/vector/box';
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
const round = (r: string) =>
  Object.fromEntries(['top-left', 'top-right', 'bottom-right', 'bottom-left'].map((c) => [`border-${c}-radius`, r]));
const sides = (width: string, kind: string, colour: string) =>
  Object.fromEntries(
    ['top', 'right', 'bottom', 'left'].flatMap((s) => [
      [`border-${s}-width`, width],
      [`border-${s}-style`, kind],
      [`border-${s}-color`, colour],
    ]),
  );

describe('paintBox: shadows', () => {
  it('grows a soft shadow’s corners by its spread and half its blur, at half its colour’s opacity', () => {
    expect(paintBox(ctx(), style({ ...round('10px'), 'box-shadow': 'rgba(0, 0, 0, 0.4) 0px 2px 4px 1px' }), box)).toBe(
      '<rect x="7" y="19" width="106" height="56" rx="13" fill="#000000" fill-opacity="0.2"/>',
    );
  });

  it('draws a sharp translucent shadow at its colour’s opacity with the box’s corners, and none in a transparent colour', () => {
    expect(paintBox(ctx(), style({ ...round('10px'), 'box-shadow': 'rgba(0, 0, 0, 0.4) 1px 1px 0px 0px' }), box)).toBe(
      '<rect x="11" y="21" width="100" height="50" rx="10" fill="#000000" fill-opacity="0.4"/>',
    );
    expect(paintBox(ctx(), style({ 'box-shadow': 'rgba(0, 0, 0, 0) 1px 1px 0px 0px' }), box)).toBe('');
  });

  it('draws the last shadow first, so that the first lies on top', () => {
    const out = paintBox(ctx(), style({ 'box-shadow': 'rgb(255, 0, 0) 1px 0px 0px 0px, rgb(0, 0, 255) 2px 0px 0px 0px' }), box);
    expect(out).toBe(
      '<rect x="12" y="20" width="100" height="50" fill="#0000ff"/><rect x="11" y="20" width="100" height="50" fill="#ff0000"/>',
    );
  });

  it('cuts a sharp inset shadow’s hole where its offset moves it, and draws the whole padding box when its spread fills it', () => {
    const c = ctx();
    const out = paintBox(c, style({ 'box-shadow': 'inset rgba(0, 0, 0, 0.5) 2px 3px 0px 1px' }), box);
    expect(out).toBe(
      '<path d="M10 20H110L110 20V70L110 70H10L10 70V20L10 20ZM13 24H111L111 24V72L111 72H13L13 72V24L13 24Z" fill-rule="evenodd" fill="#000000" fill-opacity="0.5" clip-path="url(#jmv0)"/>',
    );
    expect(paintBox(ctx(), style({ 'box-shadow': 'inset rgb(0, 0, 0) 0px 0px 0px 25px' }), box)).toBe(
      '<path d="M10 20H110L110 20V70L110 70H10L10 70V20L10 20Z" fill-rule="evenodd" fill="#000000" clip-path="url(#jmv0)"/>',
    );
    expect(paintBox(ctx(), style({ 'box-shadow': 'inset rgba(0, 0, 0, 0) 0px 0px 0px 5px' }), box)).toBe('');
  });
});

describe('paintBox: gradients', () => {
  it('writes a stop it cannot paint as transparent, and a translucent one with its opacity', () => {
    const c = ctx();
    paintBox(c, style({ 'background-image': 'linear-gradient(rgba(0, 0, 0, 0), rgba(255, 0, 0, 0.5))' }), box);
    expect(c.defs.toString()).toContain(
      '<stop offset="0" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#ff0000" stop-opacity="0.5"/>',
    );
  });

  it('draws the last layer first and skips layers that are not linear gradients', () => {
    const c = ctx();
    const out = paintBox(
      c,
      style({
        'background-image':
          'linear-gradient(rgb(255, 0, 0), rgb(0, 0, 0)), radial-gradient(rgb(0, 255, 0), rgb(0, 0, 0)), linear-gradient(90deg, rgb(0, 0, 255), rgb(0, 0, 0))',
      }),
      box,
    );
    expect(out).toBe(
      '<rect x="10" y="20" width="100" height="50" fill="url(#jmv0)"/><rect x="10" y="20" width="100" height="50" fill="url(#jmv1)"/>',
    );
    expect(c.defs.toString()).toMatch(
      /^<defs><linearGradient id="jmv0" gradientUnits="userSpaceOnUse" x1="10" y1="45" x2="110" y2="45"><stop offset="0" stop-color="#0000ff"/,
    );
    expect(c.defs.toString()).toContain(
      '<linearGradient id="jmv1" gradientUnits="userSpaceOnUse" x1="60" y1="20" x2="60" y2="70"><stop offset="0" stop-color="#ff0000"/>',
    );
  });
});

describe('paintBox: borders', () => {
  it('strokes a translucent border alike on every side along its middle, its corners smaller by half its width', () => {
    expect(paintBox(ctx(), style({ ...round('10px'), ...sides('2px', 'solid', 'rgba(0, 0, 255, 0.5)') }), box)).toBe(
      '<rect x="11" y="21" width="98" height="48" rx="9" fill="none" stroke="#0000ff" stroke-opacity="0.5" stroke-width="2"/>',
    );
    expect(paintBox(ctx(), style(sides('2px', 'solid', 'transparent')), box)).toBe('');
    expect(paintBox(ctx(), style(sides('2px', 'none', 'rgb(0, 0, 0)')), box)).toBe('');
  });

  it('draws dashed top and bottom sides as lines along their middle, and leaves out sides of no width or colour', () => {
    const out = paintBox(
      ctx(),
      style({
        ...sides('0px', 'solid', 'rgb(0, 0, 0)'),
        'border-top-width': '2px',
        'border-top-style': 'dashed',
        'border-bottom-width': '4px',
        'border-bottom-style': 'dotted',
        'border-bottom-color': 'rgba(255, 0, 0, 0.5)',
        'border-left-width': '3px',
        'border-left-color': 'transparent',
      }),
      box,
    );
    expect(out).toBe(
      '<line x1="10" y1="21" x2="110" y2="21" stroke="#000000" stroke-width="2" stroke-dasharray="6 4"/>' +
        '<line x1="10" y1="68" x2="110" y2="68" stroke="#ff0000" stroke-opacity="0.5" stroke-width="4" stroke-dasharray="4 4"/>',
    );
  });

  it('draws a solid translucent side as a translucent band', () => {
    const out = paintBox(
      ctx(),
      style({ ...sides('0px', 'solid', 'rgb(0, 0, 0)'), 'border-right-width': '3px', 'border-right-color': 'rgba(0, 0, 0, 0.5)' }),
      box,
    );
    expect(out).toBe('<rect x="107" y="20" width="3" height="50" fill="#000000" fill-opacity="0.5"/>');
  });
});
