import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src';
import { fromJourneyCsv, toJourneyCsv } from '../../src/io/csv';
import { smallJourney } from '../fixtures';

/** The rows of a written CSV, each as its cells. */
const rowsOf = (csv: string) => Papa.parse<string[]>(csv.trimEnd()).data;

/** The emotion row's label as written for a journey on `scale`. */
const emotionLabel = (scale: Journey['emotionScale']) => {
  const journey = { ...smallJourney(), emotionScale: scale };
  return rowsOf(toJourneyCsv(journey)).find((row) => row[0]!.startsWith('Emotion'))![0];
};

describe('toJourneyCsv: the scale after the emotion label', () => {
  it('names every scale but -3 to 3 with no neutral or end words, whichever part differs', () => {
    expect(emotionLabel({ min: -3, max: 3 })).toBe('Emotions');
    expect(emotionLabel({ min: -2, max: 3 })).toBe('Emotions (-2 to 3)');
    expect(emotionLabel({ min: -3, max: 4 })).toBe('Emotions (-3 to 4)');
    expect(emotionLabel({ min: -3, max: 3, neutral: 1 })).toBe('Emotions (-3 to 3, neutral 1)');
  });
});

describe('toJourneyCsv: the scores', () => {
  it('writes the journey-wide points, those that name no persona', () => {
    const journey = smallJourney();
    journey.emotions = [
      { stage: 'search', score: 2 },
      { stage: 'checkout', score: -1 },
    ];
    expect(rowsOf(toJourneyCsv(journey))[2]).toEqual(['Emotions', '2', '-1']);
  });

  it('keeps the current score when a future one comes first', () => {
    const journey = smallJourney();
    journey.emotions = [
      { stage: 'search', persona: 'sam', score: 3, scenario: 'future' },
      { stage: 'search', persona: 'sam', score: -1 },
    ];
    expect(rowsOf(toJourneyCsv(journey))[2]).toEqual(['Emotions', '-1', '']);
  });
});

describe('toJourneyCsv: cells and labels', () => {
  it('leaves a card with a blank title out of its cell, with no empty line for it', () => {
    const journey = smallJourney();
    journey.cards = [
      { id: 'a', stage: 'search', lane: 'touch', kind: 'touchpoint', title: '  ' },
      { id: 'b', stage: 'search', lane: 'touch', kind: 'touchpoint', title: 'Search results' },
    ];
    expect(toJourneyCsv(journey)).toContain('\r\nTouchpoints,Search results,\r\n');
    expect(fromJourneyCsv(toJourneyCsv(journey)).cards.map((c) => c.title)).toEqual(['Search results']);
  });

  it('writes lane labels trimmed', () => {
    const journey = smallJourney();
    journey.lanes[0]!.label = '  Touchpoints  ';
    expect(rowsOf(toJourneyCsv(journey))[1]![0]).toBe('Touchpoints');
  });
});
