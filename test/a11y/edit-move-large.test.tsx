// Drag and drop on a large board: three thousand cards, 24 stages, 12 lanes. Nothing is
// registered per card up front, so the drag works as on a small map; the time a drop takes
// to show is printed, not asserted (machines are noisy).
import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { Journey } from '../../src';
import { JourneyEditor } from '../../src/edit';
import { largeJourney } from '../fixtures-large';

test('a card of a 3,000-card map dragged to another cell lands there', { timeout: 120_000 }, async () => {
  const journey = largeJourney({ cards: 3_000 });
  const seen: Journey[] = [];
  const started = performance.now();
  render(<JourneyEditor defaultJourney={journey} layout="grid" onJourneyChange={(next) => seen.push(next)} />);
  await expect.poll(() => document.querySelector('[data-nav-key="card:c1"]'), { timeout: 60_000 }).not.toBeNull();
  const drawn = performance.now() - started;
  const dropStart = performance.now();
  await commands.mouseDrag({ selector: '[data-nav-key="card:c1"]' }, [{ selector: '[data-nav-key="card:c13"]' }]);
  await expect.poll(() => seen.length, { timeout: 30_000 }).toBe(1);
  const dropped = performance.now() - dropStart;
  const card = seen[0]!.cards.find((c) => c.id === 'c1')!;
  expect(card.lane).toBe('l1');
  expect(card.stage).toBe('s1');
  // The same map's redraw after a one-key move, for comparison: most of a drop's time is the map drawing the change.
  const keyStart = performance.now();
  await userEvent.keyboard('{Control>}{ArrowDown}{/Control}');
  await expect.poll(() => seen.length, { timeout: 30_000 }).toBe(2);
  const keyed = performance.now() - keyStart;
  console.log(
    `3,000 cards: drawn in ${Math.round(drawn)} ms; drag, drop and redraw in ${Math.round(dropped)} ms; Ctrl+Arrow move and redraw in ${Math.round(keyed)} ms`,
  );
});
