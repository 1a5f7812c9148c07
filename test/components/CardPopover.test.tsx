import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JourneyGrid, type Journey } from '../../src';
import { HOVER_CLOSE_DELAY, HOVER_OPEN_DELAY } from '../../src/components/TouchpointCard/CardPopover';
import { smallJourney } from '../fixtures';
import { largeJourney } from '../fixtures-large';

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
/** Every floating details element in the document. */
const popovers = () => document.querySelectorAll('.jm-CardPopover');

/** Lets floating-ui's focus moves (a microtask, an animation frame) and anything they schedule run. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

/** A user whose pointer rests with fake timers, advanced by hand. */
function pointerUser() {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  return userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
}
const wait = (ms: number) =>
  act(async () => {
    vi.advanceTimersByTime(ms);
  });

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Hovers the "Search results" card until its preview opens. jsdom lays nothing out: the
 * card is placed at (100, 300)–(300, 360) and the preview 10 px off the side it opened on.
 */
async function hoverIntoPreview() {
  const user = pointerUser();
  render(<JourneyGrid journey={journey()} layout="grid" />);
  const box = (x: number, y: number, width: number, height: number) => DOMRect.fromRect({ x, y, width, height });
  vi.spyOn(searchResults(), 'getBoundingClientRect').mockReturnValue(box(100, 300, 200, 60));
  await user.pointer({ target: searchResults(), coords: { clientX: 200, clientY: 330 } });
  await wait(HOVER_OPEN_DELAY + 10);
  const preview = screen.getByRole('tooltip', { name: 'Search results' });
  const below = preview.dataset.placement!.startsWith('bottom');
  vi.spyOn(preview, 'getBoundingClientRect').mockReturnValue(below ? box(100, 370, 300, 200) : box(100, 90, 300, 200));
  return { user, preview, below };
}

describe('card details, by pointer', () => {
  it(`resting on a card previews its details after ${HOVER_OPEN_DELAY} ms; the preview takes no focus; leaving closes it`, async () => {
    const user = pointerUser();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.hover(searchResults());
    await wait(HOVER_OPEN_DELAY - 50);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await wait(60);
    const preview = screen.getByRole('tooltip', { name: 'Search results' });
    expect(preview).toHaveAttribute('data-reason', 'hover');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The card shows its details and is described by its place, then their short summary
    // (not the stage again); its dialog is not open.
    expect(searchResults()).toHaveAttribute('data-state', 'open');
    expect(searchResults()).toHaveAttribute('aria-expanded', 'false');
    expect(searchResults()).toHaveAccessibleDescription(
      'Search · Touchpoints Forty kettles on the first page, sorted by advertising spend.',
    );
    // A preview neither selects the card nor takes focus, and none of its controls is a tab stop.
    expect(searchResults()).toHaveAttribute('aria-pressed', 'false');
    expect(document.body).toHaveFocus();
    for (const control of [...within(preview).getAllByRole('button'), within(preview).getByRole('link')]) {
      expect(control).toHaveAttribute('tabindex', '-1');
    }

    await user.unhover(searchResults());
    await wait(HOVER_CLOSE_DELAY + 50);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(searchResults()).toHaveAttribute('data-state', 'closed');
    // Closed, it is described by its place alone.
    expect(searchResults()).toHaveAccessibleDescription('Search · Touchpoints');
  });

  it('passing the pointer quickly over cards opens nothing', async () => {
    const user = pointerUser();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.hover(searchResults());
    await wait(100);
    await user.hover(checkoutPage());
    await wait(100);
    await user.unhover(checkoutPage());
    await wait(1000);
    expect(popovers()).toHaveLength(0);
  });

  it('moving the pointer from the card into the preview, along the safe path, keeps it open', async () => {
    const { user, preview, below } = await hoverIntoPreview();
    // Out of the card, across the gap, into the preview.
    await user.pointer({ target: document.body, coords: { clientX: 200, clientY: below ? 365 : 295 } });
    await wait(HOVER_CLOSE_DELAY + 50);
    expect(screen.getByRole('tooltip', { name: 'Search results' })).toBeInTheDocument();
    await user.pointer({ target: preview, coords: { clientX: 210, clientY: below ? 400 : 250 } });
    await wait(1000);
    expect(screen.getByRole('tooltip', { name: 'Search results' })).toBeInTheDocument();
    // Leaving the preview for elsewhere closes it.
    await user.pointer({ target: document.body, coords: { clientX: 700, clientY: 700 } });
    await wait(HOVER_CLOSE_DELAY + 50);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('the pointer leaving the card away from the preview closes it', async () => {
    const { user, below } = await hoverIntoPreview();
    // Out through the side away from the preview.
    await user.pointer({ target: document.body, coords: { clientX: 200, clientY: below ? 295 : 365 } });
    await wait(HOVER_CLOSE_DELAY + 50);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('clicking a card selects it and opens a dialog named by its title, with focus inside, its description, evidence, links and link to more', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.click(searchResults());
    const dialog = screen.getByRole('dialog', { name: 'Search results' });
    expect(dialog).toHaveAttribute('data-reason', 'click');
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
    expect(searchResults()).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());
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
    ).toEqual(['Interviews 8 interviews (Solicited · What people say)', 'Analytics Search logs (Unsolicited · What people do · n = 1200)']);
    // Checkout page links to Search results.
    expect(within(dialog).getByRole('heading', { name: 'Follows from' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '← Checkout page' })).not.toHaveAttribute('tabindex');
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
    const moment = await screen.findByRole('dialog', { name: 'Checkout page' });
    expect(moment).toHaveTextContent('Moment of truth');
    expect(within(moment).getByRole('heading', { name: 'Leads to' })).toBeInTheDocument();
  });

  it('draws the map’s own channel icon in the title', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" channelIcons={{ search: <svg data-testid="magnifier" /> }} />);
    await user.click(searchResults());
    const title = within(screen.getByRole('dialog')).getByRole('heading', { name: 'Search results' });
    expect(within(title).getByTestId('magnifier')).toBeInTheDocument();
  });

  it('never links to an unsafe URL', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.click(checkoutPage());
    expect(within(screen.getByRole('dialog')).queryByRole('link')).not.toBeInTheDocument();
  });

  it('Escape closes the dialog and focus returns to the card; a press outside closes it too', async () => {
    const user = userEvent.setup();
    render(
      <>
        <JourneyGrid journey={journey()} layout="grid" />
        <p>Outside</p>
      </>,
    );
    await user.click(searchResults());
    await waitFor(() => expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' })).toHaveFocus());
    await user.keyboard('{Escape}');
    await settle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(searchResults()).toHaveFocus();
    // Focus coming back does not preview the card again.
    expect(popovers()).toHaveLength(0);
    expect(searchResults()).toHaveAttribute('aria-expanded', 'false');

    await user.click(searchResults());
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(screen.getByText('Outside'));
    await settle();
    expect(popovers()).toHaveLength(0);
  });

  it('the Close button closes it and focus returns to the card without previewing it again', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.click(searchResults());
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    await settle();
    expect(popovers()).toHaveLength(0);
    expect(searchResults()).toHaveFocus();
  });

  it('following a link in the dialog moves it to the linked card, which becomes selected and the map’s tab stop', async () => {
    const user = userEvent.setup();
    const onSelectedCardChange = vi.fn();
    render(<JourneyGrid journey={journey()} layout="grid" onSelectedCardChange={onSelectedCardChange} />);
    await user.click(checkoutPage());
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '→ Search results' }));
    await settle();
    expect(onSelectedCardChange).toHaveBeenLastCalledWith('c1', expect.objectContaining({ title: 'Search results' }));
    const dialog = screen.getByRole('dialog', { name: 'Search results' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
    expect(searchResults()).toHaveAttribute('tabindex', '0');
    // Escape gives focus to the card the dialog now belongs to.
    await user.keyboard('{Escape}');
    await settle();
    expect(searchResults()).toHaveFocus();
  });

  it('clicking another card while a dialog is open moves the dialog there, focus with it', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.click(searchResults());
    expect(screen.getByRole('dialog', { name: 'Search results' })).toBeInTheDocument();
    await user.click(checkoutPage());
    await settle();
    expect(popovers()).toHaveLength(1);
    const dialog = screen.getByRole('dialog', { name: 'Checkout page' });
    expect(dialog).toHaveAttribute('data-reason', 'click');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());
    expect(checkoutPage()).toHaveAttribute('aria-pressed', 'true');
    expect(checkoutPage()).toHaveAttribute('aria-expanded', 'true');
    expect(searchResults()).toHaveAttribute('aria-expanded', 'false');
  });

  it('Escape closes a hover preview even when focus is outside the map', async () => {
    const user = pointerUser();
    render(
      <>
        <input aria-label="Search the portal" />
        <JourneyGrid journey={journey()} layout="grid" />
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Search the portal' }));
    await user.hover(searchResults());
    await wait(HOVER_OPEN_DELAY + 10);
    expect(screen.getByRole('tooltip', { name: 'Search results' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(popovers()).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: 'Search the portal' })).toHaveFocus();
  });

  it('a press on a control outside the dialog closes it and leaves focus on that control', async () => {
    const user = userEvent.setup();
    render(
      <>
        <JourneyGrid journey={journey()} layout="grid" />
        <button type="button">Elsewhere</button>
      </>,
    );
    await user.click(searchResults());
    await waitFor(() => expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await settle();
    expect(popovers()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('a map of hundreds of cards holds one floating element, whichever card is hovered or opened', async () => {
    const user = pointerUser();
    const big = largeJourney({ stages: 10, lanes: 4, cards: 400, personas: 1 });
    const { container } = render(<JourneyGrid journey={big} layout="grid" />);
    const cards = container.querySelectorAll<HTMLElement>('[data-card-id]');
    expect(cards).toHaveLength(400);
    expect(popovers()).toHaveLength(0);
    const title = (el: HTMLElement) => big.cards.find((c) => c.id === el.dataset.cardId)!.title;
    for (const el of [cards[0]!, cards[200]!, cards[399]!]) {
      await user.hover(el);
      await wait(HOVER_OPEN_DELAY + 10);
      expect(popovers()).toHaveLength(1);
      expect(popovers()[0]).toHaveAttribute('role', 'tooltip');
      expect(popovers()[0]).toHaveAccessibleName(title(el));
      await user.click(el);
      expect(popovers()).toHaveLength(1);
      expect(popovers()[0]).toHaveAttribute('role', 'dialog');
      expect(popovers()[0]).toHaveAccessibleName(title(el));
      // Resting on another card leaves the dialog where it is.
      await user.hover(cards[1]!);
      await wait(HOVER_OPEN_DELAY + 10);
      expect(popovers()[0]).toHaveAccessibleName(title(el));
      await user.keyboard('{Escape}');
      await wait(10);
      expect(popovers()).toHaveLength(0);
    }
  });
});

describe('card details, by keyboard', () => {
  it('focusing a card previews it and focus stays on the card; Enter opens the dialog with focus inside; Escape closes it and focus returns', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(searchResults()).toHaveFocus();
    expect(screen.getByRole('tooltip', { name: 'Search results' })).toHaveAttribute('data-reason', 'focus');
    expect(searchResults()).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Search results' });
    expect(dialog).toHaveAttribute('data-reason', 'keyboard');
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
    expect(searchResults()).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());

    await user.keyboard('{Escape}');
    await settle();
    expect(searchResults()).toHaveFocus();
    // Focus coming back must not reopen the card as a preview.
    expect(popovers()).toHaveLength(0);
    expect(searchResults()).toHaveAttribute('aria-expanded', 'false');
    // The selection stays.
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
  });

  it('Space selects the card and opens its dialog, as Enter and a click do', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowDown} ');
    const dialog = screen.getByRole('dialog', { name: 'Checkout page' });
    expect(dialog).toHaveAttribute('data-reason', 'keyboard');
    expect(checkoutPage()).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());
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
    expect(popovers()).toHaveLength(0);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tooltip', { name: 'Search results' })).toHaveAttribute('data-reason', 'focus');
  });

  it('the Close button returns focus to the card without previewing it again', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await settle();
    expect(searchResults()).toHaveFocus();
    expect(popovers()).toHaveLength(0);
  });

  it('Tab from a previewed card skips the preview: focus leaves the map, the preview closes, the map keeps its tab stop', async () => {
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
    expect(screen.getByRole('tooltip', { name: 'Checkout page' })).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await settle();
    expect(popovers()).toHaveLength(0);
    await user.tab({ shift: true });
    expect(checkoutPage()).toHaveFocus();
  });

  it('Escape closes a preview and it stays closed until focus moves', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(screen.getByRole('tooltip', { name: 'Checkout page' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await settle();
    expect(checkoutPage()).toHaveFocus();
    expect(popovers()).toHaveLength(0);
  });

  it('moving focus to another card moves the preview with it', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tooltip', { name: 'Search results' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    await settle();
    expect(popovers()).toHaveLength(1);
    expect(screen.getByRole('tooltip', { name: 'Checkout page' })).toBeInTheDocument();
    await user.keyboard('{ArrowUp}');
    await settle();
    expect(popovers()).toHaveLength(0);
  });

  it('Shift+Tab from the dialog goes back to its card and the dialog stays open', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={journey()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Search results' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());
    await user.tab({ shift: true });
    await settle();
    expect(searchResults()).toHaveFocus();
    expect(screen.getByRole('dialog', { name: 'Search results' })).toBe(dialog);
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
    expect(popovers()).toHaveLength(0);
    await user.tab({ shift: true });
    expect(checkoutPage()).toHaveFocus();
  });
});
