import { describe, expect, it } from 'vitest';
import { markerText } from '../../../src/io/vector/marker';

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
