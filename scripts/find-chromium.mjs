#!/usr/bin/env node
// Run by `npm test` before vitest: makes sure a Chromium exists for the browser tests.
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
