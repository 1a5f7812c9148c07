// Server rendering benchmark, run by bench/run.mjs in Node with NODE_ENV=production:
// renderToString of JourneyMap and of the plain-table baseline, same journeys, medians.
// Prints one JSON line.
import { renderToString } from 'react-dom/server';
import { JourneyMap } from '../src';
import { PlainTable } from './baseline';
import { generateJourney, SIZES } from './generate';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const runsFor = (cards: number) => (cards >= 10_000 ? 3 : cards >= 1_000 ? 7 : 15);

const results = [];
for (const size of SIZES) {
  const journey = generateJourney(size);
  const variants = {
    map: () => renderToString(<JourneyMap journey={journey} />),
    table: () => renderToString(<PlainTable journey={journey} />),
  };
  const html: Record<string, number> = {};
  // Warm-up: let the JIT optimise both before timing.
  const warmups = size.cards >= 10_000 ? 1 : size.cards >= 1_000 ? 4 : 15;
  for (const [name, render] of Object.entries(variants)) {
    for (let i = 0; i < warmups; i++) html[name] = render().length;
  }
  const times: Record<string, number[]> = { map: [], table: [] };
  for (let run = 0; run < runsFor(size.cards); run++) {
    for (const [name, render] of Object.entries(variants)) {
      const t0 = performance.now();
      render();
      times[name]!.push(performance.now() - t0);
    }
  }
  results.push({
    cards: size.cards,
    runs: runsFor(size.cards),
    map: median(times.map!),
    table: median(times.table!),
    mapHtmlBytes: html.map,
    tableHtmlBytes: html.table,
  });
}
process.stdout.write(`${JSON.stringify(results)}\n`);
