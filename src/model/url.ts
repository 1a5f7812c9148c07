/**
 * URL scheme allow-list shared by validation and rendering. A URL is accepted when
 * it is relative (no scheme) or its scheme is http, https, mailto or tel.
 */

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// Browsers strip ASCII control characters and whitespace from URLs before reading
// the scheme, so `java\tscript:` and ` javascript:` still execute. Do the same
// before looking, so that the check sees what the browser will see.
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Whether `url` is safe to put in an `href` or `src`: relative, or http(s)/mailto/tel.
 */
export function isSafeUrl(url: string): boolean {
  const compact = url.replace(STRIPPED, '');
  // A backslash is read as a slash by browsers: `\\evil.com` is protocol-relative.
  const match = SCHEME.exec(compact);
  if (!match) {
    // No scheme: relative. Reject entity or escape tricks that would smuggle a colon into
    // the scheme position if the address were ever decoded again (in exported markup, say).
    return !/&#|&colon|&tab|&newline|%3a|%09|%0a|%0d/i.test(compact.split(/[/?]/, 1)[0] ?? '');
  }
  return ALLOWED_SCHEMES.has(`${match[1]!.toLowerCase()}:`);
}

/** Returns `url` when it passes {@link isSafeUrl}, otherwise `undefined`. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && isSafeUrl(url) ? url : undefined;
}
