// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, themeToCssVariables } from '../../src';
import { PERSONA_PALETTE_SIZE } from '../../src/layout/persona';

const SRC = join(import.meta.dirname, '../../src');
const TOKENS = readFileSync(join(SRC, 'theme/tokens.css'), 'utf8');

/**
 * Variables of `tokens.css` that the typed theme deliberately leaves out: layout knobs a
 * host sets in its own stylesheet, not brand values.
 */
const CSS_ONLY: Readonly<Record<string, string>> = {
  /** The grid's scroller grows to its content by default; a host caps it. */
  '--jm-max-height': 'none',
  /** Labels in capitals are small capitals of a larger font (scripts without case turn both off). */
  '--jm-caps': 'all-small-caps',
  '--jm-caps-scale': '0.7',
};

/** The `--jm-*` declarations of the one rule in `tokens.css` whose selector is `selector`. */
function declarations(selector: string): Record<string, string> {
  const start = TOKENS.indexOf(`${selector} {`);
  expect(start, `tokens.css has a rule for ${selector}`).toBeGreaterThanOrEqual(0);
  expect(TOKENS.indexOf(`${selector} {`, start + 1), `tokens.css has one rule for ${selector}`).toBe(-1);
  const body = TOKENS.slice(start, TOKENS.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const [, name, value] of body.matchAll(/(--jm-[a-z0-9-]+)\s*:\s*([^;]+);/g)) out[name!] = value!.replace(/\s+/g, ' ').trim();
  return out;
}

const light = declarations(':where(.jm-root)');
const dark = declarations(":where(.jm-root[data-theme='dark'])");
const compact = declarations(":where(.jm-root[data-density='compact'])");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(css|ts|tsx)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every `--jm-*` variable some file of `src` reads with `var()`, templates in TypeScript resolved. */
function readVariables(): Set<string> {
  const read = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(/var\((--jm-[A-Za-z0-9-]+)(?![A-Za-z0-9-]*\$\{)/g)) read.add(name!);
    // `var(--jm-persona-${n})` reads the palette; `var(--jm-emotion-${valence})` the three valence colours.
    if (text.includes('var(--jm-persona-${')) for (let n = 1; n <= PERSONA_PALETTE_SIZE; n++) read.add(`--jm-persona-${n}`);
    if (text.includes('var(--jm-emotion-${')) for (const v of ['negative', 'neutral', 'positive']) read.add(`--jm-emotion-${v}`);
  }
  return read;
}

describe('theme tokens: tokens.css and the typed theme hold the same defaults', () => {
  it('the light defaults in tokens.css are the light theme’s, plus the CSS-only knobs', () => {
    expect(light).toEqual({ ...themeToCssVariables(lightTheme), ...CSS_ONLY });
  });

  it('tokens.css with data-theme="dark" gives the dark theme’s values, declaring only what differs', () => {
    const lightThemed = { ...light };
    for (const name of Object.keys(CSS_ONLY)) delete lightThemed[name];
    expect({ ...lightThemed, ...dark }).toEqual(themeToCssVariables(darkTheme));
    for (const [name, value] of Object.entries(dark)) expect(value, `${name} repeats its light value`).not.toBe(light[name]);
  });

  it('the compact density only overrides declared sizes', () => {
    expect(Object.keys(compact).length).toBeGreaterThan(0);
    for (const name of Object.keys(compact)) expect(light, `${name} is declared with a default`).toHaveProperty([name]);
  });

  it('every persona palette has as many colours as the components cycle through', () => {
    expect(lightTheme.personaPalette).toHaveLength(PERSONA_PALETTE_SIZE);
    expect(darkTheme.personaPalette).toHaveLength(PERSONA_PALETTE_SIZE);
  });

  it('every declared token is read by some stylesheet or component', () => {
    const read = readVariables();
    const unread = [...new Set([...Object.keys(light), ...Object.keys(dark), ...Object.keys(compact)])].filter((name) => !read.has(name));
    expect(unread).toEqual([]);
  });

  it('every token a stylesheet reads without a fallback is declared, or set on an element by a component', () => {
    const declaredOrSet = new Set(Object.keys(light));
    const bare: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const [, name] of text.matchAll(/(--jm-[A-Za-z0-9-]+)\s*:/g)) declaredOrSet.add(name!);
      for (const [, name] of text.matchAll(/['"](--jm-[A-Za-z0-9-]+)['"]/g)) declaredOrSet.add(name!);
      if (file.endsWith('.css')) for (const [, name] of text.matchAll(/var\((--jm-[A-Za-z0-9-]+)\)/g)) bare.push(name!);
    }
    expect(bare.filter((name) => !declaredOrSet.has(name))).toEqual([]);
  });
});
