// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readPlain } from '../../src/model/plain';

const problemsOf = (input: unknown) => readPlain(input).problems;
const paths = (input: unknown) => problemsOf(input).map((p) => `${p.path}: ${p.message}${p.lost ? ' (lost)' : ''}`);

describe('readPlain: reading a value as the JSON data it claims to be', () => {
  it('copies plain data unchanged, with no problems', () => {
    const input = { a: 1, b: 'x', c: [true, null, { d: -2.5 }], e: {}, f: [] };
    const { value, problems } = readPlain(input);
    expect(problems).toEqual([]);
    expect(value).toEqual(input);
    expect(value).not.toBe(input);
    expect((value as { c: unknown[] }).c).not.toBe(input.c);
    for (const scalar of [0, 'text', true, false, null]) expect(readPlain(scalar)).toEqual({ value: scalar, problems: [] });
  });

  it('accepts an object with no prototype, and leaves undefined fields out as JSON does', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1, b: undefined });
    const { value, problems } = readPlain(bare);
    expect(problems).toEqual([]);
    expect(value).toEqual({ a: 1 });
    expect(Object.keys(value as object)).toEqual(['a']);
  });

  it('reports numbers, BigInts, symbols and functions JSON cannot hold, at their paths, and keeps them', () => {
    const fn = () => 1;
    const sym = Symbol('s');
    const { value, problems } = readPlain({ n: Number.NaN, i: -Infinity, b: 1n, s: sym, f: fn, list: [Infinity] });
    expect(problems).toEqual([
      { path: 'n', message: 'is NaN, which JSON text cannot hold', lost: undefined },
      { path: 'i', message: 'is -Infinity, which JSON text cannot hold', lost: undefined },
      { path: 'b', message: 'is a BigInt, which JSON text cannot hold', lost: undefined },
      { path: 's', message: 'is a symbol, which JSON text cannot hold', lost: undefined },
      { path: 'f', message: 'is a function, which JSON text cannot hold', lost: undefined },
      { path: 'list[0]', message: 'is Infinity, which JSON text cannot hold', lost: undefined },
    ]);
    expect(value).toEqual({ n: Number.NaN, i: -Infinity, b: 1n, s: sym, f: fn, list: [Infinity] });
    expect(paths(Number.NaN)).toEqual([': is NaN, which JSON text cannot hold']);
  });

  it('writes paths as JSON does: dotted names, indices, and quoted keys that are no identifiers', () => {
    expect(paths({ cards: [{ stage: Number.NaN }] })).toEqual(['cards[0].stage: is NaN, which JSON text cannot hold']);
    expect(paths({ a: { $b_1: 1n } })).toEqual(['a.$b_1: is a BigInt, which JSON text cannot hold']);
    expect(paths({ 'odd key': { _x: 1n } })).toEqual(['["odd key"]._x: is a BigInt, which JSON text cannot hold']);
    expect(paths({ '1a': 1n })).toEqual(['["1a"]: is a BigInt, which JSON text cannot hold']);
    expect(paths({ 'a-b': 1n })).toEqual(['["a-b"]: is a BigInt, which JSON text cannot hold']);
    expect(paths({ 'a b': 1n, ab: 2n })[1]).toBe('ab: is a BigInt, which JSON text cannot hold');
    expect(paths([[1n]])).toEqual(['[0][0]: is a BigInt, which JSON text cannot hold']);
    const long = 'k '.repeat(30);
    expect(paths({ [long]: 1n })).toEqual([`[${JSON.stringify(`${long.slice(0, 40)}…`)}]: is a BigInt, which JSON text cannot hold`]);
    const forty = ' '.repeat(40);
    expect(paths({ [forty]: 1n })).toEqual([`[${JSON.stringify(forty)}]: is a BigInt, which JSON text cannot hold`]);
  });

  it('keeps an own "__proto__" as a field, as JSON.parse does, without setting the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const { value, problems } = readPlain(input);
    expect(problems).toEqual([]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value as object, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')).toEqual({
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    expect((value as { polluted?: boolean }).polluted).toBeUndefined();
    expect(JSON.stringify(value)).toBe('{"__proto__":{"polluted":true},"a":1}');
  });

  it('reports a field whose getter throws as lost, and leaves it out', () => {
    const input = {
      a: 1,
      get b(): number {
        throw new Error('no');
      },
    };
    const { value, problems } = readPlain(input);
    expect(problems).toEqual([{ path: 'b', message: 'could not be read', lost: true }]);
    expect(value).toEqual({ a: 1 });
    expect(Object.keys(value as object)).toEqual(['a']);
  });

  it('reports an object none of whose several fields can be read as one problem', () => {
    const handler: ProxyHandler<object> = {
      get() {
        throw new Error('no');
      },
    };
    const all = new Proxy({ a: 1, b: 2, c: 3 }, handler);
    expect(readPlain({ x: all }).problems).toEqual([{ path: 'x', message: 'could not be read', lost: true }]);
    // One field alone stays reported at its own path.
    const one = new Proxy({ a: 1 }, handler);
    expect(readPlain({ x: one }).problems).toEqual([{ path: 'x.a', message: 'could not be read', lost: true }]);
    // Only the fields that fail, when some can be read.
    const some = new Proxy(
      { a: 1, b: 2, c: 3 },
      {
        get(target, key) {
          if (key === 'a') return 1;
          throw new Error('no');
        },
      },
    );
    const read = readPlain({ x: some, y: Number.NaN });
    expect(read.problems.map((p) => p.path)).toEqual(['x.b', 'x.c', 'y']);
    expect(read.value).toEqual({ x: { a: 1 }, y: Number.NaN });
    // Problems met before the object stay.
    expect(readPlain({ w: 1n, x: all }).problems.map((p) => p.path)).toEqual(['w', 'x']);
  });

  it('reports a revoked Proxy as lost, and reads it again where it is met again', () => {
    const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
    revoke();
    const { value, problems } = readPlain({ x: proxy, y: proxy });
    expect(problems).toEqual([
      { path: 'x', message: 'could not be read', lost: true },
      { path: 'y', message: 'could not be read', lost: true },
    ]);
    expect(JSON.stringify(value)).toBe('{}');
  });

  it('reports a cycle as lost, at the path that closes it', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    const { value, problems } = readPlain({ a });
    expect(problems).toEqual([{ path: 'a.self', message: 'contains itself (a cycle), which JSON text cannot hold', lost: true }]);
    expect(value).toEqual({ a: { name: 'a' } });
    const list: unknown[] = [1];
    list.push(list);
    expect(paths(list)).toEqual(['[1]: contains itself (a cycle), which JSON text cannot hold (lost)']);
  });

  it('reads a shared part once and copies it to every place it is met', () => {
    const shared = { n: 1n };
    const { value, problems } = readPlain({ a: shared, b: shared, c: [shared] });
    expect(problems).toEqual([{ path: 'a.n', message: 'is a BigInt, which JSON text cannot hold', lost: undefined }]);
    const copy = value as { a: object; b: object; c: object[] };
    expect(copy.a).toBe(copy.b);
    expect(copy.c[0]).toBe(copy.a);
    expect(copy.a).not.toBe(shared);
  });

  it('refuses nesting over 100 levels, at the level it passes', () => {
    const nest = (levels: number) => {
      let value: unknown = 1;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    // The top value is level 0: a list 100 deep holds its number at level 100.
    expect(readPlain(nest(100)).problems).toEqual([]);
    const deep = readPlain(nest(101));
    expect(deep.problems).toEqual([]);
    const deeper = readPlain(nest(102));
    expect(deeper.problems).toEqual([{ path: `${'[0]'.repeat(101)}`, message: 'is nested over 100 levels deep', lost: true }]);
    expect(JSON.stringify(deeper.value)).toBe(`${'['.repeat(101)}null${']'.repeat(101)}`);
  });

  it('tells a cycle from deep nesting at the deepest level allowed', () => {
    // The list at level 0 is met again at level 100: a cycle, not too deep.
    const root: unknown[] = [];
    let inner = root;
    for (let i = 1; i < 100; i++) {
      const next: unknown[] = [];
      inner.push(next);
      inner = next;
    }
    inner.push(root);
    expect(paths(root)).toEqual([`${'[0]'.repeat(100)}: contains itself (a cycle), which JSON text cannot hold (lost)`]);
  });

  it('reports holes in a list one by one, as lost', () => {
    // eslint-disable-next-line no-sparse-arrays
    const { value, problems } = readPlain({ list: [1, , 3] });
    expect(problems).toEqual([{ path: 'list[1]', message: 'missing item: the list has a hole here', lost: true }]);
    const list = (value as { list: unknown[] }).list;
    expect(list).toHaveLength(3);
    expect(1 in list).toBe(false);
    expect(list[2]).toBe(3);
    expect(paths([1, undefined])).toEqual(['[1]: missing item: the list holds undefined here (lost)']);
    expect(JSON.stringify(readPlain([1, undefined]).value)).toBe('[1]');
  });

  it('reports up to 100 holes one by one, and a list with more as lost as a whole', () => {
    const hundred: unknown[] = [];
    hundred.length = 100;
    hundred.push('a');
    expect(problemsOf(hundred)).toHaveLength(100);
    expect((readPlain(hundred).value as unknown[])[100]).toBe('a');
    const sparse: unknown[] = ['a'];
    sparse.length = 1e9;
    sparse[5] = 'b';
    const { value, problems } = readPlain({ cards: sparse });
    expect(problems.at(-1)).toEqual({ path: 'cards', message: `has ${1e9 - 2} missing items in all`, lost: true });
    expect(problems).toHaveLength(101);
    expect(problems[0]).toEqual({ path: 'cards[1]', message: 'missing item: the list has a hole here', lost: true });
    expect(value).toEqual({ cards: [] });
  });

  it('counts only index keys below the length as items of a mostly empty list', () => {
    const sparse: unknown[] = [];
    sparse.length = 200;
    sparse[150] = 1;
    Object.assign(sparse, { name: 'x', '-1': 2, '01': 3 });
    expect(problemsOf(sparse).at(-1)).toEqual({ path: '', message: 'has 199 missing items in all', lost: true });
  });

  it('reports the named properties of a list, which JSON text drops', () => {
    const list = Object.assign([1, 2], { extra: 'x', '01': 'y', '-1': 'z', '1.5': 'w' });
    expect(paths({ list })).toEqual([
      'list.extra: is a named property of a list, which JSON text cannot hold',
      'list["01"]: is a named property of a list, which JSON text cannot hold',
      'list["-1"]: is a named property of a list, which JSON text cannot hold',
      'list["1.5"]: is a named property of a list, which JSON text cannot hold',
    ]);
    expect(readPlain({ list }).value).toEqual({ list: [1, 2] });
    // An index at or past the length cannot be an own key of an array, but a hole keeps the count right.
    // eslint-disable-next-line no-sparse-arrays
    const holed = Object.assign([1, , 3], { extra: 1 });
    expect(paths(holed)).toEqual([
      '[1]: missing item: the list has a hole here (lost)',
      'extra: is a named property of a list, which JSON text cannot hold',
    ]);
  });

  it('reads a list Proxy by its length, and reports index keys at or past the length as named properties', () => {
    const list = (keys: string[]) =>
      new Proxy([1, 2], {
        ownKeys: () => [...keys, 'length'],
        getOwnPropertyDescriptor: (target, key) =>
          typeof key === 'string' && keys.includes(key)
            ? { value: 9, enumerable: true, configurable: true, writable: true }
            : Reflect.getOwnPropertyDescriptor(target, key),
      });
    expect(paths(list(['0', '1', '2']))).toEqual(['["2"]: is a named property of a list, which JSON text cannot hold']);
    expect(paths(list(['0', '1', '5']))).toEqual(['["5"]: is a named property of a list, which JSON text cannot hold']);
    expect(readPlain(list(['0', '1', '2'])).value).toEqual([1, 2]);
    // A mostly empty list counts only the index keys below its length as items.
    const sparse: unknown[] = [];
    sparse.length = 200;
    const keys = ['199', '200', '300'];
    const proxy = new Proxy(sparse, {
      ownKeys: () => [...keys, 'length'],
      getOwnPropertyDescriptor: (target, key) =>
        typeof key === 'string' && keys.includes(key)
          ? { value: 1, enumerable: true, configurable: true, writable: true }
          : Reflect.getOwnPropertyDescriptor(target, key),
    });
    expect(problemsOf(proxy).at(-1)).toEqual({ path: '', message: 'has 199 missing items in all', lost: true });
  });

  it('reports class instances and symbol keys, and names the class', () => {
    class Stage {
      id = 's';
    }
    expect(paths({ s: new Stage() })).toEqual(['s: is a Stage object; a journey holds only plain objects and lists, as JSON does']);
    expect(paths({ d: new Date(0) })[0]).toBe('d: is a Date object; a journey holds only plain objects and lists, as JSON does');
    expect(paths({ m: new Map() })).toEqual(['m: is a Map object; a journey holds only plain objects and lists, as JSON does']);
    class Cards extends Array<number> {}
    expect(paths(Cards.from([1]))).toEqual([': is a Cards object; a journey holds only plain objects and lists, as JSON does']);
    const nameless = Object.create(Object.create({ constructor: { name: '' } }) as object) as object;
    expect(paths(nameless)).toEqual([': is a class object; a journey holds only plain objects and lists, as JSON does']);
    const throwing = Object.create(
      Object.create(
        Object.defineProperty({}, 'constructor', {
          get() {
            throw new Error('no');
          },
        }),
      ) as object,
    ) as object;
    expect(paths(throwing)).toEqual([': is a class object; a journey holds only plain objects and lists, as JSON does']);
    const longName = { [`${'N'.repeat(50)}`]: class {} }[`${'N'.repeat(50)}`]!;
    expect(paths(new longName())).toEqual([`: is a ${'N'.repeat(40)} object; a journey holds only plain objects and lists, as JSON does`]);
    const keyed = { a: 1, [Symbol('k')]: 2 };
    expect(paths(keyed)).toEqual([': has a property keyed by a symbol, which JSON text drops']);
    const hidden = Object.defineProperty({ a: 1 }, Symbol('k'), { value: 2, enumerable: false });
    expect(paths(hidden)).toEqual([]);
  });

  it('treats plain objects and lists from another realm as plain, by the length of their prototype chain', () => {
    const foreignProto = Object.create(null) as object;
    const foreign = Object.create(foreignProto) as Record<string, unknown>;
    foreign.a = 1;
    expect(paths(foreign)).toEqual([]);
    const foreignArrayProto = Object.create(Object.create(null) as object) as object;
    const foreignList = Object.setPrototypeOf([1, 2], foreignArrayProto) as unknown[];
    expect(paths(foreignList)).toEqual([]);
    expect(readPlain(foreignList).value).toEqual([1, 2]);
    const tooLong = Object.setPrototypeOf([1], Object.create(Object.create(Object.create(null) as object) as object)) as unknown[];
    expect(paths(tooLong)).toEqual([': is a class object; a journey holds only plain objects and lists, as JSON does']);
    const objectTwoLinks = Object.create(Object.create(Object.create(null) as object) as object) as object;
    expect(paths(objectTwoLinks)).toEqual([': is a class object; a journey holds only plain objects and lists, as JSON does']);
  });

  it('counts every repeat of a shared part, and refuses over ten million values', () => {
    let shared: unknown = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    // Each level repeats the one below ten times: 10^7 values with a few levels.
    for (let i = 0; i < 6; i++) shared = Array.from({ length: 10 }, () => shared);
    const { problems } = readPlain(shared);
    expect(problems).toEqual([
      { path: '', message: 'repeats shared parts so often that its JSON text would hold over 10000000 values', lost: undefined },
    ]);
    // Exactly ten million values are allowed, one more is not.
    let level: unknown = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let i = 0; i < 5; i++) level = Array.from({ length: 10 }, () => level);
    // The top list, nine parts of 1 011 111 values each and a flat list of 900 000.
    const exact = (rest: number) => [...Array.from({ length: 9 }, () => level), new Array<number>(rest).fill(0)];
    expect(readPlain(exact(899_999)).problems).toEqual([]);
    expect(readPlain(exact(900_000)).problems).toHaveLength(1);
    let small: unknown = [1, 2, 3, 4, 5, 6, 7, 8];
    for (let i = 0; i < 6; i++) small = Array.from({ length: 10 }, () => small);
    expect(readPlain(small).problems).toEqual([]);
  });
});
