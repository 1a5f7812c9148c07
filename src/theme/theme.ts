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
  /** Pain points. */
  pain: string;
  /** Opportunities. */
  opportunity: string;
  /** Thoughts. */
  thought: string;
  /** Actions and touchpoints. */
  action: string;
  /** Moment-of-truth marker. */
  momentOfTruth: string;
  /** Validated evidence badge. */
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

/** A full theme. Pass a {@link JourneyThemeOverrides} to change only some values. */
export interface JourneyTheme {
  /** Colours. */
  colors: JourneyThemeColors;
  /** The emotion curve. */
  emotion: JourneyThemeEmotion;
  /** Colours given to personas' curves in order, when a persona has no colour of its own. */
  personaPalette: string[];
  /** Font family of all text. */
  fontFamily: string;
  /** Base font size, e.g. "14px". */
  fontSize: string;
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
    pain: '#c62828',
    opportunity: '#1a7f37',
    thought: '#7c4dff',
    action: '#0b62d6',
    momentOfTruth: '#b35900',
    evidence: '#1a7f37',
    assumption: '#9a6700',
    line: '#7a838e',
  },
  emotion: { negative: '#d1242f', neutral: '#6e7781', positive: '#1a7f37', strokeWidth: '2.5' },
  personaPalette: ['#0b62d6', '#b35900', '#7c4dff', '#0f766e', '#c2185b', '#57606a'],
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif",
  fontSize: '14px',
  radius: '8px',
  spacing: '8px',
  columnWidth: '220px',
  laneHeaderWidth: '148px',
  shadow: '0 1px 2px rgb(27 31 36 / 0.08), 0 1px 3px rgb(27 31 36 / 0.06)',
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
    pain: '#ff7b72',
    opportunity: '#56d364',
    thought: '#c297ff',
    action: '#58a6ff',
    momentOfTruth: '#f0883e',
    evidence: '#56d364',
    assumption: '#e3b341',
    line: '#6e7681',
  },
  emotion: { negative: '#ff7b72', neutral: '#8b949e', positive: '#56d364', strokeWidth: '2.5' },
  personaPalette: ['#58a6ff', '#f0883e', '#c297ff', '#39c5bb', '#ff80b5', '#9da7b3'],
  shadow: '0 1px 3px rgb(0 0 0 / 0.5)',
});

/** The theme's single values, each the variable `--jm-<kebab-case key>`. */
const SCALAR_KEYS = ['fontFamily', 'fontSize', 'radius', 'spacing', 'columnWidth', 'laneHeaderWidth', 'shadow'] as const;

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
