/**
 * The main entry's server-safe half: types, validation, filtering, URL checks, themes
 * and labels. No React: a server component or a route handler calls these functions.
 *
 * Not an entry point of the package. The build names this file as an entry of its own
 * so that everything it reaches goes into chunks apart from the components (esbuild
 * places each module in a chunk by the set of entries that reach it); the built file
 * itself is removed. See tsup.config.ts.
 */
export * from '../model/types';
export * from '../model/validate';
export * from '../model/filter';
export * from '../model/confidence';
export * from '../model/trust';
export * from '../model/changes';
export * from '../layout/diffSummary';
export * from '../model/diff';
export * from '../model/sanitize';
export * from '../theme/theme';
export * from '../components/labels';
