import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: { environment: 'node', include: ['test/model/**/*.test.ts', 'test/layout/normalize.test.ts', 'test/layout/filter.test.ts'], testTimeout: 30_000 },
});
