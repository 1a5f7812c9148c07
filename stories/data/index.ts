import type { Journey } from '../../src';

const files = import.meta.glob<Journey>('./*.journey.json', { eager: true, import: 'default' });

/** Every example journey, keyed by file base name (e.g. `ecommerce-kitchen`), in name order. */
export const examples: Record<string, Journey> = Object.fromEntries(
  Object.entries(files)
    .map(([path, journey]) => [path.replace(/^\.\/(.*)\.journey\.json$/, '$1'), journey] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);
