/**
 * Turns a name into an id: lower case, runs of anything but letters and digits
 * replaced by `-`. Letters of every script are kept, so "比较套餐" and "Оплата"
 * stay readable. Returns `fallback` when nothing is left.
 */
export function slugify(name: string, fallback: string): string {
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
 * `a-2`, `a-3`…). Linear however often a name repeats: each name remembers the last
 * number it tried, so 20,000 stages called "x" cost no more than 20,000 different names.
 */
export function uniqueIds(fallback: string): (name: string) => string {
  const used = new Set<string>();
  const next = new Map<string, number>();
  const slugs = new Map<string, string>();
  return (name) => {
    let base = slugs.get(name);
    if (base === undefined) slugs.set(name, (base = slugify(name, fallback)));
    let id = base;
    let n = next.get(base) ?? 2;
    // Numbers once tried stay taken (ids are never freed), so each base resumes where it stopped.
    while (used.has(id)) id = `${base}-${n++}`;
    next.set(base, n);
    used.add(id);
    return id;
  };
}
