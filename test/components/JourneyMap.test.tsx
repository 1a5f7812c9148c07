import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { JourneyMap } from '../../src';
import { examples } from '../../stories/data';

describe.each(Object.entries(examples))('JourneyMap with the %s example', (_name, journey) => {
  it('renders every persona, stage, lane and card', () => {
    const onError = vi.fn();
    render(<JourneyMap journey={journey} onError={onError} layout="grid" />);
    expect(onError).not.toHaveBeenCalled();
    const grid = screen.getByRole('grid', { name: journey.title });
    for (const stage of journey.stages) {
      expect(within(grid).getByRole('columnheader', { name: new RegExp(escape(stage.name)) })).toBeInTheDocument();
    }
    for (const lane of journey.lanes) {
      expect(within(grid).getByRole('rowheader', { name: new RegExp(escape(lane.label)) })).toBeInTheDocument();
    }
    const buttons = within(grid).getAllByRole('button');
    for (const card of journey.cards) {
      expect(buttons.some((b) => b.getAttribute('data-card-id') === card.id)).toBe(true);
    }
    for (const persona of journey.personas) {
      expect(screen.getAllByText(persona.name).length).toBeGreaterThan(0);
    }
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
