import type { JourneyChange, LaneMove } from '../model/changes';
import type { Journey, Lane, LaneKind, Phase } from '../model/types';

/**
 * The editor's model of a journey's structure, as pure functions: the changes that add and
 * rename stages, group them into phases, and add, rename, describe, reorder and remove
 * lanes, and what each did in the terms an announcement uses.
 */

/** A name typed into the editor: its trimmed text, or `null` when nothing is left. */
const cleanTitle = (text: string): string | null => text.trim() || null;

/** An id starting with `prefix` that no part in `taken` has yet: `stage-8`, `lane-3`… */
export function freshId(prefix: string, taken: ReadonlyArray<{ id: string }>): string {
  const ids = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (ids.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

const phaseOf = (journey: Journey, stageId: string): Phase | undefined => journey.phases?.find((p) => p.stages.includes(stageId));

/**
 * The changes that add a stage named `name` before or after stage `stageId`: the stage, and
 * its place in the phase of that stage (a stage between two stages of one phase must join it;
 * one at a phase's edge joins it too, as the user put it beside that stage). Empty when the
 * name is empty or there is no such stage.
 */
export function addStageChanges(journey: Journey, stageId: string, side: 'before' | 'after', name: string): JourneyChange[] {
  const at = journey.stages.findIndex((s) => s.id === stageId);
  const clean = cleanTitle(name);
  if (at < 0 || clean === null) return [];
  const id = freshId('stage', journey.stages);
  const phase = phaseOf(journey, stageId);
  const changes: JourneyChange[] = [
    {
      type: 'stage/add',
      index: side === 'before' ? at : at + 1,
      stage: { id, name: clean, ...(phase && journey.stages[at]!.phase !== undefined && { phase: phase.id }) },
    },
  ];
  if (phase) {
    const stages = [...phase.stages];
    stages.splice(stages.indexOf(stageId) + (side === 'before' ? 0 : 1), 0, id);
    changes.push({ type: 'phase/update', id: phase.id, set: { stages } });
  }
  return changes;
}

/** The change that renames a stage, or `undefined` when the name is empty or the same. */
export function renameStageChange(journey: Journey, stageId: string, name: string): JourneyChange | undefined {
  const stage = journey.stages.find((s) => s.id === stageId);
  const clean = cleanTitle(name);
  return stage && clean !== null && clean !== stage.name ? { type: 'stage/update', id: stageId, set: { name: clean } } : undefined;
}

/** A phase a stage can be put in: an existing phase, none, or a new one. */
export type PhaseChoice = { type: 'phase'; id: string; name: string } | { type: 'none' } | { type: 'new' };

/**
 * The phases stage `stageId` can be put in so that every phase keeps its stages side by
 * side: its own; none, or a new phase of its own, when it is at an edge of its phase (or in
 * none); the phase of the stage before it when it starts its phase, and of the stage after it
 * when it ends its phase.
 */
export function phaseChoices(journey: Journey, stageId: string): PhaseChoice[] {
  const at = journey.stages.findIndex((s) => s.id === stageId);
  if (at < 0) return [];
  const own = phaseOf(journey, stageId);
  const first = !own || own.stages[0] === stageId;
  const last = !own || own.stages[own.stages.length - 1] === stageId;
  const before = at > 0 ? phaseOf(journey, journey.stages[at - 1]!.id) : undefined;
  const after = phaseOf(journey, journey.stages[at + 1]?.id ?? '');
  const choices: PhaseChoice[] = [];
  const push = (p: Phase | undefined) => {
    if (p && !choices.some((c) => c.type === 'phase' && c.id === p.id)) choices.push({ type: 'phase', id: p.id, name: p.name });
  };
  push(own);
  if (first) push(before);
  if (last) push(after);
  // Leaving a phase from its middle would cut it in two.
  if (first || last) choices.push({ type: 'none' }, { type: 'new' });
  return choices;
}

/**
 * The changes that put stage `stageId` in phase `target` (an id), in none (`null`), or in a
 * new phase named `newName` (`'new'`), or `[]` when it is already there or the choice would
 * break a phase (see {@link phaseChoices}). A phase left with no stage is removed.
 */
export function assignPhaseChanges(journey: Journey, stageId: string, target: string | null | 'new', newName = ''): JourneyChange[] {
  const choices = phaseChoices(journey, stageId);
  const own = phaseOf(journey, stageId);
  const stage = journey.stages.find((s) => s.id === stageId);
  const allowed =
    target === 'new'
      ? choices.some((c) => c.type === 'new') && cleanTitle(newName) !== null
      : target === null
        ? choices.some((c) => c.type === 'none')
        : choices.some((c) => c.type === 'phase' && c.id === target);
  if (!stage || !allowed || (own?.id ?? null) === target) return [];
  const changes: JourneyChange[] = [];
  if (own) {
    const rest = own.stages.filter((id) => id !== stageId);
    changes.push(rest.length ? { type: 'phase/update', id: own.id, set: { stages: rest } } : { type: 'phase/remove', id: own.id });
  }
  const order = journey.stages.map((s) => s.id);
  let phaseId: string | null = null;
  if (target === 'new') {
    phaseId = freshId('phase', journey.phases ?? []);
    // Among the phases in the order of their stages.
    const index = (journey.phases ?? []).filter((p) => order.indexOf(p.stages[0] ?? '') < order.indexOf(stageId)).length;
    changes.push({ type: 'phase/add', index, phase: { id: phaseId, name: cleanTitle(newName)!, stages: [stageId] } });
  } else if (target !== null) {
    const phase = journey.phases!.find((p) => p.id === target)!;
    phaseId = phase.id;
    const stages = [...phase.stages, stageId].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    changes.push({ type: 'phase/update', id: phase.id, set: { stages } });
  }
  // The stage's own `phase` is kept in step when the journey writes it.
  const writes = stage.phase !== undefined || journey.stages.some((s) => s.phase !== undefined);
  if (writes && phaseId) changes.push({ type: 'stage/update', id: stageId, set: { phase: phaseId } });
  else if (stage.phase !== undefined) changes.push({ type: 'stage/update', id: stageId, unset: ['phase'] });
  return changes;
}

/** The change that renames a phase, or `undefined` when the name is empty or the same. */
export function renamePhaseChange(journey: Journey, phaseId: string, name: string): JourneyChange | undefined {
  const phase = journey.phases?.find((p) => p.id === phaseId);
  const clean = cleanTitle(name);
  return phase && clean !== null && clean !== phase.name ? { type: 'phase/update', id: phaseId, set: { name: clean } } : undefined;
}

/** The changes that remove a phase: its stages stay, in no phase. */
export function removePhaseChanges(journey: Journey, phaseId: string): JourneyChange[] {
  const phase = journey.phases?.find((p) => p.id === phaseId);
  if (!phase) return [];
  const unset = journey.stages
    .filter((s) => s.phase === phaseId)
    .map((s): JourneyChange => ({ type: 'stage/update', id: s.id, unset: ['phase'] }));
  return [{ type: 'phase/remove', id: phaseId }, ...unset];
}

/** The change that adds a lane of `kind` labelled `label` after lane `after` (or last), or `undefined` for an empty label. */
export function addLaneChange(journey: Journey, kind: LaneKind, label: string, after?: string): JourneyChange | undefined {
  const clean = cleanTitle(label);
  if (clean === null) return undefined;
  const at = after === undefined ? -1 : journey.lanes.findIndex((l) => l.id === after);
  const lane: Lane = { id: freshId('lane', journey.lanes), kind, label: clean };
  return { type: 'lane/add', lane, ...(at >= 0 && { index: at + 1 }) };
}

/** The change that renames a lane, or `undefined` when the label is empty or the same. */
export function renameLaneChange(journey: Journey, laneId: string, label: string): JourneyChange | undefined {
  const lane = journey.lanes.find((l) => l.id === laneId);
  const clean = cleanTitle(label);
  return lane && clean !== null && clean !== lane.label ? { type: 'lane/update', id: laneId, set: { label: clean } } : undefined;
}

/** The change that sets a lane's description (an empty text removes it), or `undefined` when nothing changes. */
export function describeLaneChange(journey: Journey, laneId: string, text: string): JourneyChange | undefined {
  const lane = journey.lanes.find((l) => l.id === laneId);
  const description = text.trim();
  if (!lane || (lane.description ?? '') === description) return undefined;
  return description
    ? { type: 'lane/update', id: laneId, set: { description } }
    : { type: 'lane/update', id: laneId, unset: ['description'] };
}

/**
 * The move of a lane one place up or down among the lanes as drawn (`drawn`, ids top to
 * bottom; the journey's order by default): to the place of the lane it passes. `undefined`
 * at the top or bottom.
 */
export function moveLaneChange(
  journey: Journey,
  laneId: string,
  direction: 'up' | 'down',
  drawn?: readonly string[],
): LaneMove | undefined {
  const order = (drawn ?? journey.lanes.map((l) => l.id)).filter((id) => journey.lanes.some((l) => l.id === id));
  const at = order.indexOf(laneId);
  const neighbour = order[at + (direction === 'down' ? 1 : -1)];
  if (at < 0 || neighbour === undefined) return undefined;
  return { type: 'lane/move', id: laneId, index: journey.lanes.findIndex((l) => l.id === neighbour) };
}

/**
 * The move of lane `laneId` to the place of lane `targetId` (a lane dragged onto another):
 * after it when moving down, before it when moving up; `undefined` onto itself.
 */
export function moveLaneToChange(journey: Journey, laneId: string, targetId: string): LaneMove | undefined {
  const index = journey.lanes.findIndex((l) => l.id === targetId);
  if (laneId === targetId || index < 0 || !journey.lanes.some((l) => l.id === laneId)) return undefined;
  return { type: 'lane/move', id: laneId, index };
}

/** The change that removes a lane, its cards moved to lane `moveTo` or removed with it (`null`). */
export const removeLaneChange = (laneId: string, moveTo: string | null): JourneyChange => ({
  type: 'lane/remove',
  id: laneId,
  cards: moveTo === null ? 'remove' : { moveTo },
});

/** What a change to the journey's structure did, in the terms an announcement uses. */
export type StructureSummary =
  | { action: 'stageAdded'; name: string; position: number; count: number }
  | { action: 'stageRenamed' | 'phaseRenamed' | 'laneRenamed'; name: string; previous: string }
  | { action: 'stagePhase'; name: string; phase: string | null }
  | { action: 'phaseRemoved'; name: string }
  | { action: 'laneAdded'; name: string; kind: LaneKind }
  | { action: 'laneDescribed'; name: string; description: string | null }
  | { action: 'laneMoved'; name: string; position: number; count: number }
  | { action: 'laneRemoved'; name: string; cards: number; moveTo: string | null };

/** What `changes` did to the journey's structure (from `before` to `after`), or `undefined` when they did something else. */
export function summarizeStructure(before: Journey, changes: readonly JourneyChange[], after: Journey): StructureSummary | undefined {
  const first = changes[0];
  const stage = (j: Journey, id: string) => j.stages.find((s) => s.id === id);
  const lane = (j: Journey, id: string) => j.lanes.find((l) => l.id === id);
  if (!first) return undefined;
  switch (first.type) {
    case 'stage/add':
      return {
        action: 'stageAdded',
        name: first.stage.name,
        position: after.stages.findIndex((s) => s.id === first.stage.id) + 1,
        count: after.stages.length,
      };
    case 'stage/update':
      return typeof first.set?.name === 'string' && changes.length === 1
        ? { action: 'stageRenamed', name: first.set.name, previous: stage(before, first.id)?.name ?? first.id }
        : undefined;
    case 'phase/update':
    case 'phase/remove':
    case 'phase/add': {
      if (first.type === 'phase/update' && typeof first.set?.name === 'string' && changes.length === 1) {
        const previous = before.phases?.find((p) => p.id === first.id)?.name ?? first.id;
        return { action: 'phaseRenamed', name: first.set.name, previous };
      }
      const removed = first.type === 'phase/remove' ? before.phases?.find((p) => p.id === first.id) : undefined;
      // A phase removed on its own (a one-stage phase left by its stage is said as the stage's move).
      if (removed && removed.stages.length > 1 && changes.every((c) => c.type === 'phase/remove' || c.type === 'stage/update'))
        return { action: 'phaseRemoved', name: removed.name };
      // A stage changing phase: the one stage whose phase differs.
      const was = new Map(before.stages.map((s) => [s.id, phaseOf(before, s.id)?.id]));
      const moved = after.stages.find((s) => was.get(s.id) !== phaseOf(after, s.id)?.id);
      return moved ? { action: 'stagePhase', name: moved.name, phase: phaseOf(after, moved.id)?.name ?? null } : undefined;
    }
    default:
      break;
  }
  if (first.type === 'lane/add') return { action: 'laneAdded', name: first.lane.label, kind: first.lane.kind };
  if (first.type === 'lane/update' && changes.length === 1) {
    const old = lane(before, first.id);
    if (!old) return undefined;
    if (typeof first.set?.label === 'string') return { action: 'laneRenamed', name: first.set.label, previous: old.label };
    if ('description' in (first.set ?? {}) || first.unset?.includes('description'))
      return { action: 'laneDescribed', name: old.label, description: first.set?.description ?? null };
  }
  if (first.type === 'lane/move' && lane(before, first.id))
    return {
      action: 'laneMoved',
      name: lane(before, first.id)!.label,
      position: after.lanes.findIndex((l) => l.id === first.id) + 1,
      count: after.lanes.length,
    };
  if (first.type === 'lane/remove' && lane(before, first.id))
    return {
      action: 'laneRemoved',
      name: lane(before, first.id)!.label,
      cards: before.cards.filter((c) => c.lane === first.id).length,
      moveTo: typeof first.cards === 'object' ? (lane(before, first.cards.moveTo)?.label ?? first.cards.moveTo) : null,
    };
  return undefined;
}
