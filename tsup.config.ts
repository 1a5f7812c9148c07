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
  // ESM keeps every dependency external so hosts dedupe and tree-shake them.
  { ...shared, format: ['esm'], clean: true },
  // d3 ships only as ES modules; bundle it into the CommonJS build so that
  // `require("react-journey-map")` works in any Node and in Jest-based suites.
  { ...shared, format: ['cjs'], noExternal: [/^d3-/, /^internmap/] },
]);
