// An editing history: each step keeps the changes and their inverse; undo and redo walk it.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges, serializeJourney, type JourneyChange } from '../../src';
import { recordChanges, redoHistory, startHistory, undoHistory } from '../../src/model/history';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;
const rename: JourneyChange[] = [{ type: 'card/update', id: 'th-aw', set: { title: 'Where to start?' } }];
const remove: JourneyChange[] = [{ type: 'card/remove', id: 'pain-aw-choice' }];
const title = (j: typeof kitchen, id: string) => j.cards.find((c) => c.id === id)?.title;

describe('an editing history', () => {
  it('starts with nothing to undo or redo', () => {
    const h = startHistory(kitchen);
    expect([h.journey, h.past, h.future]).toEqual([kitchen, [], []]);
    expect(undoHistory(h)).toBe(h);
    expect(redoHistory(h)).toBe(h);
  });

  it('records changes with their inverse, and undo gives the journey back byte for byte', () => {
    const h = recordChanges(recordChanges(startHistory(kitchen), rename), remove);
    expect(title(h.journey, 'th-aw')).toBe('Where to start?');
    expect(title(h.journey, 'pain-aw-choice')).toBeUndefined();
    expect(h.past).toHaveLength(2);
    const once = undoHistory(h);
    expect(title(once.journey, 'pain-aw-choice')).toBe('Too much choice, no starting point');
    expect(title(once.journey, 'th-aw')).toBe('Where to start?');
    const twice = undoHistory(once);
    expect(serializeJourney(twice.journey)).toBe(serializeJourney(kitchen));
    expect([twice.past.length, twice.future.length]).toEqual([0, 2]);
  });

  it('redoes what was undone, in order, and a new change drops what could be redone', () => {
    const h = undoHistory(undoHistory(recordChanges(recordChanges(startHistory(kitchen), rename), remove)));
    const redone = redoHistory(redoHistory(h));
    expect(serializeJourney(redone.journey)).toBe(serializeJourney(applyJourneyChanges(applyJourneyChanges(kitchen, rename), remove)));
    const branched = recordChanges(redoHistory(h), remove);
    expect(branched.future).toEqual([]);
    expect(branched.past).toHaveLength(2);
  });

  it('takes the journey the host computed, records nothing for no changes, and keeps the latest steps only', () => {
    const next = applyJourneyChanges(kitchen, rename);
    expect(recordChanges(startHistory(kitchen), rename, next).journey).toBe(next);
    const h = startHistory(kitchen);
    expect(recordChanges(h, [])).toBe(h);
    let limited = h;
    for (const t of ['a', 'b', 'c'])
      limited = recordChanges(limited, [{ type: 'card/update', id: 'th-aw', set: { title: t } }], undefined, 2);
    expect(limited.past.map((s) => s.changes[0])).toMatchObject([{ set: { title: 'b' } }, { set: { title: 'c' } }]);
  });

  it('refuses changes that do not apply and keeps the history as it was', () => {
    const h = startHistory(kitchen);
    expect(() => recordChanges(h, [{ type: 'card/remove', id: 'nope' }])).toThrow(/unknown card|nope/);
    expect(h.past).toEqual([]);
  });
});
