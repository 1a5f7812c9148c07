import { darkTheme, lightTheme, themeToCssVariables, type JourneyTheme, type JourneyThemeOverrides } from '../../src';
import tokensCss from '../../src/theme/tokens.css?raw';

/** How the tokens page groups the variables. */
export type TokenGroup = 'Colours' | 'Emotion curve' | 'Persona palette' | 'Type' | 'Spacing and sizes' | 'Shadow';

/** One `--jm-*` variable with its value in each theme. */
export interface Token {
  /** The variable, e.g. `--jm-color-accent`. */
  name: string;
  /** Its group on the tokens page. */
  group: TokenGroup;
  /** Where it sits in a `theme` object, e.g. `colors.accent`; absent for the few tokens set only in CSS. */
  path?: string;
  /** Its value in the light theme. */
  light: string;
  /** Its value in the dark theme. */
  dark: string;
  /** Its value at `density="compact"`, when that differs. */
  compact?: string;
}

/** The `--jm-*` declarations of the stylesheet's rule for `selector` (comments dropped). */
function declarations(selector: string): Map<string, string> {
  const css = tokensCss.replace(/\/\*[\s\S]*?\*\//g, '');
  const start = css.indexOf(`${selector} {`);
  const body = start < 0 ? '' : css.slice(start, css.indexOf('}', start));
  const found = new Map<string, string>();
  for (const [, name, value] of body.matchAll(/(--jm-[\w-]+)\s*:\s*([^;]+);/g)) found.set(name!, value!.replace(/\s+/g, ' ').trim());
  return found;
}

/**
 * Each theme value's path, keyed by the variable the library maps it to: every value
 * goes through `themeToCssVariables` alone, so the names are exactly the library's.
 */
function themePaths(theme: JourneyTheme): Map<string, string> {
  const paths = new Map<string, string>();
  const add = (path: string, overrides: JourneyThemeOverrides) => {
    const names = Object.keys(themeToCssVariables(overrides));
    const name = names[names.length - 1];
    if (name) paths.set(name, path);
  };
  for (const [key, value] of Object.entries(theme.colors)) add(`colors.${key}`, { colors: { [key]: value } });
  for (const [key, value] of Object.entries(theme.emotion)) add(`emotion.${key}`, { emotion: { [key]: value } });
  theme.personaPalette.forEach((_, i) => add(`personaPalette[${i}]`, { personaPalette: theme.personaPalette.slice(0, i + 1) }));
  for (const key of ['fontFamily', 'fontSize', 'radius', 'spacing', 'columnWidth', 'laneHeaderWidth', 'shadow'] as const) {
    add(key, { [key]: theme[key] });
  }
  return paths;
}

function groupOf(name: string): TokenGroup {
  if (name.startsWith('--jm-color-')) return 'Colours';
  if (name.startsWith('--jm-emotion-')) return 'Emotion curve';
  if (name.startsWith('--jm-persona-')) return 'Persona palette';
  if (/^--jm-(font|caps)/.test(name)) return 'Type';
  if (name === '--jm-shadow') return 'Shadow';
  return 'Spacing and sizes';
}

/**
 * Every `--jm-*` variable the stylesheet declares on the map's root, in its order, with
 * the light and dark values of the library's theme objects (the stylesheet's value for
 * the few set only in CSS) and the compact density's value where it has one.
 */
export function readTokens(): Token[] {
  const base = declarations(':where(.jm-root)');
  const darkCss = declarations(":where(.jm-root[data-theme='dark'])");
  const compact = declarations(":where(.jm-root[data-density='compact'])");
  const light = themeToCssVariables(lightTheme);
  const dark = themeToCssVariables(darkTheme);
  const paths = themePaths(lightTheme);
  return [...base.keys()].map((name) => {
    const token: Token = {
      name,
      group: groupOf(name),
      light: light[name] ?? base.get(name)!,
      dark: dark[name] ?? darkCss.get(name) ?? base.get(name)!,
    };
    const path = paths.get(name);
    if (path) token.path = path;
    const small = compact.get(name);
    if (small) token.compact = small;
    return token;
  });
}

/** The groups in the order the page shows them. */
export const TOKEN_GROUPS: readonly TokenGroup[] = ['Colours', 'Emotion curve', 'Persona palette', 'Type', 'Spacing and sizes', 'Shadow'];
