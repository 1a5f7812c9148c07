// Mutation testing of the pure modules: `npm run mutation` (slow: about half an hour on
// two cores; not part of `npm test`). A part alone: `npm run mutation -- --mutate "src/layout/**/*.ts"`.
// The report goes to reports/mutation/index.html.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.unit.config.ts' },
  mutate: ['src/model/**/*.ts', 'src/layout/**/*.ts', 'src/io/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A type checker per mutant would double the time on two cores; type errors count as killed by the tests instead.
  checkers: [],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'storybook-static', 'screenshots', 'coverage', 'bench/out', 'reports', '.stryker-tmp'],
  thresholds: { high: 90, low: 85, break: null },
};
