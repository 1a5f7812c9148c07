import { readFile, readdir, writeFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

// Components carry 'use client'; keep the directive at the top of each file.
const DIRECTIVE = "'use client';";

const shared = {
  // The map library, and the converters as entry points of their own
  // (react-journey-map/csv, /mermaid, /export): a host that only draws maps never
  // loads papaparse, the image exporter or the export menu.
  entry: { index: 'src/index.ts', csv: 'src/io/csv.ts', mermaid: 'src/io/mermaid.ts', export: 'src/export.ts' },
  sourcemap: true,
  target: 'es2020',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // Code the entries share (the model, the validator) goes into chunks they import, so
  // there is one JourneyValidationError class whichever entry threw it; the writers
  // ExportMenu loads with import() get a lazy chunk of their own.
  splitting: true,
  banner: { js: DIRECTIVE },
} satisfies Options;

/**
 * esbuild splits ES modules only; tsup turns split chunks into CommonJS with sucrase,
 * which writes "use strict" and its helpers on the first line ahead of the banner. The
 * directive only counts first, so move it there — within that line, so that the source
 * maps still hold.
 */
async function directiveFirst(): Promise<void> {
  for (const name of await readdir('dist')) {
    if (!name.endsWith('.cjs')) continue;
    const file = `dist/${name}`;
    const code = await readFile(file, 'utf8');
    const end = code.indexOf('\n');
    const first = end < 0 ? code : code.slice(0, end);
    if (first.startsWith(DIRECTIVE) || !first.includes(DIRECTIVE)) continue;
    await writeFile(file, DIRECTIVE + first.replace(DIRECTIVE, '') + code.slice(first.length));
  }
}

export default defineConfig([
  // ESM keeps every dependency external so hosts dedupe and tree-shake them.
  { ...shared, format: ['esm'], clean: true },
  // d3 ships only as ES modules; bundle it into the CommonJS build so that
  // `require("react-journey-map")` works in any Node and in Jest-based suites; import()
  // becomes a require() inside a promise. ES2019 syntax, so that esbuild lowers `?.` and
  // `??` itself rather than leaving them to sucrase's slower helper functions.
  { ...shared, format: ['cjs'], target: 'es2019', noExternal: [/^d3-/, /^internmap/], onSuccess: directiveFirst },
]);
