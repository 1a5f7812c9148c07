import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JourneyGrid, applyJourneyChanges, defaultLabels, type Card, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { smallJourney, cardName as cardText } from '../fixtures';

/*
 * The small journey, as a user sees it:
 *
 *                  Search                 Checkout
 *   Touchpoints    [Search results]       [Checkout page ★] → links to Search results
 *   Emotions       (curve)
 *   Pain points    [Too many similar models (spans both)  ]
 */

const cardName = (card: Pick<Card, 'kind' | 'title'>) => `${defaultLabels.cardKinds[card.kind]}: ${card.title}`;

// Role queries are slow in jsdom (every match gets a computed-style check), and the
// elements a test finds stay in place while it runs: look each one up once.
let found = new Map<string, HTMLElement>();
beforeEach(() => {
  found = new Map();
});
function once(key: string, find: () => HTMLElement): HTMLElement {
  let el = found.get(key);
  if (!el?.isConnected) {
    el = find();
    found.set(key, el);
  }
  return el;
}

// A card's accessible name is all it says (kind, title, channel, badges); it starts with "Kind: Title".
const card = (name: string) =>
  once(name, () => {
    const found = within(screen.getByRole('grid'))
      .getAllByRole('button')
      .find((b) => cardText(b) === name);
    if (!found) throw new Error(`no card "${name}"`);
    return found;
  });
const searchResults = () => card('Touchpoint: Search results');
const checkoutPage = () => card('Touchpoint: Checkout page');
const tooMany = () => card('Pain point: Too many similar models');

/** The emotion curve's cell at a stage column (1 = first stage), named by the stage's scores. */
const curveCell = (stage: number) => () =>
  within(screen.getByRole('grid')).getAllByRole('gridcell', { name: / — Sam Rivera$/ })[stage - 1]!;

/** The grid cell of a lane (by its row header) at a stage column (1 = first stage). */
function cellAt(lane: string, stage: number): HTMLElement {
  return once(`${lane}@${stage}`, () => {
    const header = within(screen.getByRole('grid')).getByRole('rowheader', { name: new RegExp(`^${lane}`) });
    const row = header.closest<HTMLElement>('[role="row"]')!;
    const cell = within(row)
      .getAllByRole('gridcell')
      .find((c) => c.getAttribute('aria-colindex') === String(stage + 1));
    if (!cell) throw new Error(`no cell at stage ${stage} of ${lane}`);
    return cell;
  });
}

/** Every element of the grid that Tab can reach. */
const tabStops = () => Array.from(screen.getByRole('grid').querySelectorAll('[tabindex="0"]'));

/** The cards of the grid, by title. */
const visibleTitles = () =>
  within(screen.getByRole('grid'))
    .queryAllByRole('button')
    .filter((b) => b.hasAttribute('data-card-id'))
    .map((b) => cardText(b).replace(/^[^:]+: /, ''));

/** A row header as read: its name when it has one of its own (the curve's), else its text. */
const headerText = (h: HTMLElement) => h.getAttribute('aria-label') ?? h.textContent;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('JourneyGrid structure', () => {
  it('is a grid named by the journey with a phase row, stage headers, lane headers and cards in their cells', () => {
    render(<JourneyGrid journey={smallJourney()} layout="grid" />);
    const grid = screen.getByRole('grid', { name: 'Buying a kettle' });
    expect(grid).toHaveAttribute('aria-colcount', '3');
    // Headers are named by their phase, stage or lane and its place, not by all they hold.
    expect(within(grid).getByRole('columnheader', { name: 'Buy, phase 1 of 1' })).toHaveAttribute('aria-colspan', '2');
    const stages = within(grid)
      .getAllByRole('columnheader')
      .filter((h) => h.hasAttribute('data-stage-id'));
    expect(stages.map((h) => within(h).getByRole('heading').textContent)).toEqual(['Search', 'Checkout']);
    expect(stages[0]).toHaveAccessibleName('Search, stage 1 of 2');
    expect(stages[1]).toHaveAccessibleName('Checkout, stage 2 of 2');
    const laneHeaders = within(grid).getAllByRole('rowheader');
    expect(laneHeaders.map(headerText)).toEqual(['Touchpoints', 'Emotions', 'Pain points']);
    // Every card says where it sits; a spanning card, its span.
    expect(searchResults()).toHaveAccessibleDescription('Search · Touchpoints');
    expect(tooMany()).toHaveAccessibleDescription('Search → Checkout · Pain points');
    expect(cellAt('Touchpoints', 1)).toContainElement(searchResults());
    expect(cellAt('Touchpoints', 2)).toContainElement(checkoutPage());
    // The spanning pain point sits in one cell across both stages.
    expect(cellAt('Pain points', 1)).toContainElement(tooMany());
    expect(cellAt('Pain points', 1)).toHaveAttribute('aria-colspan', '2');
    expect(tooMany()).toHaveAttribute('data-span', '2');
  });

  it('uses the aria-label given instead of the title', () => {
    render(<JourneyGrid journey={smallJourney()} layout="grid" aria-label="Kettle map" />);
    expect(screen.getByRole('grid', { name: 'Kettle map' })).toBeInTheDocument();
  });

  it('hides the phase row when asked', () => {
    render(<JourneyGrid journey={smallJourney()} layout="grid" showPhases={false} />);
    expect(within(screen.getByRole('grid')).queryByRole('columnheader', { name: /^Buy/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('grid')).getByRole('columnheader', { name: 'Search, stage 1 of 2' })).toBeInTheDocument();
  });

  it('marks empty cells for screen readers', () => {
    const j = smallJourney();
    j.cards = j.cards.filter((c) => c.id !== 'c2');
    render(<JourneyGrid journey={j} layout="grid" />);
    expect(cellAt('Touchpoints', 2)).toHaveAttribute('data-empty', '');
    expect(cellAt('Touchpoints', 2)).toHaveTextContent('Empty');
  });

  it('replaces card faces with renderCard and lane content with renderLane', () => {
    render(
      <JourneyGrid
        journey={smallJourney()}
        layout="grid"
        renderCard={(c) => <em>{c.title.toUpperCase()}</em>}
        renderLane={(lane, { cells, stageCount }) =>
          lane.id === 'pain' ? <p>{`${cells.length} cell over ${stageCount} stages`}</p> : undefined
        }
      />,
    );
    expect(searchResults()).toHaveTextContent('SEARCH RESULTS');
    expect(screen.getByText('1 cell over 2 stages')).toBeInTheDocument();
    expect(within(screen.getByRole('grid')).queryByRole('button', { name: /Too many/ })).not.toBeInTheDocument();
  });
});

describe('JourneyGrid keyboard navigation', () => {
  it('is one tab stop: Tab enters at the first cell and leaves the grid on the next Tab', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">before</button>
        <JourneyGrid journey={smallJourney()} layout="grid" />
        <button type="button">after</button>
      </>,
    );
    expect(tabStops()).toEqual([cellAt('Touchpoints', 1)]);
    await user.tab();
    await user.tab();
    expect(cellAt('Touchpoints', 1)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
  });

  it('arrow keys move between cells and cards; the focused one is the only tab stop', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={smallJourney()} layout="grid" />);
    await user.tab();
    const steps: Array<[string, () => HTMLElement]> = [
      ['{ArrowDown}', searchResults],
      // The emotion curve has a cell per stage, between the two lanes: the column is kept.
      ['{ArrowDown}', curveCell(1)],
      ['{ArrowDown}', () => cellAt('Pain points', 1)],
      ['{ArrowDown}', tooMany],
      ['{ArrowUp}', () => cellAt('Pain points', 1)],
      ['{ArrowUp}', curveCell(1)],
      ['{ArrowUp}', () => cellAt('Touchpoints', 1)],
      ['{ArrowRight}', () => cellAt('Touchpoints', 2)],
      ['{ArrowDown}', checkoutPage],
      ['{ArrowLeft}', searchResults],
      ['{ArrowRight}', checkoutPage],
      ['{ArrowDown}', curveCell(2)],
      ['{ArrowLeft}', curveCell(1)],
      // The curve's row header holds its "View as table" button, the row's first cell.
      ['{ArrowLeft}', () => screen.getByRole('button', { name: 'View as table' })],
      ['{End}', curveCell(2)],
      ['{ArrowUp}', () => cellAt('Touchpoints', 2)],
      ['{ArrowDown}', checkoutPage],
      ['{Home}', () => cellAt('Touchpoints', 1)],
      ['{End}', () => cellAt('Touchpoints', 2)],
      ['{Home}', () => cellAt('Touchpoints', 1)],
      ['{Control>}{End}{/Control}', () => cellAt('Pain points', 1)],
      ['{Control>}{Home}{/Control}', () => cellAt('Touchpoints', 1)],
      ['{ArrowLeft}', () => cellAt('Touchpoints', 1)],
    ];
    for (const [keys, expected] of steps) {
      await user.keyboard(keys);
      expect(document.activeElement, keys).toBe(expected());
      expect(tabStops(), keys).toEqual([expected()]);
    }
  });

  it('remembers where focus was as the tab stop when focus leaves and comes back', async () => {
    const user = userEvent.setup();
    render(
      <>
        <JourneyGrid journey={smallJourney()} layout="grid" />
        <button type="button">after</button>
      </>,
    );
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(cellAt('Pain points', 1)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(cellAt('Pain points', 1)).toHaveFocus();
  });

  it('when filtering removes the focused card → the first cell becomes the tab stop again', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<JourneyGrid journey={smallJourney()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(searchResults()).toHaveFocus();
    rerender(<JourneyGrid journey={smallJourney()} layout="grid" lanes={['pain']} />);
    expect(tabStops()).toEqual([cellAt('Pain points', 1)]);
  });

  it('right to left: the root says dir="rtl" and ArrowLeft moves to the next stage', async () => {
    const user = userEvent.setup();
    const { container } = render(<JourneyGrid journey={{ ...smallJourney(), dir: 'rtl' }} layout="grid" />);
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(cellAt('Touchpoints', 2)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(cellAt('Touchpoints', 1)).toHaveFocus();
  });

  it('the dir prop overrides the journey', () => {
    const { container } = render(<JourneyGrid journey={{ ...smallJourney(), dir: 'rtl' }} dir="ltr" layout="grid" />);
    expect(container.firstElementChild).toHaveAttribute('dir', 'ltr');
  });

  it("runs the host's onKeyDown once per key, before its own, and lets the host prevent navigation", async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn((event: React.KeyboardEvent) => {
      if (event.key === 'ArrowRight') event.preventDefault();
    });
    render(<JourneyGrid journey={smallJourney()} layout="grid" onKeyDown={onKeyDown} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    expect(searchResults()).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowRight}');
    expect(onKeyDown).toHaveBeenCalledTimes(3);
    expect(cellAt('Touchpoints', 1)).toHaveFocus();
  });

  it('Space selects the focused card and opens its details, as a click does; closing them keeps the selection', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={smallJourney()} layout="grid" />);
    await user.tab();
    await user.keyboard('{ArrowDown} ');
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('dialog', { name: 'Search results' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('JourneyGrid selection', () => {
  it('uncontrolled: clicking a card selects it and reports (id, card)', async () => {
    const user = userEvent.setup();
    const onSelectedCardChange = vi.fn();
    const j = smallJourney();
    render(<JourneyGrid journey={j} layout="grid" onSelectedCardChange={onSelectedCardChange} />);
    expect(searchResults()).toHaveAttribute('aria-pressed', 'false');
    await user.click(searchResults());
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
    expect(searchResults()).toHaveAttribute('data-selected', '');
    expect(onSelectedCardChange).toHaveBeenCalledWith('c1', j.cards[0]);
    await user.click(checkoutPage());
    expect(searchResults()).not.toHaveAttribute('data-selected');
    expect(checkoutPage()).toHaveAttribute('aria-pressed', 'true');
    expect(onSelectedCardChange).toHaveBeenLastCalledWith('c2', j.cards[1]);
  });

  it('clicking the empty part of a cell clears the selection', async () => {
    const user = userEvent.setup();
    const onSelectedCardChange = vi.fn();
    render(<JourneyGrid journey={smallJourney()} layout="grid" defaultSelectedCardId="c1" onSelectedCardChange={onSelectedCardChange} />);
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
    await user.click(cellAt('Touchpoints', 2));
    expect(searchResults()).toHaveAttribute('aria-pressed', 'false');
    expect(onSelectedCardChange).toHaveBeenCalledWith(null, null);
  });

  it('controlled: shows the selectedCardId given and only asks the host to change it', async () => {
    const user = userEvent.setup();
    const onSelectedCardChange = vi.fn();
    const j = smallJourney();
    const { rerender } = render(<JourneyGrid journey={j} layout="grid" selectedCardId="c1" onSelectedCardChange={onSelectedCardChange} />);
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
    await user.click(checkoutPage());
    expect(onSelectedCardChange).toHaveBeenCalledWith('c2', j.cards[1]);
    expect(checkoutPage()).toHaveAttribute('aria-pressed', 'false');
    expect(searchResults()).toHaveAttribute('aria-pressed', 'true');
    rerender(<JourneyGrid journey={j} layout="grid" selectedCardId="c2" onSelectedCardChange={onSelectedCardChange} />);
    expect(checkoutPage()).toHaveAttribute('aria-pressed', 'true');
    expect(searchResults()).toHaveAttribute('aria-pressed', 'false');
    rerender(<JourneyGrid journey={j} layout="grid" selectedCardId={null} onSelectedCardChange={onSelectedCardChange} />);
    expect(visibleTitles()).toHaveLength(3);
    expect(within(screen.getByRole('grid')).queryAllByRole('button', { pressed: true })).toEqual([]);
  });

  it('controlled by a host that keeps the id in its state', async () => {
    const user = userEvent.setup();
    function Host() {
      const [selected, setSelected] = useState<string | null>(null);
      return (
        <>
          <output aria-label="selected">{selected ?? 'none'}</output>
          <JourneyGrid journey={smallJourney()} layout="grid" selectedCardId={selected} onSelectedCardChange={(id) => setSelected(id)} />
        </>
      );
    }
    render(<Host />);
    await user.click(tooMany());
    expect(screen.getByRole('status', { name: 'selected' })).toHaveTextContent('c3');
    expect(tooMany()).toHaveAttribute('aria-pressed', 'true');
  });

  it('marks the cards a selected card links to, and the cards linking to it, as linked', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={smallJourney()} layout="grid" />);
    await user.click(checkoutPage());
    expect(searchResults()).toHaveAttribute('data-linked', '');
    expect(tooMany()).not.toHaveAttribute('data-linked');
    await user.click(searchResults());
    expect(checkoutPage()).toHaveAttribute('data-linked', '');
    expect(searchResults()).not.toHaveAttribute('data-linked');
  });

  it('given the car-purchase blueprint → when the backstage inspection is selected → the cards before and after it are linked', async () => {
    const user = userEvent.setup();
    const journey = examples['car-purchase-blueprint']!;
    const byId = new Map(journey.cards.map((c) => [c.id, c]));
    const onSelectedCardChange = vi.fn();
    render(<JourneyGrid journey={journey} layout="grid" onSelectedCardChange={onSelectedCardChange} />);
    const inspection = byId.get('bs-ho')!;
    await user.click(card(cardName(inspection)));
    expect(onSelectedCardChange).toHaveBeenCalledWith('bs-ho', inspection);
    // It leads to sp-ho; bs-de and fs-ho lead to it.
    const linked = Array.from(screen.getByRole('grid').querySelectorAll('[data-linked]'), (el) => cardText(el));
    expect(linked.sort()).toEqual(['sp-ho', 'bs-de', 'fs-ho'].map((id) => cardName(byId.get(id)!)).sort());
  });
});

describe('JourneyGrid filters', () => {
  function twoPersonas(): Journey {
    const j = smallJourney();
    return {
      ...j,
      personas: [...j.personas, { id: 'ana', name: 'Ana Silva' }],
      lanes: [...j.lanes, { id: 'ana-thoughts', kind: 'thoughts', label: 'Ana thinks', persona: 'ana' }],
      cards: [
        { ...j.cards[0]!, persona: 'sam' },
        ...j.cards.slice(1),
        { id: 'c4', stage: 'search', lane: 'touch', kind: 'touchpoint', title: 'Asks a friend', channel: 'word-of-mouth', persona: 'ana' },
        { id: 'c5', stage: 'checkout', lane: 'ana-thoughts', kind: 'thought', title: 'Is delivery free?', persona: 'ana' },
      ],
      emotions: [...j.emotions, { stage: 'search', persona: 'ana', score: 2 }],
    };
  }
  const laneHeaders = () => within(screen.getByRole('grid')).getAllByRole('rowheader').map(headerText);

  it('lanes by id show only those lanes and their cards', () => {
    render(<JourneyGrid journey={smallJourney()} layout="grid" lanes={['pain']} />);
    expect(laneHeaders()).toEqual(['Pain points']);
    expect(visibleTitles()).toEqual(['Too many similar models']);
  });

  it('lanes by kind', () => {
    render(<JourneyGrid journey={smallJourney()} layout="grid" lanes={['touchpoints', 'emotion']} />);
    expect(laneHeaders()).toEqual(['Touchpoints', 'Emotions']);
    expect(visibleTitles()).toEqual(['Search results', 'Checkout page']);
  });

  it("personas hide other personas' cards and lanes, keeping cards that name nobody", () => {
    const { rerender } = render(<JourneyGrid journey={twoPersonas()} layout="grid" personas={['sam']} />);
    expect(laneHeaders()).toEqual(['Touchpoints', 'Emotions', 'Pain points']);
    expect(visibleTitles()).toEqual(['Search results', 'Checkout page', 'Too many similar models']);
    rerender(<JourneyGrid journey={twoPersonas()} layout="grid" personas={['ana']} />);
    expect(laneHeaders()).toEqual(['Touchpoints', 'Emotions', 'Pain points', 'Ana thinksAna Silva']);
    expect(visibleTitles()).toEqual(['Asks a friend', 'Checkout page', 'Too many similar models', 'Is delivery free?']);
  });

  it('changing a filter re-renders only the cards that appear or move, not those that stay in place', () => {
    const rendered: string[] = [];
    // A stable face renderer: it runs once per card render.
    const face = (c: Card) => {
      rendered.push(c.id);
      return <span>{c.title}</span>;
    };
    const journey = twoPersonas();
    const { rerender } = render(<JourneyGrid journey={journey} layout="grid" personas={['sam']} renderCard={face} />);
    expect(rendered.sort()).toEqual(['c1', 'c2', 'c3']);
    rendered.length = 0;
    rerender(<JourneyGrid journey={journey} layout="grid" personas={['ana']} renderCard={face} />);
    // Sam's search result goes, Ana's two cards come; Checkout page and the pain point stay put.
    expect(visibleTitles()).toEqual(['Asks a friend', 'Checkout page', 'Too many similar models', 'Is delivery free?']);
    const appeared = journey.cards.filter((c) => c.persona === 'ana').map((c) => c.id);
    expect(rendered.sort()).toEqual(appeared.sort());
    rendered.length = 0;
    // The same filter again, in a new array: nothing re-renders.
    rerender(<JourneyGrid journey={journey} layout="grid" personas={['ana']} renderCard={face} />);
    expect(rendered).toEqual([]);
  });

  describe('an edited journey (a new object from applyJourneyChanges) redraws only what the change touched', () => {
    const setup = () => {
      const rendered: string[] = [];
      const face = (c: Card) => {
        rendered.push(c.id);
        return <span>{c.title}</span>;
      };
      const journey = examples['ecommerce-kitchen']!;
      const utils = render(<JourneyGrid journey={journey} layout="grid" renderCard={face} />);
      rendered.length = 0;
      const show = (next: Journey) => {
        rendered.length = 0;
        utils.rerender(<JourneyGrid journey={next} layout="grid" renderCard={face} />);
        return [...new Set(rendered)];
      };
      return { journey, show };
    };
    const inCell = (j: Journey, lane: string, stage: string) =>
      j.cards.filter((c) => c.lane === lane && c.stage === stage).map((c) => c.id);

    it('a renamed card: that card alone', () => {
      const { journey, show } = setup();
      const card = journey.cards[4]!;
      const next = applyJourneyChanges(journey, [{ type: 'card/update', id: card.id, set: { title: 'Renamed here' } }]);
      expect(show(next)).toEqual([card.id]);
      expect(screen.getByText('Renamed here')).toBeTruthy();
    });

    it('a moved card: only cards of the cells it left and entered', () => {
      const { journey, show } = setup();
      for (const card of journey.cards.slice(0, 6)) {
        const lane = journey.lanes.find((l) => l.kind !== 'emotion' && l.id !== card.lane)!;
        const next = applyJourneyChanges(journey, [{ type: 'card/move', id: card.id, lane: lane.id }]);
        const touched = new Set([...inCell(journey, card.lane, card.stage), ...inCell(next, lane.id, card.stage)]);
        const redrawn = show(next);
        expect(redrawn).toContain(card.id);
        expect(redrawn.filter((id) => !touched.has(id))).toEqual([]);
        show(journey);
      }
    });

    it('a renamed stage: the cards of that stage say their new place', () => {
      const { journey, show } = setup();
      const stage = journey.stages[1]!;
      const next = applyJourneyChanges(journey, [{ type: 'stage/update', id: stage.id, set: { name: 'Comparing kitchens' } }]);
      show(next);
      const card = journey.cards.find((c) => c.stage === stage.id)!;
      const el = document.querySelector(`[data-card-id="${card.id}"]`)!;
      const described = (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
      expect(described.join(' ')).toContain('Comparing kitchens');
    });

    it('a link added: the card newly linked to the selected one is marked linked', async () => {
      const { journey, show } = setup();
      const [a, b] = [journey.cards[0]!, journey.cards[7]!];
      await userEvent.click(document.querySelector<HTMLElement>(`[data-card-id="${a.id}"]`)!);
      expect(document.querySelector(`[data-card-id="${b.id}"]`)!.hasAttribute('data-linked')).toBe(false);
      show(applyJourneyChanges(journey, [{ type: 'card/update', id: a.id, set: { links: [...(a.links ?? []), b.id] } }]));
      expect(document.querySelector(`[data-card-id="${b.id}"]`)!.hasAttribute('data-linked')).toBe(true);
    });
  });

  it('channels hide touchpoints on other channels, and leave other kinds of card alone', () => {
    render(<JourneyGrid journey={twoPersonas()} layout="grid" channels={['web', 'word-of-mouth']} />);
    expect(visibleTitles()).toEqual(['Asks a friend', 'Checkout page', 'Too many similar models', 'Is delivery free?']);
  });
});

describe('JourneyGrid stacked layout', () => {
  it('shows each stage as a group named by the stage (not a landmark), holding its cards by lane', () => {
    render(<JourneyGrid journey={smallJourney()} layout="stacked" />);
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('region')).toEqual([]);
    const search = screen.getByRole('group', { name: 'Search, stage 1 of 2' });
    const checkout = screen.getByRole('group', { name: 'Checkout, stage 2 of 2' });
    expect(within(search).getByRole('heading', { name: 'Search' })).toBeInTheDocument();
    expect(
      within(search)
        .getAllByRole('button')
        .map((b) => cardText(b)),
    ).toEqual(['Touchpoint: Search results', 'Pain point: Too many similar models']);
    expect(
      within(checkout)
        .getAllByRole('button')
        .map((b) => cardText(b)),
    ).toEqual(['Touchpoint: Checkout page']);
    // The emotion lane becomes a score per stage, named like the curve's cell for the stage.
    expect(within(search).getByRole('img', { name: 'Search: +1, Curious — Sam Rivera' })).toHaveTextContent('+1 · Curious');
    expect(within(checkout).getByText('\u22122 · Annoyed')).toBeInTheDocument();
  });

  it('is one tab stop, which the arrow keys move through the cards and scores in reading order', async () => {
    const user = userEvent.setup();
    render(
      <>
        <JourneyGrid journey={smallJourney()} layout="stacked" />
        <button type="button">after</button>
      </>,
    );
    const stops = () => Array.from(document.querySelectorAll('.jm-Stacked [tabindex="0"]'));
    expect(stops()).toHaveLength(1);
    await user.tab();
    const reached = [cardText(document.activeElement)];
    for (const key of ['{ArrowDown}', '{ArrowDown}', '{ArrowDown}', '{ArrowDown}', '{PageUp}', '{ArrowRight}']) {
      await user.keyboard(key);
      reached.push(document.activeElement!.getAttribute('aria-label') ?? cardText(document.activeElement));
      expect(stops(), key).toEqual([document.activeElement]);
    }
    expect(reached).toEqual([
      'Touchpoint: Search results',
      'Search: +1, Curious — Sam Rivera',
      'Pain point: Too many similar models',
      'Touchpoint: Checkout page',
      'Checkout: \u22122, Annoyed — Sam Rivera',
      'Touchpoint: Search results',
      'Touchpoint: Checkout page',
    ]);
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
  });

  it('layout="auto" stacks when the container is narrower than stackBelow, and goes back to the grid when it widens', () => {
    let width = 500;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('jm-JourneyGrid') ? new DOMRect(0, 0, width, 400) : new DOMRect(0, 0, 0, 0);
    });
    const observers: Array<() => void> = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          observers.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    const { container } = render(<JourneyGrid journey={smallJourney()} />);
    expect(container.firstElementChild).toHaveAttribute('data-layout', 'stacked');
    expect(screen.getByRole('group', { name: 'Search, stage 1 of 2' })).toBeInTheDocument();
    width = 900;
    act(() => observers.forEach((notify) => notify()));
    expect(container.firstElementChild).toHaveAttribute('data-layout', 'grid');
    expect(screen.getByRole('grid')).toBeInTheDocument();
  });
});

describe('JourneyGrid with bad data', () => {
  it('shows a notice instead of the grid and reports every problem', () => {
    const onError = vi.fn();
    const j = smallJourney();
    j.cards[0]!.lane = 'nowhere';
    render(<JourneyGrid journey={j} onError={onError} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to show: the journey data is not valid.');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toEqual([expect.objectContaining({ path: 'cards[0].lane' })]);
  });

  it('a part with an unknown stage shows a notice, not a crash', () => {
    render(<JourneyGrid journey={smallJourney()} layout="grid" lanes={[]} />);
    expect(screen.getByRole('grid')).toBeInTheDocument();
    expect(within(screen.getByRole('grid')).queryAllByRole('rowheader')).toEqual([]);
  });
});

describe('JourneyGrid theme', () => {
  it('on its own, it carries the theme: data-theme, data-density and inline variables', () => {
    const { container } = render(
      <JourneyGrid journey={smallJourney()} layout="grid" theme={{ base: 'dark', colors: { accent: '#ff0066' } }} density="compact" />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('jm-root');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('data-density', 'compact');
    expect(root.style.getPropertyValue('--jm-color-accent')).toBe('#ff0066');
  });
});
