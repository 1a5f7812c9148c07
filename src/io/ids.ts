/**
 * Turns a name into an id: lower case, runs of anything but letters and digits
 * replaced by `-`. Letters of every script are kept, so "比较套餐" and "Оплата"
 * stay readable. Returns `fallback` when nothing is left.
 */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** Returns a function that slugifies names into ids unique among its own results (`a`, `a-2`, `a-3`…). */
export function uniqueIds(fallback: string): (name: string) => string {
  const used = new Set<string>();
  return (name) => {
    const base = slugify(name, fallback);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
