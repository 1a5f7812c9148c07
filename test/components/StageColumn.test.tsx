import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JourneyGrid, StageColumn } from '../../src';
import { smallJourney } from '../fixtures';

const stageHeader = (name: string) =>
  within(screen.getByRole('grid'))
    .getAllByRole('columnheader')
    .find((h) => h.hasAttribute('data-stage-id') && within(h).queryByRole('heading', { name }) !== null)!;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('StageColumn as a header of the grid', () => {
  it('shows the stage number, name, goal, trigger and duration, in its column', () => {
    const j = smallJourney();
    j.stages[0]!.duration = '2–3 days';
    render(<JourneyGrid journey={j} layout="grid" />);
    const search = stageHeader('Search');
    expect(search).toHaveAttribute('aria-colindex', '2');
    expect(search).toHaveAttribute('data-phase-id', 'buy');
    expect(within(search).getByRole('heading', { level: 3 })).toHaveTextContent('Search');
    expect(
      within(search)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['Goal', 'Trigger', 'Duration']);
    expect(
      within(search)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['Find a kettle', 'Old kettle broke', '2–3 days']);
    // The number is decoration: the header is named by the stage and its place, and
    // described by its details.
    expect(within(search).getByText('1')).toHaveAttribute('aria-hidden', 'true');
    expect(search).toHaveAccessibleName('Search, stage 1 of 2');
    expect(search).toHaveAccessibleDescription('Goal Find a kettle Trigger Old kettle broke Duration 2–3 days');
  });

  it('lists the stage metrics with unit and target', () => {
    const j = smallJourney();
    j.stages[1]!.metrics = [
      { label: 'Conversion', value: 3.1, unit: '%', target: 4 },
      { label: 'Drop-offs', value: 'many' },
    ];
    render(<JourneyGrid journey={j} layout="grid" />);
    const checkout = stageHeader('Checkout');
    expect(checkout).toHaveAttribute('aria-colindex', '3');
    expect(
      within(checkout)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['3.1% Conversion → 4%', 'many Drop-offs']);
    expect(within(checkout).queryByRole('term')).not.toBeInTheDocument();
  });

  it('uses the labels given for its fields', () => {
    render(<JourneyGrid journey={smallJourney()} layout="grid" labels={{ goal: 'Ziel', trigger: 'Auslöser' }} />);
    expect(
      within(stageHeader('Search'))
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['Ziel', 'Auslöser']);
  });

  it('is a group named by the stage in the stacked variant (not a landmark), showing its phase and its content', () => {
    render(
      <JourneyGrid journey={smallJourney()} layout="grid">
        <StageColumn stageId="checkout" variant="stacked">
          <p>Cards go here</p>
        </StageColumn>
      </JourneyGrid>,
    );
    const group = screen.getByRole('group', { name: 'Checkout, stage 2 of 2' });
    expect(group).toHaveAttribute('data-variant', 'stacked');
    expect(group).toHaveTextContent(/^Buy2Checkout/);
    expect(within(group).getByText('Cards go here')).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('shows a notice for a stage the journey does not have', () => {
    render(
      <JourneyGrid journey={smallJourney()} layout="grid">
        <StageColumn stageId="delivery" />
      </JourneyGrid>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to show: the journey data is not valid.');
  });

  it('throws a clear error outside a JourneyGrid', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<StageColumn stageId="search" />)).toThrow('`StageColumn` must be used inside `JourneyGrid`');
  });
});
