/** Whether two values of JSON-like data are equal, deeply (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  let count = 0;
  for (const key of Object.keys(y)) if (y[key] !== undefined) count++;
  let own = 0;
  for (const key of keys) {
    if (x[key] === undefined) continue;
    own++;
    if (!sameValue(x[key], y[key])) return false;
  }
  return own === count;
}

/**
 * The fields that differ between two versions of a part, skipping `skip`: those of `after`
 * in its order, then those only `before` has. A field set to `undefined` counts as absent.
 */
export function fieldDiffs<T extends object>(
  before: T,
  after: T,
  skip: ReadonlySet<string>,
): { field: Exclude<keyof T, 'id'> & string; before: unknown; after: unknown }[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const out: { field: Exclude<keyof T, 'id'> & string; before: unknown; after: unknown }[] = [];
  const push = (field: string) => {
    if (skip.has(field) || sameValue(a[field], b[field])) return;
    out.push({ field: field as Exclude<keyof T, 'id'> & string, before: a[field], after: b[field] });
  };
  for (const field of Object.keys(b)) push(field);
  for (const field of Object.keys(a)) if (!Object.prototype.hasOwnProperty.call(b, field)) push(field);
  return out;
}
