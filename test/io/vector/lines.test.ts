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
});
