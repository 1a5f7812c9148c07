/**
 * Reads `record[key]` only when it is the record's own entry, so that ids from the
 * journey such as "constructor" or "__proto__" never reach the prototype.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
