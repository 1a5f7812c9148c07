import type { CardMove, JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';

/**
 * The editor's pick-up mode, as pure functions: a card or a stage is picked up, arrow keys
 * move where it would land, Enter or Space drops it (one change), Escape puts it back. The
 * same targets serve a pointer drag, whose position in a cell or among the stages comes from
 * the midpoints measured on screen ({@link slotAt}, {@link stageIndexAt}).
 */

/** Where a picked-up card would land: a stage (by index), a lane, and its place among the cell's other cards. */
export interface CardSpot {
  stage: number;
  lane: string;
  /** 0 = before the cell's first other card; the number of other cards = last. */
  position: number;
}

/** What is picked up and where it would land. */
export type PickUp = { kind: 'card'; cardId: string; at: CardSpot } | { kind: 'stage'; stageId: string; at: number };

/** What a key press does while something is picked up. */
export type PickUpStep = { type: 'move'; state: PickUp } | { type: 'edge' } | { type: 'drop' } | { type: 'cancel' };

/** The ids of the cards that start in a cell (lane × stage id), in the journey's order, without `except`. */
export function cellCards(journey: Journey, laneId: string, stageId: string | undefined, except?: string): string[] {
  return journey.cards.filter((c) => c.lane === laneId && c.stage === stageId && c.id !== except).map((c) => c.id);
}

/** Picks a card up where it is, or `undefined` when there is no such card. */
export function pickUpCard(journey: Journey, cardId: string): PickUp | undefined {
  const card = journey.cards.find((c) => c.id === cardId);
  if (!card) return undefined;
  const stage = journey.stages.findIndex((s) => s.id === card.stage);
  const before = journey.cards.slice(0, journey.cards.indexOf(card)).filter((c) => c.lane === card.lane && c.stage === card.stage);
  return { kind: 'card', cardId, at: { stage, lane: card.lane, position: before.length } };
}

/** Picks a stage up where it is, or `undefined` when there is no such stage. */
export function pickUpStage(journey: Journey, stageId: string): PickUp | undefined {
  const at = journey.stages.findIndex((s) => s.id === stageId);
  return at < 0 ? undefined : { kind: 'stage', stageId, at };
}

/**
 * What a key does while something is picked up, or `undefined` for a key it leaves alone.
 * Enter and Space drop, Escape cancels. A card: Left and Right go to the neighbouring stage
 * (mirrored when `rtl`), keeping its place as far as the cell allows; Up and Down go through
 * the places in the cell, then to the lane above (its last place) or below (its first), in
 * the lanes' order as drawn (`laneOrder`). A stage: Left and Right (mirrored) move it one place.
 */
export function pickUpStep(
  journey: Journey,
  state: PickUp,
  key: string,
  { rtl = false, laneOrder }: { rtl?: boolean; laneOrder?: readonly string[] } = {},
): PickUpStep | undefined {
  if (key === 'Enter' || key === ' ') return { type: 'drop' };
  if (key === 'Escape') return { type: 'cancel' };
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  if (!horizontal && key !== 'ArrowUp' && key !== 'ArrowDown') return undefined;
  const forward = horizontal ? (key === 'ArrowRight') !== rtl : key === 'ArrowDown';
  if (state.kind === 'stage') {
    const at = state.at + (forward ? 1 : -1);
    if (!horizontal || at < 0 || at >= journey.stages.length) return { type: 'edge' };
    return { type: 'move', state: { ...state, at } };
  }
  const others = (lane: string, stage: number) => cellCards(journey, lane, journey.stages[stage]?.id, state.cardId).length;
  const { stage, lane, position } = state.at;
  if (horizontal) {
    const next = stage + (forward ? 1 : -1);
    if (next < 0 || next >= journey.stages.length) return { type: 'edge' };
    return { type: 'move', state: { ...state, at: { stage: next, lane, position: Math.min(position, others(lane, next)) } } };
  }
  const count = others(lane, stage);
  if (forward ? position < count : position > 0) {
    return { type: 'move', state: { ...state, at: { stage, lane, position: position + (forward ? 1 : -1) } } };
  }
  const lanes = (laneOrder ?? journey.lanes.map((l) => l.id)).filter((id) => journey.lanes.some((l) => l.id === id));
  const to = lanes[lanes.indexOf(lane) + (forward ? 1 : -1)];
  if (to === undefined || !lanes.includes(lane)) return { type: 'edge' };
  return { type: 'move', state: { ...state, at: { stage, lane: to, position: forward ? 0 : others(to, stage) } } };
}

/**
 * The changes that move a stage to `index`, keeping phases whole: a phase lists its stages in
 * their new order, and a stage that lands among another phase's stages (or next to them, out of
 * its own) joins that phase. Empty when the stage is already there.
 */
export function moveStageChanges(journey: Journey, stageId: string, index: number): JourneyChange[] {
  const order = journey.stages.map((s) => s.id);
  const from = order.indexOf(stageId);
  if (from < 0 || from === index || index < 0 || index >= order.length) return [];
  order.splice(from, 1);
  order.splice(index, 0, stageId);
  const changes: JourneyChange[] = [{ type: 'stage/move', id: stageId, index }];
  const phases = journey.phases ?? [];
  if (phases.length === 0) return changes;
  const pos = new Map(order.map((id, i) => [id, i]));
  const sorted = (ids: readonly string[]) => [...ids].sort((a, b) => pos.get(a)! - pos.get(b)!);
  const whole = (ids: readonly string[]) => sorted(ids).every((id, i, all) => i === 0 || pos.get(id)! === pos.get(all[i - 1]!)! + 1);
  const phaseOf = (id: string | undefined) => phases.find((p) => id !== undefined && p.stages.includes(id));
  const own = phaseOf(stageId);
  const joins = (phase: (typeof phases)[number] | undefined) =>
    phase !== undefined && whole([...phase.stages.filter((id) => id !== stageId), stageId]);
  const target = [own, phaseOf(order[index - 1]), phaseOf(order[index + 1])].find(joins);
  for (const phase of phases) {
    const stages = sorted([...phase.stages.filter((id) => id !== stageId), ...(phase === target ? [stageId] : [])]);
    if (stages.length === 0) changes.push({ type: 'phase/remove', id: phase.id });
    else if (stages.join('\n') !== phase.stages.join('\n')) changes.push({ type: 'phase/update', id: phase.id, set: { stages } });
  }
  const stage = journey.stages.find((s) => s.id === stageId)!;
  if (stage.phase !== undefined && stage.phase !== target?.id)
    changes.push(
      target ? { type: 'stage/update', id: stageId, set: { phase: target.id } } : { type: 'stage/update', id: stageId, unset: ['phase'] },
    );
  return changes;
}

/** The changes that drop what is picked up where it is: none when it would land where it started. */
export function dropChanges(journey: Journey, state: PickUp): JourneyChange[] {
  if (state.kind === 'stage') return moveStageChanges(journey, state.stageId, state.at);
  const change = dropCardChange(journey, state);
  return change ? [change] : [];
}

function dropCardChange(journey: Journey, state: Extract<PickUp, { kind: 'card' }>): CardMove | undefined {
  const card = journey.cards.find((c) => c.id === state.cardId);
  const stage = journey.stages[state.at.stage]?.id;
  if (!card || stage === undefined || !journey.lanes.some((l) => l.id === state.at.lane)) return undefined;
  const start = (pickUpCard(journey, card.id) as Extract<PickUp, { kind: 'card' }>).at;
  if (start.stage === state.at.stage && start.lane === state.at.lane && start.position === state.at.position) return undefined;
  const others = cellCards(journey, state.at.lane, stage, card.id);
  const change: CardMove = { type: 'card/move', id: card.id, stage, lane: state.at.lane };
  const before = others[state.at.position];
  if (before !== undefined) return { ...change, before };
  if (others.length === 0) return change;
  // Last in a cell that has other cards: just after the last of them, once the card has left its place.
  const rest = journey.cards.filter((c) => c.id !== card.id);
  return { ...change, index: rest.findIndex((c) => c.id === others[others.length - 1]) + 1 };
}

/** What an announcement of a picked-up card's landing place names. */
export interface CardSpotWords {
  title: string;
  stage: string;
  lane: string;
  /** 1-based place in the cell. */
  position: number;
  /** How many cards the cell would hold. */
  count: number;
}

/** What an announcement of a picked-up stage's landing place names. */
export interface StageSpotWords {
  name: string;
  /** 1-based place among the stages. */
  position: number;
  count: number;
}

/** The words for where a picked-up card or stage would land. */
export function spotWords(journey: Journey, state: PickUp): CardSpotWords | StageSpotWords {
  if (state.kind === 'stage') {
    const stage = journey.stages.find((s) => s.id === state.stageId);
    return { name: stage?.name ?? state.stageId, position: state.at + 1, count: journey.stages.length };
  }
  const card = journey.cards.find((c) => c.id === state.cardId);
  const stage = journey.stages[state.at.stage];
  return {
    title: card?.title ?? state.cardId,
    stage: stage?.name ?? '',
    lane: journey.lanes.find((l) => l.id === state.at.lane)?.label ?? state.at.lane,
    position: state.at.position + 1,
    count: cellCards(journey, state.at.lane, stage?.id, state.cardId).length + 1,
  };
}

/** The place among items whose midpoints (in order along the axis) are `mids` that a point at `at` falls in. */
export function slotAt(mids: readonly number[], at: number): number {
  let slot = 0;
  while (slot < mids.length && mids[slot]! < at) slot++;
  return slot;
}

/**
 * The index a stage dragged from index `from` takes when dropped at `x`, given the horizontal
 * midpoints of every stage header in the stages' order (`centers`); right to left when `rtl`.
 */
export function stageIndexAt(centers: readonly number[], x: number, from: number, rtl = false): number {
  const slot = slotAt(
    centers.map((c) => (rtl ? -c : c)),
    rtl ? -x : x,
  );
  return slot > from ? slot - 1 : slot;
}
