/**
 * Writing SVG markup as text: escaping, numbers and elements. The vector export builds
 * its document from these alone, so every name and value it writes passes through here.
 */

// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML character data and double-quoted attribute values; characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A number as SVG writes it: at most two decimals, no trailing zeros, never `-0`. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** An attribute value: a string as it is, a number through {@link num}; `undefined` leaves the attribute out. */
export type AttributeValue = string | number | undefined;

/** Only names made of letters, digits, `-`, `_`, `.` and one `:` prefix may be written. */
const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

/** ` name="value"` for every defined attribute, escaped. */
export function attributes(attrs: Readonly<Record<string, AttributeValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || !NAME.test(name)) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element: self-closing without content; `content` is markup already written (escape text with {@link escapeXml}). */
export function tag(name: string, attrs: Readonly<Record<string, AttributeValue>>, content?: string): string {
  return content === undefined || content === '' ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${content}</${name}>`;
}
