// @vitest-environment node
import { describe as group, expect, it } from 'vitest';
import { describe, problemList, quote, quoteList, suggester, truncate } from '../../src/model/messages';

group('truncate and quote: a message never repeats much of its input', () => {
  it('keeps a text of up to 40 characters whole, and cuts a longer one at 40 with an ellipsis', () => {
    const forty = 'a'.repeat(40);
    expect(truncate(forty)).toBe(forty);
    expect(truncate(`${forty}b`)).toBe(`${forty}…`);
    expect(truncate('abcdef', 3)).toBe('abc…');
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('')).toBe('');
  });

  it('quotes a value, shortened', () => {
    expect(quote('checkout')).toBe('"checkout"');
    expect(quote('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
  });

  it('quotes up to six values, then an ellipsis', () => {
    expect(quoteList([])).toBe('');
    expect(quoteList(['a'])).toBe('"a"');
    expect(quoteList(['a', 'b'])).toBe('"a", "b"');
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(quoteList(six)).toBe('"a", "b", "c", "d", "e", "f"');
    expect(quoteList([...six, 'g'])).toBe('"a", "b", "c", "d", "e", "f", …');
    expect(quoteList(['a', 'b', 'c'], 2)).toBe('"a", "b", …');
    expect(quoteList(['y'.repeat(45)])).toBe(`"${'y'.repeat(40)}…"`);
  });
});

group('problemList: the message of an error that lists problems', () => {
  const line = (n: number) => `problem ${n}`;

  it('is the one problem alone when there is one', () => {
    expect(problemList('The CSV', [1], line)).toBe('problem 1');
  });

  it('counts the problems and lists each on its own line', () => {
    expect(problemList('The CSV', [1, 2], line)).toBe('The CSV has 2 problems:\n  problem 1\n  problem 2');
  });

  it('lists ten at most and counts the rest', () => {
    const ten = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(problemList('X', ten, line)).toBe(`X has 10 problems:\n  ${ten.map(line).join('\n  ')}`);
    const twelve = Array.from({ length: 12 }, (_, i) => i + 1);
    expect(problemList('X', twelve, line)).toBe(`X has 12 problems:\n  ${ten.map(line).join('\n  ')}\n  …and 2 more`);
  });

  it('caps each line at 300 characters', () => {
    const long = 'z'.repeat(301);
    expect(problemList('X', [long], (p) => p)).toBe(`${'z'.repeat(300)}…`);
    expect(problemList('X', ['z'.repeat(300)], (p) => p)).toBe('z'.repeat(300));
    expect(problemList('X', [long, 'b'], (p) => p)).toBe(`X has 2 problems:\n  ${'z'.repeat(300)}…\n  b`);
  });
});

group('describe: what a value is, in a few words', () => {
  it('names each kind of value', () => {
    expect(describe(null)).toBe('null');
    expect(describe([1, 2])).toBe('a list');
    expect(describe([])).toBe('a list');
    expect(describe(3)).toBe('number 3');
    expect(describe(-0.5)).toBe('number -0.5');
    expect(describe(Infinity)).toBe('number Infinity');
    expect(describe(Number.NaN)).toBe('NaN');
    expect(describe('hi')).toBe('the text "hi"');
    expect(describe('w'.repeat(60))).toBe(`the text "${'w'.repeat(40)}…"`);
    expect(describe({ a: 1 })).toBe('an object');
    expect(describe(() => 1)).toBe('a function');
    expect(describe(10n)).toBe('a BigInt');
    expect(describe(Symbol('s'))).toBe('a symbol');
    expect(describe(true)).toBe('boolean true');
    expect(describe(false)).toBe('boolean false');
    expect(describe(undefined)).toBe('undefined undefined');
  });
});

group('suggester: "did you mean" for an unknown id', () => {
  it('suggests the known id one typo away, whatever the case', () => {
    const suggest = suggester();
    expect(suggest('chekout', ['browse', 'checkout', 'delivery'])).toBe('; did you mean "checkout"?');
    expect(suggest('CHECKOUT', ['browse', 'checkout'])).toBe('; did you mean "checkout"?');
    // The suggestion keeps the id as it is spelled.
    expect(suggest('checkout', ['Browse', 'CheckOut'])).toBe('; did you mean "CheckOut"?');
  });

  it('suggests the nearest of several near misses', () => {
    const suggest = suggester();
    expect(suggest('stage-10', ['stage-1x2', 'stage-11', 'stage-10x'])).toBe('; did you mean "stage-11"?');
    // Equally near: the first one found stays.
    expect(suggest('abcd', ['abce', 'abcf'])).toBe('; did you mean "abce"?');
    expect(suggest('abcdefghij', ['abcdefghXY', 'abcdefghiX'])).toBe('; did you mean "abcdefghiX"?');
  });

  it('allows two edits for short ids and a third of the length for long ones', () => {
    const suggest = suggester();
    expect(suggest('ab', ['xy'])).toBe('; did you mean "xy"?');
    expect(suggest('abc', ['xyz'])).toBe('; known ids are "xyz"');
    // 9 characters: three edits allowed, four not.
    expect(suggest('abcdefXYZ', ['abcdefghi'])).toBe('; did you mean "abcdefghi"?');
    expect(suggest('abcdeWXYZ', ['abcdefghi'])).toBe('; known ids are "abcdefghi"');
    // Length alone rules out: three letters more than a 6-letter candidate allows.
    expect(suggest('abcdefghi', ['abcdef'])).toBe('; known ids are "abcdef"');
    expect(suggest('abcdefgh', ['abcdef'])).toBe('; did you mean "abcdef"?');
    expect(suggest('abcd', ['abcdef'])).toBe('; did you mean "abcdef"?');
    expect(suggest('abc', ['abcdef'])).toBe('; known ids are "abcdef"');
  });

  it('counts insertions, deletions and substitutions anywhere in the id', () => {
    const suggest = suggester();
    expect(suggest('xabcdef', ['abcdef'])).toBe('; did you mean "abcdef"?');
    expect(suggest('abcdefx', ['abcdef'])).toBe('; did you mean "abcdef"?');
    expect(suggest('bcdef', ['abcdef'])).toBe('; did you mean "abcdef"?');
    expect(suggest('axcxef', ['abcdef'])).toBe('; did you mean "abcdef"?');
    expect(suggest('xycdez', ['abcdef'])).toBe('; known ids are "abcdef"');
    expect(suggest('ba', ['ab'])).toBe('; did you mean "ab"?');
    expect(suggest('abcdefghijkl', ['lkjihgfedcba'])).toBe('; known ids are "lkjihgfedcba"');
  });

  it('lists a few known ids when none is near, and says so when there are none', () => {
    const suggest = suggester();
    expect(suggest('zzzzzz', ['browse', 'checkout'])).toBe('; known ids are "browse", "checkout"');
    expect(suggest('zzzzzz', [])).toBe('; none are defined');
    expect(suggest('', [])).toBe('; none are defined');
    expect(suggest('zzzzzzzz', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'])).toBe('; known ids are "a1", "a2", "a3", "a4", "a5", "a6", …');
  });

  it('suggests nothing for ids over 64 characters, given or known', () => {
    const suggest = suggester();
    const long = 'a'.repeat(65);
    expect(suggest(long, [`${'a'.repeat(64)}b`])).toBe(`; known ids are "${'a'.repeat(40)}…"`);
    expect(suggest('a'.repeat(64), ['a'.repeat(65)])).toBe(`; known ids are "${'a'.repeat(40)}…"`);
    expect(suggest('a'.repeat(63) + 'b', ['a'.repeat(64)])).toBe(`; did you mean "${'a'.repeat(40)}…"?`);
    expect(suggest('a'.repeat(65), ['a'.repeat(64)])).toBe(`; known ids are "${'a'.repeat(40)}…"`);
  });

  it('reuses the lowered ids of a list it has seen, and lowers a new list afresh', () => {
    const suggest = suggester();
    const known = ['Checkout'];
    expect(suggest('chekout', known)).toBe('; did you mean "Checkout"?');
    expect(suggest('checkot', known)).toBe('; did you mean "Checkout"?');
    expect(suggest('browze', ['Browse'])).toBe('; did you mean "Browse"?');
  });

  it('stops suggesting once its budget of edit-distance steps is spent', () => {
    // Ids far apart from one another: 13 pseudo-random letters each.
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
    const known = Array.from({ length: 2000 }, () => Array.from({ length: 13 }, letter).join(''));
    const typo = (i: number) => `${known[i]}x`;
    const found = (i: number) => `; did you mean "${known[i]}"?`;
    // Each candidate costs (14 + 1) * (13 + 1) = 210 steps until the match; 500 000 in all.
    expect(suggester()(typo(1999), known)).toBe(found(1999));
    const suggest = suggester();
    expect(suggest(typo(1200), known)).toBe(found(1200));
    // 1201 * 210 spent (candidates after the match are ruled out by length alone).
    // The rest of the budget runs out before the 1200th candidate.
    expect(suggest(typo(1200), known)).toMatch(/^; known ids are /);
    // Spent is spent: not even the first candidate is looked at now.
    expect(suggest(typo(0), known)).toMatch(/^; known ids are /);
    expect(suggest(typo(1200), ['zzz', known[1200]!])).toMatch(/^; known ids are /);
  });

  it('spends its whole budget, to the last step, and no more', () => {
    // Nine letters against nine: 10 * 10 = 100 steps a candidate, 5000 candidates in all.
    const far = Array.from({ length: 4999 }, () => 'zzzzzzzzz');
    expect(suggester()('aaaaaaaab', [...far, 'aaaaaaaaa'])).toBe('; did you mean "aaaaaaaaa"?');
    expect(suggester()('aaaaaaaab', [...far, 'zzzzzzzzz', 'aaaaaaaaa'])).toMatch(/^; known ids are /);
  });

  it('spends nothing on candidates whose length alone rules them out', () => {
    // 2000 candidates of 30 letters would cost 10 * 31 steps each, more than the budget.
    const long = Array.from({ length: 2000 }, () => 'z'.repeat(30));
    expect(suggester()('aaaaaaaab', [...long, 'aaaaaaaaa'])).toBe('; did you mean "aaaaaaaaa"?');
  });
});
