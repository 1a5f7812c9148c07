// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cssUrls,
  filterCssUrls,
  isExportableHref,
  isExportableImageUrl,
  isSafeCssColor,
  isSafeCssValue,
  isSafeUrl,
  mapCssUrls,
  safeUrl,
  urlScheme,
} from '../../src/model/sanitize';

describe('urlScheme: the scheme a browser reads', () => {
  it('reads schemes of letters, digits, plus, dot and hyphen that start with a letter', () => {
    expect(urlScheme('https://example.com')).toBe('https');
    expect(urlScheme('web+app://x')).toBe('web+app');
    expect(urlScheme('a.b-c1:x')).toBe('a.b-c1');
    expect(urlScheme('x:y')).toBe('x');
    expect(urlScheme('1http://x')).toBe('');
    expect(urlScheme('-x:y')).toBe('');
    expect(urlScheme('ht tp://x')).toBe('http');
    expect(urlScheme('a/b:c')).toBe('');
    expect(urlScheme('a?b:c')).toBe('');
    expect(urlScheme('./javascript:x')).toBe('');
    expect(urlScheme('')).toBe('');
  });

  it('sees through every kind of invisible character, and only those', () => {
    for (const invisible of ['\u0001', '\u007f', '\u00ad', '\u200b', '\u2060', '\u00a0', '\u3000', '\u2028', '\u115f', '\ufeff']) {
      expect(urlScheme(`java${invisible}script:x`), JSON.stringify(invisible)).toBe('javascript');
    }
    expect(urlScheme('javaéscript:x')).toBe('');
    expect(urlScheme('http\u0430://x')).toBe('');
  });
});

describe('isSafeUrl: which addresses may reach an href or a src', () => {
  it('allows the web, e-mail, telephone and relative addresses', () => {
    for (const url of ['http://x', 'HTTPS://x', 'mailto:a@b', 'tel:+441', '/a/b', 'a/b?c=d:e', '#top', '?q=1', '', 'a.png']) {
      expect(isSafeUrl(url), url).toBe(true);
      expect(safeUrl(url)).toBe(url);
    }
  });

  it('refuses every other scheme, however spelled', () => {
    for (const url of [
      'javascript:x',
      'ftp://x',
      'data:image/png,x',
      'blob:x',
      'https\u0000x:',
      'ｊａｖａｓｃｒｉｐｔ：alert(1)',
      'javas\u0000cript:x',
    ]) {
      expect(isSafeUrl(url), url).toBe(false);
      expect(safeUrl(url)).toBeUndefined();
    }
  });

  it('refuses a colon or control character smuggled in as an escape before the path, and allows one after it', () => {
    for (const url of ['javascript&#58;x', 'javascript&colon;x', 'x&tab;y', 'x&newline;y', 'javascript%3ax', 'x%09y', 'x%0Ay', 'x%0dy']) {
      expect(isSafeUrl(url), url).toBe(false);
    }
    expect(isSafeUrl('/a%3Ab')).toBe(true);
    expect(isSafeUrl('a/b%3Ac')).toBe(true);
    expect(isSafeUrl('a?b=%3A')).toBe(true);
    expect(isSafeUrl('a%3A/b')).toBe(false);
  });
});

describe('isExportableImageUrl and isExportableHref: what a standalone picture may hold', () => {
  it('keeps http(s) images and data:image URLs only', () => {
    for (const url of [
      'http://x/a.png',
      'https://x/a.png',
      ' https://x/a.png',
      'data:image/png;base64,AA',
      'DATA:IMAGE/SVG+XML,<svg/>',
      'data:image/x.y-z,1',
    ]) {
      expect(isExportableImageUrl(url), url).toBe(true);
    }
    for (const url of [
      '/a.png',
      'a.png',
      'mailto:a@b',
      'ftp://x/a.png',
      'data:text/html,x',
      'data:image/,x',
      'data:image/png',
      'data:image/png x',
      'xdata:image/png,1',
      'data:image/p!ng,1',
    ]) {
      expect(isExportableImageUrl(url), url).toBe(false);
    }
  });

  it('keeps absolute links of the allowed schemes, and fragments', () => {
    for (const url of ['#card-1', ' #x', 'http://x', 'https://x', 'mailto:a@b', 'tel:1']) expect(isExportableHref(url), url).toBe(true);
    for (const url of ['/a', 'a', 'javascript:x', 'ftp://x', '']) expect(isExportableHref(url), url).toBe(false);
  });
});

describe('isSafeCssValue: what may reach a CSS declaration', () => {
  it('allows words, numbers, hashes, separators and balanced calls of the allowed functions', () => {
    for (const value of [
      'red',
      '#1f6feb',
      '12px',
      '-1.5em',
      '1px solid red',
      'a,b/c%d#e.f+g*h',
      'a\tb\nc',
      'rgb(1 2 3 / 50%)',
      'RGB(1,2,3)',
      'calc((1px + 2px) * 2)',
      'var(--jm-accent)',
      'color-mix(in srgb, red 50%, blue)',
      'linear-gradient(to right, red, blue)',
      'repeating-conic-gradient(red 0 10%, blue 0 20%)',
      'light-dark(white, black)',
      'oklch(62% 0.2 250)',
      '"Noto Sans", sans-serif',
      "'Inter'",
      '"a;b{c}"',
      'a\u0080b',
      'шрифт',
      '',
    ]) {
      expect(isSafeCssValue(value), JSON.stringify(value)).toBe(true);
    }
  });

  it('refuses what could break out of the declaration or load something', () => {
    for (const value of [
      'red;',
      'a{',
      'a}',
      'a<b',
      'a:b',
      'a!important',
      '@import',
      'a\\72',
      'a/*b*/',
      'url(x)',
      'image-set(x)',
      'expression(x)',
      '(1px)',
      'calc(1px',
      'calc(1px))',
      ')(',
      'rgb(1 2 3))',
      '"unclosed',
      "'a\\'b'",
      '"a\nb"',
      '"a\rb"',
      '"a\fb"',
      'a\u007fb',
      'a\u0000b',
    ]) {
      expect(isSafeCssValue(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('checks only inside a quoted string for escapes and line breaks, and line breaks are allowed outside one', () => {
    expect(isSafeCssValue("'a'\nb")).toBe(true);
    expect(isSafeCssValue('"a" "b"')).toBe(true);
    expect(isSafeCssValue('"a"\\')).toBe(false);
  });

  it('allows values shorter than 500 characters', () => {
    expect(isSafeCssValue('a'.repeat(499))).toBe(true);
    expect(isSafeCssValue('a'.repeat(500))).toBe(false);
  });

  it('lets a bare parenthesis group inside a function only, and a call only of a known function', () => {
    expect(isSafeCssValue('min(1px, (2px))')).toBe(true);
    expect(isSafeCssValue('a (b)')).toBe(false);
    expect(isSafeCssValue('calc(1px) (2px)')).toBe(false);
    expect(isSafeCssValue('nope(1px)')).toBe(false);
    expect(isSafeCssValue('min (1px)')).toBe(false);
  });
});

describe('isSafeCssColor: a colour from journey data', () => {
  it('allows hex values, keywords and colour functions, trimmed', () => {
    for (const value of [
      '#abc',
      '#ABCDEF12',
      'rebeccapurple',
      'rgb(31 111 235)',
      'rgba(1,2,3,.5)',
      'hsl(120deg 50% 50%)',
      'oklch(62% 0.2 250)',
      'color(srgb 1 0 0)',
      ' red ',
      '\tred',
    ]) {
      expect(isSafeCssColor(value), JSON.stringify(value)).toBe(true);
    }
  });

  it('refuses everything else, and any variable or address', () => {
    for (const value of [
      '#ab',
      '#abcdefabc',
      '#ggg',
      'red blue',
      'red1',
      'x#abc',
      '#abc x',
      'calc(1px)',
      'rgb(var(--x))',
      'var(--x)',
      'rgb(1 2 3) red',
      'rgb(1;2)',
      'rgb(url)',
      '',
      'expression',
    ]) {
      expect(isSafeCssColor(value), JSON.stringify(value)).toBe(false);
    }
  });
});

describe('cssUrls and mapCssUrls: the url()s of a CSS text', () => {
  it('reads quoted and unquoted addresses, trimmed and unescaped', () => {
    expect(cssUrls('url(a.png)')).toEqual(['a.png']);
    expect(cssUrls('url(  a.png  )')).toEqual(['a.png']);
    expect(cssUrls('url(a\\.png)')).toEqual(['a.png']);
    expect(cssUrls('URL("a.png")')).toEqual(['a.png']);
    expect(cssUrls('url("a\\"b")')).toEqual(['a"b']);
    expect(cssUrls("url('a\\\\b')")).toEqual(['a\\b']);
    // Escapes at either end and side by side; the other kind of quote needs none.
    expect(cssUrls('url("\\"a\\\\\\"b\\"")')).toEqual(['"a\\"b"']);
    expect(cssUrls(`url('it"s\\'s')`)).toEqual([`it"s's`]);
    expect(cssUrls('url()')).toEqual(['']);
    expect(cssUrls('url("")')).toEqual(['']);
  });

  it('reads whitespace of every kind around a quoted address', () => {
    for (const space of [' ', '\t', '\n', '\r', '\f']) {
      expect(cssUrls(`url(${space}"a"${space})`), JSON.stringify(space)).toEqual(['a']);
    }
    // A vertical tab is no CSS space: the quote is part of the address as written.
    expect(cssUrls('url(\v"a")')).toEqual(['"a"']);
  });

  it('skips what is not well formed', () => {
    expect(cssUrls('url(abc')).toEqual([]);
    expect(cssUrls('url("a" x)')).toEqual([]);
    expect(cssUrls('url("abc')).toEqual([]);
    expect(cssUrls('url("abc\\')).toEqual([]);
    expect(cssUrls('url("a" x) url(b)')).toEqual(['b']);
    expect(cssUrls('url("a" x url(b)')).toEqual(['b']);
  });

  it('reads urls that follow one another closely, and one inside another’s broken quote', () => {
    expect(cssUrls('url(a)url(b)')).toEqual(['a', 'b']);
    expect(cssUrls('url(a)xurl(b)')).toEqual(['a', 'b']);
    expect(cssUrls('url(a) url(b) url(c)')).toEqual(['a', 'b', 'c']);
    expect(cssUrls('url(url(a))')).toEqual(['url(a']);
    expect(cssUrls('url(x url(y)')).toEqual(['x url(y']);
    expect(cssUrls('url("a)" url(b)')).toEqual(['b']);
  });

  it('replaces each url() by what the function makes of its address, keeping the rest', () => {
    expect(mapCssUrls('a url(x) b url("y") c', (url) => `<${url}>`)).toBe('a <x> b <y> c');
    expect(mapCssUrls('no urls', () => 'z')).toBe('no urls');
    expect(mapCssUrls('url(x', () => 'z')).toBe('url(x');
  });
});

describe('filterCssUrls: the url()s an exported picture may hold', () => {
  it('keeps a fragment bare, without quotes, backslashes or line breaks', () => {
    expect(filterCssUrls('url("#a\\"b")')).toBe('url("#ab")');
    expect(filterCssUrls("url('#a\\\\b')")).toBe('url("#ab")');
    expect(filterCssUrls('url("#a\\\nb")')).toBe('url("#ab")');
  });

  it('reads a page reference only when the page is given and the address is the page plus a fragment', () => {
    expect(filterCssUrls('url("https://x/a.png#frag")')).toBe('url("https://x/a.png#frag")');
    expect(filterCssUrls('url("https://x/a.png#frag")', 'https://y/')).toBe('url("https://x/a.png#frag")');
    expect(filterCssUrls('url("https://p/ab")', 'https://p/a')).toBe('url("https://p/ab")');
    expect(filterCssUrls('url("https://p/a#x")', 'https://p/a#other')).toBe('url("#x")');
    expect(filterCssUrls('url("/page#x")', '')).toBe('none');
    expect(filterCssUrls('url("/page#x")')).toBe('none');
  });

  it('escapes quotes, backslashes and line breaks in a kept image address', () => {
    expect(filterCssUrls('url("https://x/a\\\\b\\\nc.png")')).toBe('url("https://x/a%5Cb%0Ac.png")');
  });
});
