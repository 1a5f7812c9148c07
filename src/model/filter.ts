import type { Journey, LaneKind } from './types';

/** What a map shows; everything is shown when a field is left out. */
export interface JourneyFilter {
  /** Lanes to show, by lane id or lane kind, in the journey's own order. */
  lanes?: readonly (string | LaneKind)[];
  /** Personas to show; cards, lanes and emotion points of other personas are hidden. */
  personas?: readonly string[];
  /** Channels to show; touchpoints on other channels are hidden. */
  channels?: readonly string[];
}

/**
 * Returns the journey reduced to what the filter lets through. Cards and emotion
 * points that name no persona belong to everyone and stay. Returns the same object
 * when nothing is filtered, so memoised work downstream is reused.
 */
export function filterJourney(journey: Journey, filter: JourneyFilter): Journey {
  const { lanes, personas, channels } = filter;
  if (!lanes && !personas && !channels) return journey;
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
        (!channelSet || card.kind !== 'touchpoint' || (card.channel !== undefined && channelSet.has(card.channel))),
    ),
    emotions: personaSet ? journey.emotions.filter((e) => e.persona === undefined || personaSet.has(e.persona)) : journey.emotions,
  };
}
