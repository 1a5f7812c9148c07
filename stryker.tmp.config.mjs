import base from './stryker.config.mjs';
export default { ...base, vitest: { configFile: 'vitest.validate.tmp.config.ts' }, reporters: ['clear-text', 'progress', 'json'], jsonReporter: { fileName: 'reports/mutation-model-rest.json' } };
