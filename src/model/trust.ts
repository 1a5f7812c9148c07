import type { CardKind, Journey } from './types';

/**
 * How current a map is, and how well research backs each stage. Freshness: a map whose
 * `meta.validatedAt` is older than the review period needs validation, and so does a
 * stage whose newest dated research is older than it. Coverage: the share of a stage's
 * insights that cite research (anything but an assumption).
 */

const DAY = 86_400_000;

/** The kinds of card that are insights, whose backing the coverage counts: what customers think and suffer, and what the team means to do about it. */
export const INSIGHT_KINDS: readonly CardKind[] = ['thought', 'pain', 'opportunity'];

/** When freshness is judged, and against what period. */
export interface FreshnessOptions {
  /** The day to measure ages from (a `Date` or an ISO 8601 date). Default: today. */
  now?: Date | string;
  /** Days a validation or a source stays current. Default: the journey's `meta.reviewPeriodDays`; with neither, nothing is judged stale. */
  reviewPeriodDays?: number;
}

/** Whether a map needs validating, and which of its stages do. */
export interface JourneyFreshness {
  /** The review period applied, in days; `undefined` when neither the host nor the journey gives one (then nothing is stale). */
  periodDays: number | undefined;
  /** Whether the map's `validatedAt` is older than the period. A map that records no validation date is not judged. */
  stale: boolean;
  /** The ids of stages that cite dated research and whose newest such source is older than the period, in stage order. */
  staleStages: readonly string[];
}

const time = (value: Date | string): number => (typeof value === 'string' ? Date.parse(value) : value.getTime());

/** Whether `date` lies more than `days` days before `now`. An unreadable date is not old. */
export function isOlderThan(date: string, days: number, now: Date | string = new Date()): boolean {
  return time(now) - time(date) > days * DAY;
}

/**
 * The journey's freshness by the review period (the host's, else the journey's
 * `meta.reviewPeriodDays`): stale when `meta.validatedAt` is older than the period, and
 * the stages whose cards cite dated research (not assumptions), all of it older than the
 * period. A card spanning stages counts in each.
 */
export function journeyFreshness(journey: Journey, options: FreshnessOptions = {}): JourneyFreshness {
  const periodDays = options.reviewPeriodDays ?? journey.meta?.reviewPeriodDays;
  if (periodDays === undefined) return { periodDays, stale: false, staleStages: [] };
  const now = options.now ?? new Date();
  const validatedAt = journey.meta?.validatedAt;
  const dates = new Map<string, string>();
  for (const source of journey.evidence ?? []) if (source.kind !== 'assumption' && source.date) dates.set(source.id, source.date);
  const index = new Map(journey.stages.map((stage, i) => [stage.id, i]));
  const newest: number[] = journey.stages.map(() => -Infinity);
  for (const card of journey.cards) {
    let latest = -Infinity;
    for (const id of card.evidence ?? []) {
      const date = dates.get(id);
      if (date !== undefined) latest = Math.max(latest, time(date));
    }
    const start = index.get(card.stage);
    if (latest === -Infinity || start === undefined) continue;
    const end = Math.max(start, index.get(card.endStage ?? '') ?? start);
    for (let i = start; i <= end; i++) newest[i] = Math.max(newest[i]!, latest);
  }
  const limit = time(now) - periodDays * DAY;
  return {
    periodDays,
    stale: validatedAt !== undefined && isOlderThan(validatedAt, periodDays, now),
    staleStages: journey.stages.filter((_, i) => newest[i]! > -Infinity && newest[i]! < limit).map((stage) => stage.id),
  };
}

/** How well research backs one stage's insights. */
export interface StageCoverage {
  /** The stage's id. */
  stageId: string;
  /** How many insights sit in the stage. */
  insights: number;
  /** How many of them cite research (a source that is not an assumption). */
  backed: number;
  /** `backed / insights`, from 0 to 1; 0 for a stage without insights. */
  share: number;
}

/**
 * Per stage, in stage order: how many insights ({@link INSIGHT_KINDS} unless `kinds`
 * says otherwise) sit in it and how many of them cite research. A card spanning stages
 * counts in each; a cited id the journey does not hold backs nothing.
 */
export function stageCoverage(journey: Journey, kinds: readonly string[] = INSIGHT_KINDS): StageCoverage[] {
  const research = new Set((journey.evidence ?? []).filter((source) => source.kind !== 'assumption').map((source) => source.id));
  const index = new Map(journey.stages.map((stage, i) => [stage.id, i]));
  const result = journey.stages.map((stage) => ({ stageId: stage.id, insights: 0, backed: 0, share: 0 }));
  for (const card of journey.cards) {
    const start = index.get(card.stage);
    if (start === undefined || !kinds.includes(card.kind)) continue;
    const end = Math.max(start, index.get(card.endStage ?? '') ?? start);
    const backed = (card.evidence ?? []).some((id) => research.has(id));
    for (let i = start; i <= end; i++) {
      const entry = result[i]!;
      entry.insights++;
      if (backed) entry.backed++;
    }
  }
  for (const entry of result) entry.share = entry.insights > 0 ? entry.backed / entry.insights : 0;
  return result;
}
