import { defineConfig, type Options } from 'tsup';

const shared = {
  entry: { index: 'src/index.ts' },
  sourcemap: true,
  target: 'es2020',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // Components carry 'use client'; keep the directive at the top of each bundle.
  banner: { js: "'use client';" },
} satisfies Options;

export default defineConfig([
  // ESM keeps every dependency external so hosts dedupe and tree-shake them. The
  // import/export helpers are entry points of their own, so they land in chunks that the
  // index only re-exports: a host that never calls them (and its bundler, reading our
  // "sideEffects") drops them, papaparse included.
  {
    ...shared,
    entry: { index: 'src/index.ts', csv: 'src/io/csv.ts', mermaid: 'src/io/mermaid.ts', export: 'src/io/export.ts' },
    dts: { entry: { index: 'src/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
    format: ['esm'],
    splitting: true,
    clean: true,
  },
  // d3 ships only as ES modules; bundle it into the CommonJS build so that
  // `require("react-journey-map")` works in any Node and in Jest-based suites.
  { ...shared, format: ['cjs'], noExternal: [/^d3-/, /^internmap/] },
]);
