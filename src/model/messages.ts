// How problem messages quote what they found: values shortened, lists capped, and "did
// you mean" suggestions whose cost is bounded however long or many the ids are.

/** Shortens a quoted value: a message never repeats more than `max` characters of the input. */
export const truncate = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A value in quotes, shortened. */
export const quote = (text: string): string => `"${truncate(text)}"`;

/** Up to `max` values in quotes, each shortened, then "…". */
export const quoteList = (values: readonly string[], max = 6): string => {
  const shown = values.slice(0, max).map(quote);
  return values.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
};

/**
 * The message of an error that lists problems (an importer's): the one problem, or how
 * many there are and the first ten, each line capped at 300 characters and the rest
 * counted. The error's `problems` keep them all.
 */
export function problemList<P>(what: string, problems: readonly P[], line: (problem: P) => string): string {
  const shown = problems.slice(0, 10).map((problem) => truncate(line(problem), 300));
  if (problems.length === 1) return shown[0]!;
  const more = problems.length > 10 ? `\n  …and ${problems.length - 10} more` : '';
  return `${what} has ${problems.length} problems:\n  ${shown.join('\n  ')}${more}`;
}

/** What a value is, for "must be text, but it is …"; never prints more than a short text. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? 'NaN' : `number ${value}`;
    case 'string':
      return `the text ${quote(value)}`;
    case 'object':
      return 'an object';
    case 'function':
      return 'a function';
    case 'bigint':
      return 'a BigInt';
    case 'symbol':
      return 'a symbol';
    default:
      return `${typeof value} ${String(value)}`;
  }
}

/** Ids longer than this get no suggestion. */
const MAX_SUGGESTED_LENGTH = 64;
/** Edit-distance cells one validation may spend on suggestions, however many ids dangle. */
const SUGGESTION_BUDGET = 500_000;

/**
 * Edit distance between `a` and `b`, or `limit + 1` as soon as it must exceed `limit`
 * (every cell of a row is above it).
 */
function distance(a: string, b: string, limit: number): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    let least = (row[0] = i);
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(saved + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
      least = Math.min(least, row[j]!);
    }
    // Stryker disable next-line ConditionalExpression: an early exit only; a distance over the limit is refused either way
    if (least > limit) return limit + 1;
  }
  return row[b.length]!;
}

/**
 * Returns the end of an "unknown id" message: `; did you mean "checkout"?` for a near
 * miss, else a few of the known ids. One suggester serves one validation: it spends at
 * most a fixed number of edit-distance steps in all, skips ids longer than 64
 * characters and candidates whose length alone rules them out, so that validation stays
 * linear in its input however many ids dangle.
 */
export function suggester(): (value: string, known: readonly string[]) => string {
  let budget = SUGGESTION_BUDGET;
  const lowered = new Map<readonly string[], string[]>();
  return (value, known) => {
    let best: string | undefined;
    let bestDistance = Infinity;
    if (value.length <= MAX_SUGGESTED_LENGTH) {
      const target = value.toLowerCase();
      let candidates = lowered.get(known);
      // Stryker disable next-line ConditionalExpression: a cache; lowering the ids again gives the same ones
      if (!candidates) lowered.set(known, (candidates = known.map((id) => id.toLowerCase())));
      for (let k = 0; k < candidates.length && budget > 0; k++) {
        const candidate = candidates[k]!;
        const limit = Math.min(bestDistance - 1, Math.max(2, Math.floor(candidate.length / 3)));
        if (candidate.length > MAX_SUGGESTED_LENGTH || Math.abs(candidate.length - target.length) > limit) continue;
        budget -= (target.length + 1) * (candidate.length + 1);
        const d = distance(target, candidate, limit);
        if (d <= limit) {
          best = known[k];
          bestDistance = d;
        }
      }
    }
    if (best !== undefined) return `; did you mean ${quote(best)}?`;
    return known.length > 0 ? `; known ids are ${quoteList(known)}` : '; none are defined';
  };
}
