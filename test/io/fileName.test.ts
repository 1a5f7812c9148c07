// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/components/ExportMenu/fileName';

describe('exportFileName', () => {
  it.each([
    ['Kitting out a first kitchen online', 'Kitting-out-a-first-kitchen-online.svg'],
    ['.', 'journey.svg'],
    ['..', 'journey.svg'],
    ['.hidden map', 'hidden-map.svg'],
    ['...', 'journey.svg'],
    ['-rf /', 'rf.svg'],
    ['invoice\u202Egpj.exe', 'invoice-gpj.exe.svg'],
    ['a\u2066b\u2069c\u200Fd', 'a-b-c-d.svg'],
    ['zero\u200Bwidth', 'zero-width.svg'],
    ['CON', 'journey-CON.svg'],
    ['lpt1', 'journey-lpt1.svg'],
    ['half \uD83D emoji', 'half-emoji.svg'],
    ['\uDE00 low half', 'low-half.svg'],
    ['line\u2028break', 'line-break.svg'],
  ])('names %j as %j', (title, name) => expect(exportFileName(title, 'svg')).toBe(name));

  it('never cuts an emoji in half at the length limit', () => {
    const name = exportFileName(`${'a'.repeat(79)}😀😀`, 'png');
    expect(name).toBe(`${'a'.repeat(79)}😀.png`);
  });

  it('gives a well-formed, visible, non-hidden name of at most 80 code points for any title', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('.', '-', ' ', '\u202E', '\uD83D', '\uDE00', '/', 'CON'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
          maxLength: 200,
        }),
        (title) => {
          const name = exportFileName(title, 'csv');
          const base = name.slice(0, -'.csv'.length);
          expect(name).not.toMatch(/\p{Cs}/u);
          expect(base).not.toMatch(/^[.-]/);
          expect(base).not.toMatch(/[\\/:*?"<>|\p{Cc}\p{Cf}\p{Cs}]/u);
          expect(Array.from(base).length).toBeLessThanOrEqual(80);
          expect(base.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
