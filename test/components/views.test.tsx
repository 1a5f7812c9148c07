import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { JourneyConfigProvider, JourneyMap } from '../../src';
import { JourneyBrief, OpportunityMatrix } from '../../src/views';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;

describe('the decision views', () => {
  it('show a notice and report the problems of a journey that is not valid', () => {
    for (const View of [OpportunityMatrix, JourneyBrief]) {
      const onError = vi.fn();
      const { unmount } = render(<View journey={{ ...kitchen, stages: [] }} onError={onError} />);
      expect(screen.getByRole('alert')).toHaveTextContent('Nothing to show');
      expect(onError).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ path: 'stages' })]));
      unmount();
    }
  });

  it('render on the server', () => {
    expect(renderToString(<OpportunityMatrix journey={kitchen} />)).toContain('role="grid"');
    expect(renderToString(<JourneyBrief journey={kitchen} now="2026-05-01" />)).toContain('Owned actions');
  });

  it('share one selection between a map and its matrix under a provider, and leave other pages alone', async () => {
    const onChange = vi.fn();
    render(
      <JourneyConfigProvider defaultSelectedCardId={null} onSelectedCardChange={onChange}>
        <OpportunityMatrix journey={kitchen} />
        <JourneyMap journey={kitchen} />
      </JourneyConfigProvider>,
    );
    const matrix = screen.getByRole('grid', { name: 'Impact and effort matrix' });
    await userEvent.click(within(matrix).getByRole('button', { name: 'Will-it-fit checker' }));
    expect(onChange).toHaveBeenLastCalledWith('opp-co-fit');
    const onMap = document.querySelector('.jm-TouchpointCard[data-card-id="opp-pu-guest"]') as HTMLElement;
    expect(document.querySelector('.jm-TouchpointCard[data-card-id="opp-co-fit"]')).toHaveAttribute('aria-pressed', 'true');
    await act(async () => {
      onMap.click();
    });
    expect(onChange).toHaveBeenLastCalledWith('opp-pu-guest');
    expect(within(matrix).getByRole('button', { name: /Guest checkout/ })).toHaveAttribute('aria-pressed', 'true');
    expect(within(matrix).getByRole('button', { name: 'Will-it-fit checker' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('keep their own selection when the provider shares none, and a part’s own selectedCardId wins', async () => {
    render(
      <JourneyConfigProvider>
        <OpportunityMatrix journey={kitchen} />
        <OpportunityMatrix journey={kitchen} selectedCardId="opp-su-owner" />
      </JourneyConfigProvider>,
    );
    const [first, second] = screen.getAllByRole('grid');
    await userEvent.click(within(first!).getByRole('button', { name: 'Will-it-fit checker' }));
    expect(within(first!).getByRole('button', { name: 'Will-it-fit checker' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(second!).getByRole('button', { name: 'Will-it-fit checker' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(second!).getByRole('button', { name: 'One case owner for warranty repairs' })).toHaveAttribute('aria-pressed', 'true');
  });
});
