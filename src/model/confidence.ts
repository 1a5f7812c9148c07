import type { Card, Evidence, EvidenceCollection, EvidenceDimension, EvidenceKind, Level } from './types';

/**
 * How far to trust an insight, by one rule, derived from the evidence it cites. Research
 * that records what people do (behavioral: analytics, observation, usability tests) weighs
 * more than what they say (attitudinal: interviews, surveys, reviews, tickets); a large
 * sample weighs more, an old source less, and an assumption nothing. An insight that both
 * what people say and what they do support is the best backed.
 *
 * This is the one place the rule lives: a map's cards show the level it gives (their
 * evidence badge, "High confidence · 3 sources"), aged from the map's `now` with its review
 * period (`reviewPeriodDays`, else the journey's `meta.reviewPeriodDays`) as `maxAgeDays`;
 * the brief ranks pain points by it. The README's "Trust and freshness" says the same in prose.
 */

/** What a source's kind says of it when the source does not say itself: how it was gathered and what it records. */
export const EVIDENCE_TRAITS: Readonly<Record<EvidenceKind, { collection: EvidenceCollection; dimension: EvidenceDimension } | null>> = {
  interview: { collection: 'solicited', dimension: 'attitudinal' },
  survey: { collection: 'solicited', dimension: 'attitudinal' },
  workshop: { collection: 'solicited', dimension: 'attitudinal' },
  reviews: { collection: 'unsolicited', dimension: 'attitudinal' },
  tickets: { collection: 'unsolicited', dimension: 'attitudinal' },
  analytics: { collection: 'unsolicited', dimension: 'behavioral' },
  observation: { collection: 'solicited', dimension: 'behavioral' },
  'usability-test': { collection: 'solicited', dimension: 'behavioral' },
  other: { collection: 'solicited', dimension: 'attitudinal' },
  assumption: null,
};

/** A sample at least this large counts as large. */
export const LARGE_SAMPLE = 30;
/** A sample smaller than this counts as anecdotal. */
export const SMALL_SAMPLE = 5;
/** Sources older than this many days count as stale unless the caller says otherwise. */
export const DEFAULT_MAX_AGE_DAYS = 365;

/** When the rule is applied, and how old a source may be. */
export interface ConfidenceOptions {
  /** The day to measure ages from (a `Date` or an ISO 8601 date). Default: today. */
  now?: Date | string;
  /** A source older than this many days is stale and weighs half. Default: 365. */
  maxAgeDays?: number;
}

/** What one source contributes. */
export interface EvidenceWeight {
  /** The weight: 0 for an assumption; otherwise from ½ to 3. */
  weight: number;
  /** What it records (`null` for an assumption). */
  dimension: EvidenceDimension | null;
  /** How it was gathered (`null` for an assumption). */
  collection: EvidenceCollection | null;
  /** Whether it is older than the allowed age. */
  stale: boolean;
}

const JUDGED: Record<Level, number> = { low: 1, medium: 2, high: 3 };
const DAY = 86_400_000;

/** Milliseconds since the epoch of an ISO 8601 date or a Date; NaN when it does not read. */
const time = (value: Date | string): number => (typeof value === 'string' ? Date.parse(value) : value.getTime());

/**
 * The weight of one source, by the rule:
 * - an assumption weighs 0;
 * - a source the researchers rated (`confidence`) weighs 1, 2 or 3 for low, medium, high;
 * - otherwise what people do weighs 2 and what they say 1, plus 1 for a large sample
 *   (at least {@link LARGE_SAMPLE}) or minus ½ for an anecdotal one (under {@link SMALL_SAMPLE});
 * - a source older than `maxAgeDays` weighs half of that.
 */
export function evidenceWeight(source: Evidence, options: ConfidenceOptions = {}): EvidenceWeight {
  const traits = EVIDENCE_TRAITS[source.kind] ?? null;
  if (!traits) return { weight: 0, dimension: null, collection: null, stale: false };
  const dimension = source.dimension ?? traits.dimension;
  const collection = source.collection ?? traits.collection;
  let weight: number;
  if (source.confidence) weight = JUDGED[source.confidence];
  else {
    weight = dimension === 'behavioral' ? 2 : 1;
    if (source.sampleSize !== undefined) {
      if (source.sampleSize >= LARGE_SAMPLE) weight += 1;
      else if (source.sampleSize < SMALL_SAMPLE) weight -= 0.5;
    }
  }
  const age = source.date ? time(options.now ?? new Date()) - time(source.date) : NaN;
  const stale = age > (options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS) * DAY;
  return { weight: stale ? weight / 2 : weight, dimension, collection, stale };
}

/** How far an insight can be trusted: `none` when it cites nothing, `assumption` when it cites only assumptions. */
export type ConfidenceLevel = 'none' | 'assumption' | Level;

/** A card's confidence and what it rests on. */
export interface CardConfidence {
  /** The level. */
  level: ConfidenceLevel;
  /** The summed weight of its sources. */
  weight: number;
  /** How many sources it cites that are research (not assumptions). */
  research: number;
  /** Whether some source records what people say. */
  says: boolean;
  /** Whether some source records what people do. */
  does: boolean;
  /** How many of its research sources are stale. */
  stale: number;
}

/**
 * A card's confidence, from the sources it cites (unknown ids are skipped): the weights
 * summed; `high` at 4 or more when both what people say and what they do support it,
 * `medium` at 2 or more, `low` below; `assumption` when every source is an assumption,
 * `none` when it cites nothing.
 */
export function cardConfidence(
  card: Pick<Card, 'evidence'>,
  evidence: ReadonlyMap<string, Evidence>,
  options: ConfidenceOptions = {},
): CardConfidence {
  const cited = (card.evidence ?? []).map((id) => evidence.get(id)).filter((e): e is Evidence => e !== undefined);
  let weight = 0;
  let research = 0;
  let stale = 0;
  let says = false;
  let does = false;
  for (const source of cited) {
    const w = evidenceWeight(source, options);
    if (w.dimension === null) continue;
    research++;
    weight += w.weight;
    if (w.stale) stale++;
    if (w.dimension === 'behavioral') does = true;
    else says = true;
  }
  const level: ConfidenceLevel =
    cited.length === 0 ? 'none' : research === 0 ? 'assumption' : weight >= 4 && says && does ? 'high' : weight >= 2 ? 'medium' : 'low';
  return { level, weight, research, says, does, stale };
}

/** Levels from most to least trusted, for sorting. */
export const CONFIDENCE_ORDER: readonly ConfidenceLevel[] = ['high', 'medium', 'low', 'assumption', 'none'];
