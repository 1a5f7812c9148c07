// Bundle sizes for the benchmark table (the same figures `npm test` checks against the
// budgets in test/size.test.ts). Run alone: `node bench/size.mjs` prints them.
import { fileURLToPath } from 'node:url';
import { kb, measureAll } from '../scripts/size.mjs';

/** Every size figure; see scripts/size.mjs. */
export const measureSizes = measureAll;

/** The dependencies in a bundle, "(own)" and "(entry)" left out. */
export const depsOf = (size) => Object.keys(size.packages).filter((p) => !p.startsWith('('));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await measureAll();
  const page = [
    `${'a page drawing a map: JourneyMap + styles.css'.padEnd(44)} ${kb(r.page.total).padStart(9)} min+gzip  (script ${kb(r.page.shipped.gzip)} with ${depsOf(r.page.shipped).join(', ')}; styles.css ${kb(r.page.css.gzip)}; target ${kb(r.targets.total)}, held at ${kb(r.budgets.total)})`,
    `${'  of which our own script'.padEnd(44)} ${kb(r.page.own.gzip).padStart(9)} min+gzip  (target ${kb(r.targets.own)}, held at ${kb(r.budgets.own)}; with styles.css ${kb(r.page.own.gzip + r.page.css.gzip)})`,
  ];
  const lines = [
    ['our own code, main entry (deps left out)', r.own],
    ['our own code, every entry point', r.ownAll],
    ['our own code, components only', r.ownComponents],
    ...r.entries.map((e) => [e.label, e]),
    ['dependencies imported naively', r.naive],
  ].map(([name, m]) => {
    const lazy = m.lazy.files > 0 ? `  + ${kb(m.lazy.gzip)} min+gzip on demand (${[...depsOf(m.lazy), 'own'].join(', ')})` : '';
    return `${name.padEnd(44)} ${kb(m.gzip).padStart(9)} min+gzip  ${kb(m.min).padStart(9)} min  ${depsOf(m).join(', ')}${lazy}`;
  });
  lines.push(`${'styles.css'.padEnd(44)} ${kb(r.css.gzip).padStart(9)} min+gzip  ${kb(r.css.min).padStart(9)} min`);
  process.stdout.write(`${[...page, ...lines].join('\n')}\n`);
}
