// The comparison's model: the journey it draws in each mode, the marks of cards, stages
// and lanes, the overlaid curves and each stage's change of score, and the marks' words.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges, validateJourney, type Journey } from '../../src';
import { buildJourneyCompare, cardMarkLines, deltaText, mergeOrder, plainValue, type CompareWords } from '../../src/layout/compare';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { arabicBankRevised, backPainRevised } from '../../stories/journeys/revisions';

const backPain = examples['healthcare-back-pain']!;
const words: CompareWords = {
  added: 'New',
  removed: 'Removed',
  changed: 'Changed',
  movedFrom: (p) => `Moved from ${p}`,
  movesTo: (p) => `Moves to ${p}`,
  fieldName: (f) => f,
  fieldValue: (_f, v) => plainValue(v),
  arrow: '→',
};

describe('mergeOrder', () => {
  const ids = (list: { id: string }[]) => list.map((p) => p.id).join('');
  const of = (s: string) => [...s].map((id) => ({ id }));
  it('puts each removed part back right after the part that preceded it, or first', () => {
    expect(ids(mergeOrder(of('abcd'), of('bd')))).toBe('abcd');
    expect(ids(mergeOrder(of('abc'), of('xbc')))).toBe('axbc');
    expect(ids(mergeOrder(of('abc'), of('cab')))).toBe('cab');
    expect(ids(mergeOrder(of('ab'), of('')))).toBe('ab');
    expect(ids(mergeOrder(of(''), of('xy')))).toBe('xy');
  });
});

describe('buildJourneyCompare: the back-pain journey before and after a review', () => {
  const both = buildJourneyCompare(backPain, backPainRevised, 'both');

  it('draws, merged, the new stage in its place and the removed lane and cards where they were, as a valid journey', () => {
    expect(both.journey.stages.map((s) => s.id)).toEqual(backPainRevised.stages.map((s) => s.id));
    expect(both.journey.lanes.map((l) => l.id)).toEqual(backPain.lanes.map((l) => l.id));
    expect(both.journey.cards.map((c) => c.id)).toEqual(expect.arrayContaining(['pain-og-drift', 'tp-ref-app', 'th-rec']));
    expect(validateJourney(both.journey)).toEqual([]);
    expect(both.journey.phases!.find((p) => p.id === 'receive')!.stages).toContain('referral');
  });

  it('marks new, removed, changed and moved cards, and the new stage and removed lane', () => {
    expect(both.cards.get('tp-ref-app')).toEqual({ change: 'added', fields: [] });
    expect(both.cards.get('pain-og-drift')).toEqual({ change: 'removed', fields: [] });
    expect(both.cards.get('th-rec')?.change).toBe('removed');
    const wait = both.cards.get('pain-book-wait')!;
    expect(wait.change).toBe('changed');
    expect(wait.fields.map((f) => f.field).sort()).toEqual(['severity', 'title']);
    expect(both.cards.get('pain-fv-history')).toMatchObject({
      change: 'moved',
      move: { before: { stage: 'first-visit' }, after: { stage: 'booking' } },
    });
    expect(both.stages.get('referral')).toEqual({ change: 'added' });
    expect(both.lanes.get('thoughts')).toEqual({ change: 'removed' });
    expect(both.cards.has('act-rec-search')).toBe(false);
  });

  it('overlays the same persona’s curve of each version and gives each stage’s change in signed words', () => {
    expect(both.curves).toHaveLength(1);
    expect(both.curves[0]!.before).toHaveLength(7);
    expect(both.curves[0]!.after).toHaveLength(8);
    expect(both.deltas.get('booking')).toEqual([expect.objectContaining({ before: 1, after: 3, text: '+1 \u2192 +3' })]);
    expect(both.deltas.get('referral')![0]!.text).toBe('\u2013 \u2192 +3');
    expect(both.deltas.has('research')).toBe(false);
  });

  it('draws the new version alone in "after": nothing removed, new and moved cards marked', () => {
    const after = buildJourneyCompare(backPain, backPainRevised, 'after');
    expect(after.journey).toBe(backPainRevised);
    expect(after.cards.has('pain-og-drift')).toBe(false);
    expect(after.lanes.has('thoughts')).toBe(false);
    expect(after.cards.get('tp-ref-app')?.change).toBe('added');
  });

  it('draws the old version in "before": removed cards marked, nothing new', () => {
    const before = buildJourneyCompare(backPain, backPainRevised, 'before');
    expect(before.journey).toBe(backPain);
    expect(before.cards.get('pain-og-drift')?.change).toBe('removed');
    expect(before.cards.has('tp-ref-app')).toBe(false);
    expect(before.stages.has('referral')).toBe(false);
  });

  it('finds nothing to mark between a journey and itself', () => {
    const same = buildJourneyCompare(backPain, backPain);
    expect([same.cards.size, same.stages.size, same.lanes.size, same.deltas.size]).toEqual([0, 0, 0, 0]);
    expect(same.journey.cards).toEqual(backPain.cards);
  });

  it('puts a removed stage back in its phase, with its cards as ghosts, as a valid journey', () => {
    const without = applyJourneyChanges(backPain, [{ type: 'stage/remove', id: 'diagnosis', cards: 'remove' }]);
    const merged = buildJourneyCompare(backPain, without);
    expect(merged.journey.stages.map((s) => s.id)).toEqual(backPain.stages.map((s) => s.id));
    expect(merged.journey.phases!.find((p) => p.id === 'receive')!.stages).toEqual(['first-visit', 'diagnosis', 'treatment']);
    expect(merged.stages.get('diagnosis')).toEqual({ change: 'removed' });
    expect(validateJourney(merged.journey)).toEqual([]);
    // The whole first phase gone: its stages come back, and so does the phase.
    const noSeek = applyJourneyChanges(
      backPain,
      ['recognition', 'research', 'booking'].map((id) => ({ type: 'stage/remove' as const, id, cards: 'remove' as const })),
    );
    const back = buildJourneyCompare(backPain, noSeek);
    expect(back.journey.phases!.map((p) => p.id)).toEqual(['seek', 'receive', 'sustain']);
    expect(validateJourney(back.journey)).toEqual([]);
  });

  it('marks a stage that moved among the kept ones with its old position', () => {
    const moved: Journey = {
      ...backPain,
      phases: undefined,
      stages: [backPain.stages[1]!, backPain.stages[0]!, ...backPain.stages.slice(2)],
    };
    const marks = buildJourneyCompare({ ...backPain, phases: undefined }, moved).stages;
    // The fewest moves: "research" moved before the first stage, from position 2.
    expect([...marks]).toEqual([['research', { change: 'moved', from: 2 }]]);
  });
});

describe('buildJourneyCompare: the e-commerce current and future state', () => {
  const c = buildJourneyCompare(examples['ecommerce-kitchen']!, examples['ecommerce-kitchen-future']!, 'both');
  it('keeps every removed card as a ghost and draws a valid journey', () => {
    expect(c.journey.cards).toHaveLength(examples['ecommerce-kitchen-future']!.cards.length + 28);
    expect([...c.cards.values()].filter((m) => m.change === 'removed')).toHaveLength(28);
    expect(validateJourney(c.journey)).toEqual([]);
  });
  it('gives no change per stage for a curve that only the new version has (the future state)', () => {
    expect(c.curves.map((k) => [k.scenario, k.before.length, k.after.length])).toEqual([
      ['current', 7, 7],
      ['future', 0, 7],
    ]);
    expect(c.deltas.size).toBe(0);
  });
});

describe('buildJourneyCompare: right to left', () => {
  it('merges the Arabic bank journey’s versions and marks its changes', () => {
    const c = buildJourneyCompare(arabicBankJourney, arabicBankRevised);
    expect(validateJourney(c.journey)).toEqual([]);
    expect(c.cards.get('p-fund')?.change).toBe('removed');
    expect(c.cards.get('o-use')?.change).toBe('added');
    expect(c.deltas.get('verify')![0]!.text).toBe('\u22122 \u2192 0');
  });
});

describe('marks in words', () => {
  it('says a change, then where a card moved from (or, in the old version, to), then each field old → new', () => {
    const mark = {
      change: 'changed' as const,
      fields: [{ field: 'title' as const, before: 'Old', after: 'New' }],
      move: { before: { stage: 'a', lane: 'l' }, after: { stage: 'b', lane: 'l' } },
    };
    const place = (p: { stage: string; lane: string }) => `${p.stage} · ${p.lane}`;
    expect(cardMarkLines(mark, 'both', words, place)).toEqual({
      change: 'Changed',
      details: ['Moved from a · l', 'title: \u201cOld\u201d → \u201cNew\u201d'],
    });
    expect(cardMarkLines(mark, 'before', words, place).details[0]).toBe('Moves to b · l');
    expect(cardMarkLines({ change: 'moved', fields: [], move: mark.move }, 'after', words, place)).toEqual({
      change: '',
      details: ['Moved from a · l'],
    });
  });

  it('writes values plainly: text quoted and cut, lists joined, absence as a dash', () => {
    expect(plainValue(undefined)).toBe('\u2013');
    expect(plainValue('')).toBe('\u2013');
    expect(plainValue([])).toBe('\u2013');
    expect(plainValue(3)).toBe('3');
    expect(plainValue(['a', 'b'])).toBe('\u201ca\u201d, \u201cb\u201d');
    expect(plainValue('x'.repeat(60), 10)).toBe(`\u201c${'x'.repeat(9)}\u2026\u201d`);
    expect(plainValue({ value: 1 })).toBe('\u201c{"value":1}\u201d');
  });

  it('writes a score change signed, a missing score as a dash', () => {
    expect(deltaText(-2, 1)).toBe('\u22122 \u2192 +1');
    expect(deltaText(undefined, 0)).toBe('\u2013 \u2192 0');
    expect(deltaText(2, undefined)).toBe('+2 \u2192 \u2013');
  });
});
