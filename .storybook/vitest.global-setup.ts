import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { findChromium, missingChromiumMessage } from '../scripts/chromium.mjs';

const dir = resolve(import.meta.dirname, '..', 'screenshots');
let started = 0;

/** Before the story tests: a browser must exist (the tests are never skipped silently). */
export function setup() {
  const chromium = findChromium();
  if (!chromium.path) throw new Error(missingChromiumMessage(chromium.source));
  mkdirSync(dir, { recursive: true });
  started = Date.now() - 1000;
}

/** After them: say where this run's screenshots are. */
export function teardown() {
  if (started === 0) return;
  const written = readdirSync(dir).filter((f) => f.endsWith('.jpg') && statSync(join(dir, f)).mtimeMs >= started).length;
  console.log(
    written > 0
      ? `\n  Screenshots of ${written} stories: ${relative(process.cwd(), dir) || dir}/  (${dir})\n`
      : '\n  No story screenshots this run: on CI they are taken only with SCREENSHOTS=1.\n',
  );
}
