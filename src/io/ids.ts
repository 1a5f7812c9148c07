/** Whether `name` is lower-case ASCII letters and digits in runs joined by single dashes: what slugify keeps as it is. */
function isSlug(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const dash = c === 45 && i > 0 && i < name.length - 1 && name.charCodeAt(i - 1) !== 45;
    if (!dash && !(c >= 97 && c <= 122) && !(c >= 48 && c <= 57)) return false;
  }
  return name.length > 0;
}

/**
 * Turns a name into an id: lower case, runs of anything but letters and digits
 * replaced by `-`. Letters of every script are kept, so "比较套餐" and "Оплата"
 * stay readable. Returns `fallback` when nothing is left.
 */
export function slugify(name: string, fallback: string): string {
  // Most names (and every id this makes) already are slugs: no need to normalise them.
  if (isSlug(name)) return name;
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-');
  // Runs are single dashes by now: at most one to drop at each end.
  const start = slug.startsWith('-') ? 1 : 0;
  const end = slug.length > start && slug.endsWith('-') ? slug.length - 1 : slug.length;
  return start < end ? slug.slice(start, end) : fallback;
}

/** Whether `text` is a whole number from 2 on, written as `uniqueIds` writes one (no sign, no leading zero). */
function isNumbering(text: string): boolean {
  if (text.length === 0 || text.length > 15 || text.charCodeAt(0) === 48) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text !== '1';
}

/**
 * Returns a function that slugifies names into ids unique among its own results (`a`,
 * `a-2`, `a-3`…). Linear however often a name repeats: each id remembers the next number
 * to try after it, so 20,000 stages called "x" cost no more than 20,000 different names.
 */
export function uniqueIds(fallback: string): (name: string) => string {
  // Each id given out as a name's own, with the next number to try after it. Numbered ids
  // are not stored: `a-3` is taken while a's next number is past 3. So the table grows with
  // the different names, not with their repeats, and stays small (and fast) when one
  // name repeats thousands of times.
  const next = new Map<string, number>();
  const taken = (id: string): boolean => {
    if (next.has(id)) return true;
    // An id reads as numbered in one way only: the number runs from its last dash.
    const dash = id.lastIndexOf('-');
    const number = id.slice(dash + 1);
    if (dash <= 0 || !isNumbering(number)) return false;
    const after = next.get(id.slice(0, dash));
    return after !== undefined && Number(number) < after;
  };
  return (name) => {
    const base = slugify(name, fallback);
    let n = next.get(base);
    if (n === undefined) {
      if (!taken(base)) {
        next.set(base, 2);
        return base;
      }
      n = 2;
    }
    let id: string;
    // Numbers once tried stay taken (ids are never freed), so each base resumes where it
    // stopped. The id being tried is numbered after this base, past its last number: it can
    // only be taken as some name's own.
    do id = `${base}-${n++}`;
    while (next.has(id));
    next.set(base, n);
    return id;
  };
}
