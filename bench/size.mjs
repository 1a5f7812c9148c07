// Bundle sizes for the benchmark table (the same figures `npm test` checks against the
// budgets in test/size.test.ts). Run alone: `node bench/size.mjs` prints them.
import { fileURLToPath } from 'node:url';
import { kb, measureAll } from '../scripts/size.mjs';

/** Every size figure; see scripts/size.mjs. */
export const measureSizes = measureAll;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await measureAll();
  const lines = [
    ['our own code (deps left out)', r.own],
    ['our own code, components only', r.ownComponents],
    ...r.entries.map((e) => [e.name, e]),
    ['dependencies imported naively', r.naive],
  ].map(([name, m]) => `${name.padEnd(34)} ${kb(m.gzip).padStart(9)} min+gzip  ${kb(m.min).padStart(9)} min  ${Object.keys(m.packages).filter((p) => !p.startsWith('(')).join(', ')}`);
  lines.push(`${'styles.css'.padEnd(34)} ${kb(r.css.gzip).padStart(9)} min+gzip  ${kb(r.css.min).padStart(9)} min`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
