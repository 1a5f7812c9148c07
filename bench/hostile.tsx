// Hostile-input benchmark, run by bench/run.mjs in Node with NODE_ENV=production: the
// pathological inputs of test/pathological.ts at the sizes their issue reported (and
// server rendering of 20,000 cards in one cell), timed in processor time, cold and warm; and each
// case's growth from n to 4n, as the growth test measures it. Prints one JSON line.
import { renderToString } from 'react-dom/server';
import { JourneyMap } from '../src';
import { PATHOLOGICAL_CASES, measureGrowth, plainJourney, type PathologicalCase } from '../test/pathological';

/** The size each case's issue reported, by the start of the case's name. */
const ISSUE_SIZES: Record<string, { n: number; what: string }> = {
  '4 · validate: 1 dangling link per 30 cards': { n: 10_000, what: '10,000 cards, 334 dangling links' },
  '4 · validate: one unknown id against 1,000 stages': { n: 100_000, what: 'a 100 kB unknown id, 1,000 stages' },
  '5 · CSV: lane name of n "("': { n: 40_000, what: '40,000 "("' },
  '6 · CSV: n stages and n/8 lanes all named "x"': { n: 20_000, what: '20,000 stages and 2,500 lanes named "x"' },
  '6 · Mermaid: n sections all named "x"': { n: 20_000, what: '20,000 sections named "x"' },
  '7 · Mermaid: n sections, an actor each': { n: 2_000, what: '2,000 sections with their own actors' },
  '7 · Mermaid: one task naming n actors': { n: 100_000, what: 'one task naming 100,000 actors' },
  '8 · CSV: n cards in one cell': { n: 90_000, what: 'a 1 MB cell (90,000 cards)' },
  '8 · cells: n cards in one cell of one stage': { n: 20_000, what: '20,000 cards in one cell' },
};

/** A full collection between cases, when Node runs with --expose-gc (bench/run.mjs starts it so). */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Growth from n to 4n as the growth test measures it: the lowest of three measurements (the test stops at the first within its limit). */
const growth = (c: PathologicalCase): number => measureGrowth(c, 0, 3).ratio;

/**
 * A case at its issue's size, as a benchmark harness measures throughput: the first call
 * (cold: nothing compiled yet for this input), then warm-up calls until at least five
 * have run and 250 ms have passed (the engine compiles and settles its optimised code),
 * then the mean of at least five further calls lasting at least 500 ms in all, garbage
 * collection included: a median would leave out the calls that happen to collect.
 * Processor time, in milliseconds.
 */
function atIssueSize(c: PathologicalCase, n: number): { cold: number; ms: number; bytes: number } {
  const input = c.make(n);
  const call = (): number => {
    const t0 = cpuMs();
    try {
      c.run(input);
    } catch {
      // Rejecting the input is an answer too; the time is what counts.
    }
    return cpuMs() - t0;
  };
  collect();
  const cold = call();
  let warm = cold;
  for (let calls = 1; calls < 5 || warm < 250; calls++) warm += call();
  let total = 0;
  let calls = 0;
  while (calls < 5 || total < 500) {
    total += call();
    calls++;
  }
  return { cold, ms: total / calls, bytes: c.bytes(input) };
}

const results = [];
for (const c of PATHOLOGICAL_CASES) {
  collect();
  const issue = ISSUE_SIZES[c.name];
  const big = issue ? atIssueSize(c, issue.n) : undefined;
  results.push({
    name: c.name,
    growth: growth(c),
    n: c.n,
    issue: issue && big ? { what: issue.what, ...big } : undefined,
  });
}

// Server rendering of one cell of 20,000 cards: the packing, and everything drawn on it.
collect();
const journey = plainJourney(20_000, 1);
renderToString(<JourneyMap journey={journey} layout="grid" />);
const t0 = cpuMs();
renderToString(<JourneyMap journey={journey} layout="grid" />);
const ssrOneCell = cpuMs() - t0;

process.stdout.write(`${JSON.stringify({ cases: results, ssrOneCell })}\n`);
