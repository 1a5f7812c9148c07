// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { filterJourney, validateJourney, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { summarizeFilter } from '../../src/model/filter';
import { smallJourney } from '../fixtures';

/** The small journey with a second persona who has a lane, a card and a curve of her own. */
function twoPersonas(): Journey {
  const j = smallJourney();
  return {
    ...j,
    personas: [...j.personas, { id: 'ana', name: 'Ana Silva' }],
    lanes: [...j.lanes, { id: 'ana-thoughts', kind: 'thoughts', label: 'Ana thinks', persona: 'ana' }],
    cards: [
      { ...j.cards[0]!, persona: 'sam' },
      j.cards[1]!,
      j.cards[2]!,
      { id: 'c4', stage: 'search', lane: 'touch', kind: 'touchpoint', title: 'Asks a friend', channel: 'word-of-mouth', persona: 'ana' },
      { id: 'c5', stage: 'checkout', lane: 'ana-thoughts', kind: 'thought', title: 'Is delivery free?', persona: 'ana' },
      { id: 'c6', stage: 'checkout', lane: 'touch', kind: 'touchpoint', title: 'Phone order' },
    ],
    emotions: [...j.emotions, { stage: 'search', persona: 'ana', score: 2 }, { stage: 'checkout', score: 0, label: 'Everyone' }],
  };
}

const ids = (j: Journey) => j.cards.map((c) => c.id);

describe('filterJourney', () => {
  it('returns the very same journey when nothing is filtered, so memoised work is reused', () => {
    const j = smallJourney();
    expect(filterJourney(j, {})).toBe(j);
  });

  it('keeps lanes named by id, with their cards, in the journey order', () => {
    const out = filterJourney(twoPersonas(), { lanes: ['pain', 'touch'] });
    expect(out.lanes.map((l) => l.id)).toEqual(['touch', 'pain']);
    expect(ids(out)).toEqual(['c1', 'c2', 'c3', 'c4', 'c6']);
  });

  it('keeps lanes named by kind', () => {
    const out = filterJourney(twoPersonas(), { lanes: ['thoughts', 'emotion'] });
    expect(out.lanes.map((l) => l.id)).toEqual(['feel', 'ana-thoughts']);
    expect(ids(out)).toEqual(['c5']);
  });

  it('hides the cards, lanes and emotion points of other personas; what names no persona stays', () => {
    const out = filterJourney(twoPersonas(), { personas: ['sam'] });
    expect(ids(out)).toEqual(['c1', 'c2', 'c3', 'c6']);
    expect(out.lanes.map((l) => l.id)).toEqual(['touch', 'feel', 'pain']);
    expect(out.emotions.map((e) => `${e.persona ?? '*'}@${e.stage}`)).toEqual(['sam@search', 'sam@checkout', '*@checkout']);
  });

  it('hides touchpoints on other channels and touchpoints without a channel, but no other kind of card', () => {
    const out = filterJourney(twoPersonas(), { channels: ['web', 'word-of-mouth'] });
    expect(ids(out)).toEqual(['c2', 'c3', 'c4', 'c5']);
  });

  it('combines filters', () => {
    const out = filterJourney(twoPersonas(), { lanes: ['touchpoints'], personas: ['ana'], channels: ['word-of-mouth', 'search'] });
    expect(ids(out)).toEqual(['c4']);
  });

  it('keeps stages, personas and evidence, and never changes its input', () => {
    const input = twoPersonas();
    const copy = structuredClone(input);
    const out = filterJourney(input, { lanes: ['pain'], personas: ['ana'], channels: [] });
    expect(out.stages).toBe(input.stages);
    expect(out.personas).toBe(input.personas);
    expect(out.evidence).toBe(input.evidence);
    expect(input).toEqual(copy);
  });

  it('an empty list hides everything of that kind', () => {
    expect(filterJourney(twoPersonas(), { lanes: [] }).lanes).toEqual([]);
    expect(ids(filterJourney(twoPersonas(), { channels: [] }))).toEqual(['c3', 'c5']);
  });
});

/** The small journey with evidence of every strength and opportunities of several statuses. */
function withEvidence(): Journey {
  const j = smallJourney();
  return {
    ...j,
    lanes: [...j.lanes, { id: 'opp', kind: 'opportunities', label: 'Opportunities' }],
    evidence: [
      { id: 'e1', kind: 'interview', label: '8 interviews' },
      { id: 'big', kind: 'analytics', label: 'Funnel', sampleSize: 5000 },
      { id: 'guess', kind: 'assumption', label: 'Our guess' },
    ],
    cards: [
      ...j.cards,
      { id: 'o1', stage: 'search', lane: 'opp', kind: 'opportunity', title: 'Compare models', status: 'planned', evidence: ['e1', 'big'] },
      { id: 'o2', stage: 'checkout', lane: 'opp', kind: 'opportunity', title: 'Guest checkout', status: 'done', evidence: ['guess'] },
      { id: 'o3', stage: 'checkout', lane: 'opp', kind: 'opportunity', title: 'Free delivery' },
    ],
  };
}

describe('filterJourney by evidence and status', () => {
  it('given confidence levels → only cards whose evidence gives them one of those levels stay', () => {
    const j = withEvidence();
    expect(ids(filterJourney(j, { confidence: ['high'] }))).toEqual(['o1']);
    expect(ids(filterJourney(j, { confidence: ['low', 'assumption'] }))).toEqual(['c1', 'o2']);
    expect(ids(filterJourney(j, { confidence: ['none'] }))).toEqual(['c2', 'c3', 'o3']);
  });

  it('given statuses → opportunities of other statuses, or none, are hidden; other cards stay', () => {
    expect(ids(filterJourney(withEvidence(), { statuses: ['planned', 'idea'] }))).toEqual(['c1', 'c2', 'c3', 'o1']);
    expect(ids(filterJourney(withEvidence(), { statuses: [] }))).toEqual(['c1', 'c2', 'c3']);
  });

  it('combines them with the other filters, and keeps lanes, stages and emotions', () => {
    const j = withEvidence();
    const out = filterJourney(j, { lanes: ['opportunities'], confidence: ['high', 'assumption'], statuses: ['done'] });
    expect(ids(out)).toEqual(['o2']);
    expect(out.lanes.map((l) => l.id)).toEqual(['opp']);
    expect(out.stages).toBe(j.stages);
    expect(out.emotions).toBe(j.emotions);
  });

  it('measures the age of sources from the day given', () => {
    const j = withEvidence();
    const dated: Journey = { ...j, evidence: j.evidence!.map((e) => ({ ...e, date: '2020-01-01' })) };
    expect(ids(filterJourney(dated, { confidence: ['high'] }, { now: '2020-02-01' }))).toEqual(['o1']);
    expect(ids(filterJourney(dated, { confidence: ['high'] }, { now: '2026-02-01' }))).toEqual([]);
  });

  it('gives a valid journey: links to cards filtered out are dropped, the cards unchanged otherwise', () => {
    for (const [name, journey] of Object.entries(examples)) {
      for (const persona of journey.personas) {
        const out = filterJourney(journey, { personas: [persona.id], confidence: ['high', 'medium', 'none'], statuses: ['planned'] });
        expect(validateJourney(out), name).toEqual([]);
      }
    }
    const j = withEvidence();
    const linked: Journey = { ...j, cards: j.cards.map((c) => (c.id === 'o1' ? { ...c, links: ['c3', 'c1'] } : c)) };
    const out = filterJourney(linked, { statuses: ['planned'], lanes: ['opp', 'touch'] });
    expect(out.cards.find((c) => c.id === 'o1')!.links).toEqual(['c1']);
    expect(out.cards.find((c) => c.id === 'c1')).toBe(linked.cards[0]);
  });

  it('returns the same journey when no filter is given, whatever the options', () => {
    const j = withEvidence();
    expect(filterJourney(j, {}, { now: '2020-01-01' })).toBe(j);
    expect(filterJourney(j, { personas: undefined, confidence: undefined, statuses: undefined })).toBe(j);
  });
});

describe('summarizeFilter', () => {
  it('given no filter → no names, and every card shown', () => {
    const j = twoPersonas();
    expect(summarizeFilter(j, {}, j)).toEqual({ personas: [], channels: [], lanes: [], shown: 6, total: 6 });
  });

  it('given a persona → her name, and the cards her filtered journey holds of all', () => {
    const j = twoPersonas();
    const shown = filterJourney(j, { personas: ['ana'] });
    expect(summarizeFilter(j, { personas: ['ana'] }, shown)).toEqual({
      personas: ['Ana Silva'],
      channels: [],
      lanes: [],
      shown: ids(shown).length,
      total: 6,
    });
    // Sam's own card is gone; the cards that name nobody stay.
    expect(ids(shown)).toEqual(['c2', 'c3', 'c4', 'c5', 'c6']);
  });

  it('names personas and lanes in the journey’s order, channels as given, and leaves out ids the journey does not know', () => {
    const j = twoPersonas();
    const filter = { personas: ['ana', 'nobody', 'sam'], lanes: ['pains', 'touch'], channels: ['web', 'search'] };
    const summary = summarizeFilter(j, filter, filterJourney(j, filter));
    expect(summary.personas).toEqual(['Sam Rivera', 'Ana Silva']);
    expect(summary.lanes).toEqual(['Touchpoints', 'Pain points']);
    expect(summary.channels).toEqual(['web', 'search']);
    // c1 (search), c2 (web) and the pain point c3, which has no channel to filter by.
    expect(summary).toMatchObject({ shown: 3, total: 6 });
  });

  it('counts the journey as drawn, which may hold more than the filter alone lets through', () => {
    const j = twoPersonas();
    expect(summarizeFilter(j, { lanes: ['pain'] }, j).shown).toBe(6);
  });
});
