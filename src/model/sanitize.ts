/**
 * The package's one sanitising policy: which addresses may reach an `href` or a `src`,
 * and which values may reach a CSS declaration. Validation, rendering, theming and the
 * image exporter all ask here, so their rules cannot drift apart. Pure string checks,
 * no DOM: callable on a server.
 *
 * The policy refuses rather than repairs: a value that fails is left out, never
 * rewritten into something that passes.
 */

// Browsers drop ASCII control characters and spaces from an address before reading its
// scheme, so `java\tscript:` and ` javascript:` still execute. A host may trim more before
// it uses an address: every Unicode space (U+00A0, U+2000–U+200A, U+3000…), format and
// default-ignorable character. The check drops all of them, wherever they stand, so it
// sees at least what any trimming would leave.
const IGNORED_IN_URL = /[\p{Cc}\p{Cf}\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// A colon or a control character spelled as an entity or a percent escape: harmless as
// long as nobody decodes the address again, but exported markup may be decoded again.
const ENCODED_SCHEME_TRICK = /&#|&colon|&tab|&newline|%3a|%09|%0a|%0d/i;

// The same characters, found without the global flag's moving lastIndex.
const HAS_IGNORED_IN_URL = new RegExp(IGNORED_IN_URL.source, 'u');
// Addresses are checked on every render and export, some of them long (data URLs): what
// holds nothing to drop is returned as it is, not copied.
const compactUrl = (url: string) => (HAS_IGNORED_IN_URL.test(url) ? url.replace(IGNORED_IN_URL, '') : url);
// Once compacted, printable ASCII, which NFKC leaves as it is.
const PRINTABLE_ASCII = /^[!-~]*$/;

/** Schemes a link or an image may use in a map: the web, e-mail and telephone. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);
/** Schemes a standalone picture may load an image from. */
const REMOTE_IMAGE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https']);
const IMAGE_DATA_URL = /^data:image\/[a-z0-9.+-]+[;,]/i;

/**
 * The scheme a browser reads from `url`, lower case and without its colon; `''` when
 * the address is relative (or a fragment).
 */
export function urlScheme(url: string): string {
  const match = SCHEME.exec(compactUrl(url));
  return match ? match[1]!.toLowerCase() : '';
}

/**
 * Whether `url` is safe to put in an `href` or `src`: relative, or http(s)/mailto/tel.
 * Control characters, spaces and invisible characters around or inside the scheme are
 * seen through, as browsers and trimming hosts do, and so are compatibility forms
 * (full-width letters and colons, which NFKC folds to ASCII); a relative address that
 * smuggles a colon in as an entity or percent escape (`&#106;avascript:…`,
 * `javascript&colon;…`) is refused.
 */
export function isSafeUrl(url: string): boolean {
  const compact = compactUrl(url);
  const forms = PRINTABLE_ASCII.test(compact) ? [compact] : [compact, compactUrl(compact.normalize('NFKC'))];
  return forms.every((form) => {
    const scheme = urlScheme(form);
    return scheme === '' ? !ENCODED_SCHEME_TRICK.test(form.split(/[/?]/, 1)[0]!) : LINK_SCHEMES.has(scheme);
  });
}

/** Returns `url` when it passes {@link isSafeUrl}, otherwise `undefined`. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && isSafeUrl(url) ? url : undefined;
}

/**
 * Whether an image address can go into a standalone picture (an exported SVG): an
 * http(s) address or a `data:image/…` URL. Relative addresses mean nothing outside the
 * page, and other data URLs (`data:text/html`) are documents, not images.
 */
export function isExportableImageUrl(url: string): boolean {
  const compact = compactUrl(url);
  return REMOTE_IMAGE_SCHEMES.has(urlScheme(compact)) || IMAGE_DATA_URL.test(compact);
}

/**
 * Whether a link can stay on an `<a>` in a standalone picture: an absolute address
 * that {@link isSafeUrl} allows, or a fragment pointing inside the picture.
 */
export function isExportableHref(url: string): boolean {
  const compact = compactUrl(url);
  return compact.startsWith('#') || LINK_SCHEMES.has(urlScheme(compact));
}

// What a value that reaches a CSS declaration (a theme's custom property, an inline
// style) may hold, as an allow-list: words, numbers, `#` hashes, quoted strings without
// escapes, a few separators, and calls of the functions below, none of which loads
// anything. So no `;`, braces, angle brackets, `@`, `!`, colons, comments or backslash
// escapes (which could spell `u\72l(`), and no `url(`, `image-set(`, `image(`,
// `cross-fade(`, `element(`, `src(`, `paint(` or `expression(`.
const CSS_FUNCTIONS: ReadonlySet<string> = new Set(
  'rgb rgba hsl hsla hwb lab lch oklab oklch color color-mix light-dark calc min max clamp var linear-gradient radial-gradient conic-gradient repeating-linear-gradient repeating-radial-gradient repeating-conic-gradient'.split(
    ' ',
  ),
);
const CSS_SEPARATORS = ' \t\n,/%#.+*';
const MAX_CSS_VALUE_LENGTH = 500;

/**
 * Whether `value` can be written into a CSS declaration (a theme's `--jm-*` variable)
 * without breaking out of it or loading anything: shorter than 500 characters and made
 * only of words, numbers, `#` hashes, quoted strings without escapes or line breaks,
 * spaces, `, / % . + *`, and balanced calls of colour, maths and gradient functions
 * (`rgb()`, `oklch()`, `color-mix()`, `calc()`, `var()`, `linear-gradient()`…).
 */
export function isSafeCssValue(value: string): boolean {
  if (value.length >= MAX_CSS_VALUE_LENGTH || value.includes('/*')) return false;
  let depth = 0;
  let word = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '"' || c === "'") {
      const end = value.indexOf(c, i + 1);
      if (end < 0 || /[\\\n\r\f]/.test(value.slice(i + 1, end))) return false;
      i = end;
    } else if (c >= '\u0080' || /[-\w]/.test(c)) {
      word += c;
      continue;
    } else if (c === '(') {
      // A bare parenthesis groups inside a function (`calc((1px + 2px) * 2)`); outside one it is no value.
      if (word === '' ? depth === 0 : !CSS_FUNCTIONS.has(word.toLowerCase())) return false;
      depth++;
    } else if (c === ')') {
      if (--depth < 0) return false;
    } else if (!CSS_SEPARATORS.includes(c)) return false;
    word = '';
  }
  return depth === 0;
}

// Only the characters a colour needs: a hex value, a keyword, or one colour function
// with numbers, percentages, angles and a slash for alpha.
const CSS_COLOR = /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|rgba|hsl|hsla|hwb|oklch|oklab|lab|lch|color)\([0-9a-z.,%\s/+-]*\))$/i;

/**
 * Whether `value` is a plain CSS colour (`#1f6feb`, `rebeccapurple`, `rgb(31 111 235)`,
 * `oklch(62% 0.2 250)`) that passes {@link isSafeCssValue} and refers to no variable.
 * Stricter than a theme value because it comes from journey data, not from the host.
 */
export function isSafeCssColor(value: string): boolean {
  return isSafeCssValue(value) && CSS_COLOR.test(value.trim()) && !/url|expression|var/i.test(value);
}

const unescapeCss = (text: string) => text.replace(/\\(.)/g, '$1');
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';

/**
 * Every well-formed `url(…)` of a CSS text: where it starts and ends, and its address,
 * unquoted and unescaped. A scan by hand rather than a regular expression, so that it is
 * linear whatever the text holds (`url(url(url(…` with no `)`): the next `)` is looked
 * up once per stretch, and no quoted address is read twice.
 */
function scanCssUrls(text: string): Array<{ start: number; end: number; url: string }> {
  const found: Array<{ start: number; end: number; url: string }> = [];
  const opening = /url\(/gi;
  const next = (from: number) => {
    opening.lastIndex = from;
    return opening.exec(text)?.index ?? -1;
  };
  let close = -1;
  for (let start = next(0); start >= 0; start = next(start + 4)) {
    let i = start + 4;
    while (isSpace(text[i])) i++;
    const quote = text[i];
    let url = '';
    if (quote === '"' || quote === "'") {
      // Runs between escapes are sliced whole; a backslash keeps the character after it, a quote included.
      const runs: string[] = [];
      let from = i + 1;
      for (i++; i < text.length && text[i] !== quote; i++) {
        if (text[i] !== '\\') continue;
        runs.push(text.slice(from, i));
        from = ++i;
      }
      runs.push(text.slice(from, i));
      url = runs.join('');
      for (i++; isSpace(text[i]);) i++;
      if (text[i] !== ')') continue;
    } else {
      if (close < i) close = text.indexOf(')', i);
      if (close < 0) break;
      url = unescapeCss(text.slice(i, close).trim());
      i = close;
    }
    found.push({ start, end: i + 1, url });
    start = i + 1 - 4;
  }
  return found;
}

/**
 * Keeps the `url(…)`s of a computed CSS value that a standalone picture may hold —
 * images that pass {@link isExportableImageUrl} and references to an element of the
 * picture (`#id`) — and replaces every other one with `none`. A reference to the page
 * itself plus a fragment (how some browsers report `url(#id)`) becomes the bare fragment.
 */
export function filterCssUrls(value: string, pageUrl?: string): string {
  const page = pageUrl?.split('#')[0];
  return mapCssUrls(value, (url) => {
    const hash = url.indexOf('#');
    if (hash === 0 || (page && hash > 0 && url.slice(0, hash) === page)) return `url("${url.slice(hash).replace(/["\\\n]/g, '')}")`;
    if (isExportableImageUrl(url)) return `url("${url.replace(/["\\\n]/g, (c) => encodeURIComponent(c))}")`;
    return 'none';
  });
}

/** Replaces every well-formed `url(…)` of a CSS text with what `replace` makes of its address (unquoted, unescaped). Linear. */
export function mapCssUrls(text: string, replace: (url: string) => string): string {
  let out = '';
  let last = 0;
  for (const { start, end, url } of scanCssUrls(text)) {
    out += text.slice(last, start) + replace(url);
    last = end;
  }
  return out + text.slice(last);
}

/** The `url(…)`s in a CSS text, unquoted, in order. */
export function cssUrls(text: string): string[] {
  return scanCssUrls(text).map((found) => found.url);
}
