import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { validateJourney } from '../../src/model/validate';
import type * as Validate from '../../src/model/validate';
import { JourneyMap } from '../../src';
import { smallJourney } from '../fixtures';

// Count the validator's runs while keeping what it does.
vi.mock('../../src/model/validate', async (importOriginal) => {
  const actual = await importOriginal<typeof Validate>();
  return { ...actual, validateJourney: vi.fn(actual.validateJourney) };
});

describe('a map validates its journey', () => {
  it('once, though the map, its grid and its persona panel each check it; a new journey object is checked again', () => {
    const journey = smallJourney();
    const { rerender } = render(<JourneyMap journey={journey} />);
    expect(screen.getByRole('grid')).toBeInTheDocument();
    expect(vi.mocked(validateJourney)).toHaveBeenCalledTimes(1);
    rerender(<JourneyMap journey={journey} />);
    expect(vi.mocked(validateJourney)).toHaveBeenCalledTimes(1);
    const changed = { ...journey, title: 'Buying a kettle, again' };
    rerender(<JourneyMap journey={changed} />);
    expect(vi.mocked(validateJourney)).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Buying a kettle, again')).toBeInTheDocument();
  });

  it('still reports a broken journey', () => {
    const journey = smallJourney();
    journey.cards[0]!.stage = 'nowhere';
    const onError = vi.fn();
    render(<JourneyMap journey={journey} onError={onError} />);
    expect(screen.getByRole('alert')).toHaveTextContent('cards[0].stage');
    expect(onError).toHaveBeenCalledWith([expect.objectContaining({ path: 'cards[0].stage' })]);
  });
});
