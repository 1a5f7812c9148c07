/** A plain record of fields. */
export type Fields = Record<string, unknown>;

/** Writes a field as an own entry, whatever its name (`__proto__` included). */
export function put(record: Fields, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * `old` with `set`'s values and without `unset`'s fields, as a new object (`old` is not
 * touched). Fields keep their places and new ones come after the last field `fixed` does
 * not hold back (for the journey: before its lists) — unless `set` names every
 * field of the result that `fixed` does not hold back (an inverse giving a part back
 * whole): then the fields follow `set`'s order, after the held-back fields that led
 * `old` (its `id`) and before the others (the journey's lists).
 */
export function assign(old: Fields, set: Fields, unset: readonly string[], fixed: (key: string) => boolean): Fields {
  const next: Fields = { ...old };
  for (const key of unset) delete next[key];
  const setKeys = Object.keys(set);
  for (const key of setKeys) {
    // A field set to undefined (which JSON cannot carry) is removed.
    if (set[key] === undefined) delete next[key];
    else put(next, key, set[key]);
  }
  const keys = Object.keys(next);
  const oldKeys = Object.keys(old);
  if (setKeys.length === 0 || !keys.every((key) => fixed(key) || Object.hasOwn(set, key))) {
    // New fields go after the last field that may change (for the journey: before its lists).
    const added = keys.filter((key) => !Object.hasOwn(old, key));
    let cut = oldKeys.length;
    while (cut > 0 && fixed(oldKeys[cut - 1]!)) cut--;
    if (added.length === 0 || cut === oldKeys.length) return next;
    if (cut === 0) cut = oldKeys.findIndex((key) => !fixed(key)) < 0 ? oldKeys.length : 0;
    const ordered: Fields = {};
    for (const key of [...oldKeys.slice(0, cut), ...added, ...oldKeys.slice(cut)])
      if (Object.hasOwn(next, key)) put(ordered, key, next[key]);
    return ordered;
  }
  const lead = oldKeys.findIndex((key) => !fixed(key));
  const head = (lead < 0 ? oldKeys : oldKeys.slice(0, lead)).filter((key) => Object.hasOwn(next, key));
  const tail = keys.filter((key) => fixed(key) && !head.includes(key));
  const ordered: Fields = {};
  for (const key of [...head, ...setKeys, ...tail]) if (Object.hasOwn(next, key)) put(ordered, key, next[key]);
  return ordered;
}
