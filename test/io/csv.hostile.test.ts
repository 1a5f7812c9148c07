// @vitest-environment node
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateJourney, type Journey } from '../../src';
import { fromJourneyCsv, toJourneyCsv } from '../../src/io/csv';
import { examples } from '../../stories/data';
import { validJourney } from '../arbitraries';
import { smallJourney } from '../fixtures';
import { csvError, firstPersonaScores } from './helpers';

/** Every cell of a CSV text as a spreadsheet receives it. */
const cellsOf = (csv: string): string[] => Papa.parse<string[]>(csv, { delimiter: ',' }).data.flat();
/** What Excel, LibreOffice and Google Sheets run as a formula: a cell starting with = + - @ tab or CR that is not a plain number. */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell);

/** Card titles per cell, `grid[lane][stage]`. */
const grid = (journey: Journey) =>
  journey.lanes
    .filter((lane) => lane.kind !== 'emotion')
    .map((lane) =>
      journey.stages.map((stage) => journey.cards.filter((c) => c.lane === lane.id && c.stage === stage.id).map((c) => c.title)),
    );

const scores = firstPersonaScores;

/** A title as the CSV keeps it: on one line, trimmed. */
const asWritten = (title: string) => title.replace(/[\r\n]+/g, ' ').trim();

describe('formula injection', () => {
  it('guards a cell of several cards whose first title is a formula, and multi-line stage names and lane labels', () => {
    const journey = smallJourney();
    journey.cards[2]!.lane = 'touch';
    journey.cards[0]!.title = '=HYPERLINK("http://x.test","Click")';
    journey.stages[0]!.name = "+cmd|' /C calc'!A0\nSearch";
    journey.lanes[0]!.label = '@SUM(1+1)\nTouchpoints';
    journey.lanes[2]!.label = '-2+3\nPains';
    const csv = toJourneyCsv(journey);
    for (const cell of cellsOf(csv)) expect(isFormula(cell), JSON.stringify(cell)).toBe(false);
    const back = fromJourneyCsv(csv);
    expect(back.stages[0]!.name).toBe(journey.stages[0]!.name);
    expect(back.lanes.map((l) => l.label)).toEqual([journey.lanes[0]!.label, 'Emotions', journey.lanes[2]!.label]);
    expect(grid(back)[0]![0]).toEqual(['=HYPERLINK("http://x.test","Click")', 'Too many similar models']);
  });

  it.each(["'=x", "'@handle", "''+1", '• bullet', '•', "'", '@', '- dash', '\t=tab'])('keeps the title %j exactly', (title) => {
    const journey = smallJourney();
    journey.cards[0]!.title = title;
    const back = fromJourneyCsv(toJourneyCsv(journey));
    expect(back.cards[0]!.title).toBe(title.trim());
  });

  it('keeps every title, stage name and lane label exactly and writes no cell a spreadsheet would run', () => {
    const tricky = fc.string({
      unit: fc.constantFrom('=', '+', '-', '@', "'", '•', ' ', '\t', '\n', '\r', 'a', '"', ',', '1'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 3, maxLength: 3 }), fc.array(tricky, { minLength: 2, maxLength: 2 }), (titles, names) => {
        const journey = smallJourney();
        journey.cards.forEach((card, i) => (card.title = titles[i]!));
        journey.stages.forEach((stage, i) => (stage.name = names[i]!));
        journey.lanes[2]!.label = `${names[0]}x`;
        const csv = toJourneyCsv(journey);
        for (const cell of cellsOf(csv)) expect(isFormula(cell), JSON.stringify(cell)).toBe(false);
        const back = fromJourneyCsv(csv);
        expect(back.stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name.trim() || s.id));
        expect(back.lanes[2]!.label).toBe(journey.lanes[2]!.label.trim());
        // The small journey's cards already run lane by lane, stage by stage: the order the CSV reads them in.
        expect(back.cards.map((c) => c.title)).toEqual(journey.cards.map((c) => asWritten(c.title)).filter((t) => t !== ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a journey’s own CSV reads back with no options', () => {
  it.each(Object.entries(examples))('%s: same stage names, lane labels, titles per cell, scores and scale', (_name, journey) => {
    const back = fromJourneyCsv(toJourneyCsv(journey));
    expect(validateJourney(back)).toEqual([]);
    expect(back.stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name));
    expect(back.lanes.map((l) => l.label)).toEqual(
      journey.lanes.map((l) => (l.kind === 'emotion' && !/^(emotion|эмоци|情绪|情感)/i.test(l.label) ? `Emotion: ${l.label}` : l.label)),
    );
    expect(grid(back)).toEqual(grid(journey));
    expect(scores(back)).toEqual(scores(journey));
    expect(back.emotionScale).toEqual(journey.emotionScale ?? { min: -3, max: 3 });
  });

  it('carries the words for the scale’s ends, whatever characters they hold', () => {
    const journey = smallJourney();
    journey.emotionScale = { min: -3, max: 3, neutral: 0, minLabel: 'Angry (very), 100% | done', maxLabel: 'Глубоко доволен' };
    const back = fromJourneyCsv(toJourneyCsv(journey));
    expect(back.emotionScale).toEqual(journey.emotionScale);
  });

  it('for generated journeys of every scale', () => {
    fc.assert(
      fc.property(validJourney({ maxStages: 8, maxCards: 30 }), (journey) => {
        const back = fromJourneyCsv(toJourneyCsv(journey));
        expect(scores(back)).toEqual(scores(journey));
        expect(back.emotionScale).toEqual(journey.emotionScale);
        expect(back.stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name.trim() || s.id));
        expect(back.cards.map((c) => c.title)).toEqual(
          journey.lanes
            .filter((l) => l.kind !== 'emotion')
            .flatMap((lane) =>
              journey.stages.flatMap((stage) =>
                journey.cards.filter((c) => c.lane === lane.id && c.stage === stage.id).map((c) => asWritten(c.title)),
              ),
            )
            .filter((t) => t !== ''),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('names the scale after the emotion label, neutral too, and reads a score written with an exponent', () => {
    const journey = smallJourney();
    journey.emotionScale = { min: 1, max: 5, neutral: 2.5 };
    journey.emotions = [
      { stage: 'search', persona: 'sam', score: 1 + 1e-7 },
      { stage: 'checkout', persona: 'sam', score: 5 },
    ];
    const csv = toJourneyCsv(journey);
    expect(csv).toContain(`\r\n"Emotions (1 to 5, neutral 2.5)",${1 + 1e-7},5\r\n`);
    expect(fromJourneyCsv(csv).emotions[0]!.score).toBe(1 + 1e-7);
    expect(fromJourneyCsv(csv).emotionScale).toEqual({ min: 1, max: 5, neutral: 2.5 });
    expect(fromJourneyCsv('Lane,A\nEmotion,1e-7').emotions[0]!.score).toBe(1e-7);
  });

  it('protects a label that ends in something read as a scale, and lets the option win', () => {
    const journey = smallJourney();
    journey.lanes[1]!.label = 'Emotions (1 to 5)';
    const csv = toJourneyCsv(journey);
    expect(csv).toContain('Emotions (1 to 5) (-3 to 3),1,-2');
    const back = fromJourneyCsv(csv);
    expect(back.lanes[1]!.label).toBe('Emotions (1 to 5)');
    expect(back.emotionScale).toEqual({ min: -3, max: 3 });
    expect(fromJourneyCsv('Lane,A\nEmotion (1 to 5),4', { emotionScale: { min: 0, max: 10 } }).emotionScale).toEqual({ min: 0, max: 10 });
    expect(fromJourneyCsv('Lane,A\nEmotion (good to bad),2').lanes[0]!.label).toBe('Emotion (good to bad)');
  });

  it('reports a scale note that is no drawable scale', () => {
    expect(csvError('Lane,A\nEmotion (5 to 1),2').problems[0]).toEqual({
      row: 2,
      column: 1,
      message: 'the emotion scale after the label must run from a lower to a higher number, as in "Emotion (1 to 5)"',
    });
    expect(csvError(`Lane,A\nEmotion (-${Number.MAX_VALUE} to ${Number.MAX_VALUE}),2`).problems[0]!.row).toBe(2);
  });
});

describe('reading', () => {
  it('reads mixed line ends: a CRLF header, LF rows, a lone CR, line breaks inside quoted cells kept', () => {
    const journey = fromJourneyCsv('Lane,A,B\r\nActions,"one\r\ntwo",three\nThoughts,x,y\rPain points,"a\nb",\r\n');
    expect(journey.lanes.map((l) => l.label)).toEqual(['Actions', 'Thoughts', 'Pain points']);
    expect(grid(journey)).toEqual([
      [['one', 'two'], ['three']],
      [['x'], ['y']],
      [['a', 'b'], []],
    ]);
    expect(fromJourneyCsv('Lane,"A\r\nB"\nActions,x').stages[0]!.name).toBe('A\r\nB');
  });

  it('caps the error message at ten problems while every problem stays on the error', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `,x${'x'.repeat(i % 100)}`);
    const error = csvError(`Lane,A\n${rows.join('\n')}`);
    expect(error.problems).toHaveLength(20_000);
    expect(error.message.length).toBeLessThan(1000);
    expect(error.message).toMatch(/^The CSV has 20000 problems:\n/);
    expect(error.message).toMatch(/…and 19990 more$/);
  });

  it('checks a scale passed in the options as JSON data, as any journey from a host', () => {
    const emotionScale = { min: 1, max: 5, note: () => 'not data' } as unknown as { min: number; max: number };
    expect(() => fromJourneyCsv('Lane,A\nEmotion,4', { emotionScale })).toThrow(/emotionScale\.note: is a function/);
    expect(() => fromJourneyCsv('Lane,A\nActions,x', { id: 7 as unknown as string })).toThrow(/id: The journey id must be text/);
  });

  it('quotes at most 40 characters of a bad score', () => {
    const error = csvError(`Lane,A\nEmotion,${'9'.repeat(50)}x`);
    expect(error.problems[0]!.message).toBe(`the emotion score "${'9'.repeat(40)}…" is not a number`);
  });
});
