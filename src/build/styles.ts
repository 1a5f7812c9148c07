/**
 * The types of `import 'react-journey-map/styles.css'`, built as `dist/index.css.d.ts`
 * and `.d.cts` (package.json "exports" points at them): TypeScript 6 and later check that
 * a side-effect import resolves. The stylesheet exports nothing.
 */
export {};
