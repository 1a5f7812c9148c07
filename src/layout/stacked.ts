import { cardKey, curveStageKey } from './navigation';

/**
 * The keyboard model of the stacked (narrow) layout, where the stages stand one under
 * another and each lists its lanes' cards: like the grid, one tab stop, and the arrow keys
 * move it. Up and Down go through every stop in reading order; Left and Right (mirrored
 * right to left) go to the same lane in the previous or next stage; PageUp and PageDown
 * to the previous or next stage; Home and End to the first and last stop of the stage,
 * and with Ctrl of the whole map.
 */

/** An element of the stacked layout that takes focus. */
export interface StackStop {
  /** Its roving-focus key (`card:<id>`, or `curve:<lane>:<stage>` for a stage's scores). */
  key: string;
  /** Its stage index. */
  stage: number;
  /** Its lane's id. */
  lane: string;
}

/**
 * The stops in reading order: stage by stage, lane by lane, a card for each card that
 * starts at the stage, and the scores of an emotion lane where the stage has any.
 */
export function buildStackStops({
  lanes,
  stageCount,
  cards,
  scored,
}: {
  lanes: ReadonlyArray<{ id: string; kind: string }>;
  stageCount: number;
  /** Each lane's cards, with their first stage, in reading order. */
  cards: ReadonlyMap<string, ReadonlyArray<{ id: string; start: number }>>;
  /** The stages that have a score. */
  scored: ReadonlySet<number>;
}): StackStop[] {
  const stops: StackStop[] = [];
  for (let stage = 0; stage < stageCount; stage++) {
    for (const lane of lanes) {
      if (lane.kind === 'emotion') {
        if (scored.has(stage)) stops.push({ key: curveStageKey(lane.id, stage), stage, lane: lane.id });
        continue;
      }
      for (const card of cards.get(lane.id) ?? []) if (card.start === stage) stops.push({ key: cardKey(card.id), stage, lane: lane.id });
    }
  }
  return stops;
}
