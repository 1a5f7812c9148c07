#!/usr/bin/env node
// Run by `npm test` before vitest: makes sure a Chromium exists for the browser tests, and
// a CJK font for the typography tests.
// CHROMIUM_PATH, else the usual install locations; on Debian/Ubuntu as root it installs
// the distribution's chromium with apt-get; anywhere else it stops with one instruction.
// It never lets the browser tests be skipped.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, missingChromiumMessage } from './chromium.mjs';

const log = (line) => console.log(`[find-chromium] ${line}`);

let found = findChromium();
if (!found.path && !process.env.CHROMIUM_PATH) {
  const isDebian = process.platform === 'linux' && existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    log("No Chromium found; installing Debian's chromium package with apt-get (needs network, once)…");
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    } catch (error) {
      console.error(`[find-chromium] apt-get failed (${error.message}). ${missingChromiumMessage('apt-get install chromium failed')}`);
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

// The typography tests draw Chinese text and check that a real CJK font drew it.
const hasCjkFont = () => {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
};
if (process.platform === 'linux' && !hasCjkFont()) {
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    log("No CJK font found; installing Debian's fonts-noto-cjk with apt-get (needs network, once)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    } catch {
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    }
  }
  if (!hasCjkFont()) {
    console.error('[find-chromium] No font for Chinese text: install Noto CJK (Debian/Ubuntu: `apt-get install fonts-noto-cjk`).');
    process.exit(1);
  }
}
