// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSafeUrl as publicIsSafeUrl } from '../../src';
import {
  cssUrls,
  filterCssUrls,
  isExportableHref,
  isExportableImageUrl,
  isSafeCssColor,
  isSafeCssValue,
  isSafeUrl,
  safeUrl,
  urlScheme,
} from '../../src/model/sanitize';
import { CSS_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS } from '../../stories/data/payloads';

/** Every check of the policy, by the name used in the table. */
const CHECKS = {
  /** An `href`/`src` in the map. */
  url: isSafeUrl,
  /** An image in an exported picture. */
  image: isExportableImageUrl,
  /** A link in an exported picture. */
  href: isExportableHref,
  /** A theme value in a CSS variable. */
  css: isSafeCssValue,
  /** A persona colour from journey data. */
  color: isSafeCssColor,
} as const;
type Check = keyof typeof CHECKS;

/**
 * One row per value: the checks that accept it. Every other check must refuse it.
 * The hostile payloads of the stories come first; each is listed, so a payload added
 * there without a row here fails the last test below.
 */
const TABLE: ReadonlyArray<readonly [value: string, acceptedBy: readonly Check[]]> = [
  // Addresses that must never reach an href or src.
  ['javascript:window.__pwned=1', []],
  ['JaVaScRiPt:window.__pwned=1', []],
  [' javascript:window.__pwned=1', []],
  ['\tjavascript:window.__pwned=1', []],
  ['\u0000javascript:window.__pwned=1', []],
  // A CSS value is an allow-list of words, numbers and a few functions: no colon, so no address.
  ['java\nscript:window.__pwned=1', []],
  ['java\tscript:window.__pwned=1', []],
  ['\u200bjavascript:window.__pwned=1', []],
  ['data:text/html,<script>window.__pwned=1</script>', []],
  ['DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+', []],
  ['vbscript:msgbox(1)', []],
  ['file:///etc/passwd', []],
  ['&#106;avascript:window.__pwned=1', []],
  ['javascript&colon;window.__pwned=1', []],
  // CSS values that try to escape their declaration or load something. As addresses they
  // are odd relative paths, which an attribute holds as text.
  ['red;} body{display:none', ['url']],
  ['expression(window.__pwned=1)', ['url']],
  ['url(javascript:window.__pwned=1)', ['url']],
  ['red; background-image: url(https://example.com/track.png)', ['url']],
  ['</style><script>window.__pwned=1</script>', ['url']],
  ['red /* */; color: blue', ['url']],
  ['\\3c script\\3e', ['url']],
  ['var(--x);}*{display:none', ['url']],
  // Script payloads typed as text: no CSS check lets them through.
  ['<img src=x onerror="window.__pwned=1">', ['url']],
  ['<script>window.__pwned=1</script>', ['url']],
  ['"><svg onload="window.__pwned=1">', ['url']],
  ['\'><iframe src="javascript:window.__pwned=1"></iframe>', ['url']],
  ['<svg><script>window.__pwned=1</script></svg>', ['url']],
  ['<a href="javascript:window.__pwned=1">click</a>', ['url']],
  ['{{constructor.constructor("window.__pwned=1")()}}', ['url']],
  ['${window.__pwned=1}', ['url']],
  ['<style>@import url(javascript:window.__pwned=1)</style>', ['url']],
  ['<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>', ['url']],
  // More hostile values.
  [' java\tscript:alert(1)', []],
  ['JAVA\rSCRIPT:alert(1)', []],
  ['\ufeffjavascript:alert(1)', []],
  ['\u00adjavascript:alert(1)', []],
  ['javascript%3Aalert(1)', []],
  ['&#x6A;avascript:alert(1)', []],
  ['data:text/html,<script>', []],
  ['blob:https://x/1', []],
  ['red;background:url(x)', ['url']],
  ['URL (x)', ['url']],
  ['red /* comment', ['url']],
  ['\\3b', ['url']],
  ['@import "x.css"', ['url']],
  ['image-set("x.png" 1x)', ['url']],
  ['-webkit-image-set(url(x.png) 1x)', ['url']],
  // Every way a CSS value can load something, also spelled with escapes, in any case.
  ['image-set("https://t.example/t.png" 1x)', ['url']],
  ['IMAGE-SET("t.png" 1x)', ['url']],
  ['image("t.png")', ['url']],
  ['cross-fade(url(a.png), url(b.png), 50%)', ['url']],
  ['element(#x)', ['url']],
  ['src("t.png")', ['url']],
  ['paint(worklet)', ['url']],
  ['u\\72l(t.png)', ['url']],
  ['\\75rl(t.png)', ['url']],
  ['image\\-set("t.png" 1x)', ['url']],
  ['red !important', ['url']],
  ['a:b', []],
  ['rgb(1 2 3))', ['url']],
  ['rgb(1 2 3', ['url']],
  ['"unclosed', ['url']],
  ['"line\nbreak"', ['url']],
  ['linear-gradient(90deg, url(x.png), red)', ['url']],
  ['calc((1px + 2px) * 2)', ['url', 'css']],
  ['linear-gradient(90deg, #fff 0%, rgb(0 0 0 / 0.5) 100%)', ['url', 'css']],
  ["'微软雅黑', 'Noto Sans CJK SC', sans-serif", ['url', 'css']],
  // Trimming hosts: every Unicode space and invisible character, and full-width forms.
  ['\u00a0javascript:alert(1)', []],
  ['\u1680javascript:alert(1)', []],
  ['\u2000javascript:alert(1)', []],
  ['\u2007javascript:alert(1)', []],
  ['\u200ajavascript:alert(1)', []],
  ['\u202fjavascript:alert(1)', []],
  ['\u205fjavascript:alert(1)', []],
  ['\u3000javascript:alert(1)', []],
  ['\u180ejavascript:alert(1)', []],
  ['\u2060javascript:alert(1)', []],
  ['\u3164javascript:alert(1)', []],
  ['java\u00a0script:alert(1)', []],
  ['javascript\u3000:alert(1)', []],
  ['\uff4aavascript:alert(1)', []],
  ['javascript\uff1aalert(1)', []],
  ['https://example.com/\u00a0x', ['url', 'image', 'href']],
  ['rgb(1 2 3 / var(--x))', ['url', 'css']],
  ['x'.repeat(500), ['url']],
  // Ordinary addresses.
  ['https://example.com/a?b=c#d', ['url', 'image', 'href']],
  ['http://example.com', ['url', 'image', 'href']],
  ['HTTPS://CDN.EXAMPLE/photo.jpg', ['url', 'image', 'href']],
  ['mailto:cx@example.com', ['url', 'href']],
  ['tel:+441234567890', ['url', 'href']],
  ['/relative/path.png', ['url', 'css']],
  ['relative.png', ['url', 'css']],
  ['?q=1', ['url']],
  ['#anchor', ['url', 'href', 'css']],
  ['data:image/png;base64,AAAA', ['image']],
  ['data:image/svg+xml;base64,PHN2Zz4=', ['image']],
  // Ordinary CSS values.
  ['#1f6feb', ['url', 'href', 'css', 'color']],
  ['rebeccapurple', ['url', 'css', 'color']],
  ['rgb(31 111 235)', ['url', 'css', 'color']],
  ['rgb(200, 0, 0)', ['url', 'css', 'color']],
  ['oklch(62% 0.2 250)', ['url', 'css', 'color']],
  ['hsl(210 80% 40% / 0.5)', ['url', 'css', 'color']],
  ['color-mix(in srgb, red 40%, white)', ['url', 'css']],
  ['"Inter Variable", sans-serif', ['url', 'css']],
  ['0 1px 2px rgb(27 31 36 / 0.08)', ['url', 'css']],
  ['2.5', ['url', 'css']],
];

describe('the sanitising policy', () => {
  it.each(TABLE)('%j is accepted by %j and refused by every other check', (value, acceptedBy) => {
    for (const [name, check] of Object.entries(CHECKS))
      expect(check(value), `${name}(${JSON.stringify(value)})`).toBe(acceptedBy.includes(name as Check));
  });

  it('covers every hostile payload of the stories, each refused as a CSS value and a colour', () => {
    const rows = new Map(TABLE);
    for (const payload of [...URL_PAYLOADS, ...CSS_PAYLOADS, ...TEXT_PAYLOADS]) expect(rows.has(payload), payload).toBe(true);
    for (const payload of URL_PAYLOADS) {
      expect(rows.get(payload), payload).not.toContain('url');
      expect(rows.get(payload), payload).not.toContain('image');
      expect(rows.get(payload), payload).not.toContain('href');
    }
    for (const payload of [...CSS_PAYLOADS, ...TEXT_PAYLOADS]) expect(rows.get(payload), payload).toEqual(['url']);
  });

  it('the main entry’s isSafeUrl is the policy’s', () => {
    expect(publicIsSafeUrl).toBe(isSafeUrl);
  });
});

describe('urlScheme and safeUrl', () => {
  it('reads the scheme a browser reads, through whitespace and control characters', () => {
    expect(urlScheme('HTTPS://example.com')).toBe('https');
    expect(urlScheme(' java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme('\u200bdata:text/html,x')).toBe('data');
    expect(urlScheme('/a:b')).toBe('');
    expect(urlScheme('#x')).toBe('');
  });

  it('returns only addresses that pass', () => {
    expect(safeUrl('https://example.com')).toBe('https://example.com');
    expect(safeUrl(URL_PAYLOADS[0])).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });
});

describe('filterCssUrls: the url()s an exported picture may hold', () => {
  it.each([
    ['url("https://cdn.example/a.png")', 'url("https://cdn.example/a.png")'],
    ['url(data:image/png;base64,AAAA), linear-gradient(red, blue)', 'url("data:image/png;base64,AAAA"), linear-gradient(red, blue)'],
    ["url('javascript:alert(1)')", 'none'],
    ['url(javascript:window.__pwned=1)', 'none'],
    ['url( " java\\9 script:alert(1)" )', 'none'],
    ['url("data:text/html,<script>")', 'none'],
    ['url("blob:https://x/1")', 'none'],
    ['url("/relative.png")', 'none'],
    ['url("#jm1-emotion-clip-0")', 'url("#jm1-emotion-clip-0")'],
    ['url("https://x.example/a\\"b.png")', 'url("https://x.example/a%22b.png")'],
    ['rgb(1, 2, 3)', 'rgb(1, 2, 3)'],
  ])('%s → %s', (value, expected) => expect(filterCssUrls(value)).toBe(expected));

  it('turns a reference to the page plus a fragment into the bare fragment', () => {
    const page = 'http://localhost:6006/iframe.html?id=x';
    expect(filterCssUrls('url("http://localhost:6006/iframe.html?id=x#clip")', page)).toBe('url("#clip")');
    expect(filterCssUrls('url("http://other.example/#clip")', page)).toBe('url("http://other.example/#clip")');
  });

  it('reads every url() of a text, unquoted and unescaped', () => {
    expect(cssUrls('url("a.woff2") format("woff2"), url(b.woff), url(\'c\\)d.ttf\')')).toEqual(['a.woff2', 'b.woff', 'c)d.ttf']);
  });
});
