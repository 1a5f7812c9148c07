// Rebuilds `after`'s cards, stages and lanes from `before` and what the diff says, and
// nothing else: the test-side reading of a diff.
import type { Card, Journey, JourneyDiff, ListDiff } from '../../src';

/** Sets each changed field to its new value (removing those `after` lacks). */
function patch<T extends object>(part: T, fields: readonly { field: string; after: unknown }[]): T {
  const out = { ...part } as Record<string, unknown>;
  for (const { field, after } of fields) {
    if (after === undefined) delete out[field];
    else out[field] = after;
  }
  return out as T;
}

/** An ordered list rebuilt: moved and added parts at their new index, the others in their old order around them. */
function rebuildList<T extends { id: string }>(before: readonly T[], diff: ListDiff<T>): T[] {
  const removed = new Set(diff.removed.map((p) => p.id));
  const changed = new Map(diff.changed.map((c) => [c.id, c.fields] as const));
  const moved = new Map(diff.moved.map((m) => [m.id, m.after] as const));
  const length = before.length - diff.removed.length + diff.added.length;
  const slots = new Array<T | undefined>(length).fill(undefined);
  const rest: T[] = [];
  for (const part of before) {
    if (removed.has(part.id)) continue;
    const fields = changed.get(part.id);
    const now = fields ? patch(part, fields) : part;
    const at = moved.get(part.id);
    if (at === undefined) rest.push(now);
    else slots[at] = now;
  }
  diff.added.forEach((part, i) => (slots[diff.addedAt[i]!] = part));
  let next = 0;
  return slots.map((part) => part ?? rest[next++]!);
}

/** Cards by id rebuilt: removed dropped, added put in, fields patched, moved cards put in their new place. */
function rebuildCards(before: readonly Card[], diff: JourneyDiff['cards']): Map<string, Card> {
  const cards = new Map(before.map((c) => [c.id, c] as const));
  for (const c of diff.removed) cards.delete(c.id);
  for (const c of diff.added) cards.set(c.id, c);
  for (const c of diff.changed) cards.set(c.id, patch(cards.get(c.id)!, c.fields));
  for (const m of diff.moved) {
    const { endStage: _old, ...card } = cards.get(m.id)!;
    cards.set(m.id, { ...card, ...m.after });
  }
  return cards;
}

/** `after`'s cards (by id), stages and lanes as the diff tells them from `before`. */
export function rebuild(
  before: Journey,
  diff: JourneyDiff,
): { cards: Map<string, Card>; stages: Journey['stages']; lanes: Journey['lanes'] } {
  return {
    cards: rebuildCards(before.cards, diff.cards),
    stages: rebuildList(before.stages, diff.stages),
    lanes: rebuildList(before.lanes, diff.lanes),
  };
}
