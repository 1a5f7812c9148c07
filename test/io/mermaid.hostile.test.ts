// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateJourney, type Journey } from '../../src';
import { fromMermaidJourney, toMermaidJourney } from '../../src/io/mermaid';
import { mermaidSyntaxError } from './helpers';
import { validJourney } from '../arbitraries';
import { smallJourney } from '../fixtures';

const syntaxError = mermaidSyntaxError;

/** Every task score written: what follows the task name (names hold no ": "). */
const taskScores = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('    '))
    .map((line) => line.trim().split(': ')[1]);

describe('line breaks in section names', () => {
  it.each(['Order<br>online', 'Order<br/>online', 'Order</br />online', 'Order<br\t/>online', 'Order <BR> online'])(
    'reads %j as a line break, as Mermaid draws it, and writes it back as <br>',
    (name) => {
      const journey = fromMermaidJourney(`journey\nsection ${name}\nPay: 3`);
      expect(journey.stages[0]!.name).toBe('Order\nonline');
      expect(toMermaidJourney(journey)).toContain('\n  section Order<br>online\n');
    },
  );

  it('writes a stage name with line breaks as one section line', () => {
    const journey = smallJourney();
    journey.stages[0]!.name = 'Search\r\nand compare\nmodels';
    const text = toMermaidJourney(journey);
    expect(text).toContain('\n  section Search<br>and compare<br>models\n');
    expect(fromMermaidJourney(text).stages[0]!.name).toBe('Search\nand compare\nmodels');
  });
});

describe('scores', () => {
  it('never writes NaN, whatever the scale', () => {
    fc.assert(
      fc.property(
        validJourney({ maxStages: 4, maxCards: 10 }),
        fc.constantFrom(
          { min: -Number.MAX_VALUE, max: Number.MAX_VALUE },
          { min: 0, max: Number.MAX_VALUE },
          { min: 1e308, max: 1.7e308 },
          { min: 0, max: 5e-324 },
          { min: 3, max: 3 },
        ),
        (journey, scale) => {
          const cards: Journey['cards'] = journey.cards.map((card) => ({ ...card, kind: 'action', metric: undefined }));
          const text = toMermaidJourney({
            ...journey,
            cards,
            emotionScale: scale,
            emotions: journey.emotions.map((e) => ({ ...e, score: scale.max })),
          });
          expect(text).not.toMatch(/NaN|Infinity/);
          for (const score of taskScores(text)) expect(['1', '2', '3', '4', '5']).toContain(score);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scores a stage for each persona from the tasks naming it and those naming nobody', () => {
    const journey = fromMermaidJourney('journey\nsection A\nT1: 5: Ann\nT2: 1\nT3: 3: Bob, Ann\nsection B\nT4: 2: Bob');
    expect(journey.emotions).toEqual([
      { stage: 'a', persona: 'ann', score: 3 },
      { stage: 'a', persona: 'bob', score: 2 },
      { stage: 'b', persona: 'bob', score: 2 },
    ]);
    expect(validateJourney(journey)).toEqual([]);
  });

  it('refuses a diagram whose tasks without actors would give more scores than it has characters', () => {
    const actors = Array.from({ length: 400 }, (_, i) => `a${i}`).join(', ');
    const sections = Array.from({ length: 400 }, (_, i) => `section s${i}\nt: 3`).join('\n');
    const error = syntaxError(`journey\nsection first\nt: 3: ${actors}\n${sections}`);
    expect(error.problems[0]!.message).toMatch(
      /count for each of the 400 actors in 400 sections: 160400 scores, more than a diagram of this size may hold/,
    );
    expect(error.line).toBe(5);
  });
});

describe('messages and comments', () => {
  it('caps the message at ten problems and each quoted line at 40 characters', () => {
    const error = syntaxError(`journey\n${Array.from({ length: 5000 }, () => `${'bad line '.repeat(20)}`).join('\n')}`);
    expect(error.problems).toHaveLength(5000);
    expect(error.message.length).toBeLessThan(1500);
    expect(error.message).toMatch(/…and 4990 more$/);
    expect(error.text.length).toBeLessThanOrEqual(200);
  });

  it('cuts comments at the first # or %%, also in a line of many', () => {
    const journey = fromMermaidJourney(`journey\nsection A ${'#'.repeat(50_000)}\u2028x\nTask: 4 %% note # more`);
    expect(journey.stages[0]!.name).toBe('A');
    expect(journey.cards[0]!.metric?.value).toBe(4);
  });

  it('reads a quoted front matter title', () => {
    expect(fromMermaidJourney("---\ntitle: 'Quoted day'\n---\njourney\nsection A\nB: 3").title).toBe('Quoted day');
    expect(fromMermaidJourney('---\ntitle: "x\n---\njourney\nsection A\nB: 3').title).toBe('"x');
  });
});
