import { cardConfidence } from '../model/confidence';
import type { Card, Evidence, Level } from '../model/types';
import { Mark } from './icons';
import type { JourneyLabels } from './labels';

/** A badge a card can carry, which the map's legend explains. */
export type CardBadge = 'moment-of-truth' | 'validated' | 'assumption';

const BADGE_MARKS = { 'moment-of-truth': 'star', validated: 'source', assumption: 'question' } as const;

/** A badge's mark: a star for a moment of truth, a page for cited research (not a check: research is no resolution), a question mark for an assumption. */
export function BadgeMark({ badge }: { badge: CardBadge }) {
  return <Mark name={BADGE_MARKS[badge]} />;
}

/** A badge's name in the labels' words. */
export const badgeLabel = (badge: CardBadge, labels: JourneyLabels): string =>
  badge === 'moment-of-truth' ? labels.momentOfTruth : labels[badge];

/** One of a card's ratings, named and valued in the labels' words. */
export interface CardRating {
  /** Which rating. */
  key: 'severity' | 'impact' | 'effort';
  /** Its name, e.g. "Impact". */
  name: string;
  /** Its level, e.g. "High". */
  value: string;
}

/** The ratings a card gives, in this order: severity, impact, effort. */
export function cardRatings(card: Pick<Card, 'severity' | 'impact' | 'effort'>, labels: JourneyLabels): CardRating[] {
  const ratings: CardRating[] = [];
  for (const key of ['severity', 'impact', 'effort'] as const) {
    const level = card[key];
    if (level) ratings.push({ key, name: labels[key], value: labels.levels[level] });
  }
  return ratings;
}

/**
 * The confidence level of research a card cites (by `cardConfidence`), aged from the
 * configuration's `now` with its review period as the longest a source stays current.
 * Call it only for cards that cite research.
 */
export function citedConfidence(cited: readonly Evidence[], { now, reviewPeriodDays }: { now?: string; reviewPeriodDays?: number }): Level {
  const byId = new Map(cited.map((e) => [e.id, e]));
  return cardConfidence({ evidence: [...byId.keys()] }, byId, { now, maxAgeDays: reviewPeriodDays }).level as Level;
}
