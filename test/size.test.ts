// @vitest-environment node
// The size budget, checked on every test run (timings are not: machines are noisy; they
// live in `npm run bench`). The test command builds the package first; each figure is
// what a consumer ships: an entry importing from dist/, bundled by esbuild, minified,
// gzip -9, react left out. Bundles are split as a host's bundler splits them: the
// initial load is what the entry imports statically; what ExportMenu loads with import()
// (its CSV and Mermaid writers) is counted apart (`lazy`). `node bench/size.mjs` prints
// every figure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, COMPONENTS_ENTRY, DEPENDENCIES, ENTRIES, MAIN_ENTRY, ROOT, kb, measureEntry, type BundleSize } from '../scripts/size.mjs';

const entry = (name: string) => ENTRIES.find((e) => e.name === name)!.code;
const pulls = (size: BundleSize | BundleSize['lazy'], pattern: RegExp) => Object.keys(size.packages).filter((p) => pattern.test(p));

describe('bundle size budgets (min+gzip)', () => {
  beforeAll(() => {
    expect(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
  });

  // The whole library is the main entry: `export * from 'react-journey-map'` — the model,
  // themes and every map component. The converters and the export menu (CSV with
  // papaparse, Mermaid, SVG/PNG export) are entry points of their own:
  // react-journey-map/csv, /mermaid and /export; `npm run bench` reports them too.
  it('everything a consumer ships for the whole main entry — d3 parts, floating-ui, clsx included, react excluded — stays within 60 KB', async () => {
    const shipped = await measureEntry(MAIN_ENTRY);
    expect(shipped.gzip, `main entry with its dependencies: ${kb(shipped.gzip)}`).toBeLessThanOrEqual(BUDGETS.total);
  });

  it('our own code for the whole main entry stays within 25 KB', async () => {
    const own = await measureEntry(MAIN_ENTRY, { external: DEPENDENCIES });
    expect(own.gzip, `own code of the main entry: ${kb(own.gzip)}`).toBeLessThanOrEqual(BUDGETS.own);
  });

  it('the main entry ships neither papaparse nor export code, not even on demand', async () => {
    const main = await measureEntry(MAIN_ENTRY);
    expect(pulls(main, /^papaparse$/)).toEqual([]);
    expect(main.lazy.files).toBe(0);
  });

  it('ExportMenu loads papaparse only when someone exports', async () => {
    const menu = await measureEntry(entry('ExportMenu'));
    expect(pulls(menu, /^papaparse$/)).toEqual([]);
    expect(pulls(menu.lazy, /^papaparse$/)).toEqual(['papaparse']);
  });

  it('everything a consumer ships for the map components — d3 parts, floating-ui, clsx included, react excluded — stays within 60 KB', async () => {
    const shipped = await measureEntry(COMPONENTS_ENTRY);
    expect(shipped.gzip, `components with their dependencies: ${kb(shipped.gzip)}`).toBeLessThanOrEqual(BUDGETS.total);
  });

  it('our own code for the components alone (no export menu) stays within 25 KB', async () => {
    const own = await measureEntry(COMPONENTS_ENTRY, { external: DEPENDENCIES });
    expect(own.gzip, `own code of the components: ${kb(own.gzip)}`).toBeLessThanOrEqual(BUDGETS.own);
  });

  it('a map alone loads nothing on demand: no export code, no papaparse', async () => {
    const map = await measureEntry(entry('JourneyMap'));
    expect(map.lazy.files).toBe(0);
    expect(pulls(map, /^papaparse$/)).toEqual([]);
  });

  it('PersonaPanel alone pulls in neither d3 nor floating-ui (tree-shaking works)', async () => {
    const panel = await measureEntry(entry('PersonaPanel'));
    expect(pulls(panel, /^d3-|^@floating-ui\//)).toEqual([]);
  });

  it('parseJourney alone pulls in no rendering dependency', async () => {
    const parse = await measureEntry(entry('parseJourney'));
    expect(pulls(parse, /^d3-|^@floating-ui\/|^clsx$/)).toEqual([]);
  });

  it('no converter entry point pulls in d3, only the export menu floating-ui, and only the CSV one papaparse at load', async () => {
    for (const name of ['react-journey-map/csv', 'react-journey-map/mermaid', 'react-journey-map/export']) {
      const size = await measureEntry(entry(name));
      // The export entry's menu uses clsx, like every component, and floating-ui's menu interactions.
      expect(pulls(size, /^d3-/), name).toEqual([]);
      expect(pulls(size, /^@floating-ui\//).length > 0, name).toBe(name.endsWith('/export'));
      expect(pulls(size, /^papaparse$/), name).toEqual(name.endsWith('/csv') ? ['papaparse'] : []);
    }
  });
});
