// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The test command builds the package first; these run the built files the way a
// consumer's Node process would, through the package's own `exports`.
const run = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8', cwd: process.cwd() });
const json = <T>(args: string[]): T => JSON.parse(run(args)) as T;

/** Every entry point and the names (values) it exports. */
const ENTRY_POINTS: Record<string, string[]> = {
  'react-journey-map/csv': ['JourneyCsvError', 'fromJourneyCsv', 'toJourneyCsv'],
  'react-journey-map/mermaid': ['MERMAID_SCORE_LABEL', 'MermaidSyntaxError', 'fromMermaidJourney', 'toMermaidJourney'],
  'react-journey-map/export': [
    'ExportMenu',
    'defaultExportMenuLabels',
    'exportJourneyPng',
    'exportJourneySvg',
    'exportJourneyVectorSvg',
    'useJourneyExport',
  ],
  'react-journey-map/locales': [
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
  ],
  'react-journey-map/edit': ['JourneyEditor', 'defaultEditorLabels', 'useJourneyHistory'],
  'react-journey-map/views': [
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
  ],
};
const CONVERTERS = Object.values(ENTRY_POINTS).flat();
const FILES = ['index', 'csv', 'mermaid', 'export', 'locales', 'edit', 'views'];

describe('the built package', () => {
  it('has been built', () => {
    for (const name of FILES) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(existsSync(`dist/${name}.${ext}`), `dist/${name}.${ext}`).toBe(true);
    }
  });

  it('loads with require()', () => {
    const out = run(['-e', 'const m = require("react-journey-map"); console.log(typeof m.parseJourney, typeof m.validateJourney)']);
    expect(out.trim()).toBe('function function');
  });

  it('loads with import', () => {
    const out = run(['--input-type=module', '-e', 'import { parseJourney } from "react-journey-map"; console.log(typeof parseJourney)']);
    expect(out.trim()).toBe('function');
  });

  it('loads each converter entry point with require() and with import, with exactly its own exports', () => {
    for (const [path, names] of Object.entries(ENTRY_POINTS)) {
      const required = json<string[]>(['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(path)})).sort()))`]);
      expect(required, `require("${path}")`).toEqual([...names].sort());
      const imported = json<string[]>([
        '--input-type=module',
        '-e',
        `import * as m from ${JSON.stringify(path)}; console.log(JSON.stringify(Object.keys(m).sort()))`,
      ]);
      expect(imported, `import "${path}"`).toEqual([...names].sort());
    }
  });

  it('no longer exports the converters or the export menu from the main entry, in either module system', () => {
    const required = json<string[]>(['-e', 'console.log(JSON.stringify(Object.keys(require("react-journey-map"))))']);
    const imported = json<string[]>([
      '--input-type=module',
      '-e',
      'import * as m from "react-journey-map"; console.log(JSON.stringify(Object.keys(m)))',
    ]);
    for (const keys of [required, imported]) {
      expect(keys).toContain('JourneyMap');
      expect(keys.filter((key) => CONVERTERS.includes(key))).toEqual([]);
    }
  });

  it('shares one model between the entry points: a converter throws the main entry’s JourneyValidationError', () => {
    // An emotion scale that runs backwards passes the CSV checks and fails validation.
    const call =
      'try { fromJourneyCsv("Lane,A\\nTouchpoints,x", { emotionScale: { min: 3, max: -3 } }); console.log("no error") } catch (e) { console.log(e instanceof JourneyValidationError) }';
    const cjs = `const { JourneyValidationError } = require("react-journey-map"); const { fromJourneyCsv } = require("react-journey-map/csv"); ${call}`;
    const esm = `import { JourneyValidationError } from "react-journey-map"; import { fromJourneyCsv } from "react-journey-map/csv"; ${call}`;
    expect(run(['-e', cjs]).trim()).toBe('true');
    expect(run(['--input-type=module', '-e', esm]).trim()).toBe('true');
  });

  it('loads papaparse and the image exporter only when ExportMenu exports: the writers are a lazy chunk in both builds', () => {
    // Loading the main entry loads none of it.
    const loaded = run([
      '-e',
      'require("react-journey-map"); console.log(Object.keys(require.cache).some((f) => /papaparse|writers-/.test(f)))',
    ]);
    expect(loaded.trim()).toBe('false');
    for (const [file, pattern] of [
      ['dist/export.js', /import\("\.\/(writers-[\w-]+\.js)"\)/],
      ['dist/export.cjs', /require\("\.\/(writers-[\w-]+\.cjs)"\)/],
    ] as const) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/papaparse/);
      const chunk = pattern.exec(code)?.[1];
      expect(chunk, `${file} loads the writers on demand`).toBeDefined();
      const load = file.endsWith('.cjs')
        ? ['-e', `console.log(JSON.stringify(Object.keys(require("./dist/${chunk}")).sort()))`]
        : ['--input-type=module', '-e', `const m = await import("./dist/${chunk}"); console.log(JSON.stringify(Object.keys(m).sort()))`];
      expect(json<string[]>(load), chunk).toEqual([
        'exportJourneyPng',
        'exportJourneySvg',
        'exportJourneyVectorSvg',
        'toJourneyCsv',
        'toMermaidJourney',
      ]);
    }
  });

  it('imports and renders on a server with no window or document', () => {
    const script = [
      'import { createElement } from "react";',
      'import { renderToString } from "react-dom/server";',
      'import { readFileSync } from "node:fs";',
      'import { JourneyMap } from "react-journey-map";',
      'if (typeof window !== "undefined" || typeof document !== "undefined") throw new Error("not a bare server");',
      'const journey = JSON.parse(readFileSync("stories/data/ecommerce-kitchen.journey.json", "utf8"));',
      'const html = renderToString(createElement(JourneyMap, { journey }));',
      'console.log(html.includes("role=\\"grid\\"") && !html.includes("role=\\"alert\\""));',
    ].join('\n');
    expect(run(['--input-type=module', '-e', script]).trim()).toBe('true');
  });

  it('ships one stylesheet with every part in it', () => {
    const css = readFileSync('dist/index.css', 'utf8');
    for (const part of [
      'jm-JourneyGrid',
      'jm-TouchpointCard',
      'jm-EmotionCurve',
      'jm-PersonaPanel',
      'jm-ServiceBlueprintLane',
      'jm-ErrorPanel',
    ]) {
      expect(css, part).toContain(part);
    }
    expect(css).not.toContain('@import');
  });

  it('serves the JSON Schema', () => {
    const out = run(['-e', 'console.log(require.resolve("react-journey-map/schema.json"))']);
    expect(JSON.parse(readFileSync(out.trim(), 'utf8')).title).toBe('Journey');
  });

  it('declares its types for both module systems', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const name of FILES) {
      const entry = pkg.exports[name === 'index' ? '.' : `./${name}`];
      expect(entry.import, name).toEqual({ types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` });
      expect(entry.require, name).toEqual({ types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` });
    }
    // For TypeScript's older "node" resolution, which does not read "exports".
    for (const name of FILES.slice(1)) expect(pkg.typesVersions['*'][name]).toEqual([`./dist/${name}.d.ts`]);
  });

  it('type-checks a consumer of every entry point, as ES module and as CommonJS, and refuses the converters from the main entry', () => {
    const consumer = [
      'import { JourneyMap, type Journey } from "react-journey-map";',
      'import { fromJourneyCsv, toJourneyCsv, JourneyCsvError, type JourneyCsvOptions, type JourneyCsvProblem } from "react-journey-map/csv";',
      'import { fromMermaidJourney, toMermaidJourney, MermaidSyntaxError, MERMAID_SCORE_LABEL, type MermaidProblem } from "react-journey-map/mermaid";',
      'import { exportJourneySvg, exportJourneyPng, exportJourneyVectorSvg, ExportMenu, useJourneyExport, type ExportPngOptions, type ExportSvgOptions, type ExportVectorSvgOptions } from "react-journey-map/export";',
      'const options: JourneyCsvOptions = { title: "T" };',
      'const journey: Journey = fromMermaidJourney(toMermaidJourney(fromJourneyCsv(toJourneyCsv(fromJourneyCsv("Lane,A", options)))));',
      'const problems: Array<JourneyCsvProblem | MermaidProblem> = [];',
      'const picture: ExportSvgOptions = {}; const png: ExportPngOptions = { ...picture, scale: 2 }; const vector: ExportVectorSvgOptions = { background: null };',
      'export const all = [JourneyMap, ExportMenu, useJourneyExport, JourneyCsvError, MermaidSyntaxError, MERMAID_SCORE_LABEL, exportJourneySvg, exportJourneyPng, exportJourneyVectorSvg, journey, problems, png, vector];',
    ].join('\n');
    const wrong = 'import { fromJourneyCsv } from "react-journey-map";\nexport const f = fromJourneyCsv;\n';
    // A consumer project with the package installed (a link to this one).
    const dir = mkdtempSync(join(tmpdir(), 'consumer-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(process.cwd(), join(dir, 'node_modules', 'react-journey-map'), 'dir');
      writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
      const files = { 'esm.ts': consumer, 'cjs.cts': consumer, 'wrong.ts': wrong };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      // Checks the consumer files and the package's own declarations (React's are taken as they are).
      const dist = join(process.cwd(), 'dist');
      const check = (names: string[], options: ts.CompilerOptions) => {
        const program = ts.createProgram(
          names.map((name) => join(dir, name)),
          { strict: true, noEmit: true, types: [], ...options },
        );
        const ours = program.getSourceFiles().filter((f) => f.fileName.startsWith(dir) || f.fileName.startsWith(dist));
        expect(ours.filter((f) => f.fileName.startsWith(dist)).length, 'the package declarations are read').toBeGreaterThan(0);
        const diagnostics = [
          ...program.getOptionsDiagnostics(),
          ...program.getGlobalDiagnostics(),
          ...ours.flatMap((f) => program.getSemanticDiagnostics(f)),
        ];
        return diagnostics.map(
          (d) => `${d.file?.fileName.split(/[\\/]/).pop() ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
        );
      };
      const nodeNext = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
      const refused = check(['esm.ts', 'cjs.cts', 'wrong.ts'], nodeNext);
      expect(refused.length, refused.join('\n')).toBe(1);
      expect(refused[0]).toMatch(/^wrong\.ts: .*has no exported member .*fromJourneyCsv/);
      expect(check(['esm.ts'], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler })).toEqual([]);
      expect(
        check(['esm.ts'], { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, ignoreDeprecations: '6.0' }),
      ).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
