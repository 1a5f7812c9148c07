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

/**
 * Returns a function that slugifies names into ids unique among its own results (`a`,
 * `a-2`, `a-3`…). Linear however often a name repeats: each id remembers the next number
 * to try after it, so 20,000 stages called "x" cost no more than 20,000 different names.
 */
export function uniqueIds(fallback: string): (name: string) => string {
  // Every id given out, with the next number to try when it comes up again as a base.
  // One map: a new name costs one lookup and one insertion.
  const taken = new Map<string, number>();
  return (name) => {
    const base = slugify(name, fallback);
    let n = taken.get(base);
    if (n === undefined) {
      taken.set(base, 2);
      return base;
    }
    let id: string;
    // Numbers once tried stay taken (ids are never freed), so each base resumes where it stopped.
    do id = `${base}-${n++}`;
    while (taken.has(id));
    taken.set(base, n);
    taken.set(id, 2);
    return id;
  };
}
