// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify, uniqueIds } from '../../src/io/ids';

describe('slugify: a name made into an id', () => {
  it('lower-cases and joins runs of anything but letters and digits with one dash', () => {
    expect(slugify('Check Out', 'x')).toBe('check-out');
    expect(slugify('A  --  B', 'x')).toBe('a-b');
    expect(slugify('Step 2: pay!', 'x')).toBe('step-2-pay');
    expect(slugify('a_b.c', 'x')).toBe('a-b-c');
  });

  it('keeps letters, marks and digits of every script', () => {
    expect(slugify('比较套餐', 'x')).toBe('比较套餐');
    expect(slugify('Оплата Заказа', 'x')).toBe('оплата-заказа');
    expect(slugify('café', 'x')).toBe('café');
    // A decomposed accent is composed first.
    expect(slugify('cafe\u0301', 'x')).toBe('caf\u00e9');
    expect(slugify('٣ خطوات', 'x')).toBe('٣-خطوات');
  });

  it('drops one dash at each end', () => {
    expect(slugify(' Pay ', 'x')).toBe('pay');
    expect(slugify('!Pay', 'x')).toBe('pay');
    expect(slugify('Pay!', 'x')).toBe('pay');
    expect(slugify('-a-', 'x')).toBe('a');
    expect(slugify('a', 'x')).toBe('a');
    expect(slugify('ab', 'x')).toBe('ab');
  });

  it('gives the fallback when nothing is left', () => {
    expect(slugify('', 'stage')).toBe('stage');
    expect(slugify('!', 'stage')).toBe('stage');
    expect(slugify('  ', 'stage')).toBe('stage');
    expect(slugify('-', 'lane')).toBe('lane');
  });
});

describe('uniqueIds: ids unique among one function’s results', () => {
  it('numbers repeats from 2, and keeps different names apart', () => {
    const id = uniqueIds('stage');
    expect(['Pay', 'Pay', 'Pay', 'Ship', '', '', 'pay'].map(id)).toEqual(['pay', 'pay-2', 'pay-3', 'ship', 'stage', 'stage-2', 'pay-4']);
  });

  it('skips a number a name has already taken as its own id', () => {
    const id = uniqueIds('x');
    expect(id('a-2')).toBe('a-2');
    expect(id('a')).toBe('a');
    expect(id('a')).toBe('a-3');
    expect(id('a')).toBe('a-4');
    expect(id('a-2')).toBe('a-2-2');
  });

  it('gives each new function its own set of ids', () => {
    expect(uniqueIds('x')('a')).toBe('a');
    expect(uniqueIds('x')('a')).toBe('a');
  });

  it('stays linear when one name repeats very often', () => {
    const id = uniqueIds('x');
    const ids = Array.from({ length: 20_000 }, () => id('x'));
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.at(-1)).toBe('x-20000');
  });

  it('skips a numbered id a later name reaches as its own, and numbers on from it', () => {
    const id = uniqueIds('x');
    expect(['a', 'a', 'a', 'a-2', 'a-3', 'a-3', 'a'].map(id)).toEqual(['a', 'a-2', 'a-3', 'a-2-2', 'a-3-2', 'a-3-3', 'a-4']);
    // Only a whole number from 2 on, written without a leading zero, is a number this function could have given.
    // ("b-2-" is "b-2" as an id, which is taken.)
    const other = uniqueIds('x');
    expect(['b', 'b', 'b-02', 'b-1', 'b-0', 'b-2-'].map(other)).toEqual(['b', 'b-2', 'b-02', 'b-1', 'b-0', 'b-2-2']);
  });

  it('gives what taking the first free number after each name gives, for any names', () => {
    // The plain way, with every id given out in one set: the same ids, however names repeat and collide.
    const reference = () => {
      const given = new Set<string>();
      const nextOf = new Map<string, number>();
      return (name: string) => {
        const base = slugify(name, 'x');
        let id = base;
        let n = nextOf.get(base) ?? 2;
        if (given.has(id)) {
          do id = `${base}-${n++}`;
          while (given.has(id));
          nextOf.set(base, n);
        }
        given.add(id);
        return id;
      };
    };
    const part = fc.constantFrom('a', 'b', '2', '3', '02', '1', '10', '-', '', ' ');
    const name = fc.array(part, { maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 60 }), (names) => {
        expect(names.map(uniqueIds('x'))).toEqual(names.map(reference()));
      }),
      { numRuns: 500 },
    );
  });
});
