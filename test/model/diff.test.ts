// diffJourneys on the e-commerce current state against its future state, and on small
// hand-made changes whose diff is known.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges, diffJourneys, type Journey } from '../../src';
import { examples } from '../../stories/data';

const current = examples['ecommerce-kitchen']!;
const future = examples['ecommerce-kitchen-future']!;

describe('diffJourneys: e-commerce current state → future state', () => {
  const diff = diffJourneys(current, future);

  it('lists the cards the future adds and removes, 28 each', () => {
    expect(diff.summary.cards).toEqual({ added: 28, removed: 28, changed: 23, moved: 0 });
    expect(diff.cards.added.map((c) => c.id)).toContain('tp-pu-guest');
    expect(diff.cards.added.find((c) => c.id === 'tp-pu-guest')).toMatchObject({
      stage: 'purchase',
      lane: 'touchpoints',
      title: 'Guest checkout with slots up front',
    });
    expect(diff.cards.removed.map((c) => c.id)).toEqual(expect.arrayContaining(['pain-pu-fees', 'pain-pu-account', 'tp-pu-checkout']));
    expect(diff.cards.removed.find((c) => c.id === 'pain-pu-fees')).toMatchObject({ severity: 'high', momentOfTruth: true });
  });

  it('gives each changed field of a card with its old and new value', () => {
    const guest = diff.cards.changed.find((c) => c.id === 'opp-pu-guest')!;
    expect(guest.fields.find((f) => f.field === 'status')).toEqual({ field: 'status', before: 'idea', after: 'planned' });
    const email = diff.cards.changed.find((c) => c.id === 'tp-pu-email')!;
    expect(email.fields.find((f) => f.field === 'title')).toEqual({
      field: 'title',
      before: 'Order confirmation email',
      after: 'Confirmation with a booked slot',
    });
    const referral = diff.cards.changed.find((c) => c.id === 'opp-ad-referral')!;
    expect(referral.fields.map((f) => f.field).sort()).toEqual(['description', 'links', 'status', 'title']);
    expect(diff.cards.changed.find((c) => c.id === 'tp-co-video')!.fields.map((f) => f.field)).toEqual(['description']);
  });

  it('keeps stages, lanes and personas, and tells what changed in the stages and the evidence', () => {
    expect(diff.summary.stages).toEqual({ added: 0, removed: 0, changed: 7, moved: 0 });
    expect(diff.summary.lanes).toEqual({ added: 0, removed: 0, changed: 7, moved: 0 });
    expect(diff.lanes.changed.find((l) => l.id === 'pains')!.fields.find((f) => f.field === 'label')).toEqual({
      field: 'label',
      before: 'Pain points',
      after: 'Remaining risks',
    });
    expect(diff.summary.personas).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 });
    expect(diff.stages.changed.find((s) => s.id === 'usage')!.fields.map((f) => f.field)).toEqual(['description']);
    expect(diff.evidence.added.map((e) => e.id)).toEqual(['ev-usability', 'ev-workshop']);
    expect(diff.evidence.removed.map((e) => e.id)).toEqual(['ev-survey', 'ev-reviews']);
    expect(diff.evidence.changed.find((e) => e.id === 'ev-analytics')!.fields.map((f) => f.field)).toEqual(['label', 'description']);
    expect(diff.journey.find((f) => f.field === 'kind')).toEqual({ field: 'kind', before: 'current-state', after: 'future-state' });
  });

  it('adds the future curve, seven scores, and leaves the current one (named or not) unchanged', () => {
    expect(diff.emotions).toHaveLength(7);
    expect(diff.emotions.every((e) => e.scenario === 'future' && e.before === undefined && e.delta === undefined)).toBe(true);
    expect(diff.emotions.find((e) => e.stage === 'purchase')).toEqual({
      stage: 'purchase',
      persona: 'sarah',
      scenario: 'future',
      after: 1,
      afterLabel: 'Reassured',
    });
    expect(diff.summary.emotions).toBe(7);
  });

  it('counts everything in the total', () => {
    const s = diff.summary;
    expect(s.total).toBe(28 + 28 + 23 + 7 + 7 + 2 + 2 + diff.evidence.changed.length + s.phases.changed + s.emotions + s.journey);
  });
});

describe('diffJourneys: known changes', () => {
  const j: Journey = current;

  it('tells a card moved to another cell and span, not changed', () => {
    const after = applyJourneyChanges(j, [
      { type: 'card/move', id: 'pain-pu-fees', stage: 'delivery', lane: 'thoughts', endStage: 'usage' },
    ]);
    const diff = diffJourneys(j, after);
    expect(diff.cards.moved).toEqual([
      {
        id: 'pain-pu-fees',
        before: { stage: 'purchase', lane: 'pains' },
        after: { stage: 'delivery', endStage: 'usage', lane: 'thoughts' },
      },
    ]);
    expect(diff.cards.changed).toEqual([]);
    expect(diff.summary.total).toBe(1);
  });

  it("tells a stage's and a lane's old and new position, and only the ones that moved", () => {
    // No phases and no spans, so that any stage may move.
    const flat: Journey = {
      ...j,
      phases: undefined,
      stages: j.stages.map(({ phase: _phase, ...stage }) => stage),
      cards: j.cards.map(({ endStage: _end, ...card }) => card),
    };
    const after = applyJourneyChanges(flat, [
      { type: 'stage/move', id: 'support', index: 0 },
      { type: 'lane/move', id: 'pains', index: 1 },
    ]);
    const diff = diffJourneys(flat, after);
    expect(diff.stages.moved).toEqual([{ id: 'support', before: 5, after: 0 }]);
    expect(diff.lanes.moved).toEqual([{ id: 'pains', before: 4, after: 1 }]);
    expect(diff.summary.total).toBe(2);
  });

  it('moves nothing when a stage is added in front or removed', () => {
    const after = applyJourneyChanges(j, [
      { type: 'stage/add', stage: { id: 'dream', name: 'Dreaming' }, index: 0 },
      { type: 'lane/remove', id: 'metrics', cards: 'remove' },
    ]);
    const diff = diffJourneys(j, after);
    expect(diff.stages.added.map((s) => s.id)).toEqual(['dream']);
    expect(diff.stages.addedAt).toEqual([0]);
    expect(diff.stages.moved).toEqual([]);
    expect(diff.lanes.removed.map((l) => l.id)).toEqual(['metrics']);
    expect(diff.summary.cards.removed).toBe(3);
  });

  it('gives the score change per stage and persona', () => {
    const after = applyJourneyChanges(j, [
      { type: 'emotion/set', emotion: { stage: 'purchase', persona: 'sarah', score: 1, label: 'Reassured' } },
      { type: 'emotion/remove', stage: 'advocacy', persona: 'sarah' },
    ]);
    const diff = diffJourneys(j, after);
    expect(diff.emotions).toEqual([
      {
        stage: 'purchase',
        persona: 'sarah',
        scenario: 'current',
        before: -2,
        after: 1,
        delta: 3,
        beforeLabel: 'Anxious',
        afterLabel: 'Reassured',
      },
      { stage: 'advocacy', persona: 'sarah', scenario: 'current', before: 1, beforeLabel: 'Ambivalent' },
    ]);
  });

  it('tells a removed field and an added one, and ignores key order', () => {
    const card = j.cards.find((c) => c.id === 'pain-pu-fees')!;
    const { description: _gone, ...rest } = card;
    const reordered = Object.fromEntries(Object.entries({ ...rest, owner: 'Checkout team' }).reverse()) as unknown as typeof card;
    const diff = diffJourneys(j, { ...j, cards: j.cards.map((c) => (c.id === card.id ? reordered : c)) });
    expect(diff.cards.changed).toHaveLength(1);
    expect(diff.cards.changed[0]!.fields).toEqual([
      { field: 'owner', before: undefined, after: 'Checkout team' },
      { field: 'description', before: card.description, after: undefined },
    ]);
  });
});
