import type { Card, Lane, Stage } from '../model/types';

/** Where a card sits on the map, in the journey's words. */
export interface CardPlace {
  /** The name of the card's stage (its first, when it spans stages). */
  stage: string;
  /** The name of its last stage, when it spans more than one. */
  endStage?: string;
  /** The label of its lane. */
  lane: string;
}

/** The lookups {@link cardPlace} reads (a normalised journey has them). */
export interface PlaceLookups {
  /** Stages by id. */
  stages: ReadonlyMap<string, Pick<Stage, 'name'>>;
  /** Stage id → column index. */
  stageIndex: ReadonlyMap<string, number>;
  /** Lanes by id. */
  lanes: ReadonlyMap<string, Pick<Lane, 'label'>>;
}

/**
 * Where a card sits: its stage, its last stage when it spans stages (an end stage that
 * is its own stage, unknown, or before it spans nothing), and its lane. `undefined` when
 * the stage or lane is not in the journey.
 */
export function cardPlace(
  card: Pick<Card, 'stage' | 'endStage' | 'lane'>,
  { stages, stageIndex, lanes }: PlaceLookups,
): CardPlace | undefined {
  const stage = stages.get(card.stage);
  const lane = lanes.get(card.lane);
  if (!stage || !lane) return undefined;
  const end = card.endStage === undefined ? undefined : stages.get(card.endStage);
  const spans = end !== undefined && (stageIndex.get(card.endStage!) ?? -1) > (stageIndex.get(card.stage) ?? Infinity);
  return spans ? { stage: stage.name, endStage: end.name, lane: lane.label } : { stage: stage.name, lane: lane.label };
}
