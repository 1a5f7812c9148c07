// Pathological inputs for the importers, the validator and the cell packing: each case
// builds an input of size `n` whose cost a quadratic algorithm would square. The growth
// tests (test/linear.test.ts) time n against 4n; `npm run bench` (bench/hostile.ts)
// reports the times. Plain functions of `n`, deterministic, no randomness.
import type { PlacedCard } from '../src/model/normalize';
import type { Card, Journey } from '../src/model/types';
import { validateJourney } from '../src/model/validate';
import { laneCells } from '../src/layout/cells';
import { fromJourneyCsv } from '../src/io/csv';
import { fromMermaidJourney } from '../src/io/mermaid';
import { filterCssUrls, isSafeCssValue, isSafeUrl } from '../src/model/sanitize';

/** One pathological case: what it attacks, how to build it at size `n`, and the call to time. */
export interface PathologicalCase<T = unknown> {
  /** The issue item it belongs to and what it does, e.g. "4 · dangling links". */
  name: string;
  /**
   * The size the growth test times against 4n: big enough that the quadratic version took
   * tens of milliseconds or more (so 4n took 16 times as long), small enough that the data
   * stays in the processor's caches, whose misses (and the garbage collector's copying)
   * make every step slower on inputs of many megabytes, linear algorithm or not.
   */
  n: number;
  /** Builds the input of size `n`. */
  make: (n: number) => T;
  /** The size of the input in bytes (its text, or its JSON), for "ms per MB". */
  bytes: (input: T) => number;
  /** The call being timed. */
  run: (input: T) => unknown;
}

/** A valid journey with `cards` cards over `stages` stages in one lane, for the validator cases. */
export function plainJourney(cards: number, stages = 10): Journey {
  return {
    schemaVersion: 1,
    id: 'pathological',
    title: 'Pathological',
    personas: [{ id: 'p', name: 'P' }],
    stages: Array.from({ length: stages }, (_, i) => ({ id: `stage-${i}`, name: `Stage ${i}` })),
    lanes: [{ id: 'l', kind: 'actions', label: 'Actions' }],
    cards: Array.from({ length: cards }, (_, i): Card => ({
      id: `card-${i}`,
      stage: `stage-${i % stages}`,
      lane: 'l',
      kind: 'action',
      title: `Card ${i}`,
    })),
    emotions: [],
  };
}

/** `n` cards, every 30th with a link to a card that does not exist (a near miss of a real id). */
export function danglingLinks(n: number): Journey {
  const journey = plainJourney(n);
  journey.cards.forEach((card, i) => {
    if (i % 30 === 0) card.links = [`card-${i}x`];
  });
  return journey;
}

/** One card whose stage is an unknown id of `n` characters, in a journey of 1,000 stages. */
export function longUnknownId(n: number): Journey {
  const journey = plainJourney(1, 1000);
  journey.cards[0]!.stage = 'stage-1'.padEnd(n, 'x');
  return journey;
}

/** A CSV whose one lane is named by `n` opening parentheses. */
export const csvParenthesesLane = (n: number): string => `Lane,A\n${'('.repeat(n)},x\n`;

/** A CSV with `n` stages all named "x" and `n / 8` lanes all named "x". */
export const csvRepeatedNames = (n: number): string =>
  `Lane${',x'.repeat(n)}\n${Array.from({ length: Math.max(1, n >> 3) }, () => 'x').join('\n')}\n`;

/** A CSV holding `n` cards in one cell (one title per line). */
export const csvOneCell = (n: number): string => `Lane,A\nActions,"${Array.from({ length: n }, (_, i) => `Card ${i}`).join('\n')}"\n`;

/** A Mermaid journey with `n` sections all named "x", one task each. */
export const mermaidRepeatedSections = (n: number): string =>
  `journey\n${Array.from({ length: n }, () => 'section x\n  t: 3').join('\n')}\n`;

/** A Mermaid journey with `n` sections, each with a task naming an actor of its own. */
export const mermaidOwnActors = (n: number): string =>
  `journey\n${Array.from({ length: n }, (_, i) => `section s${i}\n  t: 3: a${i}`).join('\n')}\n`;

/** A Mermaid journey with one task naming `n` actors. */
export const mermaidManyActors = (n: number): string =>
  `journey\nsection s\n  t: 3: ${Array.from({ length: n }, (_, i) => `a${i}`).join(', ')}\n`;

// The placed cards of a cell share one card: packing reads only their columns, and a
// smaller heap keeps the memory system's slowdown on big inputs out of the growth ratio.
const CARD: Card = { id: 'c', stage: 's0', lane: 'l', kind: 'action', title: 'Card' };

/** `n` placed cards in one cell of one stage. */
export const oneCell = (n: number): PlacedCard[] => Array.from({ length: n }, () => ({ card: CARD, start: 0, end: 0, row: 0 }));

/**
 * `n` placed cards in one cell over eight stages: a card spanning all eight first, then
 * cards of every span from one to seven starting at every stage, as a cell of a busy
 * lane holds them.
 */
export const mixedCell = (n: number): PlacedCard[] =>
  Array.from({ length: n }, (_, i) => {
    const start = i === 0 ? 0 : i % 8;
    const end = i === 0 ? 7 : Math.min(7, start + ((i >> 3) % 7));
    return { card: CARD, start, end, row: 0 };
  });

/** A Mermaid journey whose lines once made patterns backtrack: a comment of `n` "#", a title and a section of `n` spaces before a line separator. */
export const mermaidBacktracking = (n: number): string =>
  `---\ntitle: ${' '.repeat(n)}x\u2028\n---\njourney\ntitle ${' '.repeat(n)}\u2028x\nsection ${'#'.repeat(n)}\u2028x\nsection s\nt: 3 ${'%%'.repeat(n)}\n`;

/** CSS text that once made the url() pattern backtrack: `url(` `n` times, then spaces and no `)`. */
export const cssUrlRun = (n: number): string => `${'url('.repeat(n)}${' '.repeat(n)}x url("${'\\"'.repeat(n)}`;

/** The JSON size of a value, in bytes (UTF-16 code units, close enough for ASCII). */
export const jsonBytes = (value: unknown): number => JSON.stringify(value).length;

const text = (input: string) => input.length;
/** Types one case, so that `make`, `bytes` and `run` agree on the input. */
const define = <T>(c: PathologicalCase<T>): PathologicalCase => c as PathologicalCase;

/** Every pathological case, by issue item. */
export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  define({ name: '4 · validate: 1 dangling link per 30 cards', n: 3_000, make: danglingLinks, bytes: jsonBytes, run: validateJourney }),
  define({
    name: '4 · validate: one unknown id against 1,000 stages',
    n: 25_000,
    make: longUnknownId,
    bytes: jsonBytes,
    run: validateJourney,
  }),
  define({ name: '5 · CSV: lane name of n "("', n: 10_000, make: csvParenthesesLane, bytes: text, run: (t) => fromJourneyCsv(t) }),
  define({
    name: '5 · Mermaid: runs of "#", "%%" and spaces before U+2028',
    n: 20_000,
    make: mermaidBacktracking,
    bytes: text,
    run: fromMermaidJourney,
  }),
  define({
    name: '5 · sanitize: url( n times, spaces, an unclosed string',
    // Small enough that at 4n the text and its compacted copy (about 1 MB at n = 20,000)
    // stay in a core's 512 KB cache: past it every character costs more, which tilted the
    // ratio to 6–8× on a linear scan.
    n: 5_000,
    make: cssUrlRun,
    bytes: text,
    run: (t) => [filterCssUrls(t), isSafeCssValue(t), isSafeUrl(t)],
  }),
  define({
    name: '6 · CSV: n stages and n/8 lanes all named "x"',
    n: 500,
    make: csvRepeatedNames,
    bytes: text,
    run: (t) => fromJourneyCsv(t),
  }),
  define({ name: '6 · Mermaid: n sections all named "x"', n: 500, make: mermaidRepeatedSections, bytes: text, run: fromMermaidJourney }),
  define({ name: '7 · Mermaid: n sections, an actor each', n: 125, make: mermaidOwnActors, bytes: text, run: fromMermaidJourney }),
  define({ name: '7 · Mermaid: one task naming n actors', n: 500, make: mermaidManyActors, bytes: text, run: fromMermaidJourney }),
  define({ name: '8 · CSV: n cards in one cell', n: 625, make: csvOneCell, bytes: text, run: (t) => fromJourneyCsv(t) }),
  define({
    name: '8 · cells: n cards in one cell of one stage',
    n: 1_250,
    make: oneCell,
    bytes: jsonBytes,
    run: (placed) => laneCells({ placed, stageCount: 1 }),
  }),
  define({
    name: '8 · cells: n cards of mixed spans in one cell',
    n: 1_250,
    make: mixedCell,
    bytes: jsonBytes,
    run: (placed) => laneCells({ placed, stageCount: 8 }),
  }),
];

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * The processor time this process spends, in milliseconds: unlike the wall clock, it
 * does not count the time other processes on a busy machine take the cores away.
 */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The processor time, in milliseconds, of calling a case `repeat` times on one input. */
function timeRuns<T>(c: PathologicalCase<T>, input: T, repeat: number): number {
  const t0 = cpuMs();
  for (let r = 0; r < repeat; r++) {
    try {
      c.run(input);
    } catch {
      // Rejecting the input is an answer too; the time is what counts.
    }
  }
  return cpuMs() - t0;
}

/**
 * The median processor time of `runs` runs of a case at size `n`, in milliseconds, each
 * run calling it `repeat` times on the same input; and the input's size in bytes.
 */
export function timeCase<T>(c: PathologicalCase<T>, n: number, runs: number, repeat = 1): { ms: number; bytes: number } {
  const input = c.make(n);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeRuns(c, input, repeat));
  return { ms: median(times), bytes: c.bytes(input) };
}

/** What {@link measureGrowth} found: the time at `n` and at `4n`, their ratio, and how often each run called the case. */
export interface Growth {
  ratio: number;
  small: number;
  large: number;
  repeat: number;
}

/**
 * The most four times the input may cost, in times the cost at `n`: 8×, half-way on a
 * logarithmic scale between linear growth (4×) and quadratic growth (16×). A linear case
 * measures 4–4.6× on a quiet machine, an n·log n one a little more, and either reads over
 * 5× while the rest of the test run shares the two cores (its collector and caches grow
 * with the heap); a quadratic case reads 12× or more however busy the machine is. So the
 * limit tells the two apart with room on both sides, where a tighter one failed linear
 * code on a busy machine and taught nothing.
 */
export const MAX_GROWTH = 8;

/** The least processor time a measurement of {@link measureGrowth} may last: shorter ones are mostly noise. */
const MIN_MEASURE_MS = 20;

/**
 * How much more processor time a case takes at four times its size `c.n`. Each
 * measurement calls the case often enough to last at least 20 ms and takes the median of
 * five runs at `n` and at `4n`, the two sizes taking turns. The number of calls is set
 * again from the measurement itself, not only from the warm-up: once the engine has
 * optimised a case it may run several times faster, and a measurement of a few
 * milliseconds is ruled by a single collection. Processor time still grows
 * when other processes share the cores (caches, memory bandwidth), so a ratio over
 * `limit` is measured again, up to `tries` times in all, and the lowest is returned: a
 * cost that really grows faster than the input shows in every measurement, a busy moment
 * in only some.
 */
export function measureGrowth<T>(c: PathologicalCase<T>, limit: number, tries = 3): Growth {
  let repeat = 1;
  timeCase(c, c.n, 1); // warm the JIT
  while (repeat < 1024 && timeCase(c, c.n, 3, repeat).ms < MIN_MEASURE_MS) repeat *= 2;
  const inputs = [c.make(c.n), c.make(c.n * 4)] as const;
  let best: Growth | undefined;
  for (let i = 0; i < tries && !(best && best.ratio <= limit);) {
    // The two sizes take turns, so that a busy moment of the machine slows both alike
    // rather than only the one measured then.
    const times: [number[], number[]] = [[], []];
    for (let run = 0; run < 5; run++) for (const size of [0, 1] as const) times[size].push(timeRuns(c, inputs[size], repeat));
    const [small, large] = [median(times[0]), median(times[1])];
    if (small < MIN_MEASURE_MS && repeat < 1024) {
      // Too short to tell growth from noise: call the case more often and measure again.
      repeat = Math.min(1024, repeat * 2 ** Math.ceil(Math.log2(MIN_MEASURE_MS / Math.max(small, 0.01))));
      continue;
    }
    i++;
    if (!best || large / small < best.ratio) best = { ratio: large / small, small, large, repeat };
  }
  return best!;
}
