import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JourneyMap, defaultLabels, validateJourney, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { smallJourney, cardName } from '../fixtures';
import { drawingOrder } from '../../src/model/normalize';
import { labelLocaleOf } from '../../src/model/locale';
import { arLabels, ruLabels, zhHansLabels, zhHantLabels } from '../../src/locales';

/** The labels a map draws for a journey: the shipped set of its language, or English. */
const SETS = { ru: ruLabels, ar: arLabels, 'zh-Hans': zhHansLabels, 'zh-Hant': zhHantLabels };
const labelsOf = (journey: Journey) => {
  const locale = labelLocaleOf(journey.locale);
  return locale ? SETS[locale] : defaultLabels;
};

afterEach(() => {
  vi.restoreAllMocks();
});

/** Row headers of the map's lanes (not those of the emotion curve's table). */
const laneHeaders = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('rowheader')
    .filter((h) => h.closest('table') === null);

describe.each(Object.entries(examples))('JourneyMap with the %s example', (_name, journey) => {
  it('renders every persona, stage, lane and card', () => {
    const labels = labelsOf(journey);
    const onError = vi.fn();
    render(<JourneyMap journey={journey} onError={onError} layout="grid" />);
    expect(onError).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: journey.title });
    // Stage names head the columns, in order.
    expect(
      within(grid)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(journey.stages.map((s) => s.name));
    // Every lane heads a row, in the order it is drawn (a blueprint's lanes in the service designers' order).
    const headers = laneHeaders(grid).map((h) => h.textContent!);
    let previous = -1;
    for (const lane of drawingOrder(journey)) {
      const index = headers.findIndex((text, i) => i > previous && text.startsWith(lane.label));
      expect(index, `lane ${lane.id}`).toBeGreaterThan(previous);
      previous = index;
    }
    // Every card is a button named by its kind and title; the only other buttons are the curves' "View as table".
    const all = within(grid).getAllByRole('button');
    const buttons = all.filter((b) => b.hasAttribute('data-card-id'));
    expect(all.filter((b) => !b.hasAttribute('data-card-id')).map((b) => b.textContent)).toEqual(
      journey.lanes.filter((lane) => lane.kind === 'emotion').map(() => labels.viewAsTable),
    );
    const names = new Set(buttons.map((b) => cardName(b)));
    for (const card of journey.cards) {
      expect(names.has(`${labels.cardKinds[card.kind]}: ${card.title}`), `card ${card.id}`).toBe(true);
    }
    expect(buttons).toHaveLength(journey.cards.length);
    for (const persona of journey.personas) {
      expect(screen.getAllByText(persona.name).length).toBeGreaterThan(0);
    }
    // The map is one tab stop.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });
});

describe('JourneyMap header, legend and language', () => {
  it('shows the title, kind, description and freshness of the map', () => {
    const j: Journey = {
      ...smallJourney(),
      description: 'Where buying a kettle goes wrong.',
      locale: 'en-GB',
      meta: { owner: 'CX team', updatedAt: '2025-03-01', validatedAt: '2025-02-14' },
    };
    const { container } = render(<JourneyMap journey={j} layout="grid" />);
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('lang', 'en-GB');
    expect(root).toHaveAttribute('data-kind', 'current-state');
    expect(screen.getByRole('heading', { level: 2, name: 'Buying a kettle' })).toBeInTheDocument();
    expect(screen.getByText('Current state')).toHaveAttribute('data-kind', 'current-state');
    expect(screen.getByText('Where buying a kettle goes wrong.')).toBeInTheDocument();
    expect(screen.getByText('CX team')).toBeInTheDocument();
    // Dates read as the journey's language (en-GB) writes them; the machine-readable date stays.
    expect(screen.getByText('Updated', { exact: false })).toHaveTextContent('Updated 1 Mar 2025');
    expect(screen.getByText('14 Feb 2025').tagName).toBe('TIME');
    expect(screen.getByText('14 Feb 2025')).toHaveAttribute('dateTime', '2025-02-14');
  });

  it('has a legend of the card kinds and badges the map uses', () => {
    render(<JourneyMap journey={smallJourney()} layout="grid" />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent!.trim()),
    ).toEqual(['Touchpoint', 'Pain point', 'Moment of truth', 'Evidence', 'Assumption']);
  });

  it('draws the host’s logo before the title and its actions at the end of the title row', async () => {
    const onShare = vi.fn();
    render(
      <JourneyMap
        journey={smallJourney()}
        layout="grid"
        logo={<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Acme" />}
        actions={<button onClick={onShare}>Share</button>}
      />,
    );
    const header = screen.getByRole('heading', { level: 2, name: 'Buying a kettle' }).closest('header')!;
    const logo = within(header).getByRole('img', { name: 'Acme' });
    const share = within(header).getByRole('button', { name: 'Share' });
    const title = within(header).getByRole('heading', { level: 2 });
    expect(logo.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(title.compareDocumentPosition(share) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(share);
    expect(onShare).toHaveBeenCalledOnce();
  });

  it('draws no slot the host leaves empty', () => {
    const { container } = render(<JourneyMap journey={smallJourney()} layout="grid" />);
    expect(container.querySelector('.jm-JourneyMap-logo, .jm-JourneyMap-actions')).toBeNull();
  });

  it('leaves out the header, personas and legend when asked', () => {
    render(<JourneyMap journey={smallJourney()} layout="grid" showHeader={false} showPersonas={false} showLegend={false} />);
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Sam Rivera' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Legend' })).not.toBeInTheDocument();
    expect(screen.getByRole('grid')).toBeInTheDocument();
  });

  it('is right to left when the journey says so, and the dir prop wins', () => {
    const j: Journey = { ...smallJourney(), dir: 'rtl' };
    const { container, rerender } = render(<JourneyMap journey={j} layout="grid" />);
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    rerender(<JourneyMap journey={j} layout="grid" dir="ltr" />);
    expect(container.firstElementChild).toHaveAttribute('dir', 'ltr');
  });
});

describe('JourneyMap labels', () => {
  it('overriding labels changes the visible text and keeps every other default', () => {
    render(
      <JourneyMap
        journey={smallJourney()}
        layout="grid"
        labels={{ momentOfTruth: 'Kritischer Moment', cardKinds: { pain: 'Schmerzpunkt' }, lanes: 'Bahnen', stage: 'Etappe' }}
      />,
    );
    const grid = screen.getByRole('grid');
    expect(within(grid).getByRole('button', { name: /^Schmerzpunkt: Too many similar models( |$)/ })).toBeInTheDocument();
    // Kinds that were not overridden keep their English names.
    expect(within(grid).getByRole('button', { name: /^Touchpoint: Checkout page( |$)/ })).toHaveTextContent('Kritischer Moment');
    // The corner of the stage row (and the emotion table's first column header).
    expect(within(grid).getAllByRole('columnheader', { name: 'Etappe' })[0]).toHaveAttribute('aria-colindex', '1');
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText('Schmerzpunkt')).toBeInTheDocument();
    expect(screen.queryByText('Moment of truth')).not.toBeInTheDocument();
    expect(screen.queryByText('Pain point')).not.toBeInTheDocument();
  });

  it('translates the error panel', () => {
    render(<JourneyMap journey={{}} labels={{ errorTitle: 'Karte kann nicht gezeichnet werden', errorIntro: (n) => `${n} Probleme:` }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Karte kann nicht gezeichnet werden');
    expect(alert).toHaveTextContent(`${validateJourney({}).length} Probleme:`);
  });
});

describe('JourneyMap theme', () => {
  it('is light by default, and theme="dark" sets data-theme="dark"', () => {
    const { container, rerender } = render(<JourneyMap journey={smallJourney()} layout="grid" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-theme', 'light');
    rerender(<JourneyMap journey={smallJourney()} layout="grid" theme="dark" />);
    expect(root).toHaveAttribute('data-theme', 'dark');
    // The grid inside does not declare the theme again.
    expect(screen.getByRole('grid').closest('.jm-JourneyGrid')).not.toHaveAttribute('data-theme');
  });

  it('a theme object sets --jm-* variables inline on the root', () => {
    const { container } = render(
      <JourneyMap
        journey={smallJourney()}
        layout="grid"
        theme={{ base: 'dark', colors: { accent: '#ff0066', pain: 'rgb(200 0 0)' }, radius: '2px', emotion: { strokeWidth: '4' } }}
        style={{ maxWidth: '900px' }}
      />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root.style.getPropertyValue('--jm-color-accent')).toBe('#ff0066');
    expect(root.style.getPropertyValue('--jm-color-pain')).toBe('rgb(200 0 0)');
    expect(root.style.getPropertyValue('--jm-radius')).toBe('2px');
    expect(root.style.getPropertyValue('--jm-emotion-stroke-width')).toBe('4');
    expect(root.style.maxWidth).toBe('900px');
  });

  it('drops a value that tries to break out of its declaration', () => {
    const { container } = render(
      <JourneyMap journey={smallJourney()} layout="grid" theme={{ colors: { accent: 'red;} body{display:none', pain: 'green' } }} />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.style.getPropertyValue('--jm-color-accent')).toBe('');
    expect(root.getAttribute('style')).not.toMatch(/display|body/);
    expect(root.style.getPropertyValue('--jm-color-pain')).toBe('green');
  });

  it('sets the density', () => {
    const { container } = render(<JourneyMap journey={smallJourney()} layout="grid" density="compact" />);
    expect(container.firstElementChild).toHaveAttribute('data-density', 'compact');
  });
});

describe('JourneyMap given bad data', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'journey.json'],
    ['a number', 42],
    ['a list', [smallJourney()]],
    ['an empty object', {}],
  ])('given %s → shows the error panel and calls onError with the problems, without throwing', (_label, input) => {
    const onError = vi.fn();
    expect(() => render(<JourneyMap journey={input} onError={onError} />)).not.toThrow();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This journey map cannot be drawn');
    const problems = validateJourney(input);
    expect(problems.length).toBeGreaterThan(0);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(problems);
    expect(within(alert).getAllByRole('listitem')).toHaveLength(problems.length);
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('lists each problem with its path', () => {
    const j = smallJourney();
    j.cards[0]!.stage = 'chekout';
    j.emotions[1]!.score = NaN;
    const onError = vi.fn();
    render(<JourneyMap journey={j} onError={onError} />);
    const items = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('code')?.textContent)).toEqual(['cards[0].stage', 'emotions[1].score']);
    expect(items[0]).toHaveTextContent(/"chekout".*did you mean "checkout"/);
    expect(items[1]).toHaveTextContent('NaN');
    expect(screen.getByRole('alert')).toHaveTextContent('The journey data has 2 problems:');
    expect(onError.mock.calls[0]![0].map((p: { path: string }) => p.path)).toEqual(['cards[0].stage', 'emotions[1].score']);
  });

  it('names a journey that is not an object "journey"', () => {
    render(<JourneyMap journey="hello" />);
    expect(within(screen.getByRole('alert')).getByRole('listitem')).toHaveTextContent(/^journey A journey must be an object/);
  });

  it('shows the first 50 of very many problems and counts the rest', () => {
    const j = smallJourney();
    j.cards = Array.from({ length: 60 }, (_, i) => ({ id: `x${i}`, stage: 'nowhere', lane: 'touch', kind: 'action', title: 'x' }));
    render(<JourneyMap journey={j} />);
    const items = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(items).toHaveLength(51);
    expect(items[50]).toHaveTextContent('… 10');
  });

  it('recovers when the data is fixed', () => {
    const onError = vi.fn();
    const { rerender } = render(<JourneyMap journey={{}} onError={onError} layout="grid" />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<JourneyMap journey={smallJourney()} onError={onError} layout="grid" />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('grid')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('a part that throws while drawing shows a notice and reports it, and the page stays up', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onError = vi.fn();
    render(
      <main>
        <h1>Host page</h1>
        <JourneyMap
          journey={smallJourney()}
          layout="grid"
          onError={onError}
          renderCard={() => {
            throw new Error('boom');
          }}
        />
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'Host page' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith([{ path: '', message: 'boom' }]);
  });
});

describe('JourneyMap personas', () => {
  const agency = examples['marketing-agency']!;
  const personaOf = new Map(agency.cards.map((c) => [`${defaultLabels.cardKinds[c.kind]}: ${c.title}`, c.persona]));
  /** The personas of the cards in the grid ('' for cards that name nobody). */
  const shownPersonas = () =>
    new Set(
      within(screen.getByRole('grid'))
        .getAllByRole('button')
        .map((b) => personaOf.get(cardName(b)) ?? ''),
    );

  it('given the marketing agency (two personas) → the persona switcher filters the cards', async () => {
    const user = userEvent.setup();
    const onActivePersonaChange = vi.fn();
    render(<JourneyMap journey={agency} layout="grid" showLegend={false} onActivePersonaChange={onActivePersonaChange} />);
    const switcher = screen.getByRole('radiogroup', { name: 'Show persona' });
    expect(within(switcher).getByRole('radio', { name: 'All personas' })).toBeChecked();
    expect(shownPersonas()).toEqual(new Set(['', 'david', 'karen']));

    await user.click(within(switcher).getByRole('radio', { name: /Karen Lindqvist/ }));
    expect(onActivePersonaChange).toHaveBeenLastCalledWith('karen');
    expect(shownPersonas()).toEqual(new Set(['', 'karen']));
    expect(laneHeaders(screen.getByRole('grid')).some((h) => h.textContent!.startsWith('Finance concerns (Karen)'))).toBe(true);

    await user.click(within(switcher).getByRole('radio', { name: /David Moreno/ }));
    expect(shownPersonas()).toEqual(new Set(['', 'david']));
    // Karen's own lane goes with her.
    expect(laneHeaders(screen.getByRole('grid')).some((h) => h.textContent!.startsWith('Finance concerns'))).toBe(false);

    await user.click(within(switcher).getByRole('radio', { name: 'All personas' }));
    expect(onActivePersonaChange).toHaveBeenLastCalledWith(null);
    expect(within(screen.getByRole('grid')).getAllByRole('button', { pressed: false })).toHaveLength(agency.cards.length);
  });

  it('controlled: activePersonaId filters the cards', () => {
    const j = smallJourney();
    j.personas.push({ id: 'ana', name: 'Ana Silva' });
    j.cards.push({ id: 'c4', stage: 'search', lane: 'touch', kind: 'touchpoint', title: 'Asks a friend', persona: 'ana' });
    const { rerender } = render(<JourneyMap journey={j} layout="grid" activePersonaId="sam" />);
    expect(within(screen.getByRole('grid')).queryByRole('button', { name: /Asks a friend/ })).not.toBeInTheDocument();
    rerender(<JourneyMap journey={j} layout="grid" activePersonaId="ana" />);
    expect(within(screen.getByRole('grid')).getByRole('button', { name: /Asks a friend/ })).toBeInTheDocument();
  });
});

describe('JourneyMap persona strip, stage details and story order', () => {
  const kitchen = examples['ecommerce-kitchen']!;

  it('shows the persona as a strip until its button expands the whole card, and back', async () => {
    const user = userEvent.setup();
    const onPersonaExpandedChange = vi.fn();
    render(<JourneyMap journey={kitchen} layout="grid" onPersonaExpandedChange={onPersonaExpandedChange} />);
    const button = screen.getByRole('button', { name: 'Persona details' });
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).toHaveAttribute('data-variant', 'strip');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(panel).getByText(kitchen.personas[0]!.quote!)).toBeInTheDocument();
    expect(within(panel).queryByRole('heading', { name: 'Needs' })).not.toBeInTheDocument();

    await user.click(button);
    expect(onPersonaExpandedChange).toHaveBeenLastCalledWith(true);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveAttribute('data-variant', 'full');
    expect(within(panel).getByRole('heading', { name: 'Needs' })).toBeInTheDocument();

    await user.click(button);
    expect(onPersonaExpandedChange).toHaveBeenLastCalledWith(false);
    expect(panel).toHaveAttribute('data-variant', 'strip');
  });

  it('controlled: personaExpanded decides, and a click only asks', async () => {
    const user = userEvent.setup();
    const onPersonaExpandedChange = vi.fn();
    const { rerender } = render(
      <JourneyMap journey={kitchen} layout="grid" personaExpanded={false} onPersonaExpandedChange={onPersonaExpandedChange} />,
    );
    await user.click(screen.getByRole('button', { name: 'Persona details' }));
    expect(onPersonaExpandedChange).toHaveBeenCalledWith(true);
    expect(screen.getByRole('button', { name: 'Persona details' })).toHaveAttribute('aria-expanded', 'false');
    rerender(<JourneyMap journey={kitchen} layout="grid" personaExpanded onPersonaExpandedChange={onPersonaExpandedChange} />);
    expect(screen.getByRole('button', { name: 'Persona details' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Needs' })).toBeInTheDocument();
  });

  it('folds the stage details behind one button; each stage header keeps them as its description', async () => {
    const user = userEvent.setup();
    const { container } = render(<JourneyMap journey={kitchen} layout="grid" />);
    const map = container.firstElementChild!;
    const button = screen.getByRole('button', { name: 'Stage details' });
    expect(button).toHaveAttribute('aria-controls', screen.getByRole('grid').closest('.jm-JourneyGrid')!.id);
    expect(map).toHaveAttribute('data-stage-details', 'folded');
    const first = screen.getAllByRole('columnheader', { name: /stage 1 of/ })[0]!;
    expect(first).toHaveAccessibleDescription(expect.stringContaining(kitchen.stages[0]!.goal!));
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(map).toHaveAttribute('data-stage-details', 'shown');
    expect(first).toHaveAccessibleDescription(expect.stringContaining(kitchen.stages[0]!.goal!));
  });

  it('has no stage details button when no stage has details', () => {
    const j = smallJourney();
    j.stages = j.stages.map(({ id, name, phase }) => ({ id, name, phase }));
    render(<JourneyMap journey={j} layout="grid" />);
    expect(screen.queryByRole('button', { name: 'Stage details' })).not.toBeInTheDocument();
  });

  it('laneOrder="story" draws the curve, then the pains, then the other lanes in the journey order', () => {
    const blueprint = examples['car-purchase-blueprint']!;
    render(<JourneyMap journey={blueprint} layout="grid" laneOrder="story" />);
    const labels = laneHeaders(screen.getByRole('grid')).map((h) => h.textContent!);
    const lane = (id: string) => blueprint.lanes.find((l) => l.id === id)!.label;
    const rest = drawingOrder(blueprint).filter((l) => l.kind !== 'emotion' && l.kind !== 'pains');
    const order = [...blueprint.lanes.filter((l) => l.kind === 'emotion'), ...blueprint.lanes.filter((l) => l.kind === 'pains'), ...rest];
    const at = order.map((l) => labels.findIndex((text) => text.startsWith(lane(l.id))));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The journey itself keeps its order.
    expect(blueprint.lanes[0]!.kind).not.toBe('emotion');
  });
});

describe('JourneyMap selection', () => {
  it('passes selection through to the grid, both ways', async () => {
    const user = userEvent.setup();
    const onSelectedCardChange = vi.fn();
    const j = smallJourney();
    const { rerender } = render(<JourneyMap journey={j} layout="grid" selectedCardId="c2" onSelectedCardChange={onSelectedCardChange} />);
    const grid = screen.getByRole('grid');
    expect(within(grid).getByRole('button', { name: /^Touchpoint: Checkout page( |$)/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(grid).getByRole('button', { name: /^Touchpoint: Search results( |$)/ }));
    expect(onSelectedCardChange).toHaveBeenCalledWith('c1', j.cards[0]);
    expect(within(grid).getByRole('button', { name: /^Touchpoint: Search results( |$)/ })).toHaveAttribute('aria-pressed', 'false');
    rerender(<JourneyMap journey={j} layout="grid" selectedCardId="c1" onSelectedCardChange={onSelectedCardChange} />);
    expect(within(grid).getByRole('button', { name: /^Touchpoint: Search results( |$)/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('uncontrolled, starting from defaultSelectedCardId', () => {
    render(<JourneyMap journey={smallJourney()} layout="grid" defaultSelectedCardId="c3" />);
    expect(within(screen.getByRole('grid')).getByRole('button', { name: /Too many similar models/ })).toHaveAttribute('data-selected', '');
  });
});
