// The map's words: what they are (labelTypes.ts), the English set (englishLabels.ts), and
// how a host's overrides are merged onto a set.
import { own } from '../model/own';
import { defaultLabels } from './englishLabels';
import type { JourneyLabels } from './labelTypes';

export type { JourneyLabels } from './labelTypes';
export { defaultLabels } from './englishLabels';
/** A channel's name in the labels' words; a channel they do not name shows its own id. */
export const channelName = (channel: string, labels: JourneyLabels): string => own(labels.channels, channel) ?? channel;

/** Any subset of the labels; nested records are merged key by key. */
export type JourneyLabelsOverrides = {
  [K in keyof JourneyLabels]?: JourneyLabels[K] extends (...args: never[]) => string
    ? JourneyLabels[K]
    : JourneyLabels[K] extends Record<string, string>
      ? Partial<JourneyLabels[K]>
      : JourneyLabels[K];
};

/** Merges overrides onto `base` (the English defaults unless given); records are merged key by key. */
export function resolveLabels(overrides: JourneyLabelsOverrides | undefined, base: JourneyLabels = defaultLabels): JourneyLabels {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const inherited = (base as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    merged[key] = typeof inherited === 'object' && inherited !== null && typeof value === 'object' ? { ...inherited, ...value } : value;
  }
  return merged as unknown as JourneyLabels;
}
