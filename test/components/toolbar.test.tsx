import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { filterJourney, JourneyConfigProvider, JourneyMap } from '../../src';
import { JourneyToolbar, viewFromSearchParams, viewToSearchParams, type JourneyView } from '../../src/views';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;
const saas = examples['saas-onboarding-multi']!;

const toolbar = () => screen.getByRole('toolbar', { name: 'Filter the map' });
const toggle = (name: string) => within(toolbar()).getByRole('button', { name });

describe('JourneyToolbar', () => {
  it('offers each filter as a labelled group of pressed toggle buttons, and one tab stop', () => {
    render(<JourneyToolbar journey={saas} />);
    const groups = within(toolbar()).getAllByRole('group');
    expect(
      groups.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent),
    ).toEqual(['Personas', 'Lanes', 'Channels', 'Evidence', 'Status']);
    expect(toggle('Marcus Chen')).toHaveAttribute('aria-pressed', 'true');
    const buttons = within(toolbar()).getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
    expect(toggle('Show all')).toHaveAttribute('aria-disabled', 'true');
  });

  it('uncontrolled: a click turns a value off, says what now shows, and Show all clears it', async () => {
    const onViewChange = vi.fn();
    render(<JourneyToolbar journey={saas} defaultView={{ card: 'p-no-roi' }} onViewChange={onViewChange} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    await userEvent.click(toggle('Marcus Chen'));
    expect(toggle('Marcus Chen')).toHaveAttribute('aria-pressed', 'false');
    expect(onViewChange).toHaveBeenLastCalledWith({ card: 'p-no-roi', personas: ['aisha', 'linda'] });
    const shown = filterJourney(saas, { personas: ['aisha', 'linda'] }).cards.length;
    expect(status).toHaveTextContent(`Showing ${shown} of ${saas.cards.length} cards: Aisha Bello, Linda Jansen`);
    await userEvent.click(toggle('Show all'));
    expect(onViewChange).toHaveBeenLastCalledWith({ card: 'p-no-roi' });
    expect(status).toHaveTextContent(`Showing all ${saas.cards.length} cards`);
  });

  it('controlled: shows the host’s view and asks for changes without making them', async () => {
    const onViewChange = vi.fn();
    render(<JourneyToolbar journey={kitchen} view={{ lanes: ['pains'], confidence: ['high'] }} onViewChange={onViewChange} />);
    expect(toggle('Pain points')).toHaveAttribute('aria-pressed', 'true');
    expect(toggle('Actions')).toHaveAttribute('aria-pressed', 'false');
    expect(toggle('Medium confidence')).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle('Medium confidence'));
    expect(onViewChange).toHaveBeenLastCalledWith({ lanes: ['pains'], confidence: ['high', 'medium'] });
    expect(toggle('Medium confidence')).toHaveAttribute('aria-pressed', 'false');
  });

  it('moves focus with the arrows, Home and End, and returns to the last button on Tab', async () => {
    render(
      <>
        <JourneyToolbar journey={kitchen} />
        <button type="button">after</button>
      </>,
    );
    await userEvent.tab();
    expect(toggle('Actions')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(toggle('Thoughts')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(toggle('Show all')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(toggle('Actions')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{Home}{ArrowDown} ');
    expect(toggle('Touchpoints')).toHaveAttribute('aria-pressed', 'false');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(toggle('Touchpoints')).toHaveFocus();
  });

  it('mirrors the arrows right to left', async () => {
    render(<JourneyToolbar journey={kitchen} dir="rtl" />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowLeft}');
    expect(toggle('Touchpoints')).toHaveFocus();
  });

  it('drives a map and the URL: the host filters the journey with the view, and reads it back from the link', async () => {
    const urls: string[] = [];
    function Host() {
      const [view, setView] = useState<JourneyView>(() => viewFromSearchParams('persona=aisha&lane=pains', saas));
      const shown = useMemo(() => filterJourney(saas, view), [view]);
      return (
        <JourneyConfigProvider theme="dark">
          <JourneyToolbar
            journey={saas}
            view={view}
            onViewChange={(next) => {
              setView(next);
              urls.push(viewToSearchParams(next, { params: 'tab=map' }).toString());
            }}
          />
          <JourneyMap journey={shown} />
        </JourneyConfigProvider>
      );
    }
    const { container } = render(<Host />);
    expect(container.querySelector('.jm-JourneyToolbar')).toHaveAttribute('data-theme', 'dark');
    const cards = () => [...container.querySelectorAll('.jm-TouchpointCard')].map((c) => c.getAttribute('data-card-id'));
    expect(cards()).toEqual(['p-pilot-split', 'p-trial-lock', 'p-training-load']);
    await userEvent.click(toggle('Linda Jansen'));
    expect(urls).toEqual(['tab=map&persona=aisha&persona=linda&lane=pains']);
    expect(cards()).toContain('p-no-roi');
  });

  it('shows a notice for a journey that is not valid, and renders on the server', () => {
    const onError = vi.fn();
    render(<JourneyToolbar journey={{ ...kitchen, stages: [] }} onError={onError} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to show');
    expect(onError).toHaveBeenCalled();
    expect(renderToString(<JourneyToolbar journey={kitchen} />)).toContain('role="toolbar"');
  });

  it('does not speak on mount, and stays silent with announce={false}', async () => {
    const { unmount } = render(<JourneyToolbar journey={kitchen} defaultView={{ lanes: ['pains'] }} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    unmount();
    render(<JourneyToolbar journey={kitchen} announce={false} />);
    await act(async () => userEvent.click(toggle('Actions')));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
