// The persona form: a persona read into fields and back into one change, its problems, and what removing one does.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges, invertJourneyChanges, serializeJourney, validateJourney } from '../../src';
import {
  addPersonaChange,
  personaFormChanges,
  personaFormOf,
  personaFormProblems,
  personaRemoval,
  summarizePersonas,
} from '../../src/layout/personaForm';
import { examples } from '../../stories/data';
import { arabicBankJourney as arabicBank } from '../../stories/journeys/arabic-bank';

const messages = { emptyName: 'A name is needed.', badAge: 'Whole years.' };
const journeys = Object.values(examples).concat(arabicBank);

describe('given every example journey → when a persona form opens and is saved unchanged', () => {
  it('makes no change, for every persona', () => {
    for (const journey of journeys)
      for (const persona of journey.personas) {
        expect(personaFormChanges(journey, persona.id, personaFormOf(persona))).toEqual([]);
        expect(personaFormProblems(journey, persona.id, personaFormOf(persona), messages)).toEqual({});
      }
  });
});

describe('given the kitchen journey → when its first persona is edited', () => {
  const journey = examples['ecommerce-kitchen']!;
  const persona = journey.personas[0]!;

  it('every field edited becomes one persona/update that keeps the journey valid and undoes byte for byte', () => {
    const form = {
      ...personaFormOf(persona),
      name: ' Sam ',
      age: '41',
      role: '',
      color: '#0b6e4f',
      photo: 'https://example.com/sam.png',
      needs: 'Speed\n\n  Clarity ',
      channels: 'web\nstore',
    };
    const changes = personaFormChanges(journey, persona.id, form);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      type: 'persona/update',
      id: persona.id,
      set: { name: 'Sam', age: 41, needs: ['Speed', 'Clarity'] },
    });
    const next = applyJourneyChanges(journey, changes);
    expect(validateJourney(next)).toEqual([]);
    expect(next.personas[0]).toMatchObject({ name: 'Sam', color: '#0b6e4f', channels: ['web', 'store'] });
    if (persona.role) expect(next.personas[0]!.role).toBeUndefined();
    const back = applyJourneyChanges(next, invertJourneyChanges(journey, changes));
    expect(serializeJourney(back)).toBe(serializeJourney(journey));
  });

  it('goals keep their kind when their text stays', () => {
    const withKinds = applyJourneyChanges(journey, [
      { type: 'persona/update', id: persona.id, set: { goals: [{ text: 'Fit the kitchen', kind: 'personal' }] } },
    ]);
    const form = { ...personaFormOf(withKinds.personas[0]), goals: 'Fit the kitchen\nSave money' };
    const next = applyJourneyChanges(withKinds, personaFormChanges(withKinds, persona.id, form));
    expect(next.personas[0]!.goals).toEqual([{ text: 'Fit the kitchen', kind: 'personal' }, { text: 'Save money' }]);
  });

  it('bad input is said by field and the journey is never changed', () => {
    const form = personaFormOf(persona);
    expect(personaFormProblems(journey, persona.id, { ...form, name: '  ' }, messages)).toEqual({ name: messages.emptyName });
    expect(personaFormProblems(journey, persona.id, { ...form, age: '4x' }, messages)).toEqual({ age: messages.badAge });
    const colour = personaFormProblems(journey, persona.id, { ...form, color: 'not a colour' }, messages);
    expect(colour.color).toMatch(/CSS colour/);
    const photo = personaFormProblems(journey, persona.id, { ...form, photo: 'javascript:alert(1)' }, messages);
    expect(Object.keys(photo)).toEqual(['photo']);
    // Said in the user's language when the form is given its words, not in the journey's English.
    const said = personaFormProblems(
      journey,
      persona.id,
      { ...form, photo: 'javascript:alert(1)' },
      { ...messages, badPhoto: 'No such photo.' },
    );
    expect(said).toEqual({ photo: 'No such photo.' });
    expect(() => applyJourneyChanges(journey, personaFormChanges(journey, persona.id, { ...form, color: 'not a colour' }))).toThrow();
  });
});

describe('given a journey → when a persona is added from the form', () => {
  it('gets a fresh id, only the fields filled in, and is valid', () => {
    const journey = examples['ecommerce-kitchen']!;
    const form = { ...personaFormOf(), name: 'Noor', initials: 'NA', frustrations: 'Queues' };
    expect(personaFormProblems(journey, undefined, form, messages)).toEqual({});
    const change = addPersonaChange(journey, form);
    expect(change).toMatchObject({ type: 'persona/add', persona: { name: 'Noor', initials: 'NA', frustrations: ['Queues'] } });
    if (change.type !== 'persona/add') throw new Error('an add');
    expect(journey.personas.map((p) => p.id)).not.toContain(change.persona.id);
    expect(Object.keys(change.persona).sort()).toEqual(['frustrations', 'id', 'initials', 'name']);
    const next = applyJourneyChanges(journey, [change]);
    expect(next.personas.at(-1)!.name).toBe('Noor');
    expect(personaFormProblems(journey, undefined, { ...personaFormOf(), name: '' }, messages)).toEqual({ name: messages.emptyName });
  });
});

describe('given journeys with one and several personas → when a persona is to be removed', () => {
  it('the only persona cannot be; another says what goes with it and what stays', () => {
    for (const journey of journeys) {
      const first = journey.personas[0]!;
      if (journey.personas.length === 1) {
        expect(personaRemoval(journey, first.id)).toBeUndefined();
        continue;
      }
      const removal = personaRemoval(journey, first.id)!;
      expect(removal.name).toBe(first.name);
      const next = applyJourneyChanges(journey, [{ type: 'persona/remove', id: first.id }]);
      expect(next.emotions.length).toBe(journey.emotions.length - removal.points);
      expect(next.cards.length).toBe(journey.cards.length);
      expect(next.cards.filter((c) => c.persona === first.id)).toEqual([]);
    }
    expect(personaRemoval(examples['ecommerce-kitchen']!, 'nobody')).toBeUndefined();
  });
});

describe('given a page that can tell colours → when the colour is a word it cannot draw', () => {
  it('says so under the colour field', () => {
    const journey = examples['ecommerce-kitchen']!;
    const persona = journey.personas[0]!;
    const problems = personaFormProblems(
      journey,
      persona.id,
      { ...personaFormOf(persona), color: 'bogus' },
      { ...messages, badColor: 'Not a colour.', isColor: (v) => v !== 'bogus' },
    );
    expect(problems).toEqual({ color: 'Not a colour.' });
  });
});

describe('given the SaaS journey of three personas → when a persona is added, edited or removed, then undone', () => {
  const journey = examples['saas-onboarding-multi']!;
  const [first, second] = journey.personas;
  const step = (changes: ReturnType<typeof personaFormChanges>) => {
    const after = applyJourneyChanges(journey, changes);
    const undo = invertJourneyChanges(journey, changes);
    return { did: summarizePersonas(journey, changes, after), undid: summarizePersonas(after, undo, journey) };
  };

  it('says an edit by the fields it changed, and its undo the same way', () => {
    const { did, undid } = step(personaFormChanges(journey, first!.id, { ...personaFormOf(first), role: 'Team lead', age: '33' }));
    expect(did).toEqual({ action: 'personaUpdated', name: first!.name, fields: ['role', 'age'] });
    expect(undid).toEqual({ action: 'personaUpdated', name: first!.name, fields: ['role', 'age'] });
  });

  it('says an added persona by name, and its undo as the removal of that persona with nothing naming it', () => {
    const { did, undid } = step([addPersonaChange(journey, { ...personaFormOf(), name: 'Omar' })]);
    expect(did).toEqual({ action: 'personaAdded', name: 'Omar' });
    expect(undid).toEqual({ action: 'personaRemoved', removal: { name: 'Omar', cards: 0, lanes: 0, points: 0 } });
  });

  it('says a removal with the scores that went and the cards that stay, and its undo as the persona added back', () => {
    const removal = personaRemoval(journey, second!.id)!;
    expect(removal.points).toBeGreaterThan(0);
    expect(removal.cards).toBeGreaterThan(0);
    const { did, undid } = step([{ type: 'persona/remove', id: second!.id }]);
    expect(did).toEqual({ action: 'personaRemoved', removal });
    expect(undid).toEqual({ action: 'personaAdded', name: second!.name });
  });

  it('says nothing of changes that touch no persona', () => {
    const changes = [{ type: 'stage/update' as const, id: journey.stages[0]!.id, set: { name: 'Start' } }];
    expect(summarizePersonas(journey, changes, applyJourneyChanges(journey, changes))).toBeUndefined();
  });
});
