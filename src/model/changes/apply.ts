import { knownValid, markValid } from '../known';
import { JourneyValidationError, validateJourney } from '../validate';
import { checkChanged } from './check';
import type { Card, Emotion, Journey } from '../types';
import { assign, type Fields } from './assign';
import { ChangeProblem, Draft, emotionKey, fail, type IdListName } from './draft';
import type { CardsOnRemove, JourneyChange } from './types';

/** The journey's own fields a `journey/update` may change. */
export const HEADER_FIELDS: ReadonlySet<string> = new Set(['title', 'description', 'kind', 'locale', 'dir', 'emotionScale', 'meta']);

/** What each kind of part is called in problems, by its list. */
const PART: Record<IdListName, string> = {
  personas: 'persona',
  phases: 'phase',
  stages: 'stage',
  lanes: 'lane',
  cards: 'card',
  evidence: 'evidence',
};

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (key: string) => key === 'id';

/** Reads a change's `set` and `unset`, refusing an `id` among them and anything that is not a record or a list of names. */
function fieldChanges(change: Fields, path: string, allowed?: ReadonlySet<string>): { set: Fields; unset: string[] } {
  const set = change.set ?? {};
  const unset = change.unset ?? [];
  if (!isRecord(set)) fail(`${path}.set`, 'the fields to set must be an object');
  if (!Array.isArray(unset) || !unset.every((key) => typeof key === 'string'))
    fail(`${path}.unset`, 'the fields to remove must be a list of names');
  for (const key of [...Object.keys(set), ...unset]) {
    if (key === 'id' && !allowed) fail(`${path}.set`, 'an id cannot change: remove the part and add a new one');
    if (allowed && !allowed.has(key)) fail(`${path}.set`, `"${key}" is not a field this change may set`);
  }
  return { set, unset };
}

/** Adds a part whose id is not yet in its list. */
function add(draft: Draft, name: IdListName, item: unknown, index: unknown, path: string): void {
  if (!isRecord(item)) fail(path, `the ${PART[name]} to add must be an object`);
  if (typeof item.id !== 'string') fail(`${path}.id`, `the ${PART[name]} to add needs a text id`);
  if (draft.indexOf(name, item.id) >= 0) fail(`${path}.id`, `there is already a ${PART[name]} "${item.id}"`);
  draft.insert(name, { ...item } as never, typeof index === 'number' ? index : undefined);
}

/** Changes fields of a part. */
function update(draft: Draft, name: IdListName, change: Fields, path: string): void {
  const index = draft.require(name, change.id, `${path}.id`, PART[name]);
  const { set, unset } = fieldChanges(change, path);
  draft.replace(name, index, assign(draft.read(name)[index] as unknown as Fields, set, unset, isId) as never);
}

/** Moves a part to another place in its list. */
function move(draft: Draft, name: IdListName, change: Fields, path: string): void {
  const index = draft.require(name, change.id, `${path}.id`, PART[name]);
  if (typeof change.index !== 'number' || !Number.isFinite(change.index)) fail(`${path}.index`, 'the new place must be a number');
  draft.insert(name, draft.take(name, index), change.index);
}

/** Removes a card and every link to it. */
function removeCard(draft: Draft, id: string): void {
  draft.filter('cards', (card) => card.id !== id);
  draft.updateCards(
    (card) => Array.isArray(card.links) && card.links.includes(id),
    (card) => {
      const links = card.links!.filter((link) => link !== id);
      return links.length > 0 ? { set: { links } } : { unset: ['links'] };
    },
  );
}

/** Reads what to do with the cards of a removed stage or lane: remove them, or the id of the part to move them to. */
function cardsPolicy(
  draft: Draft,
  name: 'stages' | 'lanes',
  policy: CardsOnRemove | undefined,
  id: string,
  count: number,
  path: string,
): string | null {
  if (policy === 'remove') return null;
  if (isRecord(policy) && typeof policy.moveTo === 'string') {
    if (policy.moveTo === id) fail(`${path}.cards.moveTo`, `the cards cannot move to the ${PART[name]} being removed`);
    draft.require(name, policy.moveTo, `${path}.cards.moveTo`, PART[name]);
    return policy.moveTo;
  }
  if (count === 0) return null;
  return fail(
    `${path}.cards`,
    `the ${PART[name]} "${id}" holds ${count} card${count === 1 ? '' : 's'}: say whether to remove them ("remove") or move them ({ "moveTo": id })`,
  );
}

function removeStage(draft: Draft, change: Fields, path: string): void {
  const index = draft.require('stages', change.id, `${path}.id`, 'stage');
  const stages = draft.read('stages');
  const id = stages[index]!.id;
  const own = draft.read('cards').filter((card) => card.stage === id);
  const target = cardsPolicy(draft, 'stages', change.cards as CardsOnRemove | undefined, id, own.length, path);
  const at = new Map(stages.map((stage, i) => [stage.id, i]));
  if (target === null) for (const card of own) removeCard(draft, card.id);
  else {
    const to = at.get(target)!;
    draft.updateCards(
      (card) => card.stage === id,
      (card) => {
        const end = card.endStage === undefined ? undefined : at.get(card.endStage);
        // The span is kept when it still runs forwards from the new stage.
        return end !== undefined && end > to && card.endStage !== id
          ? { set: { stage: target } }
          : { set: { stage: target }, unset: ['endStage'] };
      },
    );
  }
  // Spans that end in the stage end one stage earlier.
  const previous = stages[index - 1]?.id;
  draft.updateCards(
    (card) => card.endStage === id,
    (card) => (previous === undefined || previous === card.stage ? { unset: ['endStage'] } : { set: { endStage: previous } }),
  );
  draft.filter('emotions', (emotion) => emotion.stage !== id);
  const phases = draft.read('phases');
  for (let i = phases.length - 1; i >= 0; i--) {
    const phase = phases[i]!;
    if (!Array.isArray(phase.stages) || !phase.stages.includes(id)) continue;
    const members = phase.stages.filter((stage) => stage !== id);
    if (members.length === 0) draft.take('phases', i);
    else draft.replace('phases', i, { ...phase, stages: members });
  }
  draft.take('stages', index);
}

function removeLane(draft: Draft, change: Fields, path: string): void {
  const index = draft.require('lanes', change.id, `${path}.id`, 'lane');
  const id = draft.read('lanes')[index]!.id;
  const own = draft.read('cards').filter((card) => card.lane === id);
  const target = cardsPolicy(draft, 'lanes', change.cards as CardsOnRemove | undefined, id, own.length, path);
  if (target === null) for (const card of own) removeCard(draft, card.id);
  else
    draft.updateCards(
      (card) => card.lane === id,
      () => ({ set: { lane: target } }),
    );
  draft.take('lanes', index);
}

/** Moves a card to a cell, keeping or setting its span, and places it in the list of cards. */
function moveCard(draft: Draft, change: Fields, path: string): void {
  const from = draft.require('cards', change.id, `${path}.id`, 'card');
  const card = draft.read('cards')[from]!;
  const stage = change.stage === undefined ? card.stage : change.stage;
  const lane = change.lane === undefined ? card.lane : change.lane;
  const to = draft.require('stages', stage, `${path}.stage`, 'stage');
  draft.require('lanes', lane, `${path}.lane`, 'lane');
  const stages = draft.read('stages');
  const set: Fields = { stage, lane };
  const unset: string[] = [];
  if (change.endStage === null) unset.push('endStage');
  else if (change.endStage !== undefined) set.endStage = stages[draft.require('stages', change.endStage, `${path}.endStage`, 'stage')]!.id;
  else if (stage !== card.stage) {
    const start = draft.indexOf('stages', card.stage);
    const width = card.endStage === undefined ? 0 : Math.max(0, draft.indexOf('stages', card.endStage) - start);
    const end = Math.min(stages.length - 1, to + width);
    if (end > to) set.endStage = stages[end]!.id;
    else unset.push('endStage');
  }
  const moved = assign(card as unknown as Fields, set, unset, isId) as unknown as Card;
  draft.take('cards', from);
  const cards = draft.read('cards');
  let at: number;
  if (change.before !== undefined) {
    at = draft.require('cards', change.before, `${path}.before`, 'card');
  } else if (typeof change.index === 'number') {
    at = change.index;
  } else if (stage === card.stage && lane === card.lane) {
    at = from;
  } else {
    let last = -1;
    cards.forEach((other, i) => {
      if (other.stage === stage && other.lane === lane) last = i;
    });
    at = last < 0 ? from : last + 1;
  }
  draft.insert('cards', moved, at);
}

/** Adds or removes one entry of a card's list field (`links` or `evidence`). */
function toggle(draft: Draft, id: unknown, field: 'links' | 'evidence', value: unknown, on: boolean, path: string): void {
  const index = draft.require('cards', id, `${path}.${field === 'links' ? 'from' : 'id'}`, 'card');
  const valuePath = `${path}.${field === 'links' ? 'to' : 'evidence'}`;
  if (field === 'links') draft.require('cards', value, valuePath, 'card');
  else draft.require('evidence', value, valuePath, 'evidence');
  const card = draft.read('cards')[index]!;
  const list = Array.isArray(card[field]) ? (card[field] as string[]) : [];
  const has = list.includes(value as string);
  if (on === has) {
    if (on) return;
    fail(
      path,
      field === 'links' ? `card "${card.id}" has no link to "${String(value)}"` : `card "${card.id}" does not cite "${String(value)}"`,
    );
  }
  const next = on ? [...list, value as string] : list.filter((item) => item !== value);
  draft.replace(
    'cards',
    index,
    assign(card as unknown as Fields, next.length > 0 ? { [field]: next } : {}, next.length > 0 ? [] : [field], isId) as unknown as Card,
  );
}

function setEmotion(draft: Draft, change: Fields, path: string): void {
  const emotion = change.emotion;
  if (!isRecord(emotion) || typeof emotion.stage !== 'string')
    fail(`${path}.emotion`, 'the score to set must be an object naming its stage');
  const personas = draft.read('personas');
  const only = personas.length === 1 ? personas[0]!.id : undefined;
  const key = emotionKey(emotion as unknown as Emotion, only);
  const emotions = draft.read('emotions');
  const found = emotions.findIndex((point) => emotionKey(point, only) === key);
  const point = { ...emotion } as unknown as Emotion;
  const index = typeof change.index === 'number' ? change.index : undefined;
  if (found < 0) draft.insert('emotions', point, index);
  else if (index === undefined) draft.replace('emotions', found, point);
  else {
    draft.take('emotions', found);
    draft.insert('emotions', point, index);
  }
}

function removeEmotion(draft: Draft, change: Fields, path: string): void {
  const personas = draft.read('personas');
  const only = personas.length === 1 ? personas[0]!.id : undefined;
  const key = emotionKey(change as unknown as Emotion, only);
  const found = draft.read('emotions').findIndex((point) => emotionKey(point, only) === key);
  if (found < 0)
    fail(path, `there is no score for stage "${String(change.stage)}"${change.persona ? ` and persona "${String(change.persona)}"` : ''}`);
  draft.take('emotions', found);
}

/** Applies one change to the draft, or stops with a problem at `path`. */
function applyOne(draft: Draft, change: JourneyChange, path: string): void {
  if (!isRecord(change)) fail(path, 'a change must be an object');
  const c = change as unknown as Fields;
  switch (change.type) {
    case 'card/add':
      return add(draft, 'cards', change.card, change.index, `${path}.card`);
    case 'card/update':
      return update(draft, 'cards', c, path);
    case 'card/move':
      return moveCard(draft, c, path);
    case 'card/remove':
      draft.require('cards', change.id, `${path}.id`, 'card');
      return removeCard(draft, change.id);
    case 'card/cite':
    case 'card/uncite':
      return toggle(draft, change.id, 'evidence', change.evidence, change.type === 'card/cite', path);
    case 'link/add':
    case 'link/remove':
      return toggle(draft, change.from, 'links', change.to, change.type === 'link/add', path);
    case 'stage/add':
      return add(draft, 'stages', change.stage, change.index, `${path}.stage`);
    case 'stage/update':
      return update(draft, 'stages', c, path);
    case 'stage/move':
      return move(draft, 'stages', c, path);
    case 'stage/remove':
      return removeStage(draft, c, path);
    case 'phase/add':
      return add(draft, 'phases', change.phase, change.index, `${path}.phase`);
    case 'phase/update':
      return update(draft, 'phases', c, path);
    case 'phase/move':
      return move(draft, 'phases', c, path);
    case 'phase/remove': {
      const index = draft.require('phases', change.id, `${path}.id`, 'phase');
      draft.take('phases', index);
      const stages = draft.read('stages');
      stages.forEach((stage, i) => {
        if (stage.phase === change.id) draft.replace('stages', i, assign(stage as unknown as Fields, {}, ['phase'], isId) as never);
      });
      return;
    }
    case 'lane/add':
      return add(draft, 'lanes', change.lane, change.index, `${path}.lane`);
    case 'lane/update':
      return update(draft, 'lanes', c, path);
    case 'lane/move':
      return move(draft, 'lanes', c, path);
    case 'lane/remove':
      return removeLane(draft, c, path);
    case 'persona/add':
      return add(draft, 'personas', change.persona, change.index, `${path}.persona`);
    case 'persona/update':
      return update(draft, 'personas', c, path);
    case 'persona/move':
      return move(draft, 'personas', c, path);
    case 'persona/remove': {
      const index = draft.require('personas', change.id, `${path}.id`, 'persona');
      const id = change.id;
      const personas = draft.read('personas');
      // A point naming no persona belonged to the only persona: it goes with it.
      draft.filter('emotions', (point) => point.persona !== id && !(point.persona === undefined && personas.length === 1));
      draft.take('personas', index);
      draft.updateCards(
        (card) => card.persona === id,
        () => ({ unset: ['persona'] }),
      );
      draft.read('lanes').forEach((lane, i) => {
        if (lane.persona === id) draft.replace('lanes', i, assign(lane as unknown as Fields, {}, ['persona'], isId) as never);
      });
      return;
    }
    case 'evidence/add':
      return add(draft, 'evidence', change.evidence, change.index, `${path}.evidence`);
    case 'evidence/update':
      return update(draft, 'evidence', c, path);
    case 'evidence/move':
      return move(draft, 'evidence', c, path);
    case 'evidence/remove': {
      const index = draft.require('evidence', change.id, `${path}.id`, 'evidence');
      draft.take('evidence', index);
      draft.updateCards(
        (card) => Array.isArray(card.evidence) && card.evidence.includes(change.id),
        (card) => {
          const evidence = card.evidence!.filter((id) => id !== change.id);
          return evidence.length > 0 ? { set: { evidence } } : { unset: ['evidence'] };
        },
      );
      return;
    }
    case 'emotion/set':
      return setEmotion(draft, c, path);
    case 'emotion/remove':
      return removeEmotion(draft, c, path);
    case 'journey/update': {
      const { set, unset } = fieldChanges(c, path, HEADER_FIELDS);
      return draft.setHeader(set, unset, (key) => !HEADER_FIELDS.has(key));
    }
    default:
      return fail(`${path}.type`, `"${String((change as { type?: unknown }).type)}" is not a kind of change`);
  }
}

/** The changes applied with no check of the result; stops with a {@link ChangeProblem} at a change that cannot apply. */
export function applyUnchecked(journey: Journey, changes: readonly JourneyChange[]): Journey {
  if (!Array.isArray(changes)) fail('changes', 'the changes must be a list');
  const draft = new Draft(journey);
  for (let i = 0; i < changes.length; i++) applyOne(draft, changes[i]!, `changes[${i}]`);
  return draft.result();
}

/**
 * The journey with `changes` applied in order, as a new journey: what no change touches
 * keeps its identity (objects and lists), and `journey` itself is never modified.
 *
 * Throws a `JourneyValidationError` and applies nothing when a change cannot apply (an
 * unknown id, a duplicate id, a stage removed with cards and no word on them…; the
 * problem's path names the change, `changes[2].id`) or when the result would not be a
 * valid journey (a score off the scale, a span running backwards…; the path names the
 * part of the result). Several changes are checked together, so a stage added inside a
 * phase and the phase's new list of stages can be sent as two changes in one call.
 * Removals say what happens to what referred to the part (see each change).
 */
export function applyJourneyChanges(journey: Journey, changes: readonly JourneyChange[]): Journey {
  // A journey this function made or checked before is not checked again, and of the result
  // only what changed is: one change costs what it touches, not the size of the map.
  if (!knownValid(journey)) {
    const before = validateJourney(journey);
    if (before.length > 0) throw new JourneyValidationError(before);
    markValid(journey);
  }
  let result: Journey;
  try {
    result = applyUnchecked(journey, changes);
  } catch (error) {
    if (error instanceof ChangeProblem) throw new JourneyValidationError([error.problem]);
    // A change that cannot even be read (a getter that throws, a revoked proxy) is a problem too.
    throw new JourneyValidationError([{ path: 'changes', message: 'a change could not be read' }]);
  }
  const after = checkChanged(journey, result);
  if (after.length > 0) throw new JourneyValidationError(after);
  markValid(result);
  return result;
}
