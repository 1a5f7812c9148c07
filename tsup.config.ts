import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

/** The package's entry points, as package.json "exports" names them. */
const ENTRY_POINTS = {
  index: 'src/index.ts',
  csv: 'src/io/csv.ts',
  mermaid: 'src/io/mermaid.ts',
  export: 'src/export.ts',
  locales: 'src/locales/index.ts',
  edit: 'src/edit.ts',
  views: 'src/views.ts',
};

/**
 * Build-only entries that sort the main entry's code. esbuild drops `'use client'` from
 * the modules it bundles and, with code splitting, places each module in a chunk by the
 * set of entries that reach it. Reached by these as well, the components land in chunks
 * of their own, the model (validation, themes, labels) in others, and the main entry
 * file holds nothing but re-exports. Their own output files are deleted after the build.
 */
const SORTING_ENTRIES = { 'sort-components': 'src/build/components.ts', 'sort-model': 'src/build/model.ts' };

const DIRECTIVE = "'use client';\n";

/**
 * A built file holds React components or hooks when it imports React or React bindings;
 * those files, and only those, get `'use client'`. The model, /csv and /mermaid never
 * import React, so a React Server Component or a route handler can call them.
 */
const CLIENT_IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\()\s*["'](?:react|react-dom|@floating-ui\/react[\w-]*)(?:\/[^"']*)?["']/;

/**
 * After each build: deletes the sorting entries' output and writes `'use client'` first
 * in every file that holds components.
 */
function finish(extension: '.js' | '.cjs') {
  return async (): Promise<void> => {
    for (const name of Object.keys(SORTING_ENTRIES)) await rm(`dist/${name}${extension}`, { force: true });
    for (const name of await readdir('dist')) {
      if (!name.endsWith(extension)) continue;
      const file = `dist/${name}`;
      const code = await readFile(file, 'utf8');
      if (CLIENT_IMPORT.test(code) && !code.startsWith(DIRECTIVE)) await writeFile(file, DIRECTIVE + code);
    }
  };
}

const shared = {
  entry: { ...ENTRY_POINTS, ...SORTING_ENTRIES },
  // No source maps: the code is not minified and esbuild marks where each source file
  // begins (`// src/model/validate.ts`), so it reads as it is; maps would double the
  // package and point at a src/ it does not ship.
  sourcemap: false,
  target: 'es2020',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  dts: {
    entry: { ...ENTRY_POINTS, 'index.css': 'src/build/styles.ts', 'views.css': 'src/build/styles.ts' },
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
  // Code the entries share (the model, the validator) goes into chunks they import, so
  // there is one JourneyValidationError class whichever entry threw it; the writers
  // ExportMenu loads with import() get a lazy chunk of their own.
  splitting: true,
} satisfies Options;

/**
 * Drag and drop (the editor entry only) is bundled in: its packages publish entry points as
 * folders, which Node's ES module loader cannot import, so `import 'react-journey-map/edit'`
 * would fail outside a bundler (server rendering, tests). Its helpers come with it.
 */
const DRAG_AND_DROP = [/^@atlaskit\/pragmatic-drag-and-drop/, /^bind-event-listener$/, /^raf-schd$/, /^@babel\/runtime\//];

export default defineConfig([
  // ESM keeps every dependency but drag and drop external so hosts dedupe and tree-shake them.
  { ...shared, format: ['esm'], clean: true, noExternal: DRAG_AND_DROP, onSuccess: finish('.js') },
  // d3 ships only as ES modules; bundle it into the CommonJS build so that
  // `require("react-journey-map")` works in any Node and in Jest-based suites; import()
  // becomes a require() inside a promise. ES2019 syntax, so that esbuild lowers `?.` and
  // `??` itself rather than leaving them to sucrase's slower helper functions.
  // Its declarations are the ES module build's, copied as `.d.cts` by scripts/cjs-types.mjs
  // after the build (`npm run build`), so they are bundled once.
  {
    ...shared,
    dts: false,
    format: ['cjs'],
    target: 'es2019',
    noExternal: [/^d3-/, /^internmap/, ...DRAG_AND_DROP],
    onSuccess: finish('.cjs'),
  },
]);
