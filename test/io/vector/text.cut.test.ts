import { afterEach, describe, expect, it, vi } from 'vitest';
import { VectorContext, type Box } from '../../../src/io/vector/context';
import { writeText } from '../../../src/io/vector/text';
import { clearFakeLayout, computed, fakeLayout, type Laid } from './fakeLayout';

afterEach(() => {
  clearFakeLayout();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The text `data` laid out in a paragraph as `laid` says, written with the paragraph's style `values`; only its tspans. */
function spans(data: string, laid: Laid, clip: Box | undefined, ellipsis?: 'line' | 'clamp', values: Record<string, string> = {}) {
  return write(data, laid, clip, ellipsis, values).match(/<tspan[^>]*>[^<]*<\/tspan>/g) ?? [];
}

let fonts: string[] = [];

function write(data: string, laid: Laid, clip: Box | undefined, ellipsis?: 'line' | 'clamp', values: Record<string, string> = {}) {
  document.body.innerHTML = '<div id="root"><p id="p"></p></div>';
  const style = { ...laid.style, ...values };
  ({ fonts } = fakeLayout({ root: { box: { x: 0, y: 0, width: 400, height: 300 } }, p: { ...laid, style } }));
  const p = document.getElementById('p')!;
  const node = p.appendChild(document.createTextNode(data));
  return writeText(new VectorContext(document.getElementById('root')!), node, computed(style), clip, '', ellipsis);
}

const at = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

describe('writeText: a line cut off with an ellipsis', () => {
  it('drops the characters that do not fit beside the ellipsis and puts it after the last one kept', () => {
    expect(spans('Hello world', { box: at(0, 0, 50, 16) }, at(0, 0, 50, 16), 'line')).toEqual(['<tspan x="0" y="12.8">Hell…</tspan>']);
  });

  it('right to left, keeps the characters from the right edge and puts the ellipsis at the left', () => {
    const laid: Laid = { box: at(100, 0, 50, 16), text: { x: 40, y: 0, width: 110 }, style: { direction: 'rtl' } };
    const out = write('Hello world', laid, at(100, 0, 50, 16), 'line');
    expect(out).toContain('direction="rtl"');
    expect(out.match(/<tspan[^>]*>[^<]*<\/tspan>/g)).toEqual(['<tspan x="150" y="12.8">Hell…</tspan>']);
  });

  it('leaves a line that fits, within half a pixel, as it is', () => {
    expect(spans('Hello', { box: at(0, 0, 50, 16) }, at(0, 0, 49.5, 16), 'line')).toEqual(['<tspan x="0" y="12.8">Hello</tspan>']);
    expect(spans('Hello', { box: at(0, 0, 50, 16) }, at(0, 0, 49.4, 16), 'line')).toEqual(['<tspan x="0" y="12.8">Hel…</tspan>']);
    const rtl: Laid = { box: at(0, 0, 50, 16), style: { direction: 'rtl' } };
    expect(spans('Hello', rtl, at(0.5, 0, 49.5, 16), 'line')).toEqual(['<tspan x="50" y="12.8">Hello</tspan>']);
    expect(spans('Hello', rtl, at(0.6, 0, 49.4, 16), 'line')).toEqual(['<tspan x="50" y="12.8">Hel…</tspan>']);
  });

  it('writes nothing when not even one character fits beside the ellipsis', () => {
    expect(write('Hello', { box: at(0, 0, 50, 16) }, at(0, 0, 5, 16), 'line')).toBe('');
  });

  it('measures the ellipsis in the text’s own font', () => {
    const out = write('Hello world', { box: at(0, 0, 50, 16) }, at(0, 0, 50, 16), 'line', {
      fontStyle: 'italic',
      fontWeight: '700',
      fontSize: '20px',
      fontFamily: 'Serif X',
    });
    expect(out).toContain('>Hell…</tspan>');
    expect(fonts.length).toBeGreaterThan(1);
    expect(new Set(fonts)).toEqual(new Set(['italic 700 20px Serif X']));
  });
});

describe('writeText: the last line a line clamp leaves', () => {
  const four: Laid = { box: at(0, 0, 60, 64), perLine: 10 };

  it('ends it in an ellipsis within the box, dropping the characters that do not fit and the spaces before it', () => {
    expect(spans('aaaa bbbb cccc dddd eeee', four, at(0, 0, 60, 32), 'clamp')).toEqual([
      '<tspan x="0" y="12.8">aaaa bbbb</tspan>',
      '<tspan x="0" y="28.8">cccc…</tspan>',
    ]);
    expect(spans('aaaa bbbb cccc dddd eeee', four, at(0, 0, 100, 32), 'clamp')).toEqual([
      '<tspan x="0" y="12.8">aaaa bbbb</tspan>',
      '<tspan x="0" y="28.8">cccc dddd…</tspan>',
    ]);
  });

  it('leaves the last line as it is when every line is shown, or nothing clips', () => {
    expect(spans('aaaa bbbb cccc dddd', four, at(0, 0, 60, 64), 'clamp')).toEqual([
      '<tspan x="0" y="12.8">aaaa bbbb</tspan>',
      '<tspan x="0" y="28.8">cccc dddd</tspan>',
    ]);
    expect(spans('aaaa bbbb cccc dddd', four, undefined, 'clamp')).toHaveLength(2);
    expect(spans('aaaa bbbb cccc dddd', four, at(0, 0, 60, 32))).toEqual([
      '<tspan x="0" y="12.8">aaaa bbbb</tspan>',
      '<tspan x="0" y="28.8">cccc dddd</tspan>',
    ]);
  });

  it('measures the room from where the line starts, in the text’s own font', () => {
    const shifted: Laid = { box: at(20, 0, 60, 64), perLine: 10 };
    expect(spans('aaaa bbbb cccc dddd eeee', shifted, at(20, 0, 60, 32), 'clamp', { fontStyle: 'italic', fontFamily: 'Serif X' })).toEqual([
      '<tspan x="20" y="12.8">aaaa bbbb</tspan>',
      '<tspan x="20" y="28.8">cccc…</tspan>',
    ]);
    expect(new Set(fonts)).toEqual(new Set(['italic 400 16px Serif X']));
  });

  it('ends in the ellipsis alone when no character fits beside it', () => {
    expect(spans('aaaa bbbb cccc dddd eeee', four, at(0, 0, 5, 32), 'clamp')).toEqual([
      '<tspan x="0" y="12.8">aaaa bbbb</tspan>',
      '<tspan x="0" y="28.8">…</tspan>',
    ]);
  });

  it('right to left, measures the room from the line’s right end to the box’s left edge', () => {
    const rtl: Laid = { box: at(0, 0, 100, 64), perLine: 10, style: { direction: 'rtl' } };
    // The lines end at x = 100; the box's left edge is at 40: room for six characters with the ellipsis.
    expect(spans('aaaa bbbb cccc dddd eeee', rtl, at(40, 0, 60, 32), 'clamp')).toEqual([
      '<tspan x="100" y="12.8">aaaa bbbb</tspan>',
      '<tspan x="100" y="28.8">cccc…</tspan>',
    ]);
  });
});

describe('writeText: lines outside the clip', () => {
  it('leaves out the lines above, below, left and right of the clip, whatever their offset', () => {
    const three: Laid = { box: at(20, 0, 30, 48), perLine: 3 };
    expect(spans('ab cd ef', three, at(0, 32, 100, 16))).toEqual(['<tspan x="20" y="44.8">ef</tspan>']);
    expect(spans('ab cd ef', three, at(40, 0, 50, 48))).toEqual([]);
    expect(spans('ab cd ef', three, at(0, 0, 20, 48))).toEqual([]);
  });
});

describe('writeText: white space at the ends and collapsed characters', () => {
  it('leaves out white space at either end of a text and places the line at its first visible character', () => {
    expect(spans(' Hi', { box: at(0, 0, 100, 16) }, undefined)).toEqual(['<tspan x="10" y="12.8">Hi</tspan>']);
    expect(spans('Hi ', { box: at(0, 0, 100, 16) }, undefined)).toEqual(['<tspan x="0" y="12.8">Hi</tspan>']);
    expect(spans('\nHi', { box: at(0, 0, 100, 16) }, undefined)).toEqual(['<tspan x="10" y="12.8">Hi</tspan>']);
  });

  it('keeps white space under `nowrap`-less preserving styles and collapses it under `nowrap` and `pre-line`', () => {
    const box: Laid = { box: at(0, 0, 200, 16) };
    expect(spans('a  b', box, undefined, undefined, { whiteSpace: 'nowrap' })).toEqual(['<tspan x="0" y="12.8">a b</tspan>']);
    expect(spans('a  b', box, undefined, undefined, { whiteSpace: 'pre-line' })).toEqual(['<tspan x="0" y="12.8">a b</tspan>']);
    expect(spans('a  b', box, undefined, undefined, { whiteSpace: 'pre-wrap' })).toEqual(['<tspan x="0" y="12.8">a  b</tspan>']);
    expect(spans('a  b', box, undefined, undefined, { whiteSpace: 'break-spaces' })).toEqual(['<tspan x="0" y="12.8">a  b</tspan>']);
    expect(spans('a  b', box, undefined, undefined, { 'white-space-collapse': 'preserve-breaks' })).toEqual([
      '<tspan x="0" y="12.8">a b</tspan>',
    ]);
    expect(spans('a  b', box, undefined, undefined, { whiteSpace: 'normal', 'white-space-collapse': 'preserve-spaces' })).toEqual([
      '<tspan x="0" y="12.8">a  b</tspan>',
    ]);
  });
});

describe('writeText: font and colour', () => {
  const box: Laid = { box: at(0, 0, 200, 16) };

  it('fills with `-webkit-text-fill-color` before the colour', () => {
    expect(write('Hi', box, undefined, undefined, { '-webkit-text-fill-color': 'rgb(255, 0, 0)' })).toContain('fill="#ff0000"');
    expect(write('Hi', box, undefined, undefined, { '-webkit-text-fill-color': 'transparent' })).toBe('');
  });

  it('takes 16 pixels for a font size it cannot read, and petite capitals like small capitals', () => {
    expect(write('Hi', box, undefined, undefined, { fontSize: 'medium' })).toContain('font-size="16"');
    expect(write('ab', box, undefined, undefined, { fontVariantCaps: 'all-petite-caps', fontSize: '20px' })).toContain(
      'font-size="14" fill="#000000"><tspan x="0" y="14">AB</tspan>',
    );
    expect(write('ab', box, undefined, undefined, { fontVariantCaps: 'small-caps' })).toContain(
      'font-size="16" fill="#000000"><tspan x="0" y="12.8">ab</tspan>',
    );
  });

  it('leaves out letter spacing of zero and a decoration of none, names the normal weight only when it is not 400', () => {
    const out = write('Hi', box, undefined, undefined, { letterSpacing: '0px', textDecorationLine: '', fontWeight: '300' });
    expect(out).toBe(
      '<text xml:space="preserve" font-family="Inter, sans-serif" font-size="16" font-weight="300" fill="#000000"><tspan x="0" y="12.8">Hi</tspan></text>',
    );
  });
});
