// Bundle-size measurement shared by `npm run bench` (bench/size.mjs) and the size
// budget check in the test command (test/size.test.ts).
//
// Every figure is what a consumer ships: a small consumer entry that imports from the
// built package (dist/, through the package's own package.json so that its
// "sideEffects" field applies), bundled by esbuild for the browser, minified, then
// gzipped at level 9. React is always left out: the host already has it.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The budgets of issue "Benchmarks and budgets", in bytes, min+gzip. */
export const BUDGETS = {
  /** Our own code, every dependency left out. */
  own: 25 * 1024,
  /** Everything a consumer ships for the whole library: our code, d3 parts, floating-ui, clsx…; react excluded. */
  total: 60 * 1024,
};

/** Packages a consumer already has. */
const HOST = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'scheduler'];
/** Every runtime dependency of the library. */
export const DEPENDENCIES = Object.keys(PKG.dependencies ?? {});

/** Every component: what a map needs, without the import/export helpers. */
export const COMPONENTS_ENTRY = `export { JourneyMap, JourneyGrid, StageColumn, TouchpointCard, EmotionCurve, ServiceBlueprintLane, PersonaPanel } from 'react-journey-map';`;

/** Consumer entries: the whole library, then single imports. */
export const ENTRIES = [
  { name: 'whole library (export *)', code: `export * from 'react-journey-map';` },
  { name: 'JourneyMap', code: `export { JourneyMap } from 'react-journey-map';` },
  { name: 'JourneyGrid, TouchpointCard, EmotionCurve, ServiceBlueprintLane', code: `export { JourneyGrid, TouchpointCard, EmotionCurve, ServiceBlueprintLane } from 'react-journey-map';` },
  { name: 'TouchpointCard', code: `export { TouchpointCard } from 'react-journey-map';` },
  { name: 'EmotionCurve', code: `export { EmotionCurve } from 'react-journey-map';` },
  { name: 'PersonaPanel', code: `export { PersonaPanel } from 'react-journey-map';` },
  { name: 'parseJourney', code: `export { parseJourney } from 'react-journey-map';` },
  { name: 'toMermaidJourney', code: `export { toMermaidJourney } from 'react-journey-map';` },
];

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The package a node_modules path belongs to ("d3-shape", "@floating-ui/dom"), or "(own)" for the library itself. */
function packageOf(input) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return m ? m[1] : '(own)';
}

/**
 * Bundles `code` as a consumer would and returns its size.
 * @param {string} code  The consumer entry (ES module source).
 * @param {{ external?: string[] }} [options]  Extra packages to leave out (e.g. every dependency, to measure our own code).
 * @returns {Promise<{ min: number, gzip: number, packages: Record<string, number> }>} `packages`: minified bytes per package.
 */
export async function measureEntry(code, { external = [] } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: 'js', sourcefile: 'consumer.js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    external: [...HOST, ...external],
    // Resolve the package name to the built package, as a consumer's bundler would.
    alias: { 'react-journey-map': ROOT },
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
  });
  const text = result.outputFiles[0].text;
  const packages = {};
  for (const [input, info] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    if (info.bytesInOutput === 0) continue;
    const name = input === 'consumer.js' ? '(entry)' : packageOf(input);
    packages[name] = (packages[name] ?? 0) + info.bytesInOutput;
  }
  return { min: text.length, gzip: gzip(text), packages };
}

/** The stylesheet, minified by esbuild, then gzipped. */
export async function measureCss() {
  const result = await build({
    entryPoints: [join(ROOT, 'dist/index.css')],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  return { raw: readFileSync(join(ROOT, 'dist/index.css')).length, min: text.length, gzip: gzip(text) };
}

/**
 * Every size figure: our own code alone, the whole library with its dependencies,
 * single imports (and which dependencies each pulls in), the dependencies imported
 * naively, and the CSS.
 */
export async function measureAll() {
  const own = await measureEntry(ENTRIES[0].code, { external: DEPENDENCIES });
  const ownComponents = await measureEntry(COMPONENTS_ENTRY, { external: DEPENDENCIES });
  const entries = [];
  for (const entry of ENTRIES) entries.push({ name: entry.name, ...(await measureEntry(entry.code)) });
  const naive = await measureEntry(
    DEPENDENCIES.map((dep, i) => `import * as d${i} from '${dep}'; console.log(d${i});`).join('\n'),
  );
  const css = await measureCss();
  return { own, ownComponents, entries, naive, css, budgets: BUDGETS };
}

/** Bytes as "12.3 KB". */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
