// Mutation testing of the pure modules: `npm run mutation` (not part of `npm test`). Slow:
// a whole run takes hours. Most of the time goes to static mutants (in module-level tables
// and patterns: the CSV lane names, the sanitising lists, the regular expressions), over a
// thousand of them, each of which runs every unit test; `npm run mutation -- --ignoreStatic`
// leaves them out. One directory at a time is the practical way, e.g.
// `npm run mutation -- --mutate "src/layout/**/*.ts"` (about 20 minutes on one busy core).
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
