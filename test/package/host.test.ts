// @vitest-environment node
// The package as a host app gets it. `npm pack` makes the tarball (the test command has
// built dist/ already, so pack skips its prepack build here), which is unpacked into a
// temporary host's node_modules as `npm install` would; the host's react, d3 and other
// dependencies are links to this repository's, so nothing is downloaded. Then: every
// entry point loads with import and with require, and the error classes pass instanceof
// across the two; TypeScript 5.9, 6 and 7 type-check a host .tsx file in node16,
// nodenext and bundler modes; React Server Component hosts find `'use client'` on the
// components and nowhere else; publint and arethetypeswrong find nothing.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const PKG = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const run = promisify(execFile);

/** What `npm pack --json` says about the tarball. */
interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string }>;
}

let dir = '';
let host = '';
let tarball = '';
let packed: Packed;
/** The installed package's dist/. */
let dist = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'journey-host-'));
  [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }),
  ) as [Packed];
  tarball = join(dir, packed.filename);
  host = join(dir, 'host');
  const installed = join(host, 'node_modules', 'react-journey-map');
  dist = join(installed, 'dist');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const name of [...Object.keys(PKG.dependencies), ...Object.keys(PKG.peerDependencies), '@types/react', '@types/react-dom']) {
    const link = join(host, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), link, 'junction');
  }
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs an ES module script in the host and parses what it prints as JSON. */
const inHost = async <T>(script: string): Promise<T> =>
  JSON.parse((await run(process.execPath, ['--input-type=module', '-e', script], { cwd: host })).stdout) as T;

describe('the packed package', () => {
  it('holds the build, the schema and the readme: no source maps, no sources, no build paths', () => {
    const paths = packed.files.map((file) => file.path);
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.css', 'dist/index.css.d.ts', 'dist/index.css.d.cts']) {
      expect(paths, file).toContain(file);
    }
    expect(paths).toContain('schema/journey.schema.json');
    expect(paths.filter((path) => !/^(dist|schema)\/|^(package\.json|README\.md|LICENSE)$/.test(path))).toEqual([]);
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([]);
    for (const name of readdirSync(dist)) {
      const text = readFileSync(join(dist, name), 'utf8');
      expect(text.includes(ROOT), `${name} names the build folder`).toBe(false);
      expect(text, name).not.toMatch(/sourceMappingURL/);
    }
  });

  it('loads every entry point with import and with require, each with the same exports', async () => {
    // Every script entry the package's "exports" declares, so that a new one is loaded here too.
    const exportsMap = (JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> }).exports;
    const entries = Object.keys(exportsMap)
      .filter((key) => !/\.(css|json)$/.test(key))
      .map((key) => (key === '.' ? 'react-journey-map' : `react-journey-map${key.slice(1)}`));
    expect(entries).toContain('react-journey-map/edit');
    const keys = await inHost<Record<string, { esm: string[]; cjs: string[] }>>(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const out = {};
      for (const entry of ${JSON.stringify(entries)}) {
        out[entry] = { esm: Object.keys(await import(entry)).sort(), cjs: Object.keys(require(entry)).sort() };
      }
      console.log(JSON.stringify(out));`);
    for (const entry of entries) expect(keys[entry]!.cjs, entry).toEqual(keys[entry]!.esm);
    expect(keys['react-journey-map']!.esm).toEqual(expect.arrayContaining(['JourneyMap', 'JourneyGrid', 'PersonaPanel', 'parseJourney']));
    expect(keys['react-journey-map/csv']!.esm).toEqual(['JourneyCsvError', 'fromJourneyCsv', 'toJourneyCsv']);
    expect(keys['react-journey-map/mermaid']!.esm).toEqual([
      'MERMAID_SCORE_LABEL',
      'MermaidSyntaxError',
      'fromMermaidJourney',
      'toMermaidJourney',
    ]);
    expect(keys['react-journey-map/export']!.esm).toEqual(expect.arrayContaining(['ExportMenu', 'useJourneyExport', 'exportJourneySvg']));
    expect(keys['react-journey-map/locales']!.esm).toEqual([
      'LABEL_LOCALES',
      'arEditorLabels',
      'arLabels',
      'arViewLabels',
      'labelLocaleOf',
      'ruEditorLabels',
      'ruLabels',
      'ruViewLabels',
      'zhHansEditorLabels',
      'zhHansLabels',
      'zhHansViewLabels',
      'zhHantEditorLabels',
      'zhHantLabels',
      'zhHantViewLabels',
    ]);
    expect(keys['react-journey-map/edit']!.esm).toEqual(['JourneyEditor', 'defaultEditorLabels', 'useJourneyHistory']);
    expect(keys['react-journey-map/views']!.esm).toEqual([
      'CoverageStrip',
      'JourneyBrief',
      'JourneyCompare',
      'JourneyToolbar',
      'OpportunityMatrix',
      'buildJourneyBrief',
      'buildJourneyCompare',
      'buildOpportunityMatrix',
      'defaultViewLabels',
      'viewFromSearchParams',
      'viewToSearchParams',
    ]);
  });

  it('passes instanceof across import and require: an error from either build is an instance of either class', async () => {
    const results = await inHost<Record<string, Record<string, boolean>>>(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const load = async (get) => ({ main: await get('react-journey-map'), csv: await get('react-journey-map/csv'), mermaid: await get('react-journey-map/mermaid') });
      const builds = { import: await load((id) => import(id)), require: await load(async (id) => require(id)) };
      const caught = (run) => { try { run(); } catch (error) { return error; } return null; };
      const cases = {
        JourneyValidationError: [(m) => m.main.parseJourney({}), (m) => m.main.JourneyValidationError],
        'JourneyValidationError from /csv': [(m) => m.csv.fromJourneyCsv('Lane,A\\nTouchpoints,x', { emotionScale: { min: 3, max: -3 } }), (m) => m.main.JourneyValidationError],
        JourneyCsvError: [(m) => m.csv.fromJourneyCsv('Lane,A\\nEmotion,very good'), (m) => m.csv.JourneyCsvError],
        MermaidSyntaxError: [(m) => m.mermaid.fromMermaidJourney('journey\\n  section A\\n    Task: eleven: Me'), (m) => m.mermaid.MermaidSyntaxError],
      };
      const out = {};
      for (const [name, [fail, classOf]] of Object.entries(cases)) {
        out[name] = { 'two classes': classOf(builds.import) !== classOf(builds.require) };
        for (const thrower of ['import', 'require'])
          for (const checker of ['import', 'require'])
            out[name][thrower + ' error, ' + checker + ' class'] = caught(() => fail(builds[thrower])) instanceof classOf(builds[checker]);
      }
      console.log(JSON.stringify(out));`);
    expect(Object.keys(results)).toHaveLength(4);
    for (const [name, checks] of Object.entries(results)) {
      for (const [check, holds] of Object.entries(checks)) expect(holds, `${name}: ${check}`).toBe(true);
    }
  });
});

/** The components of the main entry: the only exports that belong to the client. */
const COMPONENTS = [
  'EmotionCurve',
  'JourneyConfigProvider',
  'JourneyGrid',
  'JourneyMap',
  'PersonaPanel',
  'ServiceBlueprintLane',
  'StageColumn',
  'TouchpointCard',
];
/** An import of React or of React bindings. */
const REACT_IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\()\s*["'](?:react|react-dom|@floating-ui\/react[\w-]*)(?:\/[^"']*)?["']/;
/** Imports of the package's own files: static ES imports and require() calls. */
const LOCAL_IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\()\s*["']\.\/([\w.-]+)["']/g;

describe('the packed package in a React Server Components host', () => {
  const read = (name: string) => readFileSync(join(dist, name), 'utf8');
  const isClient = (name: string) => read(name).startsWith("'use client';");
  const code = () => readdirSync(dist).filter((name) => /\.c?js$/.test(name));
  /** `start` and every file it reaches through static imports. */
  const reached = (start: string) => {
    const found = new Set([start]);
    for (const name of found) for (const [, dep] of read(name).matchAll(LOCAL_IMPORT)) found.add(dep!);
    return found;
  };
  /** Which built file defines each export of the main entry (index.js or index.cjs). */
  const definedIn = (entry: 'index.js' | 'index.cjs'): Map<string, string> => {
    const text = read(entry);
    const where = new Map<string, string>();
    if (entry === 'index.js') {
      for (const [, names, from] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"\.\/([\w.-]+)"/g)) {
        for (const name of names!.split(',').map((n) =>
          n
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        ))
          if (name) where.set(name, from!);
      }
    } else {
      const chunks = new Map([...text.matchAll(/var (\w+) = require\('\.\/([\w.-]+)'\)/g)].map(([, local, from]) => [local!, from!]));
      for (const [, name, local] of text.matchAll(/exports\.(\w+) = (\w+)\.\w+;/g)) where.set(name!, chunks.get(local!)!);
    }
    return where;
  };

  it('writes the directive first in exactly the files that hold React components or hooks', () => {
    const files = code();
    expect(files.length).toBeGreaterThan(8);
    for (const name of files)
      expect(isClient(name), `${name}: 'use client' if and only if it imports React`).toBe(REACT_IMPORT.test(read(name)));
    for (const name of ['export.js', 'export.cjs', 'edit.js', 'edit.cjs', 'views.js', 'views.cjs']) expect(isClient(name), name).toBe(true);
  });

  it('keeps the main entry file, /csv and /mermaid free of it: the main entry only re-exports', () => {
    // A module only the main entry reaches lands in the main entry file itself: name it in
    // src/build/model.ts or src/build/components.ts, so that it goes to a chunk of its kind.
    for (const name of ['index.js', 'index.cjs', 'csv.js', 'csv.cjs', 'mermaid.js', 'mermaid.cjs', 'locales.js', 'locales.cjs'])
      expect(isClient(name), name).toBe(false);
    const esm = read('index.js').replace(/(?:import|export)\s*(?:\{[^}]*\}\s*(?:from\s*)?)?(?:"[^"]*")?;?/g, '');
    expect(esm.trim(), 'index.js holds code of its own (see src/build/)').toBe('');
    const cjs = read('index.cjs')
      .replace(/"use strict";|Object\.defineProperty\(exports, "__esModule", \{value: true\}\);/g, '')
      .replace(/(?:var \w+ = )?require\('\.\/[\w.-]+'\);|exports\.\w+ = \w+\.\w+;/g, '');
    expect(cjs.trim(), 'index.cjs holds code of its own (see src/build/)').toBe('');
  });

  it('takes the components from client chunks, and the model, themes and labels from chunks a server can run', () => {
    for (const entry of ['index.js', 'index.cjs'] as const) {
      const where = definedIn(entry);
      expect([...where.keys()], entry).toEqual(expect.arrayContaining([...COMPONENTS, 'parseJourney', 'validateJourney', 'lightTheme']));
      for (const [name, file] of where) expect(isClient(file), `${entry}: ${name} comes from ${file}`).toBe(COMPONENTS.includes(name));
      // Nothing the server side loads pulls a client file in.
      const serverSide = [...where].filter(([name]) => !COMPONENTS.includes(name)).map(([, file]) => file);
      for (const start of [
        ...serverSide,
        entry.replace('index', 'csv'),
        entry.replace('index', 'mermaid'),
        entry.replace('index', 'locales'),
      ]) {
        for (const file of reached(start)) expect(isClient(file), `${start} loads ${file}`).toBe(false);
      }
    }
  });
});

/** The host app: every component given a journey imported from a real .json file. */
const APP = (jsonImport: string) => `import 'react-journey-map/styles.css';
import { useRef, type ReactElement } from 'react';
import {
  EmotionCurve,
  JourneyGrid,
  JourneyMap,
  JourneyValidationError,
  PersonaPanel,
  ServiceBlueprintLane,
  TouchpointCard,
  parseJourney,
  type Journey,
  type JourneyGridProps,
} from 'react-journey-map';
import { ExportMenu, useJourneyExport } from 'react-journey-map/export';
import { JourneyCsvError, fromJourneyCsv } from 'react-journey-map/csv';
import { MermaidSyntaxError, fromMermaidJourney } from 'react-journey-map/mermaid';
${jsonImport}

// These must fail, or the package's types were not read:
// @ts-expect-error a stylesheet the package does not have
import 'react-journey-map/missing.css';
// @ts-expect-error the converters are entry points of their own
import { fromJourneyCsv as notInMain } from 'react-journey-map';
// @ts-expect-error lanes are a list of ids or kinds
export const lanes: JourneyGridProps['lanes'] = 'touchpoints';

export function Page(): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const exporter = useJourneyExport(ref, { journey });
  const parsed: Journey = parseJourney(journey);
  return (
    <>
      <JourneyMap ref={ref} journey={journey} onSelectedCardChange={(id) => console.log(id)} />
      <JourneyGrid journey={journey} lanes={['touchpoints']} renderCard={(card) => <TouchpointCard card={card} />}>
        <EmotionCurve />
        <ServiceBlueprintLane />
      </JourneyGrid>
      <PersonaPanel journey={journey} variant="compact" />
      <ExportMenu target={ref} journey={journey} />
      <button disabled={exporter.busy} onClick={() => void exporter.download('png')}>
        {parsed.title}
      </button>
    </>
  );
}

export function count(error: unknown): number {
  if (error instanceof JourneyValidationError) return error.problems.length;
  if (error instanceof JourneyCsvError) return error.problems.length;
  if (error instanceof MermaidSyntaxError) return error.line;
  return fromJourneyCsv('Lane,A').stages.length + fromMermaidJourney('journey').stages.length + (notInMain ? 1 : 0);
}
`;

/** Each module mode: whether the host is an ES module, how it imports JSON, and the compiler options. */
const MODES = {
  // Bundler hosts (Vite, Next.js) and ES modules.
  bundler: { type: 'module', json: "import journey from '../journey.json';", options: { module: 'esnext', moduleResolution: 'bundler' } },
  // Node 16 rules with a CommonJS host: reads the package's .d.cts types.
  node16: { type: 'commonjs', json: "import journey from '../journey.json';", options: { module: 'node16', moduleResolution: 'node16' } },
  // Current Node rules with an ES module host, which imports JSON with an attribute.
  nodenext: {
    type: 'module',
    json: "import journey from '../journey.json' with { type: 'json' };",
    options: { module: 'nodenext', moduleResolution: 'nodenext' },
  },
} as const;

/** The TypeScript versions hosts use, installed side by side (see package.json). */
const COMPILERS = ['typescript-5.9', 'typescript', 'typescript-7'];

describe('the packed package in a TypeScript host', () => {
  it('type-checks a .tsx file importing styles.css and passing a JSON journey to every component, in TypeScript 5.9, 6 and 7, node16, nodenext and bundler modes', async () => {
    cpSync(join(ROOT, 'stories/data/car-purchase-blueprint.journey.json'), join(host, 'journey.json'));
    const runs: Array<{ label: string; args: string[] }> = [];
    for (const [mode, { type, json, options }] of Object.entries(MODES)) {
      const project = join(host, mode);
      mkdirSync(project, { recursive: true });
      writeFileSync(join(project, 'package.json'), JSON.stringify({ type }));
      writeFileSync(join(project, 'app.tsx'), APP(json));
      const compilerOptions = {
        ...options,
        target: 'es2022',
        lib: ['es2022', 'dom'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        resolveJsonModule: true,
        // TypeScript 6 checks side-effect imports by default; 5.9 when asked.
        noUncheckedSideEffectImports: true,
        types: [],
        // React's own declarations are taken as they are; consumer.test.ts checks ours.
        skipLibCheck: true,
      };
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['app.tsx'] }));
      for (const compiler of COMPILERS) {
        const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules', compiler, 'package.json'), 'utf8')) as { version: string };
        runs.push({
          label: `TypeScript ${version}, ${mode}`,
          args: [join(ROOT, 'node_modules', compiler, 'bin', 'tsc'), '-p', join(project, 'tsconfig.json')],
        });
      }
    }
    expect(new Set(runs.map((r) => r.label.split(',')[0]!.replace(/\.\d+$/, ''))).size, 'three TypeScript versions').toBe(3);
    // Two at a time: the machine has other work.
    const results: Array<{ label: string; output: string }> = [];
    const queue = [...runs];
    await Promise.all(
      [0, 1].map(async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const output = await run(process.execPath, next.args, { cwd: host }).then(
            (r) => r.stdout + r.stderr,
            (error: { stdout?: string; stderr?: string; message: string }) => (error.stdout || error.stderr || error.message) ?? '',
          );
          results.push({ label: next.label, output: output.trim() });
        }
      }),
    );
    expect(results).toHaveLength(runs.length);
    for (const { label, output } of results) expect(output, label).toBe('');
  }, 180_000);
});

describe('the packed package under package linters', () => {
  it('publint finds nothing to report', async () => {
    const { stdout } = await run(process.execPath, [join(ROOT, 'node_modules/publint/src/cli.js'), 'run', tarball, '--strict'], {
      cwd: dir,
    });
    expect(stdout).toMatch(/All good!/);
  }, 60_000);

  it('arethetypeswrong resolves every entry point, styles.css included, in every module mode', async () => {
    const attw = join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const { stdout } = await run(process.execPath, [attw, tarball, '--format', 'json'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(report.analysis.problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toEqual(
      expect.arrayContaining([
        '.',
        './csv',
        './mermaid',
        './export',
        './locales',
        './edit',
        './views',
        './styles.css',
        './views.css',
        './schema.json',
      ]),
    );
  }, 60_000);
});
