import type { JourneyProblem } from './types';

/**
 * A problem met while reading a value as the JSON data it claims to be. A `lost` value
 * could not be read at all (a throwing getter or Proxy trap, a hole in a list, a cycle)
 * and is left out of the copy; any other problem (NaN, a function, a class instance)
 * means the value would not survive `JSON.stringify` and `JSON.parse` unchanged.
 */
export interface PlainProblem extends JourneyProblem {
  /** Whether the value is left out of the copy. */
  lost?: boolean;
}

/** Nesting deeper than this is refused: no journey needs it, and serialisers overflow their stacks. */
const MAX_DEPTH = 100;
/** Holes reported one by one in a list; a list with more is not walked. */
const MAX_HOLES = 100;
/** Values a JSON text of the input may hold, counting every repeat of a shared part. */
const MAX_VALUES = 1e7;

const CANNOT_HOLD = ', which JSON text cannot hold';

/** A JSON-style path: `cards[3].stage`, or `cards[3]["odd key"]` for a key that is no identifier. */
export const keyPath = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key)
    ? (path && `${path}.`) + key
    : `${path}[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;

/**
 * Reads `input` once, the way `JSON.stringify` would, into a plain copy made of
 * null-prototype objects, arrays, texts, numbers, booleans and null, and lists
 * everything that would not survive a JSON round trip. Never throws: a getter or Proxy
 * trap that throws, a revoked Proxy, a hole in a list, a cycle or nesting deeper than
 * 100 levels is a `lost` problem at its path. Non-finite numbers, BigInts, symbols,
 * functions and class instances stay in the copy (so that the validator can say what a
 * known field should be) and are reported too. Shared parts are read once.
 */
export function readPlain(input: unknown): { value: unknown; problems: PlainProblem[] } {
  const problems: PlainProblem[] = [];
  const report = (path: string, message: string, lost?: boolean) => problems.push({ path, message, lost });
  const copies = new Map<object, [copy: unknown, size: number]>();
  const open = new Set<object>();
  const unreadable = {};
  let values = 0;

  /** Reads `holder[key]`; a throw is reported at `path` and gives `unreadable`. */
  const get = (holder: object, key: string, path: string): unknown => {
    try {
      return (holder as Record<string, unknown>)[key];
    } catch {
      report(path, 'could not be read', true);
      return unreadable;
    }
  };

  function read(value: unknown, path: string, depth: number): unknown {
    values++;
    const type = typeof value;
    if (type === 'number' ? !Number.isFinite(value) : type === 'bigint' || type === 'symbol' || type === 'function') {
      report(path, `is ${type === 'number' ? value : `a ${type === 'bigint' ? 'BigInt' : type}`}${CANNOT_HOLD}`);
    }
    if (type !== 'object' || value === null) return value;
    const known = copies.get(value as object);
    if (known) {
      values += known[1];
      return known[0];
    }
    if (open.has(value as object) || depth > MAX_DEPTH) {
      report(path, depth > MAX_DEPTH ? `is nested over ${MAX_DEPTH} levels deep` : `contains itself (a cycle)${CANNOT_HOLD}`, true);
      return undefined;
    }
    const before = values;
    let copy: unknown;
    try {
      const array = Array.isArray(value);
      // Plain: a prototype chain no longer than an object literal's (or an array's) in any realm.
      let links = 0;
      for (let p = Object.getPrototypeOf(value) as object | null; p; p = Object.getPrototypeOf(p) as object | null) links++;
      if (links > (array ? 2 : 1)) {
        let name = '';
        try {
          name = String((Object.getPrototypeOf(value) as { constructor: { name: string } }).constructor.name).slice(0, 40);
        } catch {
          // A nameless class still is one.
        }
        report(path, `is ${name ? `a ${name}` : 'a class'} object; a journey holds only plain objects and lists, as JSON does`);
      }
      if (Object.getOwnPropertySymbols(value).some((key) => Object.prototype.propertyIsEnumerable.call(value, key))) {
        report(path, 'has a property keyed by a symbol, which JSON text drops');
      }
      const keys = Object.keys(value as object);
      open.add(value as object);
      copy = array ? readList(value as unknown[], keys, path, depth) : readObject(value as object, keys, path, depth);
    } catch {
      report(path, 'could not be read', true);
      return undefined;
    } finally {
      open.delete(value as object);
    }
    copies.set(value as object, [copy, values - before]);
    return copy;
  }

  function readObject(source: object, keys: string[], path: string, depth: number): object {
    const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const start = problems.length;
    let failed = 0;
    for (const key of keys) {
      const item = get(source, key, keyPath(path, key));
      if (item === unreadable) failed++;
      else if (item !== undefined) copy[key] = read(item, keyPath(path, key), depth + 1);
    }
    // An object none of whose fields can be read (a Proxy whose every read throws) is one problem.
    if (failed > 1 && failed === keys.length) problems.splice(start, failed, { path, message: 'could not be read', lost: true });
    return copy;
  }

  function readList(source: unknown[], keys: string[], path: string, depth: number): unknown[] {
    const length = source.length;
    const present = new Set<number>();
    for (const key of keys) {
      const index = Number(key) >>> 0;
      if (String(index) === key && index < length) present.add(index);
      else report(keyPath(path, key), `is a named property of a list${CANNOT_HOLD}`);
    }
    let holes = 0;
    for (let i = 0; i < length && holes <= MAX_HOLES; i++) {
      if (!present.has(i) && ++holes <= MAX_HOLES) report(`${path}[${i}]`, 'missing item: the list has a hole here', true);
    }
    if (holes > MAX_HOLES) {
      // A list that is mostly holes (`cards.length = 1e9`) is not walked: it is lost as a whole.
      report(path, `has ${length - present.size} missing items in all`, true);
      return [];
    }
    const copy: unknown[] = [];
    for (const i of present) {
      const item = get(source, String(i), `${path}[${i}]`);
      if (item === undefined) report(`${path}[${i}]`, 'missing item: the list holds undefined here', true);
      else if (item !== unreadable) copy[i] = read(item, `${path}[${i}]`, depth + 1);
    }
    return copy;
  }

  const value = read(input, '', 0);
  if (values > MAX_VALUES) report('', `repeats shared parts so often that its JSON text would hold over ${MAX_VALUES} values`);
  return { value, problems };
}
