import { own } from '../model/own';
import { LANE_CARD_KINDS } from '../model/card';
import type { CardAdd, CardMove, CardRemove, CardUpdate, JourneyChange, StageRemove } from '../model/changes';
import type { Journey } from '../model/types';
import { summarizeCurveChange, type CurveSummary } from './curveEditing';
import { summarizeLink, type LinkSummary } from './linking';
import { summarizePersonas, type PersonaSummary } from './personaForm';
import { summarizeStructure, type StructureSummary } from './structureEditing';
import { cardKey, cellKey } from './navigation';

/**
 * The editor's keyboard model, as pure functions: which command a key press on a focused
 * card or cell asks for, and which journey changes a command makes. The editor only
 * reads the focused element's roving-focus key and dispatches what these return.
 */

/** What the roving-focus key of a focused element names: a card, a lane's cell, or neither. */
export type EditTarget = { type: 'card'; cardId: string } | { type: 'cell'; laneId: string; stage: number } | { type: 'none' };

/** Reads a roving-focus key (`card:<id>` or `cell:<lane id>:<stage index>`). */
export function editTargetOf(navKey: string | null | undefined): EditTarget {
  if (navKey?.startsWith('card:')) return { type: 'card', cardId: navKey.slice(5) };
  if (navKey?.startsWith('cell:')) {
    const colon = navKey.lastIndexOf(':');
    const stage = Number(navKey.slice(colon + 1));
    if (colon > 5 && Number.isInteger(stage)) return { type: 'cell', laneId: navKey.slice(5, colon), stage };
  }
  return { type: 'none' };
}

/** A direction a card moves in, as drawn (left and right mirror in right-to-left maps). */
export type MoveDirection = 'up' | 'down' | 'left' | 'right';

/** What a key press asks the editor to do. */
export type EditCommand =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'rename'; cardId: string }
  | { type: 'remove'; cardId: string }
  | { type: 'move'; cardId: string; direction: MoveDirection }
  | { type: 'pickUp'; cardId: string }
  | { type: 'link'; cardId: string }
  | { type: 'links'; cardId: string }
  | { type: 'details'; cardId: string }
  | { type: 'add'; laneId: string; stage: number };

/** The parts of a `KeyboardEvent` the editor reads. */
export interface EditKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

const ARROWS: Readonly<Record<string, MoveDirection>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * The command a key press asks for, or `undefined` when the editor leaves the key to the
 * map. Anywhere in the map: Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo. On a
 * focused card: F2 renames, E edits its details, Delete (or Backspace) removes, Ctrl/⌘+Arrow moves it to the
 * neighbouring cell, M picks it up (arrows then choose where it lands), L starts linking it to
 * another card (arrows then choose which). On a focused cell:
 * N or Insert adds a card. Enter and Space stay the
 * map's (open the card's details); plain arrows stay its navigation.
 */
export function editCommand(target: EditTarget, event: EditKey): EditCommand | undefined {
  const mod = Boolean(event.ctrlKey || event.metaKey);
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (mod && !event.altKey && key === 'z') return { type: event.shiftKey ? 'redo' : 'undo' };
  if (event.ctrlKey && !event.altKey && !event.shiftKey && key === 'y') return { type: 'redo' };
  if (target.type === 'card') {
    const direction = own(ARROWS, key);
    if (direction && mod && !event.altKey && !event.shiftKey) return { type: 'move', cardId: target.cardId, direction };
    if (mod || event.altKey) return undefined;
    if (key === 'F2') return { type: 'rename', cardId: target.cardId };
    if (key === 'm' && !event.shiftKey) return { type: 'pickUp', cardId: target.cardId };
    if (key === 'l' && !event.shiftKey) return { type: 'link', cardId: target.cardId };
    if (key === 'e' && !event.shiftKey) return { type: 'details', cardId: target.cardId };
    if ((key === 'Delete' || key === 'Backspace') && !event.shiftKey) return { type: 'remove', cardId: target.cardId };
  }
  if (target.type === 'cell' && !mod && !event.altKey && (key === 'Insert' || (key === 'n' && !event.shiftKey)))
    return { type: 'add', laneId: target.laneId, stage: target.stage };
  return undefined;
}

/**
 * The move of a card one cell in `direction`: to the neighbouring stage (keeping its span)
 * or lane, in the lanes' order as drawn (`laneOrder`, the journey's by default), or
 * `undefined` at the edge. Left and right are mirrored when `rtl`.
 */
export function moveCardChange(
  journey: Journey,
  cardId: string,
  direction: MoveDirection,
  { rtl = false, laneOrder }: { rtl?: boolean; laneOrder?: readonly string[] } = {},
): CardMove | undefined {
  const card = journey.cards.find((c) => c.id === cardId);
  if (!card) return undefined;
  if (direction === 'up' || direction === 'down') {
    const lanes = (laneOrder ?? journey.lanes.map((l) => l.id)).filter((id) => journey.lanes.some((l) => l.id === id));
    const to = lanes[lanes.indexOf(card.lane) + (direction === 'down' ? 1 : -1)];
    return to === undefined || lanes.indexOf(card.lane) < 0 ? undefined : { type: 'card/move', id: cardId, lane: to };
  }
  const stages = journey.stages.map((s) => s.id);
  const start = stages.indexOf(card.stage);
  const end = card.endStage ? stages.indexOf(card.endStage) : start;
  const step = (direction === 'right') !== rtl ? 1 : -1;
  if (start + step < 0 || end + step >= stages.length) return undefined;
  return { type: 'card/move', id: cardId, stage: stages[start + step]!, ...(card.endStage ? { endStage: stages[end + step]! } : {}) };
}

/** An id for a new card that no card has yet: `card-1`, `card-2`, … */
export function newCardId(journey: Journey): string {
  const taken = new Set(journey.cards.map((c) => c.id));
  let n = journey.cards.length + 1;
  while (taken.has(`card-${n}`)) n++;
  return `card-${n}`;
}

/** Checks a title typed into the editor: its trimmed text, or `null` when nothing is left. */
export function cleanTitle(text: string): string | null {
  const title = text.trim();
  return title === '' ? null : title;
}

/**
 * The card a key press adds in the cell of lane `laneId` at stage index `stage`, of the
 * kind its lane is made for (a text card in an emotion lane), or `undefined` when the cell
 * or the title is not there.
 */
export function addCardChange(journey: Journey, laneId: string, stage: number, title: string): CardAdd | undefined {
  const lane = journey.lanes.find((l) => l.id === laneId);
  const stageId = journey.stages[stage]?.id;
  const clean = cleanTitle(title);
  if (!lane || !stageId || clean === null) return undefined;
  const kind = own(LANE_CARD_KINDS, lane.kind) ?? 'text';
  return { type: 'card/add', card: { id: newCardId(journey), stage: stageId, lane: laneId, kind, title: clean } };
}

/** The change that renames a card, or `undefined` when the title is empty or the same. */
export function renameCardChange(journey: Journey, cardId: string, title: string): CardUpdate | undefined {
  const card = journey.cards.find((c) => c.id === cardId);
  const clean = cleanTitle(title);
  if (!card || clean === null || clean === card.title) return undefined;
  return { type: 'card/update', id: cardId, set: { title: clean } };
}

/** The change that removes a card. */
export const removeCardChange = (cardId: string): CardRemove => ({ type: 'card/remove', id: cardId });

/** What removing a stage asks about: how many cards start in it, and the stages either side that could take them. */
export interface StageRemoval {
  cards: number;
  previous?: { id: string; name: string };
  next?: { id: string; name: string };
}

/** What removing stage `stageId` asks about, or `undefined` when there is no such stage. */
export function stageRemoval(journey: Journey, stageId: string): StageRemoval | undefined {
  const at = journey.stages.findIndex((s) => s.id === stageId);
  if (at < 0) return undefined;
  const side = (i: number) => (journey.stages[i] ? { id: journey.stages[i]!.id, name: journey.stages[i]!.name } : undefined);
  return { cards: journey.cards.filter((c) => c.stage === stageId).length, previous: side(at - 1), next: side(at + 1) };
}

/** The change that removes a stage, its cards moved to stage `moveTo` or removed with it (`null`). */
export const removeStageChange = (stageId: string, moveTo: string | null): StageRemove => ({
  type: 'stage/remove',
  id: stageId,
  cards: moveTo === null ? 'remove' : { moveTo },
});

/** What a list of changes did, in the terms an announcement uses. */
export type EditSummary =
  | { action: 'renamed'; title: string; previous: string }
  | { action: 'added' | 'removed'; title: string; stage: string; lane: string }
  | { action: 'moved'; title: string; stage: string; lane: string }
  | { action: 'stageMoved'; name: string; position: number; count: number }
  | { action: 'stageRemoved'; name: string; cards: number; moveTo: string | null }
  | { action: 'updated'; title: string }
  | CurveSummary
  | LinkSummary
  | StructureSummary
  | PersonaSummary
  | { action: 'changed'; count: number };

/**
 * What `changes` did to `before` (the journey they were applied to), for an announcement:
 * a rename, an addition, a removal or a move of one card with the names of its title,
 * stage and lane; other changes of one card by its title; anything else as a count of changes.
 */
export function summarizeChanges(before: Journey, changes: readonly JourneyChange[], after?: Journey): EditSummary {
  const change = changes.length === 1 ? changes[0] : undefined;
  const stageName = (j: Journey, id: string) => j.stages.find((s) => s.id === id)?.name ?? id;
  const laneName = (j: Journey, id: string) => j.lanes.find((l) => l.id === id)?.label ?? id;
  const cardOf = (id: string) => before.cards.find((c) => c.id === id);
  const curve = summarizeCurveChange(before, change);
  if (curve) return curve;
  const link = summarizeLink(before, changes);
  if (link) return link;
  const structure = after && summarizeStructure(before, changes, after);
  if (structure) return structure;
  const people = after && summarizePersonas(before, changes, after);
  if (people) return people;
  if (change?.type === 'card/add')
    return {
      action: 'added',
      title: change.card.title,
      stage: stageName(before, change.card.stage),
      lane: laneName(before, change.card.lane),
    };
  // A stage move comes with the phase changes that keep phases whole.
  const stageMove =
    changes[0]?.type === 'stage/move' && changes.slice(1).every((c) => c.type.startsWith('phase/') || c.type === 'stage/update')
      ? changes[0]
      : undefined;
  if (stageMove && before.stages.some((s) => s.id === stageMove.id))
    return { action: 'stageMoved', name: stageName(before, stageMove.id), position: stageMove.index + 1, count: before.stages.length };
  if (change?.type === 'stage/remove' && before.stages.some((s) => s.id === change.id)) {
    const moveTo = typeof change.cards === 'object' ? stageName(before, change.cards.moveTo) : null;
    const cards = before.cards.filter((c) => c.stage === change.id).length;
    return { action: 'stageRemoved', name: stageName(before, change.id), cards, moveTo };
  }
  const card = change && 'id' in change && change.type.startsWith('card/') ? cardOf(change.id) : undefined;
  if (card && change?.type === 'card/remove')
    return { action: 'removed', title: card.title, stage: stageName(before, card.stage), lane: laneName(before, card.lane) };
  if (
    card &&
    change?.type === 'card/update' &&
    typeof change.set?.title === 'string' &&
    Object.keys(change.set).length === 1 &&
    !change.unset?.length
  )
    return { action: 'renamed', title: change.set.title, previous: card.title };
  if (card && change?.type === 'card/move') {
    const moved = after?.cards.find((c) => c.id === card.id);
    return {
      action: 'moved',
      title: card.title,
      stage: stageName(before, moved?.stage ?? change.stage ?? card.stage),
      lane: laneName(before, moved?.lane ?? change.lane ?? card.lane),
    };
  }
  // The details panel's save: several changes of one card.
  const ids = new Set(
    changes.map((c) => (c.type.startsWith('card/') && 'id' in c ? c.id : c.type.startsWith('link/') && 'from' in c ? c.from : null)),
  );
  const only = ids.size === 1 ? [...ids][0] : null;
  const edited = only ? cardOf(only) : undefined;
  if (edited && !changes.some((c) => c.type === 'card/add' || c.type === 'card/remove')) return { action: 'updated', title: edited.title };
  return { action: 'changed', count: changes.length };
}

/**
 * The roving-focus key to focus once `changes` made `after` from `before`: the card a
 * one-card change touched while it is on the map, else the cell it was in; `undefined`
 * for other changes.
 */
export function focusKeyAfter(before: Journey, changes: readonly JourneyChange[], after: Journey): string | undefined {
  const change = changes.length === 1 ? changes[0]! : undefined;
  const id =
    change?.type === 'card/add' ? change.card.id : change && change.type.startsWith('card/') && 'id' in change ? change.id : undefined;
  if (id === undefined) return undefined;
  if (after.cards.some((c) => c.id === id)) return cardKey(id);
  const card = before.cards.find((c) => c.id === id);
  const stage = card ? after.stages.findIndex((s) => s.id === card.stage) : -1;
  return card && stage >= 0 ? cellKey(card.lane, stage) : undefined;
}

/**
 * The stage whose Move button takes focus once `changes` made `after` from `before`: a
 * moved stage keeps it (or, after a pointer drag, takes it); a removed stage's goes to its
 * neighbour, since its own button is gone. `undefined` for other changes.
 */
export function stageFocusAfter(before: Journey, changes: readonly JourneyChange[], after: Journey): string | undefined {
  const first = changes[0];
  if (first?.type === 'stage/move') return first.id;
  if (first?.type !== 'stage/remove') return undefined;
  const at = before.stages.findIndex((s) => s.id === first.id);
  return after.stages[Math.min(at, after.stages.length - 1)]?.id;
}
