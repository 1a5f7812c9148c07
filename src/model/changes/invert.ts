import type { Emotion, Journey } from '../types';
import { applyJourneyChanges, applyUnchecked, HEADER_FIELDS } from './apply';
import type { Fields } from './assign';
import type { IdListName } from './draft';
import type { JourneyChange } from './types';

type Part = Fields & { id: string };

/** The id lists in the order their adds and updates go: what others refer to first. */
const ADD_ORDER: readonly IdListName[] = ['personas', 'evidence', 'stages', 'phases', 'lanes', 'cards'];
/** Removals go the other way: what refers to others first. */
const REMOVE_ORDER: readonly IdListName[] = ['cards', 'lanes', 'phases', 'stages', 'evidence', 'personas'];

const SINGULAR = { personas: 'persona', evidence: 'evidence', stages: 'stage', phases: 'phase', lanes: 'lane', cards: 'card' } as const;

const listOf = (journey: Journey, name: IdListName): Part[] => (journey[name] ?? []) as unknown as Part[];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A score's own key, exactly as written (not as the only persona reads it). */
const pointKey = (point: Emotion) => JSON.stringify([point.stage, point.persona ?? null, point.scenario ?? null]);

/** Every field of `part` but its id, in its order. */
function fieldsOf(part: Fields): Fields {
  const fields: Fields = {};
  for (const key of Object.keys(part))
    if (key !== 'id') Object.defineProperty(fields, key, { value: part[key], enumerable: true, writable: true, configurable: true });
  return fields;
}

/**
 * Changes that turn journey `a` into journey `b` exactly — the same parts, fields and
 * orders, so that `serializeJourney` of the result equals that of `b` — for two valid
 * journeys with the same id and the same fields beyond those changes can set.
 */
export function changesBetween(a: Journey, b: Journey): JourneyChange[] {
  const changes: JourneyChange[] = [];
  const header = (journey: Journey) => Object.fromEntries(Object.entries(journey).filter(([key]) => HEADER_FIELDS.has(key)));
  const [ha, hb] = [header(a), header(b)];
  if (!same(ha, hb)) {
    const unset = Object.keys(ha).filter((key) => !Object.hasOwn(hb, key));
    changes.push({ type: 'journey/update', set: hb, unset } as JourneyChange);
  }
  // Scores that go, first: a score added under the same stage must not be taken for them.
  const kept = new Set(b.emotions.map(pointKey));
  for (const point of a.emotions) {
    if (!kept.has(pointKey(point)))
      changes.push({ type: 'emotion/remove', stage: point.stage, persona: point.persona, scenario: point.scenario });
  }
  for (const name of ADD_ORDER) {
    const before = new Map(listOf(a, name).map((part) => [part.id, part]));
    listOf(b, name).forEach((part, index) => {
      const old = before.get(part.id);
      if (!old) changes.push({ type: `${SINGULAR[name]}/add`, [SINGULAR[name]]: part, index } as unknown as JourneyChange);
      else if (!same(old, part)) {
        const unset = Object.keys(old).filter((key) => !Object.hasOwn(part, key));
        changes.push({ type: `${SINGULAR[name]}/update`, id: part.id, set: fieldsOf(part), unset } as unknown as JourneyChange);
      }
    });
  }
  const scored = new Map(a.emotions.map((point) => [pointKey(point), point]));
  b.emotions.forEach((point, index) => {
    const old = scored.get(pointKey(point));
    if (!old || !same(old, point)) changes.push({ type: 'emotion/set', emotion: point, index });
  });
  for (const name of REMOVE_ORDER) {
    const after = new Set(listOf(b, name).map((part) => part.id));
    for (const part of listOf(a, name)) {
      if (after.has(part.id)) continue;
      const removal = { type: `${SINGULAR[name]}/remove`, id: part.id } as Fields;
      if (name === 'stages' || name === 'lanes') removal.cards = 'remove';
      changes.push(removal as unknown as JourneyChange);
    }
  }
  // Last, the orders: each part that is not where `b` has it moves there.
  const now = applyUnchecked(a, changes);
  for (const name of ['stages', 'lanes', 'cards', 'personas', 'phases', 'evidence'] as const) {
    const order = listOf(now, name).map((part) => part.id);
    listOf(b, name).forEach(({ id }, index) => {
      if (order[index] === id) return;
      order.splice(order.indexOf(id), 1);
      order.splice(index, 0, id);
      changes.push({ type: `${SINGULAR[name]}/move`, id, index } as JourneyChange);
    });
  }
  const points = now.emotions.map(pointKey);
  b.emotions.forEach((point, index) => {
    const key = pointKey(point);
    if (points[index] === key) return;
    points.splice(points.indexOf(key), 1);
    points.splice(index, 0, key);
    changes.push({ type: 'emotion/set', emotion: point, index });
  });
  return changes;
}

/**
 * The changes that undo `changes`: computed against `journey` as it was before them, so
 * that applying these to `applyJourneyChanges(journey, changes)` gives back a journey
 * equal to `journey`, `serializeJourney` byte for byte. Throws like
 * `applyJourneyChanges` when `changes` do not apply.
 */
export function invertJourneyChanges(journey: Journey, changes: readonly JourneyChange[]): JourneyChange[] {
  return changesBetween(applyJourneyChanges(journey, changes), journey);
}
