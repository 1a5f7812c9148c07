import fc from 'fast-check';
import { render, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { JourneyMap, validateJourney } from '../../src';
import { validJourney } from '../arbitraries';
import { realMessages } from '../console';

// React reports duplicate keys, invalid nesting and the like through console.error.
let errors: MockInstance;
let warnings: MockInstance;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  errors.mockRestore();
  warnings.mockRestore();
});

const noReactWarnings = () => {
  expect(realMessages(errors.mock.calls)).toEqual([]);
  expect(realMessages(warnings.mock.calls)).toEqual([]);
};

// Run counts stay modest so CI stays quick; set FC_RUNS to search harder locally.
const runs = (n: number) => Number(process.env.FC_RUNS ?? n);
// fast-check prints the seed and path of a failure; the time limit allows a long local search.
const TIMEOUT = Number(process.env.FC_TIMEOUT ?? 60_000);

describe('generated valid journeys', () => {
  it(
    'render to a string on the server with no warning',
    () => {
      fc.assert(
        fc.property(validJourney({ maxStages: 40, maxCards: 600, maxPersonas: 5 }), (journey) => {
          const html = renderToString(<JourneyMap journey={journey} layout="grid" />);
          expect(html).toContain('role="grid"');
          expect(html).not.toContain('role="alert"');
          try {
            noReactWarnings();
          } finally {
            errors.mockClear();
            warnings.mockClear();
          }
        }),
        { numRuns: runs(150) },
      );
    },
    TIMEOUT,
  );

  it(
    'render to a string at the size limits: 40 stages, 600 cards, 5 personas',
    () => {
      fc.assert(
        fc.property(validJourney({ maxStages: 40, maxCards: 600, maxPersonas: 5, size: 'max' }), (journey) => {
          const html = renderToString(<JourneyMap journey={journey} layout="grid" />);
          expect(html.split('class="jm-TouchpointCard"').length - 1).toBe(journey.cards.length);
          try {
            noReactWarnings();
          } finally {
            errors.mockClear();
            warnings.mockClear();
          }
        }),
        { numRuns: runs(10) },
      );
    },
    TIMEOUT,
  );

  it(
    'render in the browser DOM with no warning',
    () => {
      fc.assert(
        fc.property(validJourney({ maxStages: 12, maxCards: 80, maxPersonas: 4 }), (journey) => {
          const { container, unmount } = render(<JourneyMap journey={journey} layout="grid" />);
          try {
            expect(within(container).getByRole('grid')).toBeInTheDocument();
            expect(within(container).queryByRole('alert')).toBeNull();
            expect(container.querySelectorAll('.jm-TouchpointCard')).toHaveLength(journey.cards.length);
            noReactWarnings();
          } finally {
            unmount();
            errors.mockClear();
            warnings.mockClear();
          }
        }),
        { numRuns: runs(60) },
      );
    },
    TIMEOUT,
  );
});

describe('generated invalid journeys', () => {
  const broken = fc
    .tuple(validJourney({ maxStages: 8, maxCards: 30 }), fc.nat(), fc.constantFrom('stage', 'lane', 'score', 'id', 'title', 'type'))
    .map(([journey, at, what]) => {
      const j = structuredClone(journey) as unknown as Record<string, unknown> & typeof journey;
      if (what === 'stage' && j.cards.length) j.cards[at % j.cards.length]!.stage = '\u{1F4A5}missing';
      else if (what === 'lane' && j.cards.length) j.cards[at % j.cards.length]!.lane = 'missing';
      else if (what === 'score') j.emotions[at % j.emotions.length]!.score = Number.NaN;
      else if (what === 'id') j.stages.push({ ...j.stages[0]! });
      else if (what === 'title') Reflect.set(j, 'title', { text: 'not a string' });
      else Reflect.set(j, 'stages', 'many');
      return j;
    })
    .filter((j) => validateJourney(j).length > 0);

  it(
    'always get the error panel and onError, never an exception',
    () => {
      fc.assert(
        fc.property(broken, (journey) => {
          const onError = vi.fn();
          const { container, unmount } = render(<JourneyMap journey={journey} onError={onError} />);
          try {
            expect(within(container).getByRole('alert')).toHaveTextContent(/cannot be drawn/);
            expect(onError).toHaveBeenCalledWith(validateJourney(journey));
          } finally {
            unmount();
          }
        }),
        { numRuns: runs(60) },
      );
    },
    TIMEOUT,
  );
});
