import type { JourneyThemeOverrides, JourneyThemeProp } from '../src';

/**
 * A bank's brand: deep navy, a serif face and square corners. Built only from the
 * public `theme` prop; every value lands in a `--jm-*` CSS variable.
 */
export const bankTheme: JourneyThemeOverrides = {
  colors: {
    background: '#ffffff',
    surface: '#f1f4f9',
    card: '#ffffff',
    text: '#0d1b33',
    muted: '#4a5872',
    border: '#c5cfdf',
    accent: '#0a2a66',
    accentText: '#ffffff',
    action: '#0a2a66',
    thought: '#5b3fa8',
    momentOfTruth: '#8a5300',
    line: '#7d8aa3',
  },
  emotion: { negative: '#b3261e', neutral: '#6b7079', positive: '#1b6b3a', strokeWidth: '3' },
  personaPalette: ['#0a2a66', '#8a5300', '#5b3fa8', '#1b6b3a'],
  fontFamily: 'Georgia, "Times New Roman", "Noto Serif", serif',
  radius: '2px',
  shadow: 'none',
};

/**
 * A retailer's brand: warm orange, a rounded sans-serif and soft corners. The same
 * values also work as plain CSS variables; see the `Maps/Theming/CSS variables only` story.
 */
export const retailTheme: JourneyThemeOverrides = {
  colors: {
    background: '#fffdf9',
    surface: '#fff4e8',
    card: '#ffffff',
    text: '#2b1a0e',
    muted: '#6b4a33',
    border: '#f2cfae',
    accent: '#b93d0a',
    accentText: '#ffffff',
    action: '#b93d0a',
    opportunity: '#0f7a4a',
    momentOfTruth: '#9c3d00',
    line: '#a87b57',
  },
  emotion: { negative: '#c0262d', neutral: '#75706b', positive: '#0f7a4a', strokeWidth: '3' },
  personaPalette: ['#b93d0a', '#0f6b8a', '#7a3fa8', '#0f7a4a'],
  fontFamily: '"Trebuchet MS", "Segoe UI", Roboto, "Noto Sans", sans-serif',
  radius: '14px',
};

/** The themes of the toolbar's theme menu, by name. */
export const themes = {
  light: 'light',
  dark: 'dark',
  'brand-bank': bankTheme,
  'brand-retail': retailTheme,
} as const satisfies Record<string, JourneyThemeProp>;
/** A theme of the toolbar's theme menu. */
export type StoryThemeName = keyof typeof themes;

/** Whether a theme prop draws on a dark background. */
export const isDarkTheme = (theme: JourneyThemeProp | undefined): boolean =>
  theme === 'dark' || (typeof theme === 'object' && theme.base === 'dark');
