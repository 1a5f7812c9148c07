/**
 * Text as the browser wrapped it: the boxes of a text's characters, read one by one,
 * grouped into the lines they sit on. The vector export writes one `<tspan>` per line at
 * the line's own position, so wrapping in the file is the browser's, not a guess.
 */

/** One character (or surrogate pair) of a text and where the browser drew it; no box when it was collapsed away. */
export interface Glyph {
  text: string;
  box?: { left: number; top: number; right: number; bottom: number };
}

/** A line of text: what it says and the box its visible characters fill. */
export interface TextLine {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const SPACE = /\s/;

/**
 * Groups characters into lines: a character whose box is centred outside the current
 * line's band starts a new one. Whitespace that collapses (`collapse`, as under
 * `white-space: normal`) becomes single spaces; spaces at either end of a line go and do
 * not widen its box. Characters without a box (collapsed away) are skipped.
 */
export function groupLines(glyphs: readonly Glyph[], collapse = true): TextLine[] {
  const lines: TextLine[] = [];
  let line: (TextLine & { inked: boolean }) | undefined;
  const finish = () => {
    if (!line) return;
    const text = collapse ? line.text.replace(/^ +| +$/g, '') : line.text.replace(/[\r\n]+$/, '');
    if (line.inked && text) lines.push({ text, left: line.left, top: line.top, right: line.right, bottom: line.bottom });
    line = undefined;
  };
  for (const glyph of glyphs) {
    const box = glyph.box;
    if (!box) continue;
    const space = SPACE.test(glyph.text);
    const text = collapse && space ? ' ' : glyph.text;
    const centre = (box.top + box.bottom) / 2;
    if (line && line.inked && !space) {
      const half = Math.min(line.bottom - line.top, box.bottom - box.top) / 2;
      if (Math.abs(centre - (line.top + line.bottom) / 2) > Math.max(half, 1)) finish();
    }
    if (!line) {
      if (space && collapse) continue;
      line = { text: '', left: box.left, top: box.top, right: box.right, bottom: box.bottom, inked: false };
    }
    if (collapse && text === ' ' && line.text.endsWith(' ')) continue;
    line.text += text;
    if (space) continue;
    if (!line.inked) Object.assign(line, { left: box.left, top: box.top, right: box.right, bottom: box.bottom, inked: true });
    else {
      line.left = Math.min(line.left, box.left);
      line.right = Math.max(line.right, box.right);
      line.top = Math.min(line.top, box.top);
      line.bottom = Math.max(line.bottom, box.bottom);
    }
  }
  finish();
  return lines;
}

/** Splits a text into the units {@link groupLines} reads: code points, so surrogate pairs stay whole. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}
