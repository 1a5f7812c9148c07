// Finds a Chromium or Chrome executable for the browser tests. Shared by
// scripts/find-chromium.mjs (which may install one) and vitest.config.ts (which only looks).
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Flags for headless Chromium on CI machines and in containers running as root, with no network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium and Chrome are usually installed, most likely first. */
export function candidatePaths(platform = process.platform, env = process.env) {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      join(homedir(), 'Applications/Chromium.app/Contents/MacOS/Chromium'),
      join(homedir(), 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [join(root, 'Chromium/Application/chrome.exe'), join(root, 'Google/Chrome/Application/chrome.exe')]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/lib/chromium/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ];
}

/**
 * The browser to test in: `CHROMIUM_PATH` when set (it must exist), else the first
 * usual install location that exists. Never downloads or installs anything.
 * @returns {{ path: string, source: string } | { path: undefined, source: string }}
 */
export function findChromium(env = process.env, platform = process.platform) {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv)
    return existsSync(fromEnv)
      ? { path: fromEnv, source: 'CHROMIUM_PATH' }
      : { path: undefined, source: `CHROMIUM_PATH=${fromEnv} does not exist` };
  const found = candidatePaths(platform, env).find((p) => existsSync(p));
  return found ? { path: found, source: 'installed' } : { path: undefined, source: 'none of the usual install locations' };
}

/** The one-line instruction printed when no browser is found and none can be installed. */
export function missingChromiumMessage(detail) {
  return `No Chromium or Chrome for the browser tests (${detail}): install Chromium or Google Chrome, or set CHROMIUM_PATH=/path/to/chromium, then run npm test again.`;
}
