// The editor's model of a journey's structure: adding and renaming stages, grouping them in
// phases that stay whole, and adding, renaming, describing, reordering and removing lanes;
// every change valid, undone exactly, and announced in words.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges, invertJourneyChanges, serializeJourney, type Journey } from '../../src';
import type { JourneyChange } from '../../src/model/changes';
import { summarizeChanges } from '../../src/layout/editing';
import {
  addLaneChange,
  addStageChanges,
  assignPhaseChanges,
  describeLaneChange,
  freshId,
  moveLaneChange,
  moveLaneToChange,
  phaseChoices,
  removeLaneChange,
  removePhaseChanges,
  renameLaneChange,
  renamePhaseChange,
  renameStageChange,
} from '../../src/layout/structureEditing';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;
const blueprint = examples['car-purchase-blueprint']!;

/** Applies the changes, checks the inverse gives the journey back, and returns the result with what it announces. */
function run(journey: Journey, changes: JourneyChange[]) {
  const after = applyJourneyChanges(journey, changes);
  expect(serializeJourney(applyJourneyChanges(after, invertJourneyChanges(journey, changes)))).toBe(serializeJourney(journey));
  return { after, said: summarizeChanges(journey, changes, after) };
}
const phase = (j: Journey, id: string) => j.phases!.find((p) => p.id === id)!;

describe('stages', () => {
  it('a new id no part has', () => {
    expect(freshId('stage', kitchen.stages)).toBe('stage-8');
    expect(freshId('x', [{ id: 'x-2' }, { id: 'x-3' }])).toBe('x-4');
  });

  it('adds a stage before or after another, inside that stage’s phase', () => {
    const { after, said } = run(kitchen, addStageChanges(kitchen, 'purchase', 'after', ' Returns '));
    expect(after.stages.map((s) => s.id).slice(2, 5)).toEqual(['purchase', 'stage-8', 'delivery']);
    expect(after.stages[3]).toEqual({ id: 'stage-8', name: 'Returns', phase: 'buy' });
    expect(phase(after, 'buy').stages).toEqual(['awareness', 'consideration', 'purchase', 'stage-8']);
    expect(said).toEqual({ action: 'stageAdded', name: 'Returns', position: 4, count: 8 });
    const before = run(kitchen, addStageChanges(kitchen, 'awareness', 'before', 'Trigger')).after;
    expect(before.stages[0]!.id).toBe('stage-8');
    expect(phase(before, 'buy').stages[0]).toBe('stage-8');
    // A journey without phases gets none.
    const plain = { ...kitchen, phases: undefined, stages: kitchen.stages.map(({ phase: _p, ...s }) => s) };
    expect(run(plain, addStageChanges(plain, 'usage', 'after', 'Care')).after.stages[5]).toEqual({ id: 'stage-8', name: 'Care' });
    expect(addStageChanges(kitchen, 'usage', 'after', '  ')).toEqual([]);
    expect(addStageChanges(kitchen, 'nope', 'after', 'X')).toEqual([]);
  });

  it('renames a stage in place, refusing an empty or unchanged name', () => {
    const { after, said } = run(kitchen, [renameStageChange(kitchen, 'usage', 'Living with it')!]);
    expect(after.stages[4]!.name).toBe('Living with it');
    expect(said).toEqual({ action: 'stageRenamed', name: 'Living with it', previous: 'Usage' });
    expect(renameStageChange(kitchen, 'usage', ' ')).toBeUndefined();
    expect(renameStageChange(kitchen, 'usage', 'Usage')).toBeUndefined();
  });
});

describe('phases', () => {
  it('offers only the choices that keep every phase’s stages side by side', () => {
    const names = (id: string) => phaseChoices(kitchen, id).map((c) => (c.type === 'phase' ? c.id : c.type));
    // Purchase ends Buy: it may stay, join Own after it, leave, or start a new phase.
    expect(names('purchase')).toEqual(['buy', 'own', 'none', 'new']);
    // Consideration is in the middle of Buy: it can only stay.
    expect(names('consideration')).toEqual(['buy']);
    expect(names('delivery')).toEqual(['own', 'buy', 'none', 'new']);
    expect(names('advocacy')).toEqual(['advocate', 'own', 'none', 'new']);
  });

  it('moves a stage into the next phase, keeping the stages’ own phase in step', () => {
    const { after, said } = run(kitchen, assignPhaseChanges(kitchen, 'purchase', 'own'));
    expect(phase(after, 'buy').stages).toEqual(['awareness', 'consideration']);
    expect(phase(after, 'own').stages).toEqual(['purchase', 'delivery', 'usage', 'support']);
    expect(after.stages[2]!.phase).toBe('own');
    expect(said).toEqual({ action: 'stagePhase', name: 'Purchase', phase: 'Own' });
  });

  it('takes a stage out of its phase or into a new one; a phase left empty is removed', () => {
    const out = run(kitchen, assignPhaseChanges(kitchen, 'advocacy', null));
    expect(out.after.phases!.map((p) => p.id)).toEqual(['buy', 'own']);
    expect(out.after.stages[6]!.phase).toBeUndefined();
    expect(out.said).toEqual({ action: 'stagePhase', name: 'Advocacy', phase: null });
    const fresh = run(kitchen, assignPhaseChanges(kitchen, 'awareness', 'new', 'Discover'));
    expect(fresh.after.phases!.map((p) => p.name)).toEqual(['Discover', 'Buy', 'Own', 'Advocate']);
    expect(fresh.after.stages[0]!.phase).toBe('phase-4');
    expect(assignPhaseChanges(kitchen, 'consideration', null)).toEqual([]);
    expect(assignPhaseChanges(kitchen, 'awareness', 'new', ' ')).toEqual([]);
    expect(assignPhaseChanges(kitchen, 'awareness', 'buy')).toEqual([]);
  });

  it('renames and removes a phase; its stages stay', () => {
    expect(run(kitchen, [renamePhaseChange(kitchen, 'own', 'Live with it')!]).said).toEqual({
      action: 'phaseRenamed',
      name: 'Live with it',
      previous: 'Own',
    });
    const { after, said } = run(kitchen, removePhaseChanges(kitchen, 'own'));
    expect(after.phases!.map((p) => p.id)).toEqual(['buy', 'advocate']);
    expect(after.stages).toHaveLength(7);
    expect(after.stages[3]!.phase).toBeUndefined();
    expect(said).toEqual({ action: 'phaseRemoved', name: 'Own' });
  });
});

describe('lanes', () => {
  it('adds a lane of a chosen kind after another, or last', () => {
    const { after, said } = run(kitchen, [addLaneChange(kitchen, 'backstage', 'Warehouse', 'touchpoints')!]);
    expect(after.lanes[2]).toEqual({ id: 'lane-8', kind: 'backstage', label: 'Warehouse' });
    expect(said).toEqual({ action: 'laneAdded', name: 'Warehouse', kind: 'backstage' });
    expect(run(kitchen, [addLaneChange(kitchen, 'text', 'Notes')!]).after.lanes.at(-1)!.label).toBe('Notes');
    expect(addLaneChange(kitchen, 'text', '')).toBeUndefined();
  });

  it('renames and describes a lane; an empty description removes it', () => {
    expect(run(kitchen, [renameLaneChange(kitchen, 'pains', 'Frictions')!]).said).toEqual({
      action: 'laneRenamed',
      name: 'Frictions',
      previous: 'Pain points',
    });
    const cleared = run(kitchen, [describeLaneChange(kitchen, 'pains', '')!]);
    expect(cleared.after.lanes.find((l) => l.id === 'pains')!.description).toBeUndefined();
    expect(cleared.said).toEqual({ action: 'laneDescribed', name: 'Pain points', description: null });
    expect(run(kitchen, [describeLaneChange(kitchen, 'pains', ' Where it hurts ')!]).said).toMatchObject({ description: 'Where it hurts' });
    expect(describeLaneChange(kitchen, 'pains', kitchen.lanes.find((l) => l.id === 'pains')!.description!)).toBeUndefined();
  });

  it('moves a lane one place up or down among the lanes as drawn', () => {
    const down = moveLaneChange(kitchen, 'actions', 'down')!;
    const { after, said } = run(kitchen, [down]);
    expect(after.lanes.map((l) => l.id).slice(0, 2)).toEqual(['touchpoints', 'actions']);
    expect(said).toEqual({ action: 'laneMoved', name: 'Actions', position: 2, count: 7 });
    expect(run(kitchen, [moveLaneChange(kitchen, 'metrics', 'up')!]).after.lanes.at(-2)!.id).toBe('metrics');
    expect(moveLaneChange(kitchen, 'actions', 'up')).toBeUndefined();
    expect(moveLaneChange(kitchen, 'metrics', 'down')).toBeUndefined();
    // Drawn in another order than the journey's: the move passes the lane drawn next to it.
    const drawn = blueprint.lanes.map((l) => l.id).reverse();
    const up = moveLaneChange(blueprint, drawn[1]!, 'up', drawn)!;
    expect(up.index).toBe(blueprint.lanes.length - 1);
  });

  it('moves a lane dragged onto another to its place: after it going down, before it going up', () => {
    expect(
      run(kitchen, [moveLaneToChange(kitchen, 'actions', 'thoughts')!])
        .after.lanes.map((l) => l.id)
        .slice(0, 3),
    ).toEqual(['touchpoints', 'thoughts', 'actions']);
    expect(run(kitchen, [moveLaneToChange(kitchen, 'metrics', 'thoughts')!]).after.lanes[2]!.id).toBe('metrics');
    expect(moveLaneToChange(kitchen, 'actions', 'actions')).toBeUndefined();
    expect(moveLaneToChange(kitchen, 'actions', 'nope')).toBeUndefined();
  });

  it('removes a lane, its cards moved to another or removed with it, saying which', () => {
    const moved = run(kitchen, [removeLaneChange('thoughts', 'pains')]);
    expect(moved.after.cards.filter((c) => c.lane === 'pains').length).toBe(
      kitchen.cards.filter((c) => c.lane === 'pains' || c.lane === 'thoughts').length,
    );
    expect(moved.said).toMatchObject({ action: 'laneRemoved', name: 'Thoughts', moveTo: 'Pain points' });
    const gone = run(kitchen, [removeLaneChange('thoughts', null)]);
    expect(gone.after.cards.some((c) => c.lane === 'thoughts')).toBe(false);
    expect(gone.said).toMatchObject({
      action: 'laneRemoved',
      moveTo: null,
      cards: kitchen.cards.filter((c) => c.lane === 'thoughts').length,
    });
  });
});
