// Every field of the model, given a value of the wrong kind, is reported at its own path
// with its own message — and nothing else is. A table of cases, one per field: a check
// that forgets a field, or reports it under another name, fails here.
import { describe, expect, it } from 'vitest';
import { JourneyValidationError, parseJourney, validateJourney, type Journey } from '../../src';
import { LANE_KINDS } from '../../src/model/types';
import { smallJourney } from '../fixtures';

type Edit = (j: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the small journey with one edit applied, validated. */
function problemsAfter(edit: Edit): string[] {
  const j = structuredClone(smallJourney()) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  edit(j);
  return validateJourney(j).map((p) => `${p.path}: ${p.message}`);
}

const cases: Array<[string, Edit, string[]]> = [
  // Journey
  ['journey id of spaces', (j) => (j.id = '  '), ['id: The journey id must not be empty']],
  ['journey description', (j) => (j.description = 1), ['description: must be text, but it is number 1']],
  ['journey locale', (j) => (j.locale = true), ['locale: must be text, but it is boolean true']],
  ['journey dir', (j) => (j.dir = 'up'), ['dir: the text "up" is not one of "ltr", "rtl"']],
  ['not an object', (j) => Object.assign(j, { meta: 3 }), ['meta: must be an object, but it is number 3']],
  ['meta owner', (j) => (j.meta = { owner: 1 }), ['meta.owner: must be text, but it is number 1']],
  ['meta tags', (j) => (j.meta = { tags: 'x' }), ['meta.tags: must be a list of texts, but it is the text "x"']],
  ['meta tag item', (j) => (j.meta = { tags: ['a', 2] }), ['meta.tags[1]: must be text, but it is number 2']],
  [
    'meta validatedAt',
    (j) => (j.meta = { validatedAt: 'soon' }),
    ['meta.validatedAt: "soon" is not an ISO 8601 date; write it as YYYY-MM-DD, or with a time as 2024-03-01T09:30:00Z'],
  ],
  [
    'emotion scale not an object',
    (j) => (j.emotionScale = 5),
    ['emotionScale: must be an object like { "min": -3, "max": 3 }, but it is number 5'],
  ],
  ['emotion scale missing max', (j) => (j.emotionScale = { min: 1 }), ['emotionScale.max: must be a finite number, but it is missing']],
  [
    'emotion scale text min',
    (j) => (j.emotionScale = { min: 'low', max: 3 }),
    ['emotionScale.min: must be a finite number, but it is the text "low"'],
  ],
  [
    'emotion scale end word',
    (j) => (j.emotionScale = { min: -3, max: 3, minLabel: 0 }),
    ['emotionScale.minLabel: must be text, but it is number 0'],
  ],
  [
    'emotion scale neutral',
    (j) => (j.emotionScale = { min: -3, max: 3, neutral: 'mid' }),
    ['emotionScale.neutral: must be a finite number, but it is the text "mid"'],
  ],
  // Personas
  ...(['initials', 'role', 'situation', 'location', 'quote', 'description'] as const).map((key): [string, Edit, string[]] => [
    `persona ${key}`,
    (j) => (j.personas[0][key] = 7),
    [`personas[0].${key}: must be text, but it is number 7`],
  ]),
  ...(['needs', 'frustrations', 'behaviours', 'channels'] as const).map((key): [string, Edit, string[]] => [
    `persona ${key}`,
    (j) => (j.personas[0][key] = 'x'),
    [`personas[0].${key}: must be a list of texts, but it is the text "x"`],
  ]),
  ['persona age below 0', (j) => (j.personas[0].age = -1), ['personas[0].age: must be at least 0, but it is -1']],
  ['persona age of 0', (j) => (j.personas[0].age = 0), []],
  ['persona age text', (j) => (j.personas[0].age = 'old'), ['personas[0].age: must be a finite number, but it is the text "old"']],
  ['persona goals', (j) => (j.personas[0].goals = 'x'), ['personas[0].goals: must be a list of goals, but it is the text "x"']],
  ['persona goal item', (j) => (j.personas[0].goals = [3]), ['personas[0].goals[0]: must be an object, but it is number 3']],
  [
    'persona goal kind',
    (j) => (j.personas[0].goals[0].kind = 'dream'),
    ['personas[0].goals[0].kind: the text "dream" is not one of "career", "personal", "other"'],
  ],
  ['persona goal text', (j) => delete j.personas[0].goals[0].text, ['personas[0].goals[0].text: The goal text is required']],
  [
    'persona photo',
    (j) => (j.personas[0].photo = 'javascript:alert(1)'),
    ['personas[0].photo: the link "javascript:alert(1)" is not allowed; use an http(s), mailto or tel address, or a relative path'],
  ],
  // Phases
  ['phase name', (j) => (j.phases[0].name = 1), ['phases[0].name: The phase name must be text, but it is number 1']],
  ['phase description', (j) => (j.phases[0].description = 1), ['phases[0].description: must be text, but it is number 1']],
  [
    'phase without stages',
    (j) => delete j.phases[0].stages,
    [
      'phases[0].stages: The list of stage ids in this phase is required',
      'stages[0].phase: phase "buy" does not list stage "search" in its stages',
      'stages[1].phase: phase "buy" does not list stage "checkout" in its stages',
    ],
  ],
  [
    'phases not a list',
    (j) => (j.phases = {}),
    [
      'phases: must be a list of phases, but it is an object',
      'stages[0].phase: unknown phase "buy"; none are defined',
      'stages[1].phase: unknown phase "buy"; none are defined',
    ],
  ],
  // Stages
  ...(['goal', 'trigger', 'duration', 'description'] as const).map((key): [string, Edit, string[]] => [
    `stage ${key}`,
    (j) => (j.stages[0][key] = false),
    [`stages[0].${key}: must be text, but it is boolean false`],
  ]),
  ['stage name', (j) => delete j.stages[0].name, ['stages[0].name: The stage name is required']],
  ['stage metrics', (j) => (j.stages[1].metrics = 'x'), ['stages[1].metrics: must be a list of metrics, but it is the text "x"']],
  [
    'stage metric item',
    (j) => (j.stages[1].metrics = [1]),
    ['stages[1].metrics[0]: must be a metric object with a label and a value, but it is number 1'],
  ],
  [
    'metric value',
    (j) => (j.stages[1].metrics[0].value = null),
    ['stages[1].metrics[0].value: must be a finite number or text, but it is null'],
  ],
  ['metric value missing', (j) => delete j.stages[1].metrics[0].value, ['stages[1].metrics[0].value: The metric value is required']],
  ['metric value of text', (j) => (j.stages[1].metrics[0].value = '3 days'), []],
  [
    'metric target',
    (j) => (j.stages[1].metrics[0].target = [1]),
    ['stages[1].metrics[0].target: must be a finite number or text, but it is a list'],
  ],
  ['metric target of text', (j) => (j.stages[1].metrics[0].target = 'fewer'), []],
  ['metric unit', (j) => (j.stages[1].metrics[0].unit = 1), ['stages[1].metrics[0].unit: must be text, but it is number 1']],
  ['metric label', (j) => delete j.stages[1].metrics[0].label, ['stages[1].metrics[0].label: The metric label is required']],
  [
    'metric trend',
    (j) => (j.stages[1].metrics[0].trend = 'sideways'),
    ['stages[1].metrics[0].trend: the text "sideways" is not one of "up", "down", "flat"'],
  ],
  [
    'stage in another phase',
    (j) =>
      (j.phases = [
        { id: 'buy', name: 'Buy', stages: ['search'] },
        { id: 'pay', name: 'Pay', stages: ['checkout'] },
      ]),
    ['stages[1].phase: stage "checkout" is listed in phase "pay", not "buy"'],
  ],
  // Lanes
  ['lane label', (j) => (j.lanes[0].label = 2), ['lanes[0].label: The lane label must be text, but it is number 2']],
  ['lane description', (j) => (j.lanes[0].description = 2), ['lanes[0].description: must be text, but it is number 2']],
  ['lane kind', (j) => delete j.lanes[0].kind, [`lanes[0].kind: is required; use one of ${LANE_KINDS.map((k) => `"${k}"`).join(', ')}`]],
  // Cards
  ['card lane', (j) => delete j.cards[0].lane, ['cards[0].lane: The lane the card sits in is required']],
  ['card description', (j) => (j.cards[0].description = 1), ['cards[0].description: must be text, but it is number 1']],
  ['card channel', (j) => (j.cards[0].channel = 1), ['cards[0].channel: must be text, but it is number 1']],
  ['card owner', (j) => (j.cards[0].owner = 1), ['cards[0].owner: must be text, but it is number 1']],
  ...(['severity', 'impact', 'effort'] as const).map((key): [string, Edit, string[]] => [
    `card ${key}`,
    (j) => (j.cards[0][key] = 'huge'),
    [`cards[0].${key}: the text "huge" is not one of "low", "medium", "high"`],
  ]),
  [
    'card status',
    (j) => (j.cards[0].status = 'finished'),
    ['cards[0].status: the text "finished" is not one of "idea", "planned", "in-progress", "done", "rejected"'],
  ],
  [
    'card metric',
    (j) => (j.cards[0].metric = 'x'),
    ['cards[0].metric: must be a metric object with a label and a value, but it is the text "x"'],
  ],
  ['card tags', (j) => (j.cards[0].tags = [1]), ['cards[0].tags[0]: must be text, but it is number 1']],
  [
    'card image',
    (j) => (j.cards[0].image = 'pic.png'),
    ['cards[0].image: must be an object with src and alt, but it is the text "pic.png"'],
  ],
  [
    'card image src',
    (j) => (j.cards[0].image = { src: 'javascript:x', alt: 'A' }),
    ['cards[0].image.src: the image address "javascript:x" is not allowed; use an http(s) address or a relative path'],
  ],
  ['card image without src', (j) => (j.cards[0].image = { alt: 'A' }), ['cards[0].image.src: The image source is required']],
  ['card image, a safe src', (j) => (j.cards[0].image = { src: 'https://example.com/a.png', alt: 'A' }), []],
  ['card ends where it starts', (j) => (j.cards[2].endStage = 'search'), []],
  [
    'card moment of truth',
    (j) => (j.cards[0].momentOfTruth = 'yes'),
    ['cards[0].momentOfTruth: must be true or false, but it is the text "yes"'],
  ],
  // Emotions
  ['emotion label', (j) => (j.emotions[0].label = 1), ['emotions[0].label: must be text, but it is number 1']],
  [
    'emotion scenario',
    (j) => (j.emotions[0].scenario = 'past'),
    ['emotions[0].scenario: the text "past" is not one of "current", "future"'],
  ],
  ['emotion stage missing', (j) => delete j.emotions[0].stage, ['emotions[0].stage: The stage of the emotion point is required']],
  ['emotion without persona, once', (j) => delete j.emotions[0].persona, []],
  [
    'emotion scored twice, once named',
    (j) => (j.emotions[1] = { stage: 'search', score: 2 }),
    ['emotions[1]: a second score for stage "search" and persona "sam" (the first is at emotions[0])'],
  ],
  ['emotion scored in the future too', (j) => j.emotions.push({ stage: 'search', persona: 'sam', score: 2, scenario: 'future' }), []],
  // Ids and references
  [
    'a persona id used twice',
    (j) => j.personas.push({ id: 'sam', name: 'Other' }),
    ['personas[1].id: duplicate persona id "sam" (first used at personas[0])'],
  ],
  [
    'a phase id used twice',
    (j) => j.phases.push({ id: 'buy', name: 'Again', stages: [] }),
    ['phases[1].id: duplicate phase id "buy" (first used at phases[0])'],
  ],
  [
    'ids repeated in turn, each against its first use, and later ids still known',
    (j) => {
      j.personas = ['a', 'b', 'a', 'c', 'b', 'a', 'sam'].map((id) => ({ id, name: id }));
    },
    [
      'personas[2].id: duplicate persona id "a" (first used at personas[0])',
      'personas[4].id: duplicate persona id "b" (first used at personas[1])',
      'personas[5].id: duplicate persona id "a" (first used at personas[0])',
    ],
  ],
  [
    'two personas without ids',
    (j) => (j.personas = [{ name: 'A' }, { name: 'B' }]),
    [
      'personas[0].id: The persona id is required',
      'personas[1].id: The persona id is required',
      'emotions[0].persona: unknown persona "sam"; none are defined',
      'emotions[1].persona: unknown persona "sam"; none are defined',
    ],
  ],
  ['a stage in a misspelt phase', (j) => (j.stages[0].phase = 'buyy'), ['stages[0].phase: unknown phase "buyy"; did you mean "buy"?']],
  [
    'a lane of an unknown persona',
    (j) => (j.lanes[0].persona = 'nobody'),
    ['lanes[0].persona: unknown persona "nobody"; known ids are "sam"'],
  ],
  [
    'a card of an unknown persona',
    (j) => (j.cards[0].persona = 'nobody'),
    ['cards[0].persona: unknown persona "nobody"; known ids are "sam"'],
  ],
  [
    'a card ending at an unknown stage',
    (j) => (j.cards[2].endStage = 'nowhere'),
    ['cards[2].endStage: unknown stage "nowhere"; known ids are "search", "checkout"'],
  ],
  // Evidence
  ['evidence description', (j) => (j.evidence[0].description = 1), ['evidence[0].description: must be text, but it is number 1']],
  ['evidence sample size', (j) => (j.evidence[0].sampleSize = -3), ['evidence[0].sampleSize: must be at least 0, but it is -3']],
  [
    'evidence date',
    (j) => (j.evidence[0].date = '2024-02-30'),
    [expect.stringMatching(/^evidence\[0\]\.date: "2024-02-30" is not an ISO 8601 date/) as unknown as string],
  ],
  [
    'evidence url',
    (j) => (j.evidence[0].url = 'data:text/html,x'),
    [expect.stringMatching(/^evidence\[0\]\.url: the link "data:text\/html,x" is not allowed/) as unknown as string],
  ],
  [
    'evidence confidence',
    (j) => (j.evidence[0].confidence = 'total'),
    ['evidence[0].confidence: the text "total" is not one of "low", "medium", "high"'],
  ],
];

describe('validateJourney: each field at its own path', () => {
  it.each(cases)('%s', (_name, edit, expected) => {
    expect(problemsAfter(edit)).toEqual(expected);
  });

  it('the small journey itself has no problem', () => {
    expect(validateJourney(smallJourney() as Journey)).toEqual([]);
  });

  it('says what a journey that is no object is', () => {
    expect(validateJourney(undefined).map((p) => p.message)).toEqual(['A journey must be an object, but it is undefined']);
    expect(validateJourney(null).map((p) => p.message)).toEqual(['A journey must be an object, but it is null']);
    expect(validateJourney([]).map((p) => p.message)).toEqual(['A journey must be an object, but it is a list']);
  });
});

describe('parseJourney', () => {
  it('says when the text is not JSON', () => {
    expect(() => parseJourney('{')).toThrow(/^The journey is not valid \(1 problem\):\n {2}journey: The text is not valid JSON: /);
  });
});

describe('JourneyValidationError', () => {
  const problem = (i: number) => ({ path: `cards[${i}].title`, message: 'The card title is required' });
  it('names one problem in the singular, and lists it', () => {
    expect(new JourneyValidationError([problem(0)]).message).toBe(
      'The journey is not valid (1 problem):\n  cards[0].title: The card title is required',
    );
  });
  it('lists five problems whole', () => {
    const message = new JourneyValidationError([0, 1, 2, 3, 4].map(problem)).message;
    expect(message.startsWith('The journey is not valid (5 problems):\n  cards[0].title: ')).toBe(true);
    expect(message).not.toContain('more');
    expect(message.split('\n')).toHaveLength(6);
  });
  it('lists the first five of six, then says how many more', () => {
    const message = new JourneyValidationError([0, 1, 2, 3, 4, 5].map(problem)).message;
    expect(message.split('\n')).toHaveLength(7);
    expect(message.endsWith('\n  …and 1 more')).toBe(true);
  });
});
