/** Flags for headless Chromium on CI machines and in containers running as root, with no network. */
export declare const CHROMIUM_FLAGS: string[];
/** Where Chromium and Chrome are usually installed, most likely first. */
export declare function candidatePaths(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): string[];
/** The browser to test in: `CHROMIUM_PATH` when set, else the first usual install location that exists. */
export declare function findChromium(
  env?: NodeJS.ProcessEnv,
  platform?: NodeJS.Platform,
): { path: string; source: string } | { path: undefined; source: string };
/** The one-line instruction printed when no browser is found and none can be installed. */
export declare function missingChromiumMessage(detail: string): string;
