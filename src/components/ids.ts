/**
 * Turns any id from the journey into a token safe for `id` and `aria-*` references:
 * letters, digits, `-` stay; every other character becomes `_<hex>_`, so two different
 * ids never map to the same token and spaces never split an id list.
 */
export function domId(prefix: string, raw: string): string {
  let out = '';
  for (const ch of raw) out += /[A-Za-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  return `${prefix}-${out}`;
}
