// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JourneyCsvError, fromJourneyCsv, toJourneyCsv } from '../../src/io/csv';
import { smallJourney } from '../fixtures';

const problems = (text: string) => {
  try {
    fromJourneyCsv(text);
  } catch (error) {
    if (error instanceof JourneyCsvError) return error.problems.map((p) => p.message);
    throw error;
  }
  return [];
};
const kinds = (text: string) => fromJourneyCsv(text).lanes.map((lane) => lane.kind);

describe('fromJourneyCsv: edges of the spreadsheet layout', () => {
  it('names the last stage’s column as a spreadsheet does, past Z too', () => {
    const header = (stages: number) => ['Lane', ...Array.from({ length: stages }, (_, i) => `S${i}`)].join(',');
    const extra = (stages: number) => problems(`${header(stages)}\nActions${','.repeat(stages + 1)}x`)[0];
    expect(extra(25)).toMatch(/in column Z$/);
    expect(extra(26)).toMatch(/in column AA$/);
    expect(extra(51)).toMatch(/in column AZ$/);
    expect(extra(52)).toMatch(/in column BA$/);
  });

  it('reads a lane’s kind through a note in brackets at the end of its name, and only there', () => {
    expect(kinds('Lane,A\nTouchpoints (web) ,x')).toEqual(['touchpoints']);
    expect(kinds('Lane,A\nTouchpoints（线上）,x')).toEqual(['touchpoints']);
    expect(kinds('Lane,A\nTouchpoints (a（b),x')).toEqual(['touchpoints']);
    expect(kinds('Lane,A\nActions (a)(b),x')).toEqual(['text']);
    expect(kinds('Lane,A\n(Touchpoints),x')).toEqual(['text']);
  });

  it('takes a row as the emotion row only when its name starts with the word, spaces aside', () => {
    expect(fromJourneyCsv('Lane,A\nMy emotion,x').lanes[0]!.kind).toBe('text');
    const spaced = fromJourneyCsv('Lane,A\n Emotion (1 to 5),5');
    expect(spaced.emotionScale).toEqual({ min: 1, max: 5 });
    expect(spaced.emotions.map((e) => e.score)).toEqual([5]);
  });

  it('reads scores with a Unicode minus, spaces around, and empty cells as no score', () => {
    const journey = fromJourneyCsv('Lane,A,B,C\nEmotion, −2 ,,1');
    expect(journey.emotions.map((e) => [e.stage, e.score])).toEqual([
      ['a', -2],
      ['c', 1],
    ]);
    expect(problems('Lane,A\nEmotion,-4')[0]).toMatch(/^the emotion score -4 lies outside the emotion scale -3 to 3/);
  });

  it('reads a scale note’s neutral and end words once each, and refuses a note it cannot read', () => {
    expect(fromJourneyCsv('Lane,A\n"Emotion (1 to 5, neutral 2)",3').emotionScale).toStrictEqual({ min: 1, max: 5, neutral: 2 });
    expect(fromJourneyCsv('Lane,A\n"Emotion (1 to 5, ends  | Good)",3').emotionScale).toStrictEqual({ min: 1, max: 5, maxLabel: 'Good' });
    expect(fromJourneyCsv('Lane,A\n"Emotion (1 to 5, ends Bad | )",3').emotionScale).toStrictEqual({ min: 1, max: 5, minLabel: 'Bad' });
    for (const note of [
      '1 to 5, neutral 2, neutral 3',
      '1 to 5, ends A | B, ends C | D',
      '1 to 5, ends A | B | C',
      '1 to 5, foo',
      '1 to x',
    ]) {
      const journey = fromJourneyCsv(`Lane,A\n"Emotion (${note})",1`);
      expect(journey.lanes[0]!.label, note).toBe(`Emotion (${note})`);
      expect(journey.emotionScale, note).toEqual({ min: -3, max: 3 });
    }
  });

  it('takes a neutral at either end of the scale, and refuses one outside it or a scale of one value', () => {
    expect(fromJourneyCsv('Lane,A\n"Emotion (1 to 5, neutral 1)",3').emotionScale).toEqual({ min: 1, max: 5, neutral: 1 });
    expect(fromJourneyCsv('Lane,A\n"Emotion (1 to 5, neutral 5)",3').emotionScale).toEqual({ min: 1, max: 5, neutral: 5 });
    for (const note of ['1 to 5, neutral 0', '1 to 5, neutral 6', '3 to 3']) {
      expect(problems(`Lane,A\n"Emotion (${note})",3`)[0], note).toMatch(/^the emotion scale after the label must run/);
    }
  });

  it('reads the scale from the first emotion row after the header that names one', () => {
    expect(fromJourneyCsv('Emotion (1 to 5),A\nEmotion,2').emotionScale).toEqual({ min: -3, max: 3 });
    expect(fromJourneyCsv('Lane,A\nEmotion,\nEmotion (1 to 5),4').emotionScale).toEqual({ min: 1, max: 5 });
  });

  it('gives ids to names that have no letters or digits', () => {
    const journey = fromJourneyCsv('Lane,A\n!!!,x', { title: '???', persona: '***' });
    expect(journey.id).toBe('journey');
    expect(journey.personas[0]!.id).toBe('persona');
    expect(journey.lanes[0]!.id).toBe('lane');
  });

  it('decides on a service blueprint from the lanes below the header only', () => {
    expect(kinds('Frontstage,A\nCustomer actions,x')).toEqual(['actions']);
    expect(kinds('Lane,A\nCustomer actions,x\nFrontstage,y')).toEqual(['customer', 'frontstage']);
  });

  it('ignores blank cells right of the header, and a blank emotion row before the scores', () => {
    expect(problems('Lane,A\nActions,x, ')).toEqual([]);
    expect(fromJourneyCsv('Lane,A\nEmotion, \nEmotion,2').emotions.map((e) => e.score)).toEqual([2]);
  });

  it('trims stage names, and keeps a byte-order mark that is not at the start', () => {
    const journey = fromJourneyCsv('\uFEFFLane, Search \nActions,a\uFEFFb');
    expect(journey.stages[0]!.name).toBe('Search');
    expect(journey.cards[0]!.title).toBe('a\uFEFFb');
  });

  it('reads CR line ends, a quoted first cell holding one, and a quote inside an unquoted cell', () => {
    const journey = fromJourneyCsv('"Corner\rtext",A\rActions,a"b\rPains,c\r\nThoughts,d');
    expect(journey.stages.map((s) => s.name)).toEqual(['A']);
    expect(journey.lanes.map((l) => l.label)).toEqual(['Actions', 'Pains', 'Thoughts']);
    expect(journey.cards.map((c) => c.title)).toEqual(['a"b', 'c', 'd']);
  });

  it('says what is wrong with the quoting', () => {
    expect(problems('Lane,A\nActions,"a"b"')).toEqual(['a quote inside a quoted cell must be doubled, as ""']);
  });
});

describe('toJourneyCsv: edges', () => {
  it('writes the scores of the first persona’s current curve only, and an empty cell where there is none', () => {
    const journey = smallJourney();
    journey.personas = [
      { id: 'p1', name: 'One' },
      { id: 'p2', name: 'Two' },
    ];
    journey.emotions = [
      { stage: 'search', persona: 'p2', score: 1 },
      { stage: 'search', persona: 'p1', score: 2, scenario: 'future' },
      { stage: 'search', persona: 'p1', score: 3 },
    ];
    const row = toJourneyCsv(journey)
      .split('\r\n')
      .find((line) => line.startsWith('Emotion'));
    expect(row).toMatch(/,3,$/);
  });

  it('adds no emotion row to a journey without scores or an emotion lane, and writes one without personas', () => {
    const journey = smallJourney();
    journey.lanes = journey.lanes.filter((lane) => lane.kind !== 'emotion');
    journey.emotions = [];
    expect(toJourneyCsv(journey)).not.toContain('Emotion');
    expect(() => toJourneyCsv({ ...journey, personas: [] })).not.toThrow();
  });

  it('protects a label that reads as a scale with the default scale, and writes one end word alone', () => {
    const journey = smallJourney();
    delete journey.emotionScale;
    const lane = journey.lanes.find((l) => l.kind === 'emotion')!;
    lane.label = 'Emotion (1 to 5)';
    expect(toJourneyCsv(journey)).toContain('Emotion (1 to 5) (-3 to 3)');
    journey.emotionScale = { min: -3, max: 3, minLabel: 'Low' };
    expect(fromJourneyCsv(toJourneyCsv(journey)).emotionScale).toStrictEqual({ min: -3, max: 3, minLabel: 'Low' });
    journey.emotionScale = { min: -3, max: 3, maxLabel: 'High' };
    expect(fromJourneyCsv(toJourneyCsv(journey)).emotionScale).toStrictEqual({ min: -3, max: 3, maxLabel: 'High' });
  });
});
