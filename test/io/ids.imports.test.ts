// @vitest-environment node
// The importers' ids are unique by construction, so their journeys' check skips looking
// for repeated ids. Here the full check (validateJourney) confirms it for names made to
// collide: repeated, numbered like the importers number them, differing only in case,
// spaces or punctuation, or empty.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromJourneyCsv } from '../../src/io/csv';
import { fromMermaidJourney } from '../../src/io/mermaid';
import { validateJourney } from '../../src/model/validate';

const part = fc.constantFrom('a', 'A', 'b', '2', '3', '02', '-', ' ', '!', 'stage', 'lane', 'persona', 'x');
const name = fc.array(part, { maxLength: 4 }).map((parts) => parts.join(''));
const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;

describe('an imported journey passes the full check, its ids unique however names collide', () => {
  it('CSV: stage names and lane labels', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 12 }), fc.array(name, { minLength: 1, maxLength: 8 }), (stages, lanes) => {
        const csv = [
          ['Lane', ...stages.map((s, i) => (s.trim() === '' ? `s${i}` : s))].map(cell).join(','),
          ...lanes.map((lane, i) =>
            [lane.trim() === '' ? `l${i}` : lane, ...stages.map((_, j) => (j % 2 ? 'a card' : ''))].map(cell).join(','),
          ),
        ].join('\n');
        const journey = fromJourneyCsv(csv);
        expect(validateJourney(journey)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('Mermaid: section names and actors', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.array(name, { maxLength: 3 })), { minLength: 1, maxLength: 10 }), (sections) => {
        const text = [
          'journey',
          ...sections.flatMap(([section, actors], i) => [
            `section ${section.trim() === '' ? `s${i}` : section}`,
            `  task ${i}: 3${actors.some((a) => a.trim() !== '') ? `: ${actors.filter((a) => a.trim() !== '').join(', ')}` : ''}`,
          ]),
        ].join('\n');
        const journey = fromMermaidJourney(text);
        expect(validateJourney(journey)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
