import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_FLAGS, findChromium } from './scripts/chromium.mjs';
import { a11yCommands } from './test/a11y/commands.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Only looks; `npm test` runs scripts/find-chromium.mjs first, which may install one.
const chromium = findChromium();
const SCREENSHOT_MAX_HEIGHT = 4000;
/**
 * Whether the story tests write a screenshot of each story, for people to look at. On CI
 * (`CI=true`) nobody does, and the pictures cost a fifth of the story tests' time; there
 * `SCREENSHOTS=1` asks for them.
 */
const STORY_SCREENSHOTS = process.env.SCREENSHOTS === '1' || (process.env.SCREENSHOTS !== '0' && process.env.CI !== 'true');
/**
 * How long a browser test (or a hook, such as a story's screenshot) may take before it
 * counts as hung. The slowest — a 3,000-card drag, a 1,000-card story checked by axe, a
 * print of 1,000 cards — take 10–30 s while a two-core machine runs every project at once.
 */
const BROWSER_TEST_TIMEOUT = 90_000;

/** Tests of pure logic, which touch no DOM: they run in Node (the 'logic' project). */
const LOGIC_TESTS = [
  'test/{model,layout,theme,locales,views}/**/*.test.ts',
  'test/io/{csv,ids,fileName,mermaid}*.test.ts',
  'test/io/vector/{colour,length,lines,shapes,xml}.test.ts',
  'test/robustness/validate.hostile.property.test.tsx',
];

/** The Chromium tests of how maps look, lay out, print and export (the 'design' project). */
const DESIGN_TESTS = ['test/a11y/{design,visual,perf,export}-*.test.{ts,tsx}', 'test/a11y/{views,trust,compare}.test.{ts,tsx}'];

/** Headless Chromium as every browser project launches it; `contextOptions` for the page around the test frame. */
const chromiumProvider = (contextOptions?: { viewport: { width: number; height: number } }) =>
  playwright({
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_FLAGS },
    ...(contextOptions && { contextOptions }),
    actionTimeout: 10_000,
  });

/** A project of tests in headless Chromium, with the accessibility commands (test/a11y). */
function chromiumProject(name: string, include: string[], exclude: string[] = []) {
  return {
    extends: true as const,
    optimizeDeps: { include: ['react-dom/client', '@floating-ui/react', 'd3-scale', 'd3-shape', 'clsx', '@testing-library/react'] },
    test: {
      name,
      include,
      exclude,
      setupFiles: ['test/a11y/setup.ts'],
      testTimeout: BROWSER_TEST_TIMEOUT,
      hookTimeout: BROWSER_TEST_TIMEOUT,
      browser: {
        enabled: true,
        headless: true,
        provider: chromiumProvider(),
        instances: [{ browser: 'chromium' as const }],
        viewport: { width: 1280, height: 720 },
        commands: a11yCommands,
        screenshotFailures: false,
      },
    },
  };
}

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      // Pure logic (model, layout, importers, tokens) needs no DOM: it runs in Node, every
      // file in one module graph, which takes a quarter of the time a DOM per file does.
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          include: LOGIC_TESTS,
          isolate: false,
          // Property tests and every-card-of-every-example sweeps take seconds on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          // The growth tests (test/linear.test.ts, test/diff.linear.test.ts) stay here: each
          // file gets a process of its own, so that a heap shared with other files cannot tilt
          // the ratio between a small input and one four times larger.
          exclude: ['test/a11y/**', ...LOGIC_TESTS],
          setupFiles: ['test/setup.ts'],
          // Full maps in jsdom take a second or two each; leave room on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      // What people who rely on assistive technology meet, in headless Chromium: the
      // accessibility tree a screen reader is given, keyboard-only walks with real key
      // presses, forced colours, reduced motion, 400% zoom and WCAG text spacing. Two
      // projects, each with its own browser, so that on a two-core machine the two halves
      // run side by side: the walks and the editor ('a11y'), and how the maps look ('design').
      chromiumProject('a11y', ['test/a11y/**/*.test.{ts,tsx}'], DESIGN_TESTS),
      chromiumProject('design', DESIGN_TESTS),
      {
        // Every story rendered in headless Chromium: play functions run, axe checks
        // WCAG 2.x A/AA, console errors and warnings fail the story, and a screenshot
        // of each story goes to screenshots/.
        extends: true,
        plugins: [
          // Stories render in a 1440 × 900 viewport unless they choose another (the narrow ones do).
          storybookTest({ configDir: `${root}.storybook`, initialGlobals: { viewport: { value: 'wide', isRotated: false } } }),
        ],
        // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the test frame.
        optimizeDeps: {
          include: ['storybook/viewport', 'storybook/test', 'react-dom/client', '@floating-ui/react', 'd3-scale', 'd3-shape', 'clsx'],
        },
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          globalSetup: ['.storybook/vitest.global-setup.ts'],
          provide: { screenshotDir: `${root}screenshots`, screenshotMaxHeight: SCREENSHOT_MAX_HEIGHT, screenshots: STORY_SCREENSHOTS },
          testTimeout: BROWSER_TEST_TIMEOUT,
          hookTimeout: BROWSER_TEST_TIMEOUT,
          browser: {
            enabled: true,
            headless: true,
            // The page around the test frame is tall, so a story's full-height screenshot is never scaled down.
            provider: chromiumProvider({ viewport: { width: 1440, height: SCREENSHOT_MAX_HEIGHT } }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1440, height: 900 },
            api: { host: '127.0.0.1', allowWrite: true, allowExec: false },
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
