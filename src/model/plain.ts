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

/** A JSON-style path from the keys leading to a value: `cards[3].stage`, or `cards[3]["odd key"]` for a key that is no identifier. */
function pathOf(keys: ReadonlyArray<string | number>): string {
  let path = '';
  for (const key of keys) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: a number is no identifier, and JSON.stringify writes it as itself
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;
  }
  return path;
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
  // The keys from the input to the value being read: a path is made of them only for a problem.
  const keys: Array<string | number> = [];
  const report = (message: string, lost?: boolean) => problems.push({ path: pathOf(keys), message, lost });
  // Each object read, by its number in `copies` and `sizes`: its copy, and how many values it
  // holds counting repeats (-1 while it is being read). One map lookup per object.
  const seen = new Map<object, number>();
  // Stryker disable next-line ArrayDeclaration: copies and sizes are indexed alike, whatever they start with
  const copies: unknown[] = [];
  // Stryker disable next-line ArrayDeclaration: copies and sizes are indexed alike, whatever they start with
  const sizes: number[] = [];
  let values = 0;

  /** Reads the field `key` of `holder` into `copy`; false when it could not be read. */
  function field(holder: object, key: string | number, depth: number, copy: Record<string | number, unknown>, list: boolean): boolean {
    keys.push(key);
    try {
      let item: unknown;
      try {
        item = (holder as Record<string | number, unknown>)[key];
      } catch {
        report('could not be read', true);
        return false;
      }
      if (item === undefined) {
        if (list) report('missing item: the list holds undefined here', true);
      } else {
        const value = read(item, depth + 1);
        // An own "__proto__" stays a field, as JSON.parse makes it, instead of setting the prototype.
        // Stryker disable next-line ConditionalExpression: defining a fresh field is assigning it; only "__proto__" needs the long way
        if (key === '__proto__') Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
        else copy[key] = value;
      }
      return true;
    } finally {
      keys.pop();
    }
  }

  function read(value: unknown, depth: number): unknown {
    values++;
    const type = typeof value;
    if (type === 'number' ? !Number.isFinite(value) : type === 'bigint' || type === 'symbol' || type === 'function') {
      report(`is ${type === 'number' ? value : `a ${type === 'bigint' ? 'BigInt' : type}`}${CANNOT_HOLD}`);
    }
    if (type !== 'object' || value === null) return value;
    const object = value as object;
    const number = seen.get(object);
    // Stryker disable next-line ConditionalExpression: sizes[undefined] is never -1
    if ((number !== undefined && sizes[number] === -1) || depth > MAX_DEPTH) {
      report(depth > MAX_DEPTH ? `is nested over ${MAX_DEPTH} levels deep` : `contains itself (a cycle)${CANNOT_HOLD}`, true);
      return undefined;
    }
    if (number !== undefined) {
      values += sizes[number]!;
      return copies[number];
    }
    const before = values;
    const mine = sizes.push(-1) - 1;
    seen.set(object, mine);
    copies.push(undefined);
    let copy: unknown;
    try {
      const array = Array.isArray(object);
      const proto = Object.getPrototypeOf(object) as object | null;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path; the walk below finds these chains short enough too
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
          report(`is ${name ? `a ${name}` : 'a class'} object; a journey holds only plain objects and lists, as JSON does`);
        }
      }
      if (Object.getOwnPropertySymbols(object).some((s) => Object.prototype.propertyIsEnumerable.call(object, s))) {
        report('has a property keyed by a symbol, which JSON text drops');
      }
      copy = array ? readList(object as unknown[], depth) : readObject(object, depth);
    } catch {
      report('could not be read', true);
      // Read again where it is met again, and reported there too.
      seen.delete(object);
      return undefined;
    }
    copies[mine] = copy;
    sizes[mine] = values - before;
    return copy;
  }

  function readObject(source: object, depth: number): object {
    const copy: Record<string, unknown> = {};
    const names = Object.keys(source);
    const start = problems.length;
    let failed = 0;
    for (const key of names) if (!field(source, key, depth, copy, false)) failed++;
    // An object none of whose fields can be read (a Proxy whose every read throws) is one problem.
    if (failed > 1 && failed === names.length)
      problems.splice(start, failed, { path: pathOf(keys), message: 'could not be read', lost: true });
    return copy;
  }

  function readList(source: unknown[], depth: number): unknown[] {
    const length = source.length;
    const copy: unknown[] = [];
    let holes = 0;
    for (let i = 0; i < length; i++) {
      if (i in source) {
        field(source, i, depth, copy as unknown as Record<number, unknown>, true);
        continue;
      }
      if (++holes > MAX_HOLES) {
        // A list that is mostly holes (`cards.length = 1e9`) is not walked: it is lost as a whole.
        const items = Object.keys(source).filter((key) => String(Number(key) >>> 0) === key && Number(key) < length).length;
        report(`has ${length - items} missing items in all`, true);
        return [];
      }
      keys.push(i);
      report('missing item: the list has a hole here', true);
      keys.pop();
    }
    // JSON writes only the items: a list's named properties would be lost.
    const names = Object.keys(source);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; the loop below reports only what is no item
    if (names.length > length - holes) {
      for (const key of names) {
        if (String(Number(key) >>> 0) !== key || Number(key) >= length) {
          keys.push(key);
          report(`is a named property of a list${CANNOT_HOLD}`);
          keys.pop();
        }
      }
    }
    return copy;
  }

  const value = read(input, 0);
  if (values > MAX_VALUES) report(`repeats shared parts so often that its JSON text would hold over ${MAX_VALUES} values`);
  return { value, problems };
}
