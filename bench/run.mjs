#!/usr/bin/env node
// `npm run bench`: the benchmark suite. Builds what it needs, measures in headless
// Chromium (served from 127.0.0.1 only) and in Node, prints one table and writes it to
// bench/RESULTS.md (raw figures in bench/out/results.json). Separate from the tests:
// timings depend on the machine; only the size budget is checked by `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/chromium.mjs';
import { measureSizes } from './size.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');
const require = createRequire(import.meta.url);
const started = Date.now();
const startLoad = os
  .loadavg()
  .map((x) => x.toFixed(1))
  .join(', ');
const log = (line) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

/** Sizes as in bench/generate.ts; runs per size (fewer at 10,000 cards to keep the suite within minutes). */
const ALL_SIZES = [100, 1_000, 10_000];
// `--sizes=1000` (or `--sizes=100,1000`) measures only those sizes, for a quick look
// while iterating: the table shows "—" for the rest, and RESULTS.md is left alone
// unless `--write` is given too.
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const SIZE_INDEXES = sizesArg
  ? sizesArg
      .slice('--sizes='.length)
      .split(',')
      .map((x) => ALL_SIZES.indexOf(Number(x.replace(/_/g, ''))))
      .filter((i) => i >= 0)
  : [0, 1, 2];
const PARTIAL = SIZE_INDEXES.length < ALL_SIZES.length;
const SIZES = ALL_SIZES;
const MOUNT_RUNS = [15, 15, 5];
const INTERACTION_RUNS = [11, 11, 5];
/** Places the pointer's hit test is timed at, spread over the viewport. */
const HIT_POINTS = 31;
/** Frames per scroll, sideways then down. */
const SCROLL_STEPS = 40;
const COUNT_RUNS = 3;
/** The editor's rows: cards renamed (keystrokes each) and cards moved, on the 1,000-card map. */
const EDIT_TITLES = 5;
const EDIT_KEYS = 6;
const EDIT_MOVES = 7;
// React's profiling build at 1,000 cards only: at 10,000 it would add a minute and a half.
const PROFILED_SIZES = [1];
const MERMAID_TIMEOUT_MS = 60_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const max = (xs) => Math.max(...xs);

// ---------------------------------------------------------------------------------
// 1. Build: the library (for the size figures) when dist/ is missing or older than
//    src/, the page (production and profiling React) and the server-rendering script.

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureLibraryBuilt() {
  const dist = join(ROOT, 'dist/index.js');
  if (existsSync(dist) && existsSync(join(ROOT, 'dist/index.css')) && statSync(dist).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  log('building the library (npm run build) for the size figures…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run build failed');
}

const HOOK = `<script>
// A minimal React DevTools hook, installed before React loads: React (also its
// production build) hands it every commit, and bench/page/renders.ts counts renders.
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true, isDisabled: false, renderers: new Map(),
  inject() { return 1; }, checkDCE() {}, onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
  onCommitFiberRoot(_id, root) { if (window.__benchOnCommit) window.__benchOnCommit(root); },
};
</script>`;

async function bundlePage(kind) {
  const outdir = join(OUT, kind);
  const profilingDom = require.resolve('react-dom/profiling');
  await build({
    entryPoints: { main: join(ROOT, 'bench/page/main.tsx') },
    bundle: true,
    outdir,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    // Whitespace and syntax only, and names kept: component names label the render counts.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    plugins:
      kind === 'profiling'
        ? [
            {
              // React's profiling build of react-dom/client (it shares react-dom's internals).
              name: 'react-dom-profiling',
              setup(b) {
                b.onResolve({ filter: /^react-dom\/client$/ }, () => ({ path: profilingDom }));
              },
            },
          ]
        : [],
  });
  writeFileSync(
    join(outdir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>loading</title>${HOOK}
<link rel="stylesheet" href="main.css"><style>body { margin: 0; font-family: system-ui, sans-serif; }</style></head>
<body><script type="module" src="main.js"></script></body></html>\n`,
  );
}

async function bundleSsr(name = 'ssr') {
  await build({
    entryPoints: [join(ROOT, `bench/${name}.tsx`)],
    outfile: join(OUT, `${name}.mjs`),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    logLevel: 'warning',
  });
}

// ---------------------------------------------------------------------------------
// 2. Server rendering in Node (production React).

function runSsr(name = 'ssr', flags = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, join(OUT, `${name}.mjs`)], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`${name} exited with ${code}`)),
    );
  });
}

// ---------------------------------------------------------------------------------
// 3. The browser: a static server on 127.0.0.1 and headless Chromium.

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

function serve() {
  const mermaidDir = join(ROOT, 'node_modules/mermaid/dist');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const [base, rest] = path.startsWith('/mermaid/') ? [mermaidDir, path.slice('/mermaid/'.length)] : [OUT, path.slice(1)];
    const file = normalize(join(base, rest || 'index.html'));
    if (
      relative(base, file).startsWith('..') ||
      relative(base, file).split(sep).includes('..') ||
      !existsSync(file) ||
      statSync(file).isDirectory()
    ) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function openPage(browser, base, kind) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') log(`console error: ${msg.text().slice(0, 300)}`);
  });
  await page.goto(`${base}/${kind}/index.html`);
  await page.waitForFunction(() => document.title === 'ready');
  const cdp = await page.context().newCDPSession(page);
  return { page, cdp };
}

/** JS heap (V8) and DOM heap (Blink's Oilpan, "embedder") in use after two full collections, and DOM nodes. */
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? 0, nodes: dom.nodes };
}

async function browserBench() {
  const found = findChromium();
  if (!found.path) throw new Error(`No Chromium found (${found.source}); set CHROMIUM_PATH.`);
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: found.path,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const result = { chromium: browser.version(), sizes: [], profiled: [], mermaid: [] };
  try {
    const { page, cdp } = await openPage(browser, base, 'prod');
    result.info = await page.evaluate(() => window.bench.info());
    for (const s of SIZE_INDEXES) {
      const label = `${SIZES[s].toLocaleString('en')} cards`;
      log(`${label}: mounting`);
      const size = { cards: SIZES[s], ...(await page.evaluate((i) => window.bench.prepare(i), s)) };
      // Mount times: the three variants interleaved in a rotating order (the map first,
      // whose markup becomes the DOM floor), same page, same run; a warm-up round first
      // except at 10,000 cards, where the JIT is long warm.
      const variants = ['map', 'floor', 'table'];
      const mounts = { map: [], floor: [], table: [] };
      const arrows = [];
      const layouts = { map: [], floor: [], table: [] };
      const detail = {};
      size.heap = {};
      const warm = SIZES[s] < 10_000 ? 1 : 0;
      for (let run = -warm; run < MOUNT_RUNS[s]; run++) {
        for (let k = 0; k < variants.length; k++) {
          const v = variants[(Math.max(run, 0) + k) % variants.length];
          const r = await page.evaluate((variant) => window.bench.mount(variant), v);
          // Memory on the last run: the variant mounted, against the empty page after it.
          const full = run === MOUNT_RUNS[s] - 1 ? await heap(cdp) : null;
          await page.evaluate(() => window.bench.unmount());
          if (full) {
            const empty = await heap(cdp);
            size.heap[v] = {
              js: full.js - empty.js,
              dom: full.dom - empty.dom,
              total: full.js + full.dom - empty.js - empty.dom,
              nodes: full.nodes - empty.nodes,
            };
          }
          if (run < 0) continue;
          mounts[v].push(r.ms);
          layouts[v].push(r.layoutMs);
          if (r.arrowsMs !== undefined) arrows.push(r.arrowsMs);
          detail[v] = r;
          if (r.floorHtmlBytes) size.floorHtmlBytes = r.floorHtmlBytes;
        }
      }
      size.mount = Object.fromEntries(variants.map((v) => [v, median(mounts[v])]));
      size.arrows = arrows.length > 0 ? median(arrows) : undefined;
      size.layout = Object.fromEntries(variants.map((v) => [v, median(layouts[v])]));
      size.mountRuns = mounts;
      size.mountDetail = detail;
      log(
        `${label}: mount map ${size.mount.map.toFixed(1)} ms, floor ${size.mount.floor.toFixed(1)} ms, table ${size.mount.table.toFixed(1)} ms`,
      );
      // Interactions on one mounted map: timed repetitions, then a few counted ones
      // (counting walks the fibers, so it is not timed). The filter goes last.
      size.interactions = {};
      await page.evaluate(() => window.bench.mountForInteractions());
      for (const kind of ['select', 'click', 'hover', 'filter', 'lanes', 'channels']) {
        const isFilter = kind === 'filter' || kind === 'lanes' || kind === 'channels';
        const runs = isFilter && SIZES[s] >= 10_000 ? 4 : INTERACTION_RUNS[s];
        const timed = await page.evaluate(([k, n]) => window.bench.interact(k, n, false, 7), [kind, runs]);
        const countRuns = isFilter ? (SIZES[s] >= 10_000 ? 1 : 2) : COUNT_RUNS;
        const counted = await page.evaluate(([k, n]) => window.bench.interact(k, n, true, 11), [kind, countRuns]);
        size.interactions[kind] = { ms: median(timed.times), runs: timed.times, renders: counted.renders };
      }
      // The editor: its rows are at 1,000 cards (the issue's size); applying one change at every size.
      size.apply = await page.evaluate((n) => window.bench.apply(n), SIZES[s] >= 10_000 ? 41 : 201);
      if (SIZES[s] === 1_000) {
        log(`${label}: the editor (rename by keyboard, move by Ctrl+Arrow)`);
        size.edit = await page.evaluate(([t, k, m]) => window.bench.edit(t, k, m), [EDIT_TITLES, EDIT_KEYS, EDIT_MOVES]);
        await page.evaluate(() => window.bench.mountForInteractions());
      }
      size.hit = await page.evaluate((n) => window.bench.hitTest(n), HIT_POINTS);
      log(`${label}: a hit test of the pointer ${size.hit.median.toFixed(1)} ms (longest ${size.hit.max.toFixed(1)} ms)`);
      log(`${label}: scrolling sideways and down`);
      size.scroll = await page.evaluate((n) => window.bench.scroll(n), SCROLL_STEPS);
      await page.evaluate(() => window.bench.unmount());
      log(
        `${label}: long tasks while scrolling ${size.scroll.longTasks.length} (longest ${max([0, ...size.scroll.longTasks]).toFixed(0)} ms), CLS ${size.scroll.cls.toFixed(4)}; lanes ${size.interactions.lanes.ms.toFixed(1)} ms, channels ${size.interactions.channels.ms.toFixed(1)} ms`,
      );
      log(
        `${label}: select ${size.interactions.select.ms.toFixed(2)} ms, click ${size.interactions.click.ms.toFixed(2)} ms, hover ${size.interactions.hover.ms.toFixed(2)} ms, filter ${size.interactions.filter.ms.toFixed(1)} ms`,
      );
      result.sizes.push(size);
    }
    await page.close();

    // React's own render time, from the Profiler, in React's profiling build.
    const prof = await openPage(browser, base, 'profiling');
    for (const s of PROFILED_SIZES.filter((i) => SIZE_INDEXES.includes(i))) {
      log(`${SIZES[s].toLocaleString('en')} cards: React Profiler (profiling build)`);
      await prof.page.evaluate((i) => window.bench.prepare(i), s);
      const mountsProfiled = [];
      for (let run = 0; run < (SIZES[s] >= 10_000 ? 1 : 3); run++) {
        mountsProfiled.push((await prof.page.evaluate(() => window.bench.mount('map'))).profiled);
        await prof.page.evaluate(() => window.bench.unmount());
      }
      const entry = { cards: SIZES[s], mount: median(mountsProfiled), interactions: {} };
      await prof.page.evaluate(() => window.bench.mountForInteractions());
      // The filter re-renders the whole map; at 10,000 cards its Profiler figure is not worth a minute.
      for (const kind of SIZES[s] >= 10_000 ? ['select', 'click', 'hover'] : ['select', 'click', 'hover', 'filter']) {
        const r = await prof.page.evaluate(([k, n]) => window.bench.interact(k, n, false, 7), [kind, kind === 'filter' ? 2 : 5]);
        entry.interactions[kind] = median(r.profiled);
      }
      await prof.page.evaluate(() => window.bench.unmount());
      result.profiled.push(entry);
    }
    await prof.page.close();

    // Mermaid's journey diagram, same journeys, same browser, as far as it goes.
    const mer = await openPage(browser, base, 'prod');
    let mermaidBroken = null;
    for (const s of process.argv.includes('--no-mermaid') ? [] : SIZE_INDEXES) {
      await mer.page.evaluate((i) => window.bench.prepare(i), s);
      for (const everyCard of [false, true]) {
        const entry = { cards: SIZES[s], everyCard };
        if (mermaidBroken) {
          entry.error = mermaidBroken;
        } else {
          log(`${SIZES[s].toLocaleString('en')} cards: Mermaid journey (${everyCard ? 'every card' : 'action cards'} as tasks)`);
          try {
            const runs = SIZES[s] >= 10_000 || (SIZES[s] >= 1_000 && everyCard) ? 1 : 3;
            const r = await withTimeout(
              mer.page.evaluate(([e, n]) => window.bench.mermaid(e, n), [everyCard, runs]),
              MERMAID_TIMEOUT_MS * runs,
              'Mermaid',
            );
            Object.assign(entry, r, { ms: median(r.times) });
          } catch (error) {
            entry.error = error.message.split('\n')[0];
            // A render that is still running holds the page: later sizes only get bigger.
            if (/longer than/.test(entry.error)) mermaidBroken = `skipped: a smaller Mermaid journey already timed out`;
          }
        }
        result.mermaid.push(entry);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}

// ---------------------------------------------------------------------------------
// 4. The table.

const ms = (x) =>
  x === undefined || Number.isNaN(x) ? '—' : x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (a, b) => `${((a / b) * 100).toFixed(1)} %`;
const n = (x) => x.toLocaleString('en');
const ok = (holds) => (holds ? '✅ holds' : '❌ broken');

function table(bench, ssr, size) {
  const rows = [];
  // One column per size; a size not measured (`--sizes=`) shows "—".
  const at = (f) =>
    SIZES.map((cards, i) => {
      const s = bench.sizes.find((x) => x.cards === cards);
      return s ? f(s, i) : '—';
    });
  const row = (label, values, budget = '', result = '') => rows.push([label, ...values, budget, result]);
  const find = (cards) => bench.sizes.find((x) => x.cards === cards);
  const mid = find(1_000);
  const big = find(10_000);
  // A budget on sizes that were not all measured: "not measured" rather than a verdict.
  const verdict = (needs, holds) => (needs.every(Boolean) ? ok(holds()) : 'not measured');
  const only = (cards, value) => SIZES.map((c) => (c === cards ? value : ''));

  row(
    'Mount: JourneyMap (render + style + layout)',
    at((s) => ms(s.mount.map)),
  );
  row(
    'Mount: DOM floor (its final markup as static HTML)',
    at((s) => ms(s.mount.floor)),
  );
  row(
    'Mount: plain React table, same texts, no features',
    at((s) => ms(s.mount.table)),
  );
  // Ratios pair the variants of one run (mounted one after the other), then take the
  // median: steadier than a ratio of medians when other work comes and goes.
  const paired = (s, other) => median(s.mountRuns.map.map((m, i) => m / s.mountRuns[other][i]));
  row(
    'Mount ratio: map ÷ DOM floor (median of per-run ratios)',
    at((s) => `${paired(s, 'floor').toFixed(2)}×`),
    'reported',
    '—',
  );
  row(
    'Mount ratio: map ÷ plain table (median of per-run ratios)',
    at((s) => `${paired(s, 'table').toFixed(2)}×`),
    '≤ 4× at 1,000',
    verdict([mid], () => paired(mid, 'table') <= 4),
  );
  const mermaidAll = (cards) => bench.mermaid.find((x) => x.cards === cards && x.everyCard && !x.error);
  const overMermaid = (s) => (mermaidAll(s.cards) ? mermaidAll(s.cards).ms / s.mount.map : undefined);
  row(
    'Mermaid (every card a task) ÷ map mount',
    at((s) => (overMermaid(s) === undefined ? '—' : `${overMermaid(s).toFixed(1)}×`)),
    '≥ 10× at 1,000, ≥ 15× at 10,000',
    verdict([mid && overMermaid(mid), big && overMermaid(big)], () => overMermaid(mid) >= 10 && overMermaid(big) >= 15),
  );
  const profiledMount = (i) => bench.profiled.find((p) => p.cards === SIZES[i])?.mount;
  row(
    'Mount: of which browser style + layout: map · floor',
    at((s) => `${ms(s.layout.map)} · ${ms(s.layout.floor)}`),
  );
  row(
    'Mount: the rest (JS, DOM building; floor: HTML parsing): map · floor',
    at((s) => `${ms(s.mount.map - s.layout.map)} · ${ms(s.mount.floor - s.layout.floor)}`),
  );
  row(
    'Mount: React render time (Profiler, profiling build)',
    at((_, i) => ms(profiledMount(i))),
  );
  row(
    'Mount: commits at mount / later (observers)',
    at((s) => `${s.mountDetail.map.commits} / ${s.mountDetail.map.commitsAfter}`),
  );
  if (mid && big) {
    const growth = big.mount.map / mid.mount.map;
    row(
      'Growth 1,000 → 10,000 cards: map · floor · table',
      only(
        10_000,
        `${growth.toFixed(1)}× · ${(big.mount.floor / mid.mount.floor).toFixed(1)}× · ${(big.mount.table / mid.mount.table).toFixed(1)}×`,
      ),
      '≤ 10× (map)',
      ok(growth <= 10),
    );
    const rest = (x) => x.mount.map - x.layout.map;
    row(
      'Growth 1,000 → 10,000: map style + layout · map rest · floor style + layout',
      only(
        10_000,
        `${(big.layout.map / mid.layout.map).toFixed(1)}× · ${(rest(big) / rest(mid)).toFixed(1)}× · ${(big.layout.floor / mid.layout.floor).toFixed(1)}×`,
      ),
    );
    // What our code adds, as a share of what the browser needs for the same markup: when
    // this stays flat from 1,000 to 10,000 cards, any growth beyond 10× is the browser's.
    row(
      'Growth of the map ÷ growth of its DOM floor (below 1: our share shrinks at scale)',
      only(10_000, `${(growth / (big.mount.floor / mid.mount.floor)).toFixed(2)}`),
    );
  } else {
    row(
      'Growth 1,000 → 10,000 cards: map · floor · table',
      at(() => ''),
      '≤ 10× (map)',
      'not measured',
    );
  }
  const sel = (s) => s.interactions.select;
  const selHolds = bench.sizes.filter((s) => s.cards >= 1_000).every((s) => sel(s).ms <= 0.05 * s.mount.map);
  row(
    'Select a card (Space): time, % of mount',
    at((s) => `${ms(sel(s).ms)} (${pct(sel(s).ms, s.mount.map)})`),
    '≤ 5 % of mount (1,000 and 10,000)',
    verdict([mid || big], () => selHolds),
  );
  const renders = (r) => `${max(r.map((x) => x.total))} / ${max(r.map((x) => x.cards))} / ${max(r.map((x) => x.changed))}`;
  const onlyChanged = bench.sizes.every((s) => sel(s).renders.every((r) => r.cards <= r.changed));
  row(
    'Select: components rendered / cards rendered / cards changed (max)',
    at((s) => renders(sel(s).renders)),
    'cards rendered ≤ changed',
    ok(onlyChanged),
  );
  row(
    'Click a card (select + open details): time',
    at((s) => `${ms(s.interactions.click.ms)} (${pct(s.interactions.click.ms, s.mount.map)})`),
  );
  row(
    'Click: components / cards rendered / cards changed',
    at((s) => renders(s.interactions.click.renders)),
  );
  row(
    'Hover a card (open preview, 350 ms delay skipped): time',
    at((s) => `${ms(s.interactions.hover.ms)} (${pct(s.interactions.hover.ms, s.mount.map)})`),
  );
  row(
    'Hover: components / cards rendered / cards changed',
    at((s) => renders(s.interactions.hover.renders)),
  );
  const FILTERS = [
    ['filter', 'persona filter (the switcher: one persona ⇄ all)'],
    ['lanes', 'lane filter (host prop: a third of the lanes left out ⇄ all)'],
    ['channels', 'channel filter (host prop: half the channels ⇄ all)'],
  ];
  for (const [kind, what] of FILTERS) {
    const f = (s) => s.interactions[kind];
    const holds = () => [mid, big].every((s) => f(s).ms <= 0.1 * s.mount.map);
    row(
      `Change the ${what}: time, % of mount`,
      at((s) => (f(s) ? `${ms(f(s).ms)} (${pct(f(s).ms, s.mount.map)})` : '—')),
      '≤ 10 % of mount (1,000 and 10,000)',
      verdict([mid?.interactions[kind], big?.interactions[kind]], holds),
    );
    row(
      `  ${kind === 'filter' ? 'Persona' : kind === 'lanes' ? 'Lane' : 'Channel'} filter: components / cards rendered`,
      at((s) => (f(s) ? `${max(f(s).renders.map((x) => x.total))} / ${max(f(s).renders.map((x) => x.cards))}` : '—')),
    );
  }
  // The editor (react-journey-map/edit) on the 1,000-card map, and applying one change by size.
  const edit = mid?.edit;
  const worstCards = (steps) => max(steps.map((x) => x.cards));
  const strays = (steps) => steps.flatMap((x) => x.cardIds.filter((id) => !x.touched.includes(id)));
  if (edit) {
    const keyMs = median(edit.keystrokes.map((x) => x.ms));
    row(
      "Editor: a keystroke in a card's title field, 1,000 cards: time (worst) · components / cards rendered",
      only(
        1_000,
        `${ms(keyMs)} (${ms(max(edit.keystrokes.map((x) => x.ms)))}) · ${max(edit.keystrokes.map((x) => x.total))} / ${worstCards(edit.keystrokes)}`,
      ),
      '≤ 16 ms, no card re-rendered',
      ok(keyMs <= 16 && worstCards(edit.keystrokes) === 0),
    );
    row(
      'Editor: Enter commits the title: time · cards rendered (others than the renamed one)',
      only(
        1_000,
        `${ms(median(edit.commits.map((x) => x.ms)))} (${pct(median(edit.commits.map((x) => x.ms)), mid.mount.map)}) · ${worstCards(edit.commits)} (${strays(edit.commits).length})`,
      ),
      'only that card re-renders',
      ok(strays(edit.commits).length === 0),
    );
    row(
      'Editor: Ctrl+Arrow moves a card one lane: time · cards rendered (outside the two cells)',
      only(
        1_000,
        `${ms(median(edit.moves.map((x) => x.ms)))} (${pct(median(edit.moves.map((x) => x.ms)), mid.mount.map)}) · ${worstCards(edit.moves)} (${strays(edit.moves).length})`,
      ),
      'only the touched cells re-render',
      ok(strays(edit.moves).length === 0),
    );
    row(
      'Editor: mount (JourneyEditor, every cell drawn) ÷ map mount',
      only(1_000, `${ms(edit.mountMs)} (${ratio(edit.mountMs, mid.mount.map)})`),
    );
  }
  const applyAt = (s, k) => (s?.apply ? s.apply[k] : undefined);
  row(
    'applyJourneyChanges, one change: a title · a move (median)',
    at((s) => (s.apply ? `${s.apply.update.toFixed(3)} · ${s.apply.move.toFixed(3)} ms` : '—')),
  );
  row(
    'applyJourneyChanges, one change: 10,000 ÷ 1,000 cards (a title · a move)',
    only(
      10_000,
      mid?.apply && big?.apply
        ? `${ratio(applyAt(big, 'update'), applyAt(mid, 'update'))} · ${ratio(applyAt(big, 'move'), applyAt(mid, 'move'))}`
        : '—',
    ),
    'reported: copying the card list is the part that grows with the map',
    '—',
  );
  row(
    'Blueprint arrows drawn, after the mount: time (the map is busy routing them)',
    at((s) => (s.arrows !== undefined ? ms(s.arrows) : '—')),
    'reported',
    '—',
  );
  row(
    `A hit test of the pointer (\`elementFromPoint\` at ${HIT_POINTS} places over the map): median (longest)`,
    at((s) => (s.hit ? `${ms(s.hit.median)} (${ms(s.hit.max)})` : '—')),
    'reported: every pointer move makes one',
    '—',
  );
  const longest = (s) => max([0, ...s.scroll.longTasks]);
  row(
    `Long tasks while scrolling sideways then down (${SCROLL_STEPS} frames each), after mount: count (longest)`,
    at((s) => (s.scroll ? `${s.scroll.longTasks.length} (${ms(longest(s))})` : '—')),
    'none over 50 ms at 10,000',
    verdict([big?.scroll], () => longest(big) <= 50),
  );
  row(
    'Scrolling: longest frame · map size scrolled (px wide × px down)',
    at((s) => (s.scroll ? `${ms(s.scroll.maxFrame)} · ${n(Math.round(s.scroll.width))} × ${n(Math.round(s.scroll.height))}` : '—')),
  );
  row(
    'Layout shift while scrolling (CLS: summed layout-shift scores) · shifts',
    at((s) => (s.scroll ? `${s.scroll.cls.toFixed(4)} · ${s.scroll.shifts}` : '—')),
    'none the user can see: ≤ 0.01',
    verdict([bench.sizes.every((s) => s.scroll)], () => bench.sizes.every((s) => s.scroll.cls <= 0.01)),
  );
  const prof = (i, k) => bench.profiled.find((p) => p.cards === SIZES[i])?.interactions[k];
  row(
    'Profiler render time: select · click · hover · persona filter',
    at((_, i) =>
      prof(i, 'select') === undefined
        ? '—'
        : `${['select', 'click', 'hover', 'filter'].map((k) => prof(i, k)?.toFixed(2) ?? '—').join(' · ')} ms`,
    ),
  );
  row(
    'Memory after mount, JS + DOM heap: map',
    at((s) => `${mb(s.heap.map.total)} (JS ${mb(s.heap.map.js)})`),
  );
  row(
    'Memory after mount, JS + DOM heap: DOM floor',
    at((s) => `${mb(s.heap.floor.total)} (JS ${mb(s.heap.floor.js)})`),
  );
  row(
    'Memory after mount, JS + DOM heap: plain table',
    at((s) => `${mb(s.heap.table.total)} (JS ${mb(s.heap.table.js)})`),
  );
  const heapRatio = () => big.heap.map.total / big.heap.floor.total;
  row(
    'Memory ratio: map ÷ floor · map ÷ table',
    at((s) => `${ratio(s.heap.map.total, s.heap.floor.total)} · ${ratio(s.heap.map.total, s.heap.table.total)}`),
    '≤ 1.5× floor at 10,000',
    verdict([big], () => heapRatio() <= 1.5),
  );
  row(
    'DOM nodes: map · floor · table',
    at((s) => `${n(s.heap.map.nodes)} · ${n(s.heap.floor.nodes)} · ${n(s.heap.table.nodes)}`),
  );
  row(
    'Elements: map (its markup: bytes)',
    at((s) => `${n(s.mountDetail.map.elements)} (${kb(s.floorHtmlBytes)})`),
  );
  row(
    'Server: renderToString map · table (Node)',
    ssr.map((r) => `${ms(r.map)} · ${ms(r.table)}`),
  );
  row(
    'Server: ratio map ÷ table',
    ssr.map((r) => ratio(r.map, r.table)),
  );
  for (const everyCard of [false, true]) {
    row(
      `Mermaid journey, ${everyCard ? 'every card' : 'action cards'} as tasks: time (tasks)`,
      SIZES.map((cards) => {
        if (!bench.mermaid.some((x) => x.cards === cards)) return '—';
        const m = bench.mermaid.find((x) => x.cards === cards && x.everyCard === everyCard);
        return !m ? '—' : m.error ? `✗ ${m.error}` : `${ms(m.ms)} (${n(m.tasks)})`;
      }),
    );
  }
  // Bundle figures do not depend on the journey's size: one value, in the first column.
  const one = (value) => [value, '', ''];
  const entry = (name) => size.entries.find((e) => e.name === name);
  const deps = (part) => Object.keys(part.packages).filter((p) => !p.startsWith('('));
  const withDeps = (part) => `${kb(part.gzip)}${deps(part).length ? ` (+ ${deps(part).join(', ')})` : ''}`;
  // The budgets are measured on a page that draws a map: `import { JourneyMap }` and
  // styles.css. The whole main entry (model, themes, every map component) is reported
  // beside it; the converters and the export menu are entry points of their own (/csv,
  // /mermaid, /export).
  const page = size.page;
  row(
    'Bundle: a page drawing a map (import { JourneyMap } + styles.css), our own script, min+gzip',
    one(`${kb(page.own.gzip)} (with styles.css ${kb(page.own.gzip + page.css.gzip)})`),
    `≤ 25 KB (held at ≤ ${kb(size.budgets.own)} until then)`,
    ok(page.own.gzip <= size.targets.own),
  );
  row(
    'Bundle: that page, all it ships: script with its deps + styles.css (react excluded)',
    one(`${kb(page.total)} = ${withDeps(page.shipped)} + ${kb(page.css.gzip)} CSS`),
    `≤ 60 KB (held at ≤ ${kb(size.budgets.total)} until then)`,
    ok(page.total <= size.targets.total),
  );
  row('Bundle: our own code, main entry (deps left out)', one(kb(size.own.gzip)));
  row('Bundle: our own code, every component, no export menu', one(kb(size.ownComponents.gzip)));
  row('Bundle: our own code, every entry point together (main, /csv, /mermaid, /export)', one(kb(size.ownAll.gzip)));
  const main = entry('main entry');
  row('Bundle: main entry with its deps (react excluded)', one(withDeps(main)));
  row('Bundle: every entry point together, with deps', one(withDeps(entry('every entry point'))));
  for (const e of size.entries.slice(2)) {
    const lazy = e.lazy.files > 0 ? `; on demand ${withDeps(e.lazy)}` : '';
    row(`Bundle: ${e.label} alone`, one(`${withDeps(e)}${lazy}`));
  }
  const panel = entry('PersonaPanel');
  const panelClean = !Object.keys(panel.packages).some((p) => p.startsWith('d3-') || p.startsWith('@floating-ui'));
  row('PersonaPanel alone pulls in d3 or floating-ui?', one(panelClean ? 'no' : 'yes'), 'no', ok(panelClean));
  row('Bundle: the dependencies imported naively (reference)', one(kb(size.naive.gzip)));
  row('Stylesheet styles.css: raw · min · min+gzip', one(`${kb(size.css.raw)} · ${kb(size.css.min)} · ${kb(size.css.gzip)}`));

  const header = ['Measure', '100 cards', '1,000 cards', '10,000 cards', 'Budget', 'Result'];
  const lines = [header, header.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

// ---------------------------------------------------------------------------------

/** RESULTS.md from the raw figures. */
/** The hostile-input table: each pathological case at its issue's size, and its growth from n to 4n. */
function hostileTable(hostile) {
  if (!hostile) return [];
  const lines = [
    '| Pathological input (item of the issue) | At the issue’s size | Time (warm) | Per MB of input (warm) | First call (cold): time · per MB | Growth n → 4n | Budget | Result |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of hostile.cases) {
    const mb = c.issue ? c.issue.bytes / 1024 / 1024 : undefined;
    const perMb = c.issue ? c.issue.ms / mb : undefined;
    const cold = c.issue?.cold === undefined ? '—' : `${ms(c.issue.cold)} · ${ms(c.issue.cold / mb)}`;
    const linear = c.growth <= 5 && (perMb === undefined || c.name.startsWith('8 · cells') || perMb <= 1000);
    lines.push(
      `| ${c.name} | ${c.issue?.what ?? '—'} | ${c.issue ? ms(c.issue.ms) : '—'} | ${perMb === undefined ? '—' : ms(perMb)} | ${cold} | ${c.growth.toFixed(2)}× (n = ${n(c.n)}) | ≤ 5× and ≤ 1 s/MB | ${ok(linear)} |`,
    );
  }
  lines.push(
    `| 8 · server rendering of 20,000 cards in one cell (renderToString) | 20,000 cards | ${ms(hostile.ssrOneCell)} | — | — | near-linear | — |`,
  );
  return ['', 'Hostile inputs (Node, processor time; bench/hostile.tsx, inputs from test/pathological.ts):', '', ...lines];
}

function report({ meta, ssr, size, bench, hostile }) {
  const header = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${meta.date} UTC, in ${meta.seconds} s.`,
    '',
    `- Machine: ${meta.cpu}, ${meta.cores} cores, ${meta.memory} GB RAM, ${meta.os}; load average at the start ${meta.startLoad}, at the end ${meta.endLoad} (other work on the machine slows every figure; compare ratios, which come from one page and run)`,
    `- Node ${meta.node}; Chromium ${bench.chromium} (headless); React ${bench.info.react} (production build; Profiler figures from the profiling build); Mermaid ${meta.mermaid}; esbuild ${meta.esbuild}`,
    `- Journeys: bench/generate.ts, seed fixed; 100 cards = 8 stages × 12 card lanes, 1,000 = 24 × 12, 10,000 = 240 × 12, each with an emotion lane and three personas' emotion series`,
    `- Medians of ${MOUNT_RUNS.join(' / ')} mounts and ${INTERACTION_RUNS.join(' / ')} interactions per size; renders counted over ${COUNT_RUNS} further interactions (worst shown)`,
    '',
  ];
  const notes = [
    '',
    'How it is measured:',
    '',
    '- Mount: `flushSync(root.render(…))` then a forced layout (`offsetHeight`), timed with `performance.now()` in the page; includes layout effects (column measurement) and the passive effects React runs with a synchronous render. Observer callbacks after the first layout are not timed; "commits later" counts the renders they cause.',
    '- Style + layout: time inside the map\'s own `getBoundingClientRect` calls during its commit (the first one lays out the whole map) plus the final forced layout; for the floor, the final forced layout. "The rest" is React rendering and DOM building (for the floor, HTML parsing).',
    "- DOM floor: the map's own markup, captured after it settled, set with `innerHTML` and laid out. Plain table: React rendering title, stage names, lane labels and card titles into a `<table>`. All three run interleaved in one page.",
    '- Interactions: an event dispatched on a seeded random card inside `flushSync`, then one macrotask (floating-ui positions asynchronously) where a popover opens, then a forced layout. Select = Space on a card (selection only); click = select + open the details popover; hover = pointer enters, the 350 ms open delay skipped. Renders are counted by walking the fibers React reconciled in each commit (DevTools hook); "cards changed" = cards whose selected/linked/open/tab-stop state differs afterwards.',
    "- Filters: the persona filter through the map's own switcher (one persona, then all again); the lane and channel filters as the host sets them, re-rendering the map with `lanes` (every third lane left out) or `channels` (every other channel), then with none. Each change timed to the end of its forced layout, against the median mount of the same size.",
    "- Scrolling: after mount, the grid's scroller is scrolled sideways to its end and then the page down to the map's end, one step per animation frame; a `PerformanceObserver` collects `longtask` entries (tasks over 50 ms) and `layout-shift` entries (summed, without those after input: the CLS of the scroll) meanwhile.",
    "- Mermaid ÷ map: Mermaid's time with every card as a task over the median mount of the map, same journey, same page.",
    '- Memory: two forced collections (CDP), then V8 heap + Blink (Oilpan) heap in use with the variant mounted, minus the same after unmounting it.',
    '- Server: `renderToString` in Node with NODE_ENV=production, medians.',
    '- Hostile inputs: the inputs that once made importers, validation and cell packing quadratic, at the sizes the issue reported them (processor time, so other work on the machine counts less; warm: after at least 5 calls and 250 ms of warm-up, the mean of at least 5 calls and 500 ms, garbage collection included, as a benchmark harness measures throughput; cold: the first call of the case, reported beside it), and the growth from n to 4n at the size the growth test uses (test/linear.test.ts; median of 5 runs, each repeated to last 20 ms).',
    "- Mermaid: `mermaid.render` of `toMermaidJourney(journey)` (sections = stages, tasks = action cards with the stage's score, actors = personas), inserted and laid out; the second row makes every card a task. Timeout 60 s per render.",
    '- Bundle: a consumer entry importing from the built package (dist/, through its package.json "exports", "sideEffects" applied), bundled by esbuild for the browser with code splitting, minified, gzip -9; react and react-dom left out. "Initial load" is the entry and the chunks it imports statically; "on demand" is what its import()s load (ExportMenu\'s CSV and Mermaid writers). The budgets are measured on a page that draws a map, `import { JourneyMap }` and `styles.css`; script and stylesheet are files of their own, each gzipped alone.',
  ];
  return [...header, table(bench, ssr, size), ...hostileTable(hostile), ...notes, ''].join('\n');
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const resultsFile = join(OUT, PARTIAL ? 'results-partial.json' : 'results.json');
  // `node bench/run.mjs --report` rewrites RESULTS.md from the last run's figures.
  if (!process.argv.includes('--report')) {
    ensureLibraryBuilt();
    log('bundling the page (production and profiling React) and the server script…');
    await Promise.all([bundlePage('prod'), bundlePage('profiling'), bundleSsr(), bundleSsr('hostile')]);
    log('server rendering in Node…');
    const ssr = await runSsr();
    log('hostile inputs in Node…');
    // --expose-gc: each hostile case starts from a collected heap, not from the last one's garbage.
    const hostile = PARTIAL ? null : await runSsr('hostile', ['--expose-gc']);
    log('bundle sizes…');
    const size = await measureSizes();
    log('browser…');
    const bench = await browserBench();
    const pkg = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    const cpu = os.cpus();
    const meta = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' '),
      seconds: ((Date.now() - started) / 1000).toFixed(0),
      cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
      cores: cpu.length,
      memory: (os.totalmem() / 2 ** 30).toFixed(1),
      os: `${os.type()} ${os.release()}`,
      startLoad,
      endLoad: os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(', '),
      node: process.versions.node,
      mermaid: pkg('mermaid'),
      esbuild: pkg('esbuild'),
    };
    writeFileSync(resultsFile, JSON.stringify({ meta, ssr, size, bench, hostile }, null, 2));
  }
  const md = report(JSON.parse(readFileSync(resultsFile, 'utf8')));
  const write = !PARTIAL || process.argv.includes('--write');
  if (write) writeFileSync(join(ROOT, 'bench/RESULTS.md'), md);
  process.stdout.write(`${md}\n`);
  log(
    `done in ${((Date.now() - started) / 1000).toFixed(0)} s${write ? '; written to bench/RESULTS.md' : ' (a partial run: RESULTS.md left alone)'}`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
