import { describe, expect, it } from 'vitest';
import { validateJourney } from '../../src';
import type { Journey } from '../../src';
import { fromJourneyCsv, toJourneyCsv } from '../../src/io/csv';
import { examples } from '../../stories/data';
import { smallJourney } from '../fixtures';
import { csvError, firstPersonaScores } from './helpers';

/** Card titles per cell: `grid[lane][stage]`, cards placed in their start stage. */
const grid = (journey: Journey, lanes = journey.lanes) =>
  lanes.map((lane) =>
    journey.stages.map((stage) => journey.cards.filter((c) => c.lane === lane.id && c.stage === stage.id).map((c) => c.title)),
  );

const scores = firstPersonaScores;

describe('fromJourneyCsv', () => {
  it('reads the spreadsheet layout into a valid journey: stages, lanes, one card per line of a cell, emotion scores', () => {
    const journey = fromJourneyCsv(
      [
        'Lane,Awareness,Purchase,Purchase',
        'Touchpoints,"TV ad, prime time\nSearch results",Checkout page,',
        'Pain points,,"Hidden ""service"" fee",• Slow refund',
        'Emotion,1,-2.5,0',
        'Notes,,,',
      ].join('\n'),
    );
    expect(validateJourney(journey)).toEqual([]);
    expect(journey).toMatchObject({
      schemaVersion: 1,
      id: 'journey',
      title: 'Journey',
      emotionScale: { min: -3, max: 3 },
      personas: [{ id: 'customer', name: 'Customer' }],
      stages: [
        { id: 'awareness', name: 'Awareness' },
        { id: 'purchase', name: 'Purchase' },
        { id: 'purchase-2', name: 'Purchase' },
      ],
      lanes: [
        { id: 'touchpoints', kind: 'touchpoints', label: 'Touchpoints' },
        { id: 'pain-points', kind: 'pains', label: 'Pain points' },
        { id: 'emotion', kind: 'emotion', label: 'Emotion' },
        { id: 'notes', kind: 'text', label: 'Notes' },
      ],
    });
    expect(journey.cards.map((c) => [c.id, c.lane, c.stage, c.kind, c.title])).toEqual([
      ['card-1', 'touchpoints', 'awareness', 'touchpoint', 'TV ad, prime time'],
      ['card-2', 'touchpoints', 'awareness', 'touchpoint', 'Search results'],
      ['card-3', 'touchpoints', 'purchase', 'touchpoint', 'Checkout page'],
      ['card-4', 'pain-points', 'purchase', 'pain', 'Hidden "service" fee'],
      ['card-5', 'pain-points', 'purchase-2', 'pain', 'Slow refund'],
    ]);
    expect(journey.emotions).toEqual([
      { stage: 'awareness', persona: 'customer', score: 1 },
      { stage: 'purchase', persona: 'customer', score: -2.5 },
      { stage: 'purchase-2', persona: 'customer', score: 0 },
    ]);
  });

  it('infers lane kinds from common English, Russian and Chinese names, defaulting to text', () => {
    const names = [
      ['Actions', 'actions'],
      ['Действия', 'actions'],
      ['用户行为', 'actions'],
      ['Customer actions', 'actions'],
      ['Точки контакта', 'touchpoints'],
      ['触点', 'touchpoints'],
      ['Thoughts & feelings', 'thoughts'],
      ['Мысли', 'thoughts'],
      ['想法', 'thoughts'],
      ['Pain-points', 'pains'],
      ['Болевые точки', 'pains'],
      ['痛点', 'pains'],
      ['Opportunities (Q3)', 'opportunities'],
      ['Возможности', 'opportunities'],
      ['机会', 'opportunities'],
      ['KPIs', 'metrics'],
      ['EMOTIONS', 'emotion'],
      ['Emotional curve', 'emotion'],
      ['Эмоции', 'emotion'],
      ['情绪曲线', 'emotion'],
      ['Who is involved', 'text'],
    ] as const;
    const journey = fromJourneyCsv(`Lane,Only stage\n${names.map(([name]) => `${name},`).join('\n')}`);
    expect(journey.lanes.map((lane) => [lane.label, lane.kind])).toEqual(names);
  });

  it('reads a service blueprint: "Customer actions" is the customer lane when blueprint rows are present', () => {
    const journey = fromJourneyCsv(
      [
        'Lane,Order',
        'Customer actions,Orders online',
        'Frontstage,Confirms by email',
        'Backstage,Picks the parcel',
        'Support processes,Stock system',
        'Physical evidence,Receipt',
      ].join('\n'),
    );
    expect(journey.lanes.map((lane) => lane.kind)).toEqual(['customer', 'frontstage', 'backstage', 'support', 'evidence']);
    expect(journey.cards.map((card) => card.kind)).toEqual(['action', 'process', 'process', 'process', 'evidence']);
    expect(validateJourney(journey)).toEqual([]);
  });

  it('reads CRLF line ends, a BOM, blank rows and empty trailing columns', () => {
    const text = '\uFEFFLane,A,B,,\r\n\r\nActions,"one\r\ntwo",three,,\r\n,,,,\r\nEmotion,2,-1,,\r\n';
    const journey = fromJourneyCsv(text);
    expect(journey.stages.map((s) => s.name)).toEqual(['A', 'B']);
    expect(grid(journey)).toEqual([
      [['one', 'two'], ['three']],
      [[], []],
    ]);
    expect(scores(journey)).toEqual([2, -1]);
  });

  it('takes the title, id, persona and emotion scale from the options', () => {
    const journey = fromJourneyCsv('Stage,Visit\nЭмоции,"4,5"', {
      title: 'Визит в клинику',
      persona: 'Анна',
      emotionScale: { min: 1, max: 5, neutral: 3 },
    });
    expect(journey).toMatchObject({
      id: 'визит-в-клинику',
      title: 'Визит в клинику',
      emotionScale: { min: 1, max: 5, neutral: 3 },
      personas: [{ id: 'анна', name: 'Анна' }],
      emotions: [{ stage: 'visit', persona: 'анна', score: 4.5 }],
    });
    expect(fromJourneyCsv('Lane,A', { title: 'T', id: 'custom' }).id).toBe('custom');
  });

  it('reports every bad cell with its spreadsheet row and column', () => {
    const error = csvError(
      ['Lane,A,B,C', 'Actions,x,y,z', 'Thoughts,"two\nlines",,', ',orphan,,', 'Pain points,a,b,c,extra', 'Emotion,1,high,9'].join('\n'),
    );
    expect(error.name).toBe('JourneyCsvError');
    expect(error.problems).toEqual([
      { row: 4, column: 1, message: 'the lane name is empty' },
      { row: 5, column: 5, message: 'the row has more cells than the header, whose last stage is in column D' },
      { row: 6, column: 3, message: 'the emotion score "high" is not a number' },
      {
        row: 6,
        column: 4,
        message:
          'the emotion score 9 lies outside the emotion scale -3 to 3; name another scale after the label, as in "Emotion (1 to 5)", or pass the emotionScale option',
      },
    ]);
    expect(error.message).toContain('The CSV has 4 problems:\n  row 4, column 1 (A4): the lane name is empty');
    expect(error.message).toContain('row 6, column 3 (C6): the emotion score "high" is not a number');
  });

  it('reports an empty or stage-less header, a second score row, broken quoting and empty text', () => {
    expect(csvError('Lane,A,,C\nActions,x,y,z').message).toBe('row 1, column 3 (C1): the stage name is empty');
    expect(csvError('\nLane\nActions').problems).toEqual([
      { row: 2, column: 2, message: 'the header row names no stages; write the stage names from column B on' },
    ]);
    expect(csvError('Lane,A,B\nEmotion,1,2\nEmotions (target),,3').problems).toEqual([
      { row: 3, column: 3, message: 'a second row of emotion scores; the scores are read from row 2 only' },
    ]);
    expect(csvError('Lane,A\nActions,"never closed').problems).toEqual([
      { row: 2, column: 2, message: 'a quoted cell is never closed; a cell that starts with " must end with "' },
    ]);
    expect(csvError(' \n').message).toBe('row 1, column 1 (A1): the CSV is empty; its first row must name the stages');
  });
});

describe('toJourneyCsv', () => {
  it('writes the header, one row per lane with card titles per cell, and the emotion row', () => {
    // The pain point spans both stages and is written in its start stage only.
    expect(toJourneyCsv(smallJourney())).toBe(
      'Lane,Search,Checkout\r\nTouchpoints,Search results,Checkout page\r\nEmotions,1,-2\r\nPain points,Too many similar models,\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and reads them back', () => {
    const journey = smallJourney();
    journey.stages[0]!.name = 'Search, compare';
    journey.cards[0]!.title = 'The "best" kettle, 1.7 l';
    journey.cards[1]!.title = 'Checkout\npage';
    const text = toJourneyCsv(journey);
    expect(text).toContain('Lane,"Search, compare",Checkout\r\n');
    expect(text).toContain('Touchpoints,"The ""best"" kettle, 1.7 l",Checkout page\r\n');
    const back = fromJourneyCsv(text);
    expect(back.stages[0]!.name).toBe('Search, compare');
    expect(back.cards.map((c) => c.title)).toEqual(['The "best" kettle, 1.7 l', 'Checkout page', 'Too many similar models']);
  });

  it('guards cells a spreadsheet would run as formulas and restores them on reading', () => {
    const journey = smallJourney();
    journey.cards[0]!.title = '=HYPERLINK("http://x.test","Click")';
    journey.cards[1]!.title = '-5% on returns';
    const text = toJourneyCsv(journey);
    expect(text).toContain(`"'=HYPERLINK(""http://x.test"",""Click"")"`);
    expect(text).toContain(`"'-5% on returns"`);
    expect(text).toContain('Emotions,1,-2\r\n');
    expect(fromJourneyCsv(text).cards.map((c) => c.title)).toEqual(journey.cards.map((c) => c.title));
  });

  it('names an emotion row so it is read back as one, and adds one when the journey has scores but no emotion lane', () => {
    const journey = smallJourney();
    journey.lanes[1]!.label = 'How Sam feels';
    expect(toJourneyCsv(journey)).toContain('\r\nEmotion: How Sam feels,1,-2\r\n');

    journey.lanes.splice(1, 1);
    expect(toJourneyCsv(journey).endsWith('\r\nEmotion,1,-2\r\n')).toBe(true);
  });

  it('writes the first persona current-state scores when several personas or a future curve exist', () => {
    const journey = smallJourney();
    journey.personas.push({ id: 'kim', name: 'Kim' });
    journey.emotions.push(
      { stage: 'search', persona: 'kim', score: -3 },
      { stage: 'checkout', persona: 'sam', score: 3, scenario: 'future' },
    );
    expect(toJourneyCsv(journey)).toContain('\r\nEmotions,1,-2\r\n');
  });

  describe.each(Object.entries(examples))('round trip of the %s example', (_, journey) => {
    const back = fromJourneyCsv(toJourneyCsv(journey), { emotionScale: journey.emotionScale });

    it('is a valid journey with the same stage names, lane labels, card titles per cell and scores', () => {
      expect(validateJourney(back)).toEqual([]);
      expect(back.stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name));
      expect(back.lanes.map((l) => l.label)).toEqual(
        journey.lanes.map((l) => (l.kind === 'emotion' && !/^(emotion|эмоци|情绪)/i.test(l.label) ? `Emotion: ${l.label}` : l.label)),
      );
      expect(grid(back)).toEqual(grid(journey));
      expect(scores(back)).toEqual(scores(journey));
    });

    it('keeps the kind of every lane named in the common way', () => {
      const common = new Set(
        [
          'Actions|Touchpoints|Thoughts|Emotion|Pain points|Opportunities|KPIs',
          'Customer actions|Frontstage|Backstage|Support processes|Physical evidence',
          'Действия|Точки контакта|Мысли|Эмоции|Болевые точки|Возможности',
          '用户行为|触点|想法|情绪曲线|痛点|机会点',
        ].flatMap((names) => names.split('|')),
      );
      journey.lanes.forEach((lane, i) => {
        if (common.has(lane.label)) expect(back.lanes[i]!.kind).toBe(lane.kind);
      });
    });
  });
});
