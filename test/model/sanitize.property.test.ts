// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeCssValue, isSafeUrl, urlScheme } from '../../src/model/sanitize';

/** Every code point a host's trimming may drop: Unicode spaces, controls, format and default-ignorable characters. */
const TRIMMED = Array.from({ length: 0x3200 }, (_, cp) => String.fromCodePoint(cp)).filter((ch) =>
  /[\p{Cc}\p{Cf}\p{White_Space}\p{Default_Ignorable_Code_Point}]/u.test(ch),
);
const ignorable = fc.string({ unit: fc.constantFrom(...TRIMMED, '\ufeff', '\u{e0001}'), maxLength: 4 });

/** Ways hosts and libraries clean an address before they use it. */
const TRIMMINGS: Record<string, (url: string) => string> = {
  'String.prototype.trim': (url) => url.trim(),
  'trim of every ignorable at the ends': (url) => url.replace(/^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]+/u, ''),
  'removal of every ignorable': (url) => url.replace(/[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, ''),
  'NFKC then trim': (url) => url.normalize('NFKC').trim(),
  'trim then NFKC then removal of ignorables': (url) =>
    url
      .trim()
      .normalize('NFKC')
      .replace(/[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, ''),
};
const DANGEROUS = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'about', 'filesystem']);

describe('isSafeUrl against trimming hosts', () => {
  it('refuses a dangerous scheme with ignorable characters before, inside or after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('javascript', 'JavaScript', 'vbscript', 'data', 'ｊａｖａｓｃｒｉｐｔ'),
        fc.array(ignorable, { minLength: 12, maxLength: 12 }),
        fc.constantFrom(':', '：', '\ufe55'),
        (scheme, fillers, colon) => {
          const letters = [...scheme];
          const spelled = letters.map((ch, i) => `${fillers[i % fillers.length]}${ch}`).join('');
          expect(isSafeUrl(`${spelled}${fillers[11]}${colon}alert(1)`)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts nothing that any trimming turns into a dangerous scheme', () => {
    const piece = fc.oneof(
      ignorable,
      fc.constantFrom('javascript', 'java', 'script', 'data', ':', '：', 'http', 'https://x', '/', '#', '?', 'a', '&#58;', '%3a'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const url = pieces.join('');
        if (!isSafeUrl(url)) return;
        for (const [name, trim] of Object.entries(TRIMMINGS)) {
          expect(DANGEROUS.has(urlScheme(trim(url))), `${name}(${JSON.stringify(url)})`).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isSafeCssValue: the allow-list of theme values', () => {
  // Anything that would load a resource, end the declaration or escape past the check.
  const LOADING = /(?:^|[^-\w])(?:url|image|image-set|-webkit-image-set|cross-fade|element|src|paint|expression)\(|@import|[;{}<>\\]|\/\*/;
  // The value as CSS reads it outside its strings (which are text), escapes decoded, lower case.
  const unescape = (value: string) =>
    value
      .replace(/"[^"]*"|'[^']*'/g, '""')
      .replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
      .toLowerCase();

  it('accepts nothing that loads, breaks out or escapes, however the pieces are put together', () => {
    const piece = fc.constantFrom(
      'url(',
      'URL(',
      'image-set(',
      'image(',
      'cross-fade(',
      'element(',
      'src(',
      'u\\72l(',
      '\\75rl(',
      '@import',
      'red',
      'rgb(',
      'calc(',
      'var(--x)',
      ' ',
      '(',
      ')',
      '"x"',
      '"',
      "'",
      ';',
      '/',
      '*',
      ',',
      '#f00',
      '2px',
      '-',
      '\\',
      'url',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const value = pieces.join('');
        if (isSafeCssValue(value)) expect(LOADING.test(unescape(value)), JSON.stringify(value)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the values themes are written with', () => {
    for (const value of [
      '#0b62d6',
      'rgb(27 31 36 / 0.08)',
      "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      '0 1px 2px rgb(27 31 36 / 0.08), 0 1px 3px rgb(27 31 36 / 0.06)',
      'color-mix(in oklab, var(--jm-color-accent) 20%, transparent)',
      'clamp(12px, 1vw + 10px, 16px)',
      'light-dark(#fff, #000)',
      'currentColor',
      '2.5',
      '-0.5em',
    ]) {
      expect(isSafeCssValue(value), value).toBe(true);
    }
  });
});
