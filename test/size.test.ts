// @vitest-environment node
// The size budget, checked on every test run (timings are not: machines are noisy; they
// live in `npm run bench`). The test command builds the package first; each figure is
// what a consumer ships: an entry importing from dist/, bundled by esbuild, minified,
// gzip -9, react left out. The budgets are measured on a page that draws a map
// (`import { JourneyMap } from 'react-journey-map'` and `styles.css`); the script and
// the stylesheet are files of their own, each gzipped alone. Bundles are split as a
// host's bundler splits them: the initial load is what the entry imports statically;
// what is loaded with import() is counted apart (`lazy`): a map's details popover and
// curve tooltip, with floating-ui, and ExportMenu's CSV and Mermaid writers. `node bench/size.mjs` prints every figure, the whole main entry's beside them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUDGETS,
  TARGETS,
  DEPENDENCIES,
  ENTRIES,
  MAIN_ENTRY,
  ROOT,
  kb,
  measureEntry,
  measurePage,
  type BundleSize,
  type PageSize,
} from '../scripts/size.mjs';

/** Export and converter code among what a bundle loads, at once or on demand. */
const onDemandExport = (size: BundleSize) =>
  [...size.sources, ...size.lazy.sources].filter((file) => /^src\/(io\/|export\.ts|components\/ExportMenu\/)/.test(file));
const entry = (name: string) => ENTRIES.find((e) => e.name === name)!.code;
const pulls = (size: BundleSize | BundleSize['lazy'], pattern: RegExp) => Object.keys(size.packages).filter((p) => pattern.test(p));

describe('bundle size budgets (min+gzip)', () => {
  let page: PageSize;
  /** The whole main entry, reported beside the page's figures (not a budget). */
  let main = '';

  beforeAll(async () => {
    expect(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
    page = await measurePage();
    const [mainOwn, mainShipped] = await Promise.all([measureEntry(MAIN_ENTRY, { external: DEPENDENCIES }), measureEntry(MAIN_ENTRY)]);
    main = `(the whole main entry: own ${kb(mainOwn.gzip)}, with its dependencies ${kb(mainShipped.gzip)})`;
  });

  it('measures the page as it ships: the map component with its dependencies, and the stylesheet', () => {
    expect(pulls(page.shipped, /^d3-|^@floating-ui\/|^clsx$/).length).toBeGreaterThan(0);
    expect(pulls(page.own, /^d3-|^@floating-ui\/|^clsx$/)).toEqual([]);
    expect(page.css.gzip, 'styles.css is measured').toBeGreaterThan(1024);
    expect(page.total).toBe(page.shipped.gzip + page.css.gzip);
  });

  it(`a page drawing a map — JourneyMap with d3 parts, clsx and styles.css, react excluded — ships no more than it does now at first (held at ${kb(BUDGETS.total)}; the target is ${kb(TARGETS.total)})`, () => {
    const figures = `script ${kb(page.shipped.gzip)} + styles.css ${kb(page.css.gzip)} = ${kb(page.total)} ${main}`;
    expect(page.total, figures).toBeLessThanOrEqual(BUDGETS.total);
  });

  it(`our own script on that page ships no more than it does now (held at ${kb(BUDGETS.own)}; the target is ${kb(TARGETS.own)})`, () => {
    const figures = `own script ${kb(page.own.gzip)} (styles.css beside it: ${kb(page.css.gzip)}) ${main}`;
    expect(page.own.gzip, figures).toBeLessThanOrEqual(BUDGETS.own);
  });

  it('the main entry ships neither papaparse nor export code, not even on demand: on demand only the floating parts and the blueprint arrows', async () => {
    const main = await measureEntry(MAIN_ENTRY);
    expect(pulls(main, /^papaparse$/)).toEqual([]);
    expect(pulls(main.lazy, /^(?!\(own\)$|@floating-ui\/|tabbable$)/)).toEqual([]);
    expect(onDemandExport(main)).toEqual([]);
  });

  it('ExportMenu loads papaparse only when someone exports', async () => {
    const menu = await measureEntry(entry('ExportMenu'));
    expect(pulls(menu, /^papaparse$/)).toEqual([]);
    expect(pulls(menu.lazy, /^papaparse$/)).toEqual(['papaparse']);
  });

  it('a map loads floating-ui only on demand, with its details popover and curve tooltip, and the blueprint arrows, a label set only when its language is drawn; never export code or papaparse', async () => {
    const map = await measureEntry(entry('JourneyMap'));
    expect(pulls(map, /^@floating-ui\/|^tabbable$/)).toEqual([]);
    expect(pulls(map.lazy, /^@floating-ui\/react$/)).toEqual(['@floating-ui/react']);
    expect(pulls(map.lazy, /^(?!\(own\)$|@floating-ui\/|tabbable$)/)).toEqual([]);
    expect(pulls(map, /^papaparse$/)).toEqual([]);
    expect(pulls(map.lazy, /^papaparse$/)).toEqual([]);
    expect(onDemandExport(map)).toEqual([]);
    expect(map.sources.filter((file) => file.startsWith('src/locales/'))).toEqual([]);
    // Nothing of the editor: its components, its keyboard model, its history.
    expect(
      map.sources.filter((file) => /^src\/(?:edit|layout\/(?:editing|curveEditing|structureEditing)|model\/history)/.test(file)),
    ).toEqual([]);
    expect(
      map.lazy.sources.filter((file) => /^src\/(?:edit|layout\/(?:editing|curveEditing|structureEditing)|model\/history)/.test(file)),
    ).toEqual([]);
    // Comparing two journeys is the host's to import: not even on demand.
    expect(
      [...map.sources, ...map.lazy.sources].filter((file) => file.startsWith('src/model/diff/') || file === 'src/layout/diffSummary.ts'),
    ).toEqual([]);
    expect(map.lazy.sources).toEqual(
      expect.arrayContaining([
        'src/components/ServiceBlueprintLane/arrows.ts',
        'src/locales/ar.ts',
        'src/locales/ru.ts',
        'src/locales/zh-Hans.ts',
        'src/locales/zh-Hant.ts',
      ]),
    );
  });

  it('the editor entry (JourneyEditor, its history, drag and drop) ships at most 45 KB more than the page that only draws a map', async () => {
    const editor = await measureEntry(entry('JourneyEditor'));
    const over = editor.gzip - page.shipped.gzip;
    expect(over, `editor script ${kb(editor.gzip)}, ${kb(over)} over the map page's ${kb(page.shipped.gzip)}`).toBeLessThanOrEqual(
      45 * 1024,
    );
  });

  it('the editor and the decision views load their label sets only when a journey in that language is drawn; a map never loads them', async () => {
    const sets = (kind: 'edit' | 'views') => ['ar', 'ru', 'zh-Hans', 'zh-Hant'].map((locale) => `src/locales/${kind}/${locale}.ts`);
    const [editor, matrix, map] = await Promise.all([
      measureEntry(entry('JourneyEditor')),
      measureEntry(entry('OpportunityMatrix')),
      measureEntry(entry('JourneyMap')),
    ]);
    for (const [name, size, kind] of [
      ['JourneyEditor', editor, 'edit'],
      ['OpportunityMatrix', matrix, 'views'],
    ] as const) {
      expect(
        size.sources.filter((file) => file.startsWith('src/locales/')),
        name,
      ).toEqual([]);
      expect(size.lazy.sources, name).toEqual(expect.arrayContaining(sets(kind)));
    }
    expect([...map.sources, ...map.lazy.sources].filter((file) => /^src\/locales\/(edit|views)\//.test(file))).toEqual([]);
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
