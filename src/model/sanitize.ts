/**
 * The package's one sanitising policy: which addresses may reach an `href` or a `src`,
 * and which values may reach a CSS declaration. Validation, rendering, theming and the
 * image exporter all ask here, so their rules cannot drift apart. Pure string checks,
 * no DOM: callable on a server.
 *
 * The policy refuses rather than repairs: a value that fails is left out, never
 * rewritten into something that passes.
 */

// Browsers drop ASCII control characters and whitespace (and these invisible
// characters) from an address before reading its scheme, so `java\tscript:` and
// ` javascript:` still execute. Drop them too, so the check sees what the browser sees.
// eslint-disable-next-line no-control-regex
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// A colon or a control character spelled as an entity or a percent escape: harmless as
// long as nobody decodes the address again, but exported markup may be decoded again.
const ENCODED_SCHEME_TRICK = /&#|&colon|&tab|&newline|%3a|%09|%0a|%0d/i;

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
  const match = SCHEME.exec(url.replace(IGNORED_IN_URL, ''));
  return match ? match[1]!.toLowerCase() : '';
}

/**
 * Whether `url` is safe to put in an `href` or `src`: relative, or http(s)/mailto/tel.
 * Control characters, whitespace and invisible characters around or inside the scheme
 * are seen through, as browsers do; a relative address that smuggles a colon in as an
 * entity or percent escape (`&#106;avascript:…`, `javascript&colon;…`) is refused.
 */
export function isSafeUrl(url: string): boolean {
  const compact = url.replace(IGNORED_IN_URL, '');
  const scheme = urlScheme(compact);
  if (scheme !== '') return LINK_SCHEMES.has(scheme);
  return !ENCODED_SCHEME_TRICK.test(compact.split(/[/?]/, 1)[0] ?? '');
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
  const compact = url.replace(IGNORED_IN_URL, '');
  return REMOTE_IMAGE_SCHEMES.has(urlScheme(compact)) || IMAGE_DATA_URL.test(compact);
}

/**
 * Whether a link can stay on an `<a>` in a standalone picture: an absolute address
 * that {@link isSafeUrl} allows, or a fragment pointing inside the picture.
 */
export function isExportableHref(url: string): boolean {
  const compact = url.replace(IGNORED_IN_URL, '');
  return compact.startsWith('#') || LINK_SCHEMES.has(urlScheme(compact));
}

// A value that reaches a CSS declaration (a custom property, an inline style) must not be
// able to end its declaration, open or close a block, hide the rest in a comment, escape
// characters past this check, or load anything.
const UNSAFE_CSS_VALUE = /[;{}<>\\]|\/\*|url\s*\(|image(-set)?\s*\(|expression\s*\(|javascript:|@import/i;
const MAX_CSS_VALUE_LENGTH = 500;

/**
 * Whether `value` can be written into a CSS declaration (a theme's `--jm-*` variable)
 * without breaking out of it or loading anything: no `;`, braces, angle brackets,
 * backslash escapes, comments, `url(`, `image(`, `expression(`, `javascript:` or
 * `@import`, and shorter than 500 characters.
 */
export function isSafeCssValue(value: string): boolean {
  return value.length < MAX_CSS_VALUE_LENGTH && !UNSAFE_CSS_VALUE.test(value);
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

const CSS_URL = /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)\s]*))\s*\)/gi;
const unescapeCss = (text: string) => text.replace(/\\(.)/g, '$1');

/**
 * Keeps the `url(…)`s of a computed CSS value that a standalone picture may hold —
 * images that pass {@link isExportableImageUrl} and references to an element of the
 * picture (`#id`) — and replaces every other one with `none`. A reference to the page
 * itself plus a fragment (how some browsers report `url(#id)`) becomes the bare fragment.
 */
export function filterCssUrls(value: string, pageUrl?: string): string {
  if (!/url\(/i.test(value)) return value;
  const page = pageUrl?.split('#')[0];
  return value.replace(CSS_URL, (_match, dq: string | undefined, sq: string | undefined, bare: string | undefined) => {
    const url = unescapeCss(dq ?? sq ?? bare ?? '');
    const hash = url.indexOf('#');
    if (hash === 0 || (page && hash > 0 && url.slice(0, hash) === page)) return `url("${url.slice(hash).replace(/["\\\n]/g, '')}")`;
    if (isExportableImageUrl(url)) return `url("${url.replace(/["\\\n]/g, (c) => encodeURIComponent(c))}")`;
    return 'none';
  });
}

/** The `url(…)`s in a CSS text, unquoted, in order. */
export function cssUrls(text: string): string[] {
  return Array.from(text.matchAll(CSS_URL), (m) => unescapeCss(m[1] ?? m[2] ?? m[3] ?? ''));
}
