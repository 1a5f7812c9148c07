import { outOfOrder } from './order';
import { fieldDiffs } from './same';
import type { ListDiff, PartChange, PartsDiff } from './types';

const NONE: ReadonlySet<string> = new Set();

/** Added, removed and changed parts of one list, matched by id through Maps: linear in the lists' size. */
export function diffParts<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  skip: ReadonlySet<string> = NONE,
): { diff: PartsDiff<T, never>; beforeById: Map<string, T>; beforeIndex: Map<string, number> } {
  const beforeById = new Map<string, T>();
  const beforeIndex = new Map<string, number>();
  before.forEach((part, i) => {
    beforeById.set(part.id, part);
    beforeIndex.set(part.id, i);
  });
  const afterIds = new Set<string>();
  const added: T[] = [];
  const changed: PartChange<T>[] = [];
  for (const part of after) {
    afterIds.add(part.id);
    const old = beforeById.get(part.id);
    if (!old) {
      added.push(part);
      continue;
    }
    const fields = fieldDiffs(old, part, skip);
    if (fields.length > 0) changed.push({ id: part.id, before: old, after: part, fields });
  }
  const removed = before.filter((part) => !afterIds.has(part.id));
  return { diff: { added, removed, changed, moved: [] }, beforeById, beforeIndex };
}

/** A list's parts, matched by id, with the fewest position moves that turn `before`'s order of the kept parts into `after`'s. */
export function diffList<T extends { id: string }>(before: readonly T[] = [], after: readonly T[] = []): ListDiff<T> {
  const { diff, beforeIndex } = diffParts(before, after);
  const kept: { id: string; before: number; after: number }[] = [];
  const addedAt: number[] = [];
  after.forEach((part, i) => {
    const old = beforeIndex.get(part.id);
    if (old !== undefined) kept.push({ id: part.id, before: old, after: i });
    else addedAt.push(i);
  });
  const moved = outOfOrder(kept.map((k) => k.before));
  return { ...diff, moved: kept.filter((_, i) => moved.has(i)), addedAt };
}
