import { isSafeCssValue } from '../model/sanitize';

/**
 * Design tokens. Every value a brand might change is a `--jm-*` CSS variable declared
 * in `styles.css`; a {@link JourneyTheme} object maps to the same variables, so a host
 * can theme with either.
 */

/** Colours of the map. Any CSS colour. */
export interface JourneyThemeColors {
  /** Page background of the map. */
  background: string;
  /** Background of header cells and the lane-label column. */
  surface: string;
  /** Background of cards. */
  card: string;
  /** Main text. */
  text: string;
  /** Secondary text. */
  muted: string;
  /** Grid lines and card borders. */
  border: string;
  /** Focus rings, selection and links. */
  accent: string;
  /** Text on the accent colour. */
  accentText: string;
  /** Action cards and lanes (customer actions too). Default: the accent. */
  action: string;
  /** Touchpoint cards and lanes. */
  touchpoint: string;
  /** Thought cards and lanes. */
  thought: string;
  /** Pain point cards and lanes. */
  pain: string;
  /** Opportunity cards and lanes. */
  opportunity: string;
  /** Process cards. */
  process: string;
  /** The frontstage lane's header stripe. Default: the process colour. */
  frontstage: string;
  /** The backstage lane's stripe and tint. Default: the process colour, deepened toward the text colour. */
  backstage: string;
  /** The support processes lane's stripe and tint. Default: the muted colour. */
  support: string;
  /** Metric cards and KPI lanes. */
  metric: string;
  /** Physical evidence cards and lanes of a blueprint. */
  physicalEvidence: string;
  /** Moment-of-truth marker, frame and tint. */
  momentOfTruth: string;
  /** The badge that counts a card's cited sources; neutral by default (the muted colour). */
  evidence: string;
  /** Assumption badge (unvalidated insight). */
  assumption: string;
  /** Service-blueprint lines. */
  line: string;
}

/** The emotion colour scale: the curve's colours from most negative to most positive. */
export interface JourneyThemeEmotion {
  /** Colour at and near the most negative score. */
  negative: string;
  /** Colour around the neutral score: a grey, so that the curve passes from positive to negative through no third hue. */
  neutral: string;
  /** Colour at and near the most positive score. */
  positive: string;
  /** Stroke width of the curve, e.g. "2.5". */
  strokeWidth: string;
}

/** Font families. The body face is {@link JourneyTheme.fontFamily}; each of these defaults to it. */
export interface JourneyThemeFonts {
  /** Map title, persona names, stage names, dialog titles. */
  heading: string;
  /** Persona quotes and thought cards. */
  quote: string;
  /** Metric values and stage KPIs (drawn with tabular figures). */
  numeric: string;
}

/**
 * The type scale, each size the variable `--jm-text-<step>`. Every text of the map is one
 * of these or the body size ({@link JourneyTheme.fontSize}); the defaults are multiples of it.
 */
export interface JourneyThemeTextSizes {
  /** Chips, kind labels, small capitals, captions (0.75 × body). */
  xs: string;
  /** Secondary text: descriptions, channels, meta lines (0.85 × body). */
  sm: string;
  /** Card titles and lane labels (0.93 × body). */
  md: string;
  /** Persona and dialog titles, stage names (1.1 × body). */
  lg: string;
  /** The map's title and metric values (1.5 × body). */
  xl: string;
}

/** A full theme. Pass a {@link JourneyThemeOverrides} to change only some values. */
export interface JourneyTheme {
  /** Colours. */
  colors: JourneyThemeColors;
  /** The emotion curve. */
  emotion: JourneyThemeEmotion;
  /** Colours given to personas' curves in order, when a persona has no colour of its own. */
  personaPalette: string[];
  /** Font family of body text, and of every text whose own font in {@link JourneyTheme.fonts} is left as is. */
  fontFamily: string;
  /** Font families of headings, quotes and numbers. */
  fonts: JourneyThemeFonts;
  /** Base (body) font size, e.g. "14px". */
  fontSize: string;
  /** The type scale. */
  textSizes: JourneyThemeTextSizes;
  /** Corner radius of cards. */
  radius: string;
  /** Base spacing unit. */
  spacing: string;
  /** Minimum width of a stage column. */
  columnWidth: string;
  /** Width of the lane-label column. */
  laneHeaderWidth: string;
  /** Card shadow. */
  shadow: string;
  /** Shadow of a hovered or selected card. */
  shadowRaised: string;
  /** Shadow of popovers and dialogs. */
  shadowOverlay: string;
  /** Width of the colour stripe on a card's inline-start edge; a pain's severity widens it. */
  stripeWidth: string;
}

/** Any subset of a theme; what is left out keeps the base theme's value. */
export type JourneyThemeOverrides = {
  [K in keyof JourneyTheme]?: JourneyTheme[K] extends string[]
    ? string[]
    : JourneyTheme[K] extends object
      ? Partial<JourneyTheme[K]>
      : JourneyTheme[K];
};

/** The default light theme. */
export const lightTheme: JourneyTheme = {
  colors: {
    background: '#ffffff',
    surface: '#f6f7f9',
    card: '#ffffff',
    text: '#1b1f24',
    muted: '#57606a',
    border: '#d8dee4',
    accent: '#0b62d6',
    accentText: '#ffffff',
    action: 'var(--jm-color-accent)',
    touchpoint: '#0f766e',
    thought: '#7c4dff',
    pain: '#c62828',
    opportunity: '#1a7f37',
    process: '#4c5c96',
    frontstage: 'var(--jm-color-process)',
    backstage: 'color-mix(in srgb, var(--jm-color-process) 55%, var(--jm-color-text))',
    support: 'var(--jm-color-muted)',
    metric: '#a3316f',
    physicalEvidence: '#8a5a2b',
    momentOfTruth: '#b35900',
    evidence: 'var(--jm-color-muted)',
    assumption: '#9a6700',
    line: '#7a838e',
  },
  emotion: { negative: '#d1242f', neutral: '#6e7781', positive: '#1a7f37', strokeWidth: '2.5' },
  personaPalette: ['var(--jm-color-accent)', '#b35900', '#7c4dff', '#0f766e', '#c2185b', '#57606a'],
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif",
  fonts: { heading: 'var(--jm-font-family)', quote: 'var(--jm-font-family)', numeric: 'var(--jm-font-family)' },
  fontSize: '14px',
  textSizes: {
    xs: 'calc(var(--jm-font-size) * 0.75)',
    sm: 'calc(var(--jm-font-size) * 0.85)',
    md: 'calc(var(--jm-font-size) * 0.93)',
    lg: 'calc(var(--jm-font-size) * 1.1)',
    xl: 'calc(var(--jm-font-size) * 1.5)',
  },
  radius: '8px',
  spacing: '8px',
  columnWidth: '220px',
  laneHeaderWidth: '148px',
  shadow: '0 1px 2px rgb(27 31 36 / 0.08), 0 1px 3px rgb(27 31 36 / 0.06)',
  shadowRaised: '0 4px 14px rgb(0 0 0 / 0.12)',
  shadowOverlay: '0 12px 32px rgb(0 0 0 / 0.2)',
  stripeWidth: '3px',
};

/**
 * The dark theme. Built with a pure call rather than an object spread, so that a page
 * that never reads either theme object ships neither.
 */
export const darkTheme: JourneyTheme = /* @__PURE__ */ Object.assign({}, lightTheme, {
  colors: {
    background: '#0d1117',
    surface: '#161b22',
    card: '#1c2230',
    text: '#e6edf3',
    muted: '#9da7b3',
    border: '#30363d',
    accent: '#58a6ff',
    accentText: '#0d1117',
    action: 'var(--jm-color-accent)',
    touchpoint: '#39c5bb',
    thought: '#c297ff',
    pain: '#ff7b72',
    opportunity: '#56d364',
    process: '#a3b3e6',
    frontstage: 'var(--jm-color-process)',
    backstage: 'color-mix(in srgb, var(--jm-color-process) 55%, var(--jm-color-text))',
    support: 'var(--jm-color-muted)',
    metric: '#f28cc8',
    physicalEvidence: '#d9a875',
    momentOfTruth: '#f0883e',
    evidence: 'var(--jm-color-muted)',
    assumption: '#e3b341',
    line: '#6e7681',
  },
  emotion: { negative: '#ff7b72', neutral: '#8b949e', positive: '#56d364', strokeWidth: '2.5' },
  personaPalette: ['var(--jm-color-accent)', '#f0883e', '#c297ff', '#39c5bb', '#ff80b5', '#9da7b3'],
  shadow: '0 1px 3px rgb(0 0 0 / 0.5)',
});

/** The theme's single values, each the variable `--jm-<kebab-case key>`. */
const SCALAR_KEYS = [
  'fontFamily',
  'fontSize',
  'radius',
  'spacing',
  'columnWidth',
  'laneHeaderWidth',
  'shadow',
  'shadowRaised',
  'shadowOverlay',
  'stripeWidth',
] as const;

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Maps a theme (or part of one) to `--jm-*` CSS variables, for a `style` prop.
 * Values that could break out of their declaration or load something (`;`, braces, `url(`,
 * `expression(`, comments, escapes) are dropped.
 */
export function themeToCssVariables(theme: JourneyThemeOverrides): Record<string, string> {
  const vars: Record<string, string> = {};
  const put = (name: string, value: unknown) => {
    if (typeof value === 'string' && isSafeCssValue(value)) vars[`--jm-${name}`] = value;
  };
  for (const [key, value] of Object.entries(theme.colors ?? {})) put(`color-${kebab(key)}`, value);
  for (const [key, value] of Object.entries(theme.emotion ?? {})) put(`emotion-${kebab(key)}`, value);
  for (const [key, value] of Object.entries(theme.fonts ?? {})) put(`font-${kebab(key)}`, value);
  for (const [key, value] of Object.entries(theme.textSizes ?? {})) put(`text-${kebab(key)}`, value);
  (theme.personaPalette ?? []).forEach((value, i) => put(`persona-${i + 1}`, value));
  for (const key of SCALAR_KEYS) put(kebab(key), theme[key]);
  return vars;
}

/** A built-in theme's name, or a set of overrides on top of the light (or, with `base: 'dark'`, the dark) theme. */
export type JourneyThemeProp = 'light' | 'dark' | (JourneyThemeOverrides & { base?: 'light' | 'dark' });

/** Resolves the `theme` prop to the `data-theme` attribute and the inline CSS variables it needs. */
export function resolveThemeProp(theme: JourneyThemeProp | undefined): {
  name: 'light' | 'dark';
  style: Record<string, string>;
} {
  if (theme === undefined || theme === 'light' || theme === 'dark') return { name: theme ?? 'light', style: {} };
  const { base = 'light', ...overrides } = theme;
  return { name: base, style: themeToCssVariables(overrides) };
}
