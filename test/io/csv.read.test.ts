import { describe, expect, it } from 'vitest';
import { fromJourneyCsv } from '../../src/io/csv';
import { csvError } from './helpers';

const kinds = (text: string) => fromJourneyCsv(text).lanes.map((lane) => lane.kind);

describe('fromJourneyCsv: lane names', () => {
  it('reads a lane name with spaces around it, a note in brackets and a space after the note', () => {
    const journey = fromJourneyCsv('Lane,A\n  Touchpoints  ,x\nCustomer actions,y\nBackstage (IT) ,z');
    expect(journey.lanes.map((lane) => [lane.label, lane.kind])).toEqual([
      ['Touchpoints', 'touchpoints'],
      ['Customer actions', 'customer'],
      ['Backstage (IT)', 'backstage'],
    ]);
  });

  it('reads a bracket that is never closed as part of the name', () => {
    expect(kinds('Lane,A\nTouchpoints (web,x')).toEqual(['text']);
  });

  it('does not count the corner cell as a blueprint lane', () => {
    expect(kinds('Backstage,A\nCustomer actions,x')).toEqual(['actions']);
  });
});

describe('fromJourneyCsv: the emotion row', () => {
  it('reads the scale named after the label when the cell ends in a space', () => {
    const journey = fromJourneyCsv('Lane,A,B\nEmotion (1 to 5) ,5,1');
    expect(journey.emotionScale).toStrictEqual({ min: 1, max: 5 });
    expect(journey.emotions.map((e) => e.score)).toEqual([5, 1]);
  });

  it('reads no scale from a note that is never closed', () => {
    expect(csvError('Lane,A\nEmotion (1 to 55,5').problems.map((p) => p.message)).toEqual([
      expect.stringContaining('the emotion score 5 lies outside the emotion scale -3 to 3'),
    ]);
  });

  it('reads one end word without the other', () => {
    expect(fromJourneyCsv('Lane,A\n"Emotion (-3 to 3, ends Low)",1').emotionScale).toStrictEqual({ min: -3, max: 3, minLabel: 'Low' });
  });

  it('reads a short emotion row as scores for its first stages only', () => {
    const journey = fromJourneyCsv('Lane,A,B,C\nEmotion,1');
    expect(journey.emotions.map((e) => [e.stage, e.score])).toEqual([['a', 1]]);
  });
});

describe('fromJourneyCsv: line ends and marks', () => {
  it('counts a CRLF line end as one row in the problems it reports', () => {
    expect(csvError('Lane,A\r\nActions,x\r\nEmotion,bad\r\n').problems).toEqual([
      { row: 3, column: 2, message: 'the emotion score "bad" is not a number' },
    ]);
  });

  it('keeps a byte-order mark inside a cell when the file starts without one', () => {
    expect(fromJourneyCsv('Lane,A\nActions,a\uFEFFb').cards[0]!.title).toBe('a\uFEFFb');
  });
});
