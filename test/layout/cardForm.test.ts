// The card details form: its state, its problems, the changes it makes, and a card changed underneath.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges, invertJourneyChanges, serializeJourney, validateJourney } from '../../src';
import { cardFormChanges, cardFormOf, formConflict, rebaseForm, toggleId, validateCardForm } from '../../src/layout/cardForm';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;
const pain = kitchen.cards.find((c) => c.id === 'pain-aw-choice')!;

describe('given the kitchen journey → when the details form opens on a pain point', () => {
  it('holds every field, empty text for fields the card leaves out', () => {
    const form = cardFormOf(pain);
    expect(form).toMatchObject({ title: pain.title, kind: 'pain', severity: 'medium', impact: '', owner: '', momentOfTruth: false });
    expect(form.stage).toBe('awareness');
    expect(form.endStage).toBe('awareness');
    expect(form.evidence).toEqual(['ev-interviews', 'ev-reviews']);
  });

  it('saving it unchanged makes no change', () => {
    expect(cardFormChanges(kitchen, pain.id, cardFormOf(pain))).toEqual([]);
  });

  it('each field edited becomes one typed change, one undoable step, and the journey stays valid', () => {
    const form = {
      ...cardFormOf(pain),
      title: '  Too many fridges  ',
      description: 'Shoppers give up.',
      severity: 'high' as const,
      channel: 'web',
      owner: ' Merchandising ',
      momentOfTruth: true,
      endStage: 'purchase',
      evidence: toggleId(toggleId(cardFormOf(pain).evidence, 'ev-reviews', false), 'ev-survey', true),
      links: ['th-aw'],
    };
    const changes = cardFormChanges(kitchen, pain.id, form);
    expect(changes).toEqual([
      {
        type: 'card/update',
        id: pain.id,
        set: {
          title: 'Too many fridges',
          description: 'Shoppers give up.',
          channel: 'web',
          severity: 'high',
          owner: 'Merchandising',
          momentOfTruth: true,
        },
      },
      { type: 'card/move', id: pain.id, stage: 'awareness', endStage: 'purchase' },
      { type: 'card/cite', id: pain.id, evidence: 'ev-survey' },
      { type: 'card/uncite', id: pain.id, evidence: 'ev-reviews' },
      { type: 'link/add', from: pain.id, to: 'th-aw' },
    ]);
    const next = applyJourneyChanges(kitchen, changes);
    expect(validateJourney(next)).toEqual([]);
    expect(cardFormOf(next.cards.find((c) => c.id === pain.id)!)).toMatchObject({
      title: 'Too many fridges',
      endStage: 'purchase',
      links: ['th-aw'],
    });
    expect(serializeJourney(applyJourneyChanges(next, invertJourneyChanges(kitchen, changes)))).toBe(serializeJourney(kitchen));
  });

  it('an emptied field is removed from the card, and a span back to one stage drops endStage', () => {
    const returns = kitchen.cards.find((c) => c.id === 'pain-co-returns')!;
    const changes = cardFormChanges(kitchen, returns.id, { ...cardFormOf(returns), severity: '', endStage: 'consideration' });
    expect(changes).toEqual([
      { type: 'card/update', id: returns.id, unset: ['severity'] },
      { type: 'card/move', id: returns.id, stage: 'consideration', endStage: null },
    ]);
    const after = applyJourneyChanges(kitchen, changes).cards.find((c) => c.id === returns.id)!;
    expect(after.severity).toBeUndefined();
    expect(after.endStage).toBeUndefined();
  });
});

describe('bad input gets a problem on its field and no change', () => {
  it('an empty title, a span running backwards, a link to itself, a reference that is gone', () => {
    const form = {
      ...cardFormOf(pain),
      title: '   ',
      stage: 'purchase',
      endStage: 'awareness',
      links: [pain.id, 'gone'],
      evidence: ['ev-x'],
    };
    expect(validateCardForm(kitchen, pain.id, form)).toEqual([
      { field: 'title', problem: 'emptyTitle' },
      { field: 'endStage', problem: 'spanBackwards' },
      { field: 'evidence', problem: 'unknownReference', id: 'ev-x' },
      { field: 'links', problem: 'selfLink' },
      { field: 'links', problem: 'unknownReference', id: 'gone' },
    ]);
    expect(cardFormChanges(kitchen, pain.id, form)).toEqual([]);
    expect(validateCardForm(kitchen, pain.id, { ...cardFormOf(pain), stage: 'nope' })).toEqual([
      { field: 'stage', problem: 'unknownStage' },
    ]);
  });

  it('a card deleted meanwhile cannot be saved', () => {
    const without = applyJourneyChanges(kitchen, [{ type: 'card/remove', id: pain.id }]);
    expect(validateCardForm(without, pain.id, cardFormOf(pain))).toEqual([{ field: 'title', problem: 'removed' }]);
    expect(cardFormChanges(without, pain.id, cardFormOf(pain))).toEqual([]);
  });
});

describe('a card changed underneath the open form', () => {
  it('tells a change of an edited field from no change, and a removal', () => {
    const renamed = applyJourneyChanges(kitchen, [{ type: 'card/update', id: pain.id, set: { title: 'Choice overload' } }]);
    expect(
      formConflict(
        pain,
        renamed.cards.find((c) => c.id === pain.id),
      ),
    ).toBe('changed');
    expect(formConflict(pain, pain)).toBe('none');
    expect(formConflict(pain, { ...pain })).toBe('none');
    expect(formConflict(pain, undefined)).toBe('removed');
  });

  it('keeping mine saves my fields over the new card; what I did not touch keeps the new value', () => {
    const theirs = applyJourneyChanges(kitchen, [{ type: 'card/update', id: pain.id, set: { title: 'Choice overload', owner: 'Team B' } }]);
    const mine = { ...cardFormOf(pain), title: 'Too many fridges' };
    const rebased = rebaseForm(
      pain,
      mine,
      theirs.cards.find((c) => c.id === pain.id)!,
    );
    const next = applyJourneyChanges(theirs, cardFormChanges(theirs, pain.id, rebased));
    expect(next.cards.find((c) => c.id === pain.id)).toMatchObject({ title: 'Too many fridges', owner: 'Team B' });
  });
});

describe('every card of every example journey', () => {
  it('opens unchanged, and an edit of each kind of field applies validly and inverts exactly', () => {
    for (const journey of Object.values(examples)) {
      for (const card of journey.cards) {
        const form = cardFormOf(card);
        expect(cardFormChanges(journey, card.id, form)).toEqual([]);
        const last = journey.stages[journey.stages.length - 1]!.id;
        const other = journey.cards.find((c) => c.id !== card.id && !form.links.includes(c.id));
        const edited = {
          ...form,
          momentOfTruth: !form.momentOfTruth,
          owner: form.owner ? '' : 'Owner',
          endStage: last,
          links: other ? [...form.links, other.id] : form.links,
        };
        const changes = cardFormChanges(journey, card.id, edited);
        const next = applyJourneyChanges(journey, changes);
        expect(validateJourney(next)).toEqual([]);
        expect(cardFormChanges(next, card.id, edited)).toEqual([]);
        expect(serializeJourney(applyJourneyChanges(next, invertJourneyChanges(journey, changes)))).toBe(serializeJourney(journey));
      }
    }
  });
});
