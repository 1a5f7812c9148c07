import { darkTheme, lightTheme, themeToCssVariables, type JourneyTheme, type JourneyThemeOverrides } from '../../src';

/** A theme being designed: the built-in theme it starts from and what is changed on top. */
export interface ThemeDraft {
  /** The built-in theme underneath. */
  base: 'light' | 'dark';
  /** The changed values only. */
  overrides: JourneyThemeOverrides;
}

/** The draft as one full theme: the base theme with the overrides laid over it. */
export function resolveDraft({ base, overrides }: ThemeDraft): JourneyTheme {
  const from = base === 'dark' ? darkTheme : lightTheme;
  return {
    ...from,
    ...(overrides as Partial<JourneyTheme>),
    colors: { ...from.colors, ...overrides.colors },
    emotion: { ...from.emotion, ...overrides.emotion },
    personaPalette: overrides.personaPalette ?? from.personaPalette,
  };
}

/**
 * The draft as a stylesheet rule, through the library's own theme → variables mapping:
 * only the changes, or with `everything` every token. The rule is for the map's root
 * class; a draft on the dark theme targets dark maps only.
 */
export function draftToCss(draft: ThemeDraft, everything = false): string {
  const vars = themeToCssVariables(everything ? resolveDraft(draft) : draft.overrides);
  const selector = draft.base === 'dark' ? ".jm-root[data-theme='dark']" : '.jm-root';
  const lines = Object.entries(vars).map(([name, value]) => `  ${name}: ${value};`);
  if (lines.length === 0) lines.push('  /* No changes yet: pick a colour, a radius or a font. */');
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}

/** The draft as the `theme` prop a developer passes to `JourneyMap`, as TypeScript source. */
export function draftToThemeSource(draft: ThemeDraft, density: 'comfortable' | 'compact'): string {
  const value = draft.base === 'dark' ? { base: 'dark', ...draft.overrides } : draft.overrides;
  const body = JSON.stringify(value, null, 2).replace(/^(\s*)"([A-Za-z]\w*)":/gm, '$1$2:');
  const densityProp = density === 'compact' ? ' density="compact"' : '';
  return [
    "import { JourneyMap, type JourneyThemeProp } from 'react-journey-map';",
    '',
    `export const theme: JourneyThemeProp = ${body};`,
    '',
    `// <JourneyMap journey={journey} theme={theme}${densityProp} />`,
    '',
  ].join('\n');
}

/** Sets one value of a theme section in the overrides, dropping it again when it equals the base theme's. */
export function setOverride<S extends 'colors' | 'emotion'>(
  draft: ThemeDraft,
  section: S,
  key: keyof JourneyTheme[S] & string,
  value: string,
): JourneyThemeOverrides {
  const from = draft.base === 'dark' ? darkTheme : lightTheme;
  const current: Record<string, string> = { ...(draft.overrides[section] as Record<string, string> | undefined) };
  if ((from[section] as unknown as Record<string, string>)[key]?.toLowerCase() === value.toLowerCase()) delete current[key];
  else current[key] = value;
  const next: JourneyThemeOverrides = { ...draft.overrides, [section]: current };
  if (Object.keys(current).length === 0) delete next[section];
  return next;
}
