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

/** Where a value sits: its key and the place of what holds it. Made into text only for a problem. */
interface Place {
  up?: Place;
  key: string | number;
}

/** A place as a JSON-style path: `cards[3].stage`, or `cards[3]["odd key"]` for a key that is no identifier. */
function pathOf(place: Place | undefined): string {
  if (!place) return '';
  const path = pathOf(place.up);
  const { key } = place;
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;
}

/**
 * Reads `input` once, the way `JSON.stringify` would, into a plain copy made of
 * objects, arrays, texts, numbers, booleans and null, and lists everything that would
 * not survive a JSON round trip. Never throws: a getter or Proxy trap that throws, a
 * revoked Proxy, a hole in a list, a cycle or nesting deeper than 100 levels is a `lost`
 * problem at its path. Non-finite numbers, BigInts, symbols, functions and class
 * instances stay in the copy (so that the validator can say what a known field should
 * be) and are reported too. Shared parts are read once. Linear in the input.
 */
export function readPlain(input: unknown): { value: unknown; problems: PlainProblem[] } {
  const problems: PlainProblem[] = [];
  const report = (place: Place | undefined, message: string, lost?: boolean) => problems.push({ path: pathOf(place), message, lost });
  // Each object read: its copy, and how many values it holds counting repeats (-1 while it is being read).
  const copies = new Map<object, unknown>();
  const sizes = new Map<object, number>();
  const unreadable = {};
  let values = 0;

  /** Reads `holder[key]`; a throw is reported and gives `unreadable`. */
  const get = (holder: object, key: string | number, up: Place | undefined): unknown => {
    try {
      return (holder as Record<string | number, unknown>)[key];
    } catch {
      report({ up, key }, 'could not be read', true);
      return unreadable;
    }
  };

  /** Reads the value at `key` of the place `up` (the root has neither). */
  function read(value: unknown, up: Place | undefined, key: string | number | undefined, depth: number): unknown {
    values++;
    const type = typeof value;
    if (type === 'number' ? !Number.isFinite(value) : type === 'bigint' || type === 'symbol' || type === 'function') {
      report(
        key === undefined ? undefined : { up, key },
        `is ${type === 'number' ? value : `a ${type === 'bigint' ? 'BigInt' : type}`}${CANNOT_HOLD}`,
      );
    }
    if (type !== 'object' || value === null) return value;
    const object = value as object;
    const size = sizes.get(object);
    const here = key === undefined ? undefined : { up, key };
    if (size === -1 || depth > MAX_DEPTH) {
      report(here, depth > MAX_DEPTH ? `is nested over ${MAX_DEPTH} levels deep` : `contains itself (a cycle)${CANNOT_HOLD}`, true);
      return undefined;
    }
    if (size !== undefined) {
      values += size;
      return copies.get(object);
    }
    const before = values;
    sizes.set(object, -1);
    let copy: unknown;
    try {
      const array = Array.isArray(object);
      const proto = Object.getPrototypeOf(object) as object | null;
      if (proto !== (array ? Array.prototype : Object.prototype) && proto !== null) {
        // Plain in another realm too: a prototype chain no longer than an object literal's (or an array's).
        let links = 0;
        for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) links++;
        if (links > (array ? 2 : 1)) {
          let name = '';
          try {
            name = String((proto as { constructor: { name: string } }).constructor.name).slice(0, 40);
          } catch {
            // A nameless class still is one.
          }
          report(here, `is ${name ? `a ${name}` : 'a class'} object; a journey holds only plain objects and lists, as JSON does`);
        }
      }
      if (Object.getOwnPropertySymbols(object).some((s) => Object.prototype.propertyIsEnumerable.call(object, s))) {
        report(here, 'has a property keyed by a symbol, which JSON text drops');
      }
      copy = array ? readList(object as unknown[], here, depth) : readObject(object, here, depth);
    } catch {
      report(here, 'could not be read', true);
      // Read again where it is met again, and reported there too.
      sizes.delete(object);
      return undefined;
    }
    copies.set(object, copy);
    sizes.set(object, values - before);
    return copy;
  }

  function readObject(source: object, here: Place | undefined, depth: number): object {
    const copy: Record<string, unknown> = {};
    const keys = Object.keys(source);
    const start = problems.length;
    let failed = 0;
    for (const key of keys) {
      const item = get(source, key, here);
      if (item === unreadable) failed++;
      else if (item !== undefined) {
        const value = read(item, here, key, depth + 1);
        // An own "__proto__" stays a field, as JSON.parse makes it, instead of setting the prototype.
        if (key === '__proto__') Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
        else copy[key] = value;
      }
    }
    // An object none of whose fields can be read (a Proxy whose every read throws) is one problem.
    if (failed > 1 && failed === keys.length)
      problems.splice(start, failed, { path: pathOf(here), message: 'could not be read', lost: true });
    return copy;
  }

  function readList(source: unknown[], here: Place | undefined, depth: number): unknown[] {
    const length = source.length;
    const copy: unknown[] = [];
    let holes = 0;
    for (let i = 0; i < length; i++) {
      if (!(i in source)) {
        if (++holes > MAX_HOLES) {
          // A list that is mostly holes (`cards.length = 1e9`) is not walked: it is lost as a whole.
          const items = Object.keys(source).filter((key) => String(Number(key) >>> 0) === key && Number(key) < length).length;
          report(here, `has ${length - items} missing items in all`, true);
          return [];
        }
        report({ up: here, key: i }, 'missing item: the list has a hole here', true);
        continue;
      }
      const item = get(source, i, here);
      if (item === undefined) report({ up: here, key: i }, 'missing item: the list holds undefined here', true);
      else if (item !== unreadable) copy[i] = read(item, here, i, depth + 1);
    }
    // JSON writes only the items: a list's named properties would be lost.
    const keys = Object.keys(source);
    if (keys.length > length - holes) {
      for (const key of keys) {
        if (String(Number(key) >>> 0) !== key || Number(key) >= length)
          report({ up: here, key }, `is a named property of a list${CANNOT_HOLD}`);
      }
    }
    return copy;
  }

  const value = read(input, undefined, undefined, 0);
  if (values > MAX_VALUES) report(undefined, `repeats shared parts so often that its JSON text would hold over ${MAX_VALUES} values`);
  return { value, problems };
}
