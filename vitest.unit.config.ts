import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The module-level unit tests alone (jsdom): the model, layout, import/export and theme
// tests, which mutation testing (`npm run mutation`, stryker.config.mjs) runs against
// each mutant. The timing tests, the package checks and the component and story tests
// stay out: they are slow, and a mutant of src/model, src/layout or src/io must be killed
// by a test of its own module.
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['test/{model,layout,io,theme}/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
  },
});
