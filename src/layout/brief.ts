import { cardConfidence, CONFIDENCE_ORDER, type CardConfidence, type ConfidenceOptions } from '../model/confidence';
import type { Card, Journey, Level, Metric } from '../model/types';

/**
 * The one-page brief of a journey: what hurts most and how well research backs it, the
 * moments that decide, who acts on what, and the numbers per stage. Pure; the
 * `JourneyBrief` view draws it.
 */

/** A pain point in the brief. */
export interface BriefPain {
  /** The card. */
  card: Card;
  /** The name of the stage it starts in. */
  stage: string;
  /** How far its evidence lets it be trusted. */
  confidence: CardConfidence;
}

/** A card in the brief with the name of its stage. */
export interface BriefCard {
  /** The card. */
  card: Card;
  /** The name of the stage it starts in. */
  stage: string;
}

/** A stage's numbers: its KPIs and the metric cards in it. */
export interface BriefStageMetrics {
  /** The stage's id. */
  id: string;
  /** Its name. */
  stage: string;
  /** Its KPIs, then the metrics of its metric cards that name no KPI of the stage. */
  metrics: Metric[];
}

/** What the brief shows. */
export interface JourneyBriefModel {
  /** The pain points, most severe first, then best backed, then in the journey's order; at most `topPains`. */
  pains: BriefPain[];
  /** How many pain points the journey has in all. */
  painCount: number;
  /** The moments of truth, in stage order. */
  moments: BriefCard[];
  /** Opportunities still open (not done or rejected): highest impact first, then least effort. */
  actions: BriefCard[];
  /** Stages with numbers, in stage order. */
  metrics: BriefStageMetrics[];
}

/** Options of {@link buildJourneyBrief}. */
export interface BriefOptions extends ConfidenceOptions {
  /** How many pain points to list. Default: 5. */
  topPains?: number;
  /** How many actions to list. Default: 8. */
  topActions?: number;
}

const RANK: Record<Level, number> = { high: 0, medium: 1, low: 2 };
const EASE: Record<Level, number> = { low: 0, medium: 1, high: 2 };
/** High first; unrated last. */
const rank = (level: Level | undefined): number => (level ? RANK[level] : 3);
/** Least effort first; unrated last. */
const ease = (level: Level | undefined): number => (level ? EASE[level] : 3);

/** Builds the brief of a (valid) journey. */
export function buildJourneyBrief(journey: Journey, options: BriefOptions = {}): JourneyBriefModel {
  const { topPains = 5, topActions = 8 } = options;
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const stageName = (id: string) => journey.stages[stageIndex.get(id) ?? -1]?.name ?? id;
  const evidence = new Map((journey.evidence ?? []).map((e) => [e.id, e]));
  const byStage = (a: Card, b: Card) => (stageIndex.get(a.stage) ?? 0) - (stageIndex.get(b.stage) ?? 0);

  const allPains = journey.cards
    .filter((c) => c.kind === 'pain')
    .map((card) => ({ card, stage: stageName(card.stage), confidence: cardConfidence(card, evidence, options) }));
  const pains = [...allPains].sort(
    (a, b) =>
      rank(a.card.severity) - rank(b.card.severity) ||
      CONFIDENCE_ORDER.indexOf(a.confidence.level) - CONFIDENCE_ORDER.indexOf(b.confidence.level) ||
      b.confidence.weight - a.confidence.weight,
  );

  const moments = journey.cards
    .filter((c) => c.momentOfTruth)
    .sort(byStage)
    .map((card) => ({ card, stage: stageName(card.stage) }));

  const actions = journey.cards
    .filter((c) => c.kind === 'opportunity' && c.status !== 'done' && c.status !== 'rejected')
    .sort((a, b) => rank(a.impact) - rank(b.impact) || ease(a.effort) - ease(b.effort) || byStage(a, b))
    .slice(0, topActions)
    .map((card) => ({ card, stage: stageName(card.stage) }));

  const metricCards = new Map<string, Metric[]>();
  for (const card of journey.cards) {
    if (card.kind !== 'metric' || !card.metric) continue;
    const list = metricCards.get(card.stage);
    if (list) list.push(card.metric);
    else metricCards.set(card.stage, [card.metric]);
  }
  const metrics = journey.stages
    .map((s) => {
      const own = s.metrics ?? [];
      // A metric card repeating one of the stage's KPIs (same name) is said once.
      const named = new Set(own.map((m) => m.label.trim().toLowerCase()));
      const cards = (metricCards.get(s.id) ?? []).filter((m) => !named.has(m.label.trim().toLowerCase()));
      return { id: s.id, stage: s.name, metrics: [...own, ...cards] };
    })
    .filter((s) => s.metrics.length > 0);

  return { pains: pains.slice(0, topPains), painCount: allPains.length, moments, actions, metrics };
}
