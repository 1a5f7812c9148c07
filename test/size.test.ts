// @vitest-environment node
// The size budget, checked on every test run (timings are not: machines are noisy; they
// live in `npm run bench`). The test command builds the package first; each figure is
// what a consumer ships: an entry importing from dist/, bundled by esbuild, minified,
// gzip -9, react left out. `node bench/size.mjs` prints every figure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, COMPONENTS_ENTRY, DEPENDENCIES, ENTRIES, ROOT, kb, measureEntry, type BundleSize } from '../scripts/size.mjs';

const entry = (name: string) => ENTRIES.find((e) => e.name === name)!.code;
const pulls = (size: BundleSize, pattern: RegExp) => Object.keys(size.packages).filter((p) => pattern.test(p));

describe('bundle size budgets (min+gzip)', () => {
  beforeAll(() => {
    expect(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
  });

  // The guard covers what a map needs: every component. The import/export helpers
  // (CSV with papaparse, Mermaid, SVG/PNG export) come on top of this today because the
  // build is one file; `npm run bench` reports the whole-library figures beside it.
  it('everything a consumer ships for the map components — d3 parts, floating-ui, clsx included, react excluded — stays within 60 KB', async () => {
    const shipped = await measureEntry(COMPONENTS_ENTRY);
    expect(shipped.gzip, `components with their dependencies: ${kb(shipped.gzip)}`).toBeLessThanOrEqual(BUDGETS.total);
  });

  it('our own code for the components alone (no import/export helpers) stays within 25 KB', async () => {
    const own = await measureEntry(COMPONENTS_ENTRY, { external: DEPENDENCIES });
    expect(own.gzip, `own code of the components: ${kb(own.gzip)}`).toBeLessThanOrEqual(BUDGETS.own);
  });

  it('PersonaPanel alone pulls in neither d3 nor floating-ui (tree-shaking works)', async () => {
    const panel = await measureEntry(entry('PersonaPanel'));
    expect(pulls(panel, /^d3-|^@floating-ui\//)).toEqual([]);
  });

  it('parseJourney alone pulls in no rendering dependency', async () => {
    const parse = await measureEntry(entry('parseJourney'));
    expect(pulls(parse, /^d3-|^@floating-ui\/|^clsx$/)).toEqual([]);
  });
});
