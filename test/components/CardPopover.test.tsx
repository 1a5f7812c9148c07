import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JourneyGrid, type Journey } from '../../src';
import { smallJourney } from '../fixtures';

/** The small journey with a description, more evidence and a link to more on the first card. */
function journey(): Journey {
  const j = smallJourney();
  j.evidence = [...j.evidence!, { id: 'e2', kind: 'analytics', label: 'Search logs', sampleSize: 1200 }];
  j.cards[0] = {
    ...j.cards[0]!,
    description: 'Forty kettles on the first page, sorted by advertising spend.',
    evidence: ['e1', 'e2'],
    url: 'https://example.com/research/search',
  };
  return j;
}

// Role queries are slow in jsdom; the cards stay in place while a test runs, so find each once.
let found = new Map<string, HTMLElement>();
beforeEach(() => {
  found = new Map();
});
function card(name: string): HTMLElement {
  let el = found.get(name);
  if (!el?.isConnected) {
    // A card's accessible name is all it says; it starts with "Kind: Title".
    el = within(screen.getByRole('grid')).getByRole('button', { name: (n: string) => n === name || n.startsWith(`${name} `) });
    found.set(name, el);
  }
  return el;
}
const searchResults = () => card('Touchpoint: Search results');
const checkoutPage = () => card('Touchpoint: Checkout page');
const tooMany = () => card('Pain point: Too many similar models');

/** Lets floating-ui's focus return (a microtask) and anything it schedules run. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

afterEach(() => {
  vi.useRealTimers();
});

describe('card details popover, by mouse', () => {
  it('hovering a card previews its details after a short pause, and leaving closes them', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.hover(searchResults());
    act(() => vi.advanceTimersByTime(300));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60));
    const dialog = screen.getByRole('dialog', { name: 'Search results' });
    expect(dialog).toHaveAttribute('data-reason', 'hover');
    expect(searchResults()).toHaveAttribute('aria-expanded', 'true');
    expect(searchResults()).toHaveAttribute('data-state', 'open');
    // A preview neither selects the card nor takes focus.
    expect(searchResults()).toHaveAttribute('aria-pressed', 'false');
    expect(document.body).toHaveFocus();

    await user.unhover(searchResults());
    act(() => vi.advanceTimersByTime(200));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(searchResults()).toHaveAttribute('aria-expanded', 'false');
  });

  it('passing the pointer quickly over cards opens nothing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.hover(searchResults());
    act(() => vi.advanceTimersByTime(100));
    await user.unhover(searchResults());
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('moving the pointer from the card onto the preview keeps it open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.hover(searchResults());
    act(() => vi.advanceTimersByTime(400));
    await user.hover(screen.getByRole('dialog'));
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('dialog', { name: 'Search results' })).toBeInTheDocument();
  });

  it('clicking a card opens a dialog named by its title, with its description, evidence, links and link to more', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.click(searchResults());
    const dialog = screen.getByRole('dialog', { name: 'Search results' });
    expect(dialog).toHaveAttribute('data-reason', 'click');
    expect(dialog).toHaveTextContent('Touchpoint');
    expect(within(dialog).getByText('Search', { selector: 'p' })).toBeInTheDocument();
    expect(within(dialog).getByText('Forty kettles on the first page, sorted by advertising spend.')).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Evidence' })).toBeInTheDocument();
    const evidence = within(dialog)
      .getAllByRole('list')
      .find((l) => l.classList.contains('jm-CardPopover-evidence'))!;
    expect(
      within(evidence)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Interviews 8 interviews', 'Analytics Search logs (n = 1200)']);
    // Checkout page links to Search results.
    expect(within(dialog).getByRole('heading', { name: 'Follows from' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '← Checkout page' })).toBeInTheDocument();
    expect(within(dialog).getByRole('term')).toHaveTextContent('Channel');
    expect(within(dialog).getByRole('definition')).toHaveTextContent('Search');
    const more = within(dialog).getByRole('link', { name: 'Open link' });
    expect(more).toHaveAttribute('href', 'https://example.com/research/search');
    expect(more).toHaveAttribute('target', '_blank');
    expect(more).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows the stages a spanning card covers, its rating and the moment of truth', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.click(tooMany());
    const spanning = screen.getByRole('dialog', { name: 'Too many similar models' });
    expect(
      within(spanning)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['Spans', 'Severity']);
    expect(
      within(spanning)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['Search → Checkout', 'Medium']);
    await user.click(checkoutPage());
    const moment = screen.getByRole('dialog', { name: 'Checkout page' });
    expect(moment).toHaveTextContent('Moment of truth');
    expect(within(moment).getByRole('heading', { name: 'Leads to' })).toBeInTheDocument();
  });

  it('never links to an unsafe URL', async () => {
    const user = userEvent.setup();
    const j = journey();
    render(<JourneyGrid journey={j} layout="grid" />);
    await user.click(checkoutPage());
    expect(within(screen.getByRole('dialog')).queryByRole('link')).not.toBeInTheDocument();
  });

  it('Escape closes it and clicking outside closes it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <JourneyGrid journey={journey()} layout="grid" />
        <p>Outside</p>
      </>,
    );
    await user.click(searchResults());
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await settle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(searchResults()).toHaveAttribute('aria-expanded', 'false');

    await user.click(searchResults());
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(screen.getByText('Outside'));
    await settle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('the Close button closes it', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.click(searchResults());
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    await settle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('following a link in the dialog selects, focuses and opens the linked card', async () => {
    const user = userEvent.setup();
    const onSelectedCardChange = vi.fn();
    render(<JourneyGrid journey={journey()} layout="grid" onSelectedCardChange={onSelectedCardChange} />);
    await user.click(checkoutPage());
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '→ Search results' }));
    await settle();
    expect(onSelectedCardChange).toHaveBeenLastCalledWith('c1', expect.objectContaining({ title: 'Search results' }));
    expect(screen.getByRole('dialog', { name: 'Search results' })).toBeInTheDocument();
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
    expect(searchResults()).toHaveAttribute('tabindex', '0');
  });
  it('clicking another card while a dialog is open moves the dialog there, without sending focus back', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.click(searchResults());
    expect(screen.getByRole('dialog', { name: 'Search results' })).toBeInTheDocument();
    await user.click(checkoutPage());
    await settle();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(screen.getByRole('dialog', { name: 'Checkout page' })).toHaveAttribute('data-reason', 'click');
    expect(checkoutPage()).toHaveFocus();
    expect(checkoutPage()).toHaveAttribute('aria-pressed', 'true');
    expect(searchResults()).toHaveAttribute('aria-expanded', 'false');
  });

  it('Escape closes a hover preview even when focus is outside the map', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <>
        <input aria-label="Search the portal" />
        <JourneyGrid journey={journey()} layout="grid" />
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Search the portal' }));
    await user.hover(searchResults());
    act(() => vi.advanceTimersByTime(400));
    expect(screen.getByRole('dialog', { name: 'Search results' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search the portal' })).toHaveFocus();
  });

  it('a press on a control outside an open dialog that holds focus closes it and leaves focus on that control', async () => {
    const user = userEvent.setup();
    render(
      <>
        <JourneyGrid journey={journey()} layout="grid" />
        <button type="button">Elsewhere</button>
      </>,
    );
    await user.click(searchResults());
    // The dialog comes right after the grid: Tab from the card moves into it.
    await user.tab();
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await settle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });
});

describe('card details popover, by keyboard', () => {
  it('focusing a card previews it; Enter opens the dialog with focus inside; Escape closes it and focus returns', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(searchResults()).toHaveFocus();
    expect(screen.getByRole('dialog', { name: 'Search results' })).toHaveAttribute('data-reason', 'focus');

    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Search results' });
    expect(dialog).toHaveAttribute('data-reason', 'keyboard');
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());

    await user.keyboard('{Escape}');
    await settle();
    expect(searchResults()).toHaveFocus();
    // Focus coming back must not reopen the card as a preview.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(searchResults()).toHaveAttribute('aria-expanded', 'false');
    // The selection stays.
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
  });

  it('after closing, moving away and back previews the card again', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus());
    await user.keyboard('{Escape}');
    await settle();
    await user.keyboard('{ArrowUp}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('dialog', { name: 'Search results' })).toHaveAttribute('data-reason', 'focus');
  });

  it('the Close button returns focus to the card without reopening it', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await settle();
    expect(searchResults()).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('Tab from a previewed card reaches the buttons of the preview; leaving the preview closes it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <JourneyGrid journey={journey()} layout="grid" />
        <button type="button">after</button>
      </>,
    );
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(checkoutPage()).toHaveFocus();
    await user.tab();
    const preview = screen.getByRole('dialog', { name: 'Checkout page' });
    expect(within(preview).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(within(preview).getByRole('button', { name: '→ Search results' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The map kept its tab stop on the card.
    await user.tab({ shift: true });
    expect(checkoutPage()).toHaveFocus();
  });

  it('Escape from inside a preview closes it for good and puts focus back on its card', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(screen.getByRole('dialog', { name: 'Checkout page' })).toHaveAttribute('data-reason', 'focus');
    await user.tab();
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await settle();
    expect(checkoutPage()).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(checkoutPage()).toHaveAttribute('aria-expanded', 'false');
  });

  it('moving focus to another card moves the preview with it', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('dialog', { name: 'Search results' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(screen.getByRole('dialog', { name: 'Checkout page' })).toBeInTheDocument();
    await user.keyboard('{ArrowUp}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
  it('a dialog opened with Enter closes when Tab moves focus out of it, and the map keeps its tab stop', async () => {
    const user = userEvent.setup();
    render(
      <>
        <JourneyGrid journey={journey()} layout="grid" />
        <button type="button">after</button>
      </>,
    );
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowDown}{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Checkout page' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());
    await user.tab();
    expect(within(dialog).getByRole('button', { name: '→ Search results' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await settle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.tab({ shift: true });
    expect(checkoutPage()).toHaveFocus();
  });
});
