import { describe, expect, it } from 'vitest';
import { codePoints, groupLines, type Glyph } from '../../../src/io/vector/lines';

/** Characters laid out in lines of `perLine` characters, 10 px wide and 20 px high each. */
function laidOut(text: string, perLine: number, { rtl = false } = {}): Glyph[] {
  return codePoints(text).map((ch, i) => {
    const line = Math.floor(i / perLine);
    const col = i % perLine;
    const left = rtl ? 200 - (col + 1) * 10 : col * 10;
    return { text: ch, box: { left, top: line * 24, right: left + 10, bottom: line * 24 + 20 } };
  });
}

describe('grouping characters into the lines the browser wrapped them into', () => {
  it('starts a line where the characters move down, and trims the spaces at the wrap', () => {
    const lines = groupLines(laidOut('Searches for a new-kitchen', 13));
    expect(lines.map((l) => l.text)).toEqual(['Searches for', 'a new-kitchen']);
    expect(lines[0]).toMatchObject({ left: 0, top: 0, right: 120, bottom: 20 });
    expect(lines[1]).toMatchObject({ left: 0, top: 24 });
  });

  it('collapses runs of white space and skips characters that were collapsed away', () => {
    const glyphs: Glyph[] = [{ text: '\n' }, { text: ' ' }, ...laidOut('a  b\tc', 10)];
    expect(groupLines(glyphs).map((l) => l.text)).toEqual(['a b c']);
  });

  it('keeps white space where it is preserved', () => {
    expect(groupLines(laidOut('a  b', 10), false).map((l) => l.text)).toEqual(['a  b']);
  });

  it('measures right-to-left lines from their visible characters', () => {
    const [line] = groupLines(laidOut('مرحبا', 10, { rtl: true }));
    expect(line).toMatchObject({ text: 'مرحبا', left: 150, right: 200 });
  });

  it('keeps surrogate pairs whole, and gives no line for white space alone', () => {
    expect(codePoints('a😀b')).toEqual(['a', '😀', 'b']);
    expect(groupLines(laidOut('   ', 10))).toEqual([]);
  });

  it('keeps one line when a taller fallback glyph (CJK, emoji) sits on it', () => {
    const glyphs: Glyph[] = [
      { text: 'a', box: { left: 0, top: 2, right: 8, bottom: 18 } },
      { text: '中', box: { left: 8, top: 0, right: 22, bottom: 22 } },
      { text: 'b', box: { left: 22, top: 2, right: 30, bottom: 18 } },
    ];
    expect(groupLines(glyphs).map((l) => l.text)).toEqual(['a中b']);
  });

  it('takes the line’s box from all its characters, a taller one included', () => {
    const glyphs: Glyph[] = [
      { text: 'a', box: { left: 4, top: 2, right: 12, bottom: 18 } },
      { text: '中', box: { left: 12, top: 0, right: 26, bottom: 22 } },
      { text: 'b', box: { left: 26, top: 3, right: 34, bottom: 17 } },
    ];
    expect(groupLines(glyphs)).toEqual([{ text: 'a中b', left: 4, top: 0, right: 34, bottom: 22 }]);
  });

  it('starts a new line for a small character centred outside a tall line’s middle half', () => {
    const glyphs: Glyph[] = [
      { text: 'A', box: { left: 0, top: 0, right: 20, bottom: 40 } },
      { text: 'b', box: { left: 20, top: 26, right: 28, bottom: 36 } },
    ];
    expect(groupLines(glyphs).map((l) => l.text)).toEqual(['A', 'b']);
  });

  it('starts a new line for a tall character centred outside a short line’s middle half', () => {
    const glyphs: Glyph[] = [
      { text: 'a', box: { left: 0, top: 100, right: 8, bottom: 110 } },
      { text: 'B', box: { left: 8, top: 100, right: 28, bottom: 130 } },
    ];
    expect(groupLines(glyphs).map((l) => l.text)).toEqual(['a', 'B']);
  });

  it('groups boxes with no height by their centres, a pixel apart at most', () => {
    const flat = (text: string, left: number, y: number): Glyph => ({ text, box: { left, top: y, right: left + 5, bottom: y } });
    expect(groupLines([flat('a', 0, 10), flat('b', 5, 11)]).map((l) => l.text)).toEqual(['ab']);
    expect(groupLines([flat('a', 0, 10), flat('b', 5, 12)]).map((l) => l.text)).toEqual(['a', 'b']);
  });

  it('keeps a space set on the next line with the line it ends, and drops it there', () => {
    const glyphs: Glyph[] = [
      ...laidOut('ab', 10),
      { text: ' ', box: { left: 0, top: 24, right: 10, bottom: 44 } },
      ...laidOut('cd', 10).map((g) => ({ ...g, box: { ...g.box!, top: 24, bottom: 44 } })),
    ];
    expect(groupLines(glyphs).map((l) => l.text)).toEqual(['ab', 'cd']);
  });

  it('where white space is kept: leading spaces stay but do not widen the box, line breaks at the end go, blank lines give none', () => {
    const [line] = groupLines(laidOut('  ab  ', 10), false);
    expect(line).toEqual({ text: '  ab  ', left: 20, top: 0, right: 40, bottom: 20 });
    expect(groupLines(laidOut('ab\r\n', 10), false).map((l) => l.text)).toEqual(['ab']);
    expect(groupLines(laidOut('   ', 10), false)).toEqual([]);
    expect(groupLines(laidOut('a\tb', 10), false).map((l) => l.text)).toEqual(['a\tb']);
    expect(groupLines(laidOut('a\nb', 10), false).map((l) => l.text)).toEqual(['a\nb']);
  });

  it('collapsing, trims spaces at both ends of a line and keeps its box to the inked characters', () => {
    const glyphs: Glyph[] = laidOut('  ab  ', 10);
    expect(groupLines(glyphs)).toEqual([{ text: 'ab', left: 20, top: 0, right: 40, bottom: 20 }]);
  });
});
