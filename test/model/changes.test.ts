// What each kind of change does, on a real example journey.
import { describe, expect, it } from 'vitest';
import {
  JourneyValidationError,
  applyJourneyChanges,
  invertJourneyChanges,
  serializeJourney,
  type Journey,
  type JourneyChange,
} from '../../src';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;
const card = (j: Journey, id: string) => j.cards.find((c) => c.id === id)!;
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((item) => item.id);
/** Applies, checks the inverse gives the journey back, and returns the result. */
function apply(changes: JourneyChange[], j: Journey = kitchen): Journey {
  const next = applyJourneyChanges(j, changes);
  expect(serializeJourney(applyJourneyChanges(next, invertJourneyChanges(j, changes)))).toBe(serializeJourney(j));
  return next;
}
/** The problems of a refused change. */
function refused(changes: unknown[], j: Journey = kitchen) {
  try {
    applyJourneyChanges(j, changes as JourneyChange[]);
  } catch (error) {
    expect(error).toBeInstanceOf(JourneyValidationError);
    return (error as JourneyValidationError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error('the changes applied');
}

describe('cards', () => {
  it('adds a card in a cell, at the end of the list or at a place', () => {
    const added = { id: 'new', stage: 'usage', lane: 'pains', kind: 'pain', title: 'Lid too stiff' } as const;
    expect(apply([{ type: 'card/add', card: added }]).cards.at(-1)).toEqual(added);
    expect(apply([{ type: 'card/add', card: added, index: 0 }]).cards[0]).toEqual(added);
    expect(refused([{ type: 'card/add', card: { ...added, id: 'th-aw' } }])).toEqual([
      'changes[0].card.id: there is already a card "th-aw"',
    ]);
    expect(refused([{ type: 'card/add', card: { ...added, stage: 'nowhere' } }])[0]).toMatch(/^cards\[\d+\]\.stage/);
  });

  it('updates any field and removes optional ones; an id never changes', () => {
    const next = apply([{ type: 'card/update', id: 'th-aw', set: { title: 'New words', severity: 'high' }, unset: ['evidence'] }]);
    expect(card(next, 'th-aw')).toMatchObject({ title: 'New words', severity: 'high' });
    expect(card(next, 'th-aw').evidence).toBeUndefined();
    expect(refused([{ type: 'card/update', id: 'th-aw', set: { id: 'x' } }])).toEqual([
      'changes[0].set: an id cannot change: remove the part and add a new one',
    ]);
    expect(refused([{ type: 'card/update', id: 'nope', set: { title: 'x' } }])).toEqual(['changes[0].id: there is no card "nope"']);
    expect(refused([{ type: 'card/update', id: 'th-aw', set: { title: 42 } }])[0]).toMatch(/^cards\[\d+\]\.title/);
  });

  it('moves a card to another cell, keeping its span’s width, cut at the last stage', () => {
    const moved = apply([{ type: 'card/move', id: 'pain-co-returns', stage: 'support', lane: 'pains' }]);
    expect(card(moved, 'pain-co-returns')).toMatchObject({ stage: 'support', endStage: 'advocacy' });
    const cut = apply([{ type: 'card/move', id: 'pain-co-returns', stage: 'advocacy' }]);
    expect(card(cut, 'pain-co-returns').endStage).toBeUndefined();
    const narrowed = apply([{ type: 'card/move', id: 'pain-co-returns', endStage: null }]);
    expect(card(narrowed, 'pain-co-returns')).toMatchObject({ stage: 'consideration' });
    expect(card(narrowed, 'pain-co-returns').endStage).toBeUndefined();
    expect(refused([{ type: 'card/move', id: 'pain-co-returns', endStage: 'awareness' }])[0]).toMatch(/endStage/);
  });

  it('places a moved card last in its new cell, before a given card, or at an index', () => {
    const last = apply([{ type: 'card/move', id: 'act-aw-search', lane: 'touchpoints' }]);
    const cell = last.cards.filter((c) => c.stage === 'awareness' && c.lane === 'touchpoints');
    expect(ids(cell)).toEqual(['tp-aw-search', 'tp-aw-social', 'act-aw-search']);
    const before = apply([{ type: 'card/move', id: 'act-aw-search', lane: 'touchpoints', before: 'tp-aw-social' }]);
    expect(ids(before.cards.filter((c) => c.stage === 'awareness' && c.lane === 'touchpoints'))).toEqual([
      'tp-aw-search',
      'act-aw-search',
      'tp-aw-social',
    ]);
    expect(apply([{ type: 'card/move', id: 'tp-aw-social', index: 0 }]).cards[0]!.id).toBe('tp-aw-social');
  });

  it('removes a card with every link to it, and cites and links by id', () => {
    const blueprint = examples['car-purchase-blueprint']!;
    const target = blueprint.cards.find((c) => c.links?.length)!.links![0]!;
    const next = apply([{ type: 'card/remove', id: target }], blueprint);
    expect(next.cards.some((c) => c.id === target)).toBe(false);
    expect(next.cards.some((c) => c.links?.includes(target))).toBe(false);
    const cited = apply([{ type: 'card/cite', id: 'act-aw-search', evidence: 'ev-reviews' }]);
    expect(card(cited, 'act-aw-search').evidence).toEqual(['ev-reviews']);
    expect(card(apply([{ type: 'card/uncite', id: 'th-aw', evidence: 'ev-interviews' }]), 'th-aw').evidence).toBeUndefined();
    expect(card(apply([{ type: 'link/add', from: 'act-aw-search', to: 'tp-aw-search' }]), 'act-aw-search').links).toEqual(['tp-aw-search']);
    expect(refused([{ type: 'link/remove', from: 'act-aw-search', to: 'tp-aw-search' }])).toEqual([
      'changes[0]: card "act-aw-search" has no link to "tp-aw-search"',
    ]);
    expect(refused([{ type: 'card/cite', id: 'act-aw-search', evidence: 'ev-nope' }])).toEqual([
      'changes[0].evidence: there is no evidence "ev-nope"',
    ]);
  });
});

describe('stages, phases and lanes', () => {
  it('refuses to remove a stage that holds cards unless told what to do with them', () => {
    expect(refused([{ type: 'stage/remove', id: 'purchase' }])[0]).toMatch(
      /^changes\[0\]\.cards: the stage "purchase" holds \d+ cards: say whether/,
    );
  });

  it('removes a stage with its cards and scores; spans that ended in it end a stage earlier', () => {
    const next = apply([{ type: 'stage/remove', id: 'purchase', cards: 'remove' }]);
    expect(ids(next.stages)).not.toContain('purchase');
    expect(next.cards.some((c) => c.stage === 'purchase' || c.endStage === 'purchase')).toBe(false);
    expect(card(next, 'pain-co-returns').endStage).toBeUndefined();
    expect(next.emotions.some((e) => e.stage === 'purchase')).toBe(false);
    expect(next.phases!.find((p) => p.id === 'buy')!.stages).toEqual(['awareness', 'consideration']);
  });

  it('moves a removed stage’s cards to another stage', () => {
    const count = kitchen.cards.filter((c) => c.stage === 'purchase').length;
    const next = apply([{ type: 'stage/remove', id: 'purchase', cards: { moveTo: 'consideration' } }]);
    expect(next.cards).toHaveLength(kitchen.cards.length);
    expect(next.cards.filter((c) => c.stage === 'consideration').length).toBe(
      kitchen.cards.filter((c) => c.stage === 'consideration').length + count,
    );
  });

  it('removes a phase left with no stage, and a removed phase’s stages stay', () => {
    const next = apply([{ type: 'stage/remove', id: 'advocacy', cards: 'remove' }]);
    expect(ids(next.phases!)).toEqual(['buy', 'own']);
    expect(ids(apply([{ type: 'phase/remove', id: 'own' }]).stages)).toEqual(ids(kitchen.stages));
  });

  it('adds a stage inside a phase together with the phase’s new list, in one call', () => {
    const next = apply([
      { type: 'stage/add', stage: { id: 'compare', name: 'Compare' }, index: 2 },
      { type: 'phase/update', id: 'buy', set: { stages: ['awareness', 'consideration', 'compare', 'purchase'] } },
    ]);
    expect(ids(next.stages).slice(0, 4)).toEqual(['awareness', 'consideration', 'compare', 'purchase']);
    // Alone, the phase would no longer be whole: refused.
    expect(refused([{ type: 'stage/add', stage: { id: 'compare', name: 'Compare' }, index: 2 }])[0]).toMatch(/phases\[0\]\.stages/);
  });

  it('reorders, renames and removes lanes, moving their cards when asked', () => {
    expect(ids(apply([{ type: 'lane/move', id: 'metrics', index: 0 }]).lanes)[0]).toBe('metrics');
    expect(apply([{ type: 'lane/update', id: 'pains', set: { label: 'Frictions' } }]).lanes.find((l) => l.id === 'pains')!.label).toBe(
      'Frictions',
    );
    const next = apply([{ type: 'lane/remove', id: 'thoughts', cards: { moveTo: 'pains' } }]);
    expect(next.cards.filter((c) => c.lane === 'pains').length).toBe(
      kitchen.cards.filter((c) => c.lane === 'pains' || c.lane === 'thoughts').length,
    );
    expect(refused([{ type: 'lane/remove', id: 'thoughts', cards: { moveTo: 'thoughts' } }])).toEqual([
      'changes[0].cards.moveTo: the cards cannot move to the lane being removed',
    ]);
  });
});

describe('emotions, personas, evidence and the journey', () => {
  it('sets and removes a score, checked against the scale', () => {
    const next = apply([{ type: 'emotion/set', emotion: { stage: 'purchase', persona: 'sarah', score: 3, label: 'Relieved' } }]);
    expect(next.emotions.filter((e) => e.stage === 'purchase')).toEqual([
      { stage: 'purchase', persona: 'sarah', score: 3, label: 'Relieved' },
    ]);
    expect(next.emotions).toHaveLength(kitchen.emotions.length);
    expect(refused([{ type: 'emotion/set', emotion: { stage: 'purchase', persona: 'sarah', score: 9 } }])[0]).toMatch(
      /score 9 lies outside the emotion scale/,
    );
    expect(apply([{ type: 'emotion/remove', stage: 'purchase', persona: 'sarah' }]).emotions).toHaveLength(kitchen.emotions.length - 1);
  });

  it('removes a persona with its scores, and evidence with every citation of it', () => {
    const two = apply([{ type: 'persona/add', persona: { id: 'tom', name: 'Tom' } }]);
    expect(ids(two.personas)).toEqual(['sarah', 'tom']);
    const back = apply([{ type: 'persona/remove', id: 'tom' }], two);
    expect(back.emotions).toEqual(kitchen.emotions);
    const next = apply([{ type: 'evidence/remove', id: 'ev-interviews' }]);
    expect(next.cards.some((c) => c.evidence?.includes('ev-interviews'))).toBe(false);
  });

  it('updates the journey’s own fields only', () => {
    expect(apply([{ type: 'journey/update', set: { title: 'Kettles', kind: 'future-state' } }])).toMatchObject({
      title: 'Kettles',
      kind: 'future-state',
    });
    expect(refused([{ type: 'journey/update', set: { stages: [] } }])).toEqual([
      'changes[0].set: "stages" is not a field this change may set',
    ]);
  });
});
