import { cardConfidence, type ConfidenceLevel, type ConfidenceOptions } from './confidence';
import type { Card, Evidence, Journey, LaneKind, OpportunityStatus } from './types';

/** What a map shows; everything is shown when a field is left out. */
export interface JourneyFilter {
  /** Lanes to show, by lane id or lane kind, in the journey's own order. */
  lanes?: readonly (string | LaneKind)[];
  /** Personas to show; cards, lanes and emotion points of other personas are hidden. */
  personas?: readonly string[];
  /** Channels to show; touchpoints on other channels are hidden. */
  channels?: readonly string[];
  /**
   * Confidence levels to show (see `cardConfidence`): cards whose evidence gives them
   * another level are hidden. A card citing nothing is at level `none`.
   */
  confidence?: readonly ConfidenceLevel[];
  /** Opportunity statuses to show; opportunities of another status, or of none, are hidden. Other cards stay. */
  statuses?: readonly OpportunityStatus[];
}

/**
 * Returns the journey reduced to what the filter lets through: a valid journey again, whose
 * cards link only to cards kept. Cards and emotion points that name no persona belong to
 * everyone and stay. Returns the same object when nothing is filtered, so memoised work
 * downstream is reused. Linear in the size of the journey. `options` says when the
 * confidence rule measures the age of sources from (default: today).
 */
export function filterJourney(journey: Journey, filter: JourneyFilter, options?: ConfidenceOptions): Journey {
  const { confidence, statuses } = filter;
  const levels = confidence && new Set(confidence);
  const statusSet = statuses && new Set<string>(statuses);
  const evidence = levels ? new Map<string, Evidence>((journey.evidence ?? []).map((e) => [e.id, e])) : undefined;
  const keep =
    levels || statusSet
      ? (card: Card) =>
          (!statusSet || card.kind !== 'opportunity' || (card.status !== undefined && statusSet.has(card.status))) &&
          (!levels || levels.has(cardConfidence(card, evidence!, options).level))
      : undefined;
  const out = filterParts(journey, filter, keep);
  if (out === journey || out.cards.length === journey.cards.length) return out;
  const kept = new Set(out.cards.map((c) => c.id));
  return {
    ...out,
    cards: out.cards.map((card) =>
      card.links?.some((id) => !kept.has(id)) ? { ...card, links: card.links.filter((id) => kept.has(id)) } : card,
    ),
  };
}

/**
 * {@link filterJourney} by lanes, personas and channels only, with an optional test of
 * each card on top: what a map's grid uses, so that a page drawing maps does not ship
 * the confidence rule.
 */
export function filterParts(journey: Journey, filter: JourneyFilter, keep?: (card: Card) => boolean): Journey {
  const { lanes, personas, channels } = filter;
  if (!lanes && !personas && !channels && !keep) return journey;
  const laneSet = lanes ? new Set<string>(lanes) : undefined;
  const personaSet = personas ? new Set(personas) : undefined;
  const channelSet = channels ? new Set(channels) : undefined;
  const keptLanes = journey.lanes.filter(
    (lane) =>
      (!laneSet || laneSet.has(lane.id) || laneSet.has(lane.kind)) &&
      (!personaSet || lane.persona === undefined || personaSet.has(lane.persona)),
  );
  const laneIds = new Set(keptLanes.map((l) => l.id));
  return {
    ...journey,
    lanes: keptLanes,
    cards: journey.cards.filter(
      (card) =>
        laneIds.has(card.lane) &&
        (!personaSet || card.persona === undefined || personaSet.has(card.persona)) &&
        (!channelSet || card.kind !== 'touchpoint' || (card.channel !== undefined && channelSet.has(card.channel))) &&
        (!keep || keep(card)),
    ),
    emotions: personaSet ? journey.emotions.filter((e) => e.persona === undefined || personaSet.has(e.persona)) : journey.emotions,
  };
}

/** What a filter lets through, for saying so: names, and how many cards are shown. */
export interface FilterSummary {
  /** Names of the personas the filter names, in the journey's order; empty when it does not filter by persona. */
  personas: string[];
  /** The channels the filter names, as given (ids); empty when it does not filter by channel. */
  channels: string[];
  /** Labels of the lanes the filter lets through, in the journey's order; empty when it does not filter by lane. */
  lanes: string[];
  /** Cards shown. */
  shown: number;
  /** Cards in the journey. */
  total: number;
}

/**
 * Summarises `filter` on `journey` for an announcement: the personas, channels and lanes
 * it names and the number of cards `shown` (the journey as drawn) holds of the journey's.
 * Ids the journey does not know are left out.
 */
export function summarizeFilter(journey: Journey, filter: JourneyFilter, shown: Pick<Journey, 'cards'>): FilterSummary {
  const { lanes, personas, channels } = filter;
  const laneSet = lanes && new Set<string>(lanes);
  const personaSet = personas && new Set(personas);
  return {
    personas: personaSet ? journey.personas.filter((p) => personaSet.has(p.id)).map((p) => p.name) : [],
    channels: channels ? [...new Set(channels)] : [],
    lanes: laneSet ? journey.lanes.filter((l) => laneSet.has(l.id) || laneSet.has(l.kind)).map((l) => l.label) : [],
    shown: shown.cards.length,
    total: journey.cards.length,
  };
}
