// Controls shared by the stories: designers pick journeys, themes and languages by
// name; Storybook maps each name to the value the component receives.
import type { ReactNode } from 'react';
import type { Card, Journey, Lane, LaneRenderContext } from '../src';
import { examples } from './data';
import { labelsByLocale } from './labels';
import { themes } from './themes';
import { arabicBankJourney } from './journeys/arabic-bank';

/** Every journey the stories can show: the shared examples and the story-only Arabic one. */
export const journeys: Record<string, Journey> = { ...examples, 'bank-account-ar': arabicBankJourney };
/** The name of a journey in {@link journeys}. */
export type JourneyName = keyof typeof examples | 'bank-account-ar';

/**
 * A journey arg given by name. Storybook stores the name (so the control shows it
 * and the URL can carry it) and hands the component the journey through `mapping`.
 */
export const journeyArg = (name: JourneyName): Journey => name as unknown as Journey;
/** A theme arg given by name, mapped like {@link journeyArg}. */
export const themeArg = (name: keyof typeof themes) => name as never;
/** A labels arg given by locale, mapped like {@link journeyArg}. */
export const labelsArg = (locale: keyof typeof labelsByLocale) => locale as never;

export const journeyArgType = {
  control: { type: 'select' },
  options: Object.keys(journeys),
  mapping: journeys,
} as const;

export const themeArgType = {
  control: { type: 'select' },
  options: Object.keys(themes),
  mapping: themes,
} as const;

export const labelsArgType = {
  control: { type: 'select' },
  options: Object.keys(labelsByLocale),
  mapping: labelsByLocale,
} as const;

export const densityArgType = { control: { type: 'inline-radio' }, options: ['comfortable', 'compact'] } as const;
export const dirArgType = { control: { type: 'inline-radio' }, options: ['ltr', 'rtl'] } as const;
export const layoutArgType = { control: { type: 'inline-radio' }, options: ['auto', 'grid', 'stacked'] } as const;

/** A card face a host might draw instead of the built-in one: the title only. */
export function titleOnlyCard(card: Card): ReactNode {
  return <span style={{ fontWeight: 600 }}>{card.title}</span>;
}

/**
 * A lane renderer a host might write: the metrics lane as big numbers under each
 * stage; every other lane keeps the built-in cells.
 */
export function metricsAsNumbers(lane: Lane, context: LaneRenderContext): ReactNode | undefined {
  if (lane.kind !== 'metrics') return undefined;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: `repeat(${context.stageCount}, minmax(0, 1fr))`, gap: 8 }}>
      {context.cells.map((cell) => (
        <div key={cell.start} style={{ gridColumn: `${cell.start + 1} / span ${cell.end - cell.start + 1}` }}>
          {cell.items.map(({ placed: { card } }) => (
            <p key={card.id} style={{ margin: '0 0 6px' }}>
              <strong style={{ display: 'block', fontSize: '1.6em', lineHeight: 1.1 }}>
                {card.metric ? `${card.metric.value}${card.metric.unit ?? ''}` : '—'}
              </strong>
              {card.title}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}

export const renderCardArgType = {
  control: { type: 'select' },
  options: ['built-in', 'title only'],
  mapping: { 'built-in': undefined, 'title only': titleOnlyCard },
} as const;

export const renderLaneArgType = {
  control: { type: 'select' },
  options: ['built-in', 'metrics as numbers'],
  mapping: { 'built-in': undefined, 'metrics as numbers': metricsAsNumbers },
} as const;
