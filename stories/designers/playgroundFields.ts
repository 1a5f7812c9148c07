import type { JourneyThemeColors, JourneyThemeEmotion } from '../../src';

/** A colour the playground offers a picker for, and what it must stand out from. */
export interface ColourField {
  /** The theme section. */
  section: 'colors' | 'emotion';
  /** The key in that section. */
  key: keyof JourneyThemeColors | Exclude<keyof JourneyThemeEmotion, 'strokeWidth'>;
  /** The picker's label. */
  label: string;
  /** The colours (of `colors`) it is drawn on, and the least contrast it needs there: 4.5 for text, 3 for marks. */
  on?: { keys: Array<keyof JourneyThemeColors>; min: 4.5 | 3 };
}

const TEXT_ON_ALL = { keys: ['background', 'surface', 'card'] as Array<keyof JourneyThemeColors>, min: 4.5 as const };
const TEXT_ON_CARD = { keys: ['card', 'background'] as Array<keyof JourneyThemeColors>, min: 4.5 as const };
const MARK = { keys: ['background', 'card'] as Array<keyof JourneyThemeColors>, min: 3 as const };

/** The playground's colour pickers, in groups. */
export const COLOUR_GROUPS: ReadonlyArray<[group: string, fields: ColourField[]]> = [
  [
    'Surfaces',
    [
      { section: 'colors', key: 'background', label: 'Background' },
      { section: 'colors', key: 'surface', label: 'Header cells and lane labels' },
      { section: 'colors', key: 'card', label: 'Cards' },
      { section: 'colors', key: 'border', label: 'Grid lines and card borders' },
    ],
  ],
  [
    'Text and accent',
    [
      { section: 'colors', key: 'text', label: 'Text', on: TEXT_ON_ALL },
      { section: 'colors', key: 'muted', label: 'Secondary text', on: TEXT_ON_ALL },
      { section: 'colors', key: 'accent', label: 'Accent', on: TEXT_ON_CARD },
      { section: 'colors', key: 'accentText', label: 'Text on the accent', on: { keys: ['accent'], min: 4.5 } },
    ],
  ],
  [
    'Card kinds',
    [
      { section: 'colors', key: 'action', label: 'Actions (the accent unless set)', on: TEXT_ON_CARD },
      { section: 'colors', key: 'touchpoint', label: 'Touchpoints', on: TEXT_ON_CARD },
      { section: 'colors', key: 'thought', label: 'Thoughts', on: TEXT_ON_CARD },
      { section: 'colors', key: 'pain', label: 'Pain points', on: TEXT_ON_CARD },
      { section: 'colors', key: 'opportunity', label: 'Opportunities', on: TEXT_ON_CARD },
      { section: 'colors', key: 'process', label: 'Processes (blueprint)', on: TEXT_ON_CARD },
      { section: 'colors', key: 'frontstage', label: 'Frontstage (processes unless set)', on: TEXT_ON_CARD },
      { section: 'colors', key: 'backstage', label: 'Backstage', on: TEXT_ON_CARD },
      { section: 'colors', key: 'support', label: 'Support processes (secondary text unless set)', on: TEXT_ON_CARD },
      { section: 'colors', key: 'metric', label: 'Metrics', on: TEXT_ON_CARD },
      { section: 'colors', key: 'physicalEvidence', label: 'Physical evidence', on: TEXT_ON_CARD },
    ],
  ],
  [
    'Chips and lines',
    [
      { section: 'colors', key: 'momentOfTruth', label: 'Moment of truth', on: TEXT_ON_CARD },
      { section: 'colors', key: 'evidence', label: 'Evidence (validated)', on: TEXT_ON_CARD },
      { section: 'colors', key: 'assumption', label: 'Assumption', on: TEXT_ON_CARD },
      { section: 'colors', key: 'line', label: 'Blueprint lines', on: MARK },
    ],
  ],
  [
    'Emotion curve',
    [
      { section: 'emotion', key: 'negative', label: 'Negative', on: MARK },
      { section: 'emotion', key: 'neutral', label: 'Neutral', on: MARK },
      { section: 'emotion', key: 'positive', label: 'Positive', on: MARK },
    ],
  ],
];

/** Type faces to try, each a CSS font stack. */
export const FONTS: ReadonlyArray<[label: string, stack: string | undefined]> = [
  ['The theme’s own', undefined],
  ['Serif', 'Georgia, "Times New Roman", "Noto Serif", serif'],
  ['Humanist sans', '"Trebuchet MS", "Segoe UI", Roboto, "Noto Sans", sans-serif'],
  ['Rounded', '"Nunito", "Varela Round", "Segoe UI", Roboto, sans-serif'],
  ['Monospace', 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace'],
];
