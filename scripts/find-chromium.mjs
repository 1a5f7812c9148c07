#!/usr/bin/env node
// Run by `npm test` before vitest: makes sure a Chromium exists for the browser tests, and
// a CJK font for the typography tests.
// CHROMIUM_PATH, else the usual install locations; on Debian/Ubuntu as root it installs
// the distribution's chromium with apt-get; anywhere else it stops with one instruction.
// It never lets the browser tests be skipped. The same goes for librsvg's rsvg-convert,
// which draws the vector SVG export as design tools do (they draw no foreignObject), and
// for Noto CJK fonts, without which Chinese text in the screenshots is boxes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, missingChromiumMessage } from './chromium.mjs';

const log = (line) => console.log(`[find-chromium] ${line}`);
const isDebian = process.platform === 'linux' && existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Installs Debian packages with apt-get; false when that failed. */
function aptInstall(packages) {
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    return true;
  } catch (error) {
    console.error(`[find-chromium] apt-get install ${packages.join(' ')} failed (${error.message}).`);
    return false;
  }
}

/** Whether a command answers; `args` must make it exit at once. */
function runs(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let found = findChromium();
if (!found.path && !process.env.CHROMIUM_PATH) {
  if (isDebian && isRoot) {
    log("No Chromium found; installing Debian's chromium package with apt-get (needs network, once)…");
    if (!aptInstall(['chromium'])) {
      console.error(`[find-chromium] ${missingChromiumMessage('apt-get install chromium failed')}`);
      process.exit(1);
    }
    found = findChromium();
  }
}
if (!found.path) {
  console.error(`[find-chromium] ${missingChromiumMessage(found.source)}`);
  process.exit(1);
}
log(`Browser tests will use ${found.path} (${found.source}).`);

// The renderer the vector export is checked with, and CJK fonts for the browser and it.
const missing = [];
if (!runs('rsvg-convert', ['--version'])) missing.push('librsvg2-bin');
const cjk = runs('fc-list', ['--version']) ? String(execFileSync('fc-list', [':lang=zh', 'family'])).trim() : '';
if (!cjk) missing.push('fonts-noto-cjk');
if (missing.length > 0 && isDebian && isRoot) {
  log(`Installing ${missing.join(' and ')} with apt-get (needs network, once)…`);
  if (aptInstall(missing)) missing.length = 0;
}
if (missing.includes('librsvg2-bin') && !runs('rsvg-convert', ['--version'])) {
  console.error(
    '[find-chromium] rsvg-convert (librsvg) was not found; the vector SVG export test needs it. Install librsvg2-bin (Debian, Ubuntu), librsvg2-tools (Fedora) or librsvg (Homebrew).',
  );
  process.exit(1);
}
if (missing.includes('fonts-noto-cjk') && !String(execFileSync('fc-list', [':lang=zh', 'family'])).trim()) {
  console.error(
    '[find-chromium] No font for Chinese text: install Noto CJK (Debian/Ubuntu: `apt-get install fonts-noto-cjk`); the typography tests check that a real CJK font draws it.',
  );
  process.exit(1);
}
