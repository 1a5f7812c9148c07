import { describe, expect, it } from 'vitest';
import { parseJourney, validateJourney } from '../../src';
import type { Journey } from '../../src';
import { fromMermaidJourney, toMermaidJourney } from '../../src/io/mermaid';
import { mermaidSyntaxError } from './helpers';
import { examples } from '../../stories/data';
import kitchenData from '../../stories/data/ecommerce-kitchen.journey.json';

const kitchen = parseJourney(kitchenData);

/** The example of Mermaid's own documentation. */
const WORKING_DAY = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`;

const syntaxError = mermaidSyntaxError;

/** Checks every line against the token rules of Mermaid's journey lexer (journey.jison). */
function expectMermaidCanLex(text: string): void {
  const lines = text.trimEnd().split('\n');
  expect(lines[0]).toBe('journey');
  let inBlock = false;
  for (const line of lines.slice(1).map((l) => l.trim())) {
    expect(line).not.toContain('%%');
    if (inBlock) {
      if (line === '}') inBlock = false;
      else expect(line).not.toContain('}');
      continue;
    }
    if (line === 'accDescr {') inBlock = true;
    else if (line.startsWith('accDescr: ')) expect(line).not.toMatch(/[\r\n]/);
    else if (line.startsWith('title ')) expect(line).toMatch(/^title [^#;]+$/);
    else if (line.startsWith('section ')) expect(line).toMatch(/^section [^#:;]+$/);
    else {
      expect(line).toMatch(/^[^#:;]+: [1-5](: [^#:;,]+(, [^#:;,]+)*)?$/);
      expect(line).not.toMatch(/^(journey|(title|section)\s|acc(title|descr)\s*[:{])/i);
    }
  }
  expect(inBlock).toBe(false);
}

describe('fromMermaidJourney', () => {
  it('reads the "My working day" example of the Mermaid documentation into a valid journey', () => {
    const journey = fromMermaidJourney(WORKING_DAY);
    expect(validateJourney(journey)).toEqual([]);
    expect(journey).toMatchObject({
      schemaVersion: 1,
      id: 'my-working-day',
      title: 'My working day',
      emotionScale: { min: 1, max: 5, neutral: 3 },
      personas: [
        { id: 'me', name: 'Me' },
        { id: 'cat', name: 'Cat' },
      ],
      stages: [
        { id: 'go-to-work', name: 'Go to work' },
        { id: 'go-home', name: 'Go home' },
      ],
      lanes: [
        { id: 'tasks', kind: 'actions', label: 'Tasks' },
        { id: 'emotion', kind: 'emotion', label: 'Emotion' },
      ],
    });
    expect(journey.cards.map((c) => [c.stage, c.title, c.kind, c.metric?.value, c.persona])).toEqual([
      ['go-to-work', 'Make tea', 'action', 5, 'me'],
      ['go-to-work', 'Go upstairs', 'action', 3, 'me'],
      ['go-to-work', 'Do work', 'action', 1, undefined],
      ['go-home', 'Go downstairs', 'action', 5, 'me'],
      ['go-home', 'Sit down', 'action', 5, 'me'],
    ]);
    expect(journey.cards[0]!.metric).toEqual({ label: 'Score', value: 5 });
    expect(journey.emotions).toEqual([
      { stage: 'go-to-work', persona: 'me', score: 3 },
      { stage: 'go-to-work', persona: 'cat', score: 1 },
      { stage: 'go-home', persona: 'me', score: 5 },
    ]);
  });

  it('averages scores to two decimals and counts a task without actors for every persona', () => {
    const journey = fromMermaidJourney('journey\nsection Morning\nWake up: 2: Ann\nCoffee: 5\nEmails: 1: Ann, Bob\nNews: 4: Bob');
    expect(journey.emotions).toEqual([
      { stage: 'morning', persona: 'ann', score: 2.67 },
      { stage: 'morning', persona: 'bob', score: 3.33 },
    ]);
  });

  it('puts tasks before the first section into a stage named after the title, or "Journey"', () => {
    const titled = fromMermaidJourney('journey\ntitle Moving house\nPack: 2: Me\nsection Unpack\nOpen boxes: 4: Me');
    expect(titled.stages).toEqual([
      { id: 'moving-house', name: 'Moving house' },
      { id: 'unpack', name: 'Unpack' },
    ]);
    expect(titled.cards[0]).toMatchObject({ stage: 'moving-house', title: 'Pack' });

    const untitled = fromMermaidJourney('Pack: 2: Me\nUnpack: 4: Me');
    expect(untitled).toMatchObject({ id: 'journey', title: 'Journey', stages: [{ id: 'journey', name: 'Journey' }] });
    expect(untitled.cards).toHaveLength(2);
    expect(validateJourney(untitled)).toEqual([]);
  });

  it('creates one "Customer" persona when no task names an actor, and accepts empty actor lists', () => {
    const journey = fromMermaidJourney('journey\nsection Shop\nBrowse: 4\nPay: 2:\nLeave: 3:  ,  ');
    expect(journey.personas).toEqual([{ id: 'customer', name: 'Customer' }]);
    expect(journey.cards.map((c) => c.title)).toEqual(['Browse', 'Pay', 'Leave']);
    expect(journey.emotions).toEqual([{ stage: 'shop', persona: 'customer', score: 3 }]);
    expect(validateJourney(journey)).toEqual([]);
  });

  it('keeps Chinese and Russian names as written and makes readable ids from them', () => {
    const journey = fromMermaidJourney(`journey
  title 周末购物
  section 出门
    找购物袋: 3: 小明
    坐地铁: 2: 小明, 妈妈
  section Магазин у дома
    Выбрать продукты: 4: Аня`);
    expect(journey.id).toBe('周末购物');
    expect(journey.stages).toEqual([
      { id: '出门', name: '出门' },
      { id: 'магазин-у-дома', name: 'Магазин у дома' },
    ]);
    expect(journey.personas).toEqual([
      { id: '小明', name: '小明' },
      { id: '妈妈', name: '妈妈' },
      { id: 'аня', name: 'Аня' },
    ]);
    expect(journey.cards.map((c) => c.title)).toEqual(['找购物袋', '坐地铁', 'Выбрать продукты']);
    expect(validateJourney(journey)).toEqual([]);
  });

  it('reads Windows line endings, a BOM and surrounding whitespace the same as plain text', () => {
    const crlf = `\uFEFF${WORKING_DAY.replace(/\n/g, '\r\n').replace(/: /g, ' :  ')}`;
    expect(fromMermaidJourney(crlf)).toEqual(fromMermaidJourney(WORKING_DAY));
  });

  it('skips comments, directives and blank lines, and reads keywords in any case', () => {
    const journey = fromMermaidJourney(`%%{init: {"theme": "dark"}}%%
JOURNEY
  %% the whole day
  Title My working day # visible title

  Section Go to work %% first stage
    Make tea: 5: Me # the best part
    # Go upstairs: 3: Me
`);
    expect(journey.title).toBe('My working day');
    expect(journey.stages).toEqual([{ id: 'go-to-work', name: 'Go to work' }]);
    expect(journey.cards.map((c) => [c.title, c.metric?.value])).toEqual([['Make tea', 5]]);
  });

  it('reads accTitle and accDescr, in one line or as a block, keeping # and ; in them', () => {
    const single = fromMermaidJourney('journey\naccTitle: A #1 day\naccDescr: Tea; then work\nsection Work\nTea: 5: Me');
    expect(single).toMatchObject({ id: 'a-1-day', title: 'A #1 day', description: 'Tea; then work' });

    const block = fromMermaidJourney(
      'journey\ntitle Day\naccTitle: Ignored when there is a title\naccDescr {\n  Two lines\n  of description\n}\nsection Work\nTea: 5: Me',
    );
    expect(block).toMatchObject({ title: 'Day', description: 'Two lines\nof description' });
    expect(fromMermaidJourney('journey\naccDescr { Short }\nsection A\nB: 1').description).toBe('Short');
  });

  it('reads a title from YAML front matter', () => {
    expect(fromMermaidJourney('---\ntitle: "Front matter day"\n---\njourney\nsection A\nB: 3: Me').title).toBe('Front matter day');
  });

  it('gives sections with the same name unique stage ids', () => {
    const journey = fromMermaidJourney('journey\nsection Wait\nA: 2\nsection Talk\nB: 4\nsection Wait\nC: 1');
    expect(journey.stages.map((s) => s.id)).toEqual(['wait', 'talk', 'wait-2']);
    expect(journey.cards.map((c) => c.stage)).toEqual(['wait', 'talk', 'wait-2']);
  });

  it('throws a MermaidSyntaxError naming the line of bad syntax', () => {
    const error = syntaxError(
      'journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n\n    Go upstairs: 3: Me\n    Make tea 5 Me\n',
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MermaidSyntaxError');
    expect(error.line).toBe(7);
    expect(error.text).toBe('Make tea 5 Me');
    expect(error.message).toBe('line 7: expected "Task: score: Actor, …" but found "Make tea 5 Me"');
  });

  it('rejects scores outside 1 to 5 or not whole, listing every bad line with its value', () => {
    const error = syntaxError('journey\nsection A\nZero: 0: Me\nFine: 3: Me\nSix: 6: Me\nHalf: 2.5: Me\nWord: x: Me\nNone:: Me');
    expect(error.line).toBe(3);
    expect(error.problems.map((p) => [p.line, p.text])).toEqual([
      [3, 'Zero: 0: Me'],
      [5, 'Six: 6: Me'],
      [6, 'Half: 2.5: Me'],
      [7, 'Word: x: Me'],
      [8, 'None:: Me'],
    ]);
    expect(error.problems[2]!.message).toBe('the score "2.5" of task "Half" is not a whole number from 1 to 5');
    expect(error.message).toContain('The Mermaid journey has 5 problems:\n  line 3: the score "0" of task "Zero"');
    expect(error.message).toContain('line 8: the task "None" has no score');
  });

  it('rejects other malformed input with a plain message', () => {
    expect(syntaxError('journey\nsection A: B\nC: 1').message).toBe('line 2: a section name cannot contain ":", but found "A: B"');
    expect(syntaxError('journey\nsection A\nB: 1: Me: You').line).toBe(3);
    expect(syntaxError('journey\nsection A\njourney').message).toBe('line 3: the "journey" keyword may only open the diagram');
    expect(syntaxError('journey\naccDescr {\nnever closed\nsection A').message).toBe(
      'line 2: the "accDescr {" block is never closed with "}"',
    );
    expect(syntaxError('flowchart TD\nA --> B').problems[0]!.message).toBe('expected "Task: score: Actor, …" but found "flowchart TD"');
    expect(syntaxError('journey\ntitle Nothing here').message).toMatch(/^line 1: the text holds no journey/);
    expect(syntaxError('').line).toBe(1);
  });
});

describe('toMermaidJourney', () => {
  it('writes the documentation example back with the same sections, tasks, scores and actors', () => {
    expect(toMermaidJourney(fromMermaidJourney(WORKING_DAY))).toBe(`journey
  title My working day
  section Go to work
    Make tea: 5: Me
    Go upstairs: 3: Me
    Do work: 1: Me, Cat
  section Go home
    Go downstairs: 5: Me
    Sit down: 5: Me
`);
  });

  it.each([
    ['the documentation example', WORKING_DAY],
    ['tasks without actors', 'journey\nsection A\nB: 4\nC: 2: Ann\nD: 3: Bob, Ann'],
    ['tasks before any section', 'Pack: 2: Me\nsection Move\nLift: 1: Me, Sam'],
    [
      'Unicode and a description block',
      'journey\ntitle 周末\naccDescr {\n  Первая строка\n  second line\n}\nsection 出门\n坐地铁: 2: 小明',
    ],
    ['an empty section', 'journey\nsection Empty\nsection Full\nTask: 5'],
  ])('round-trips %s stably: fromMermaid(toMermaid(journey)) equals journey', (_, text) => {
    const first = fromMermaidJourney(text);
    const written = toMermaidJourney(first);
    expectMermaidCanLex(written);
    expect(fromMermaidJourney(written)).toEqual(first);
    expect(toMermaidJourney(fromMermaidJourney(written))).toBe(written);
  });

  it('writes a realistic journey: its action cards as tasks, scores mapped from the emotion scale onto 1 to 5', () => {
    const text = toMermaidJourney(kitchen);
    expectMermaidCanLex(text);
    expect(text.startsWith('journey\n  title Kitting out a first kitchen online\n  accDescr: Current-state journey')).toBe(true);

    const back = fromMermaidJourney(text);
    expect(back.stages.map((s) => s.name)).toEqual(kitchen.stages.map((s) => s.name));
    expect(back.personas).toEqual([{ id: 'sarah', name: 'Sarah' }]);
    const actions = kitchen.cards.filter((c) => c.kind === 'action');
    expect(back.cards.map((c) => c.title)).toEqual(
      kitchen.stages.flatMap((s) => actions.filter((c) => c.stage === s.id).map((c) => c.title.replace(/:/g, '：'))),
    );
    // Scores on -3…3 map linearly onto 1…5: -3 → 1, -2 → 1.67 → 2, 1 → 3.67 → 4, 2 → 4.33 → 4.
    const expected = (stage: number) => {
      const score = kitchen.emotions.find((e) => e.stage === kitchen.stages[stage]!.id)!.score;
      return Math.round(1 + ((score + 3) * 4) / 6);
    };
    const stageIndex = (id: string) => back.stages.findIndex((s) => s.id === id);
    for (const card of back.cards) expect(card.metric?.value).toBe(expected(stageIndex(card.stage)));
    expect(new Set(back.cards.map((c) => c.metric?.value))).toEqual(new Set([1, 2, 4]));
    expect(validateJourney(back)).toEqual([]);
  });

  it('replaces characters that break Mermaid syntax and guards task names that start with a keyword', () => {
    const journey: Journey = {
      schemaVersion: 1,
      id: 'tricky',
      title: 'Line one\nline two; #3',
      description: 'Has a } brace\nand %% percent',
      emotionScale: { min: 1, max: 5 },
      personas: [{ id: 'p', name: 'Doe, Jane: Dr' }],
      stages: [{ id: 's', name: 'Step: one #1; go' }],
      lanes: [{ id: 'l', kind: 'actions', label: 'Actions' }],
      cards: [
        { id: 'a', stage: 's', lane: 'l', kind: 'action', title: 'Pay: card\nor cash; 100% #win' },
        { id: 'b', stage: 's', lane: 'l', kind: 'action', title: 'Journey planning' },
        { id: 'c', stage: 's', lane: 'l', kind: 'action', title: 'section review' },
      ],
      emotions: [{ stage: 's', score: 4 }],
    };
    const text = toMermaidJourney(journey);
    expectMermaidCanLex(text);
    expect(text).toBe(`journey
  title Line one line two； ＃3
  accDescr {
    Has a ｝ brace
    and % percent
  }
  section Step： one ＃1； go
    Pay： card or cash； 100% ＃win: 4: Doe， Jane： Dr
    \u200BJourney planning: 4: Doe， Jane： Dr
    \u200Bsection review: 4: Doe， Jane： Dr
`);
    expect(fromMermaidJourney(text).cards.map((c) => c.title)).toEqual([
      'Pay： card or cash； 100% ＃win',
      'Journey planning',
      'section review',
    ]);
  });

  it('scores a task from its persona, or from every persona when the card names none, ignoring future-state points', () => {
    const journey: Journey = {
      schemaVersion: 1,
      id: 'two',
      title: 'Two people',
      personas: [
        { id: 'ann', name: 'Ann' },
        { id: 'bob', name: 'Bob' },
      ],
      stages: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      lanes: [{ id: 'l', kind: 'touchpoints', label: 'Touchpoints' }],
      cards: [
        { id: '1', stage: 'a', lane: 'l', kind: 'touchpoint', title: 'Ann only', persona: 'ann' },
        { id: '2', stage: 'a', lane: 'l', kind: 'touchpoint', title: 'Both' },
        { id: '3', stage: 'b', endStage: 'b', lane: 'l', kind: 'touchpoint', title: 'Nobody scored' },
      ],
      emotions: [
        { stage: 'a', persona: 'ann', score: 3 },
        { stage: 'a', persona: 'bob', score: -3 },
        { stage: 'a', persona: 'ann', score: -3, scenario: 'future' },
      ],
    };
    // No action cards, so touchpoints are the tasks; the default scale is -3…3.
    expect(toMermaidJourney(journey)).toBe(`journey
  title Two people
  section A
    Ann only: 5: Ann
    Both: 3: Ann, Bob
  section B
    Nobody scored: 3: Ann, Bob
`);
  });

  it.each(Object.entries(examples))('writes the %s example as Mermaid that reads back and then round-trips unchanged', (_, journey) => {
    const text = toMermaidJourney(journey);
    expectMermaidCanLex(text);
    const back = fromMermaidJourney(text);
    expect(validateJourney(back)).toEqual([]);
    expect(back.stages).toHaveLength(journey.stages.length);
    expect(back.cards.length).toBeGreaterThan(0);
    expect(toMermaidJourney(back)).toBe(text);
  });
});
