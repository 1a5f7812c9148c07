import { afterEach, describe, expect, it, vi } from 'vitest';
import { VectorContext } from '../../../src/io/vector/context';
import { markerText, writeMarker } from '../../../src/io/vector/marker';
import { clearFakeLayout, fakeLayout, type Laid } from './fakeLayout';

describe('markerText: the text a list item’s bullet or number is drawn as', () => {
  it('numbers decimal lists, with a leading zero when asked', () => {
    expect(markerText('decimal', 3)).toBe('3.');
    expect(markerText('decimal-leading-zero', 3)).toBe('03.');
    expect(markerText('decimal-leading-zero', 12)).toBe('12.');
  });

  it('draws the named symbols, a quoted string as itself, and a disc for kinds it does not draw', () => {
    expect(markerText('disc', 1)).toBe('•');
    expect(markerText('circle', 1)).toBe('◦');
    expect(markerText('square', 1)).toBe('▪');
    expect(markerText('"→"', 1)).toBe('→');
    expect(markerText("'-'", 1)).toBe('-');
    expect(markerText('lower-roman', 1)).toBe('•');
  });

  it('draws nothing for none', () => {
    expect(markerText('none', 1)).toBeUndefined();
  });
});

describe('writeMarker: an outside marker as text ending where the item’s first line starts', () => {
  afterEach(() => {
    clearFakeLayout();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  /** The marker of the item `id` in `html`, laid out 200 × 16 at (40, 10) unless `laid` says otherwise. */
  function marker(html: string, style: Record<string, string> = {}, laid: Laid = {}, id = 'li') {
    document.body.innerHTML = `<div id="root">${html}</div>`;
    const box = { x: 40, y: 10, width: 200, height: 16 };
    fakeLayout({ [id]: { box, ...laid, style: { display: 'list-item', ...style } } });
    const ctx = new VectorContext(document.getElementById('root')!);
    const li = document.getElementById(id)!;
    return writeMarker(ctx, li, ctx.view.getComputedStyle(li), ctx.box(li.getBoundingClientRect()));
  }

  it('writes the bullet and a space, anchored at its end on the item’s padding edge, on the first line’s baseline', () => {
    expect(marker('<ul><li id="li">Tea</li></ul>')).toBe(
      '<text xml:space="preserve" x="40" y="22.8" font-family="Inter, sans-serif" font-size="16" text-anchor="end" fill="#000000">• </text>',
    );
  });

  it('right to left, ends it at the item’s right padding edge', () => {
    const out = marker('<ul><li id="li">Tea</li></ul>', { direction: 'rtl', 'border-right-style': 'solid', 'border-right-width': '3px' });
    expect(out).toContain(' x="237" y="22.8" ');
    expect(out).toContain(' direction="rtl" text-anchor="end"');
    expect(marker('<ul><li id="li">Tea</li></ul>', { 'border-left-style': 'solid', 'border-left-width': '3px' })).toContain(' x="43" ');
  });

  it('numbers an item by its value, else by its place from the list’s start', () => {
    const decimal = { listStyleType: 'decimal' };
    expect(marker('<ol start="3"><li>a</li><li id="li">b</li></ol>', decimal)).toContain('>4. </text>');
    expect(marker('<ol><li>a</li><p>x</p><li id="li">b</li></ol>', decimal)).toContain('>2. </text>');
    expect(marker('<ol start="x"><li id="li">b</li></ol>', decimal)).toContain('>1. </text>');
    expect(marker('<ol start="3"><li id="li" value="7">b</li></ol>', decimal)).toContain('>7. </text>');
    expect(marker('<ol start="3"><li id="li" value="x">b</li></ol>', decimal)).toContain('>3. </text>');
    expect(marker('<ol start="3"><li id="li" value="0">b</li></ol>', decimal)).toContain('>0. </text>');
  });

  it('colours it as its ::marker says, else as the item', () => {
    expect(marker('<ul><li id="li">Tea</li></ul>', { color: 'rgb(0, 0, 255)' }, { marker: { color: 'rgba(255, 0, 0, 0.5)' } })).toContain(
      'fill="#ff0000" fill-opacity="0.5"',
    );
    expect(marker('<ul><li id="li">Tea</li></ul>', { color: 'rgb(0, 0, 255)' }, { marker: { color: '' } })).toContain('fill="#0000ff"');
  });

  it('writes it in the item’s font, at 16 pixels when the size cannot be read', () => {
    const out = marker(
      '<ul><li id="li">Tea</li></ul>',
      { fontFamily: '"Noto Sans", serif', fontSize: '20px' },
      { box: { x: 40, y: 10, width: 200, height: 20 } },
    );
    // A 16-pixel line in a 20-pixel font (ascent 16, descent 4): the baseline is 16 below the line's top, less the 2 the font overhangs it by.
    expect(out).toContain(' y="24" font-family="&apos;Noto Sans&apos;, serif" font-size="20" ');
    expect(marker('<ul><li id="li">Tea</li></ul>', { fontSize: 'larger' })).toContain('font-size="16"');
  });

  it('writes nothing for an item that is no list item, has its marker inside or none, is hidden, is painted in no colour, or has no line', () => {
    const tea = '<ul><li id="li">Tea</li></ul>';
    expect(marker(tea, { display: 'block' })).toBe('');
    expect(marker(tea, { listStylePosition: 'inside' })).toBe('');
    expect(marker(tea, { listStyleType: 'none' })).toBe('');
    expect(marker(tea, { visibility: 'hidden' })).toBe('');
    expect(marker(tea, {}, { marker: { color: 'transparent' } })).toBe('');
    expect(marker('<ul><li id="li"></li></ul>')).toBe('');
  });
});
