import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  EmotionCurve,
  JourneyConfigProvider,
  JourneyGrid,
  JourneyMap,
  PersonaPanel,
  ServiceBlueprintLane,
  TouchpointCard,
  defaultLabels,
  type ChannelIconMap,
  type Journey,
} from '../../src';
import kitchenData from '../../stories/data/ecommerce-kitchen.journey.json';
import { smallBlueprint, smallJourney } from '../fixtures';

const kitchen = kitchenData as unknown as Journey;
/** Icons a host draws for two channels; each names itself so the test can find it. */
const icons: ChannelIconMap = {
  web: <i data-testid="icon-web">W</i>,
  search: <i data-testid="icon-search">S</i>,
};
/** The corner header of the grid's stage row (the curve's table repeats the word in a header of its own). */
const stageCorner = (name: string) =>
  within(screen.getByRole('grid'))
    .getAllByRole('columnheader', { name })
    .find((h) => h.classList.contains('jm-JourneyGrid-corner'));

const german = { needs: 'Bedürfnisse', goal: 'Ziel', stage: 'Etappe', cardKinds: { touchpoint: 'Kontaktpunkt' } } as const;

describe('JourneyConfigProvider', () => {
  it("a provider's labels, direction, theme and icons reach a standalone persona panel", () => {
    render(
      <JourneyConfigProvider labels={german} dir="rtl" theme="dark" density="compact" channelIcons={icons}>
        <PersonaPanel journey={kitchen} />
      </JourneyConfigProvider>,
    );
    const panel = screen.getByRole('region');
    expect(panel).toHaveAttribute('dir', 'rtl');
    expect(panel).toHaveAttribute('data-theme', 'dark');
    expect(panel).toHaveAttribute('data-density', 'compact');
    expect(within(panel).getByRole('heading', { name: 'Bedürfnisse' })).toBeInTheDocument();
    const channels = within(panel).getByRole('list', { name: defaultLabels.channelsUsed });
    expect(within(channels).getByTestId('icon-web')).toBeInTheDocument();
    expect(within(channels).getByTestId('icon-search')).toBeInTheDocument();
  });

  it("a provider's labels, theme and icons reach a standalone card", () => {
    const card = smallJourney().cards[0]!;
    render(
      <JourneyConfigProvider labels={german} theme="dark" channelIcons={icons}>
        <TouchpointCard card={card} />
      </JourneyConfigProvider>,
    );
    const article = screen.getByRole('article', { name: 'Kontaktpunkt: Search results' });
    expect(article).toHaveClass('jm-root');
    expect(article).toHaveAttribute('data-theme', 'dark');
    expect(within(article).getByTestId('icon-search')).toBeInTheDocument();
  });

  it('a prop given on the part wins; labels merge key by key onto the provider’s', () => {
    const card = smallJourney().cards[0]!;
    render(
      <JourneyConfigProvider labels={german} dir="rtl" theme="dark" channelIcons={icons}>
        <PersonaPanel journey={kitchen} labels={{ needs: 'Besoins' }} theme="light" />
        <TouchpointCard card={card} channelIcons={{ search: <i data-testid="own-search">s</i> }} />
      </JourneyConfigProvider>,
    );
    const panel = screen.getByRole('region');
    expect(within(panel).getByRole('heading', { name: 'Besoins' })).toBeInTheDocument();
    expect(panel).toHaveAttribute('data-theme', 'light');
    const article = screen.getByRole('article');
    expect(within(article).getByTestId('own-search')).toBeInTheDocument();
    expect(within(article).queryByTestId('icon-search')).not.toBeInTheDocument();
    // The provider's other labels still apply.
    expect(article).toHaveAccessibleName(/^Kontaktpunkt: /);
  });

  it('reaches every part of a grid: stage headers, cards, the curve, the blueprint lines and the details popover', async () => {
    const user = userEvent.setup();
    const blueprint = smallBlueprint();
    const journey: Journey = {
      ...blueprint,
      lanes: [{ id: 'touch', kind: 'touchpoints', label: 'Touchpoints' }, ...blueprint.lanes],
      cards: [...smallJourney().cards.slice(0, 1), ...blueprint.cards],
    };
    render(
      <JourneyConfigProvider
        labels={{ ...german, lineOfVisibility: 'Sichtbarkeitslinie', emotion: 'Gefühle' }}
        channelIcons={icons}
        dir="rtl"
      >
        <JourneyGrid journey={journey} layout="grid" lanes={['touch']}>
          <EmotionCurve />
          <ServiceBlueprintLane />
        </JourneyGrid>
      </JourneyConfigProvider>,
    );
    const grid = screen.getByRole('grid');
    expect(grid.closest('.jm-JourneyGrid')).toHaveAttribute('dir', 'rtl');
    expect(stageCorner('Etappe')).toBeInTheDocument();
    expect(within(grid).getAllByText('Ziel').length).toBeGreaterThan(0);
    expect(within(grid).getByText('Sichtbarkeitslinie')).toBeInTheDocument();
    // The journey has no emotion lane: the curve is headed by the label.
    expect(within(grid).getByRole('rowheader', { name: 'Gefühle' })).toBeInTheDocument();
    const card = within(grid).getByRole('button', { name: /^Kontaktpunkt: Search results/ });
    expect(within(card).getByTestId('icon-search')).toBeInTheDocument();
    await user.click(card);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('icon-search')).toBeInTheDocument();
  });

  it("the grid's own props win over the provider's, for the grid and its parts", () => {
    render(
      <JourneyConfigProvider labels={german} dir="rtl" theme="dark">
        <JourneyGrid journey={smallJourney()} layout="grid" dir="ltr" theme="light" labels={{ stage: 'Phase du parcours' }} />
      </JourneyConfigProvider>,
    );
    const root = screen.getByRole('grid').closest('.jm-JourneyGrid')!;
    expect(root).toHaveAttribute('dir', 'ltr');
    expect(root).toHaveAttribute('data-theme', 'light');
    expect(stageCorner('Phase du parcours')).toBeInTheDocument();
    expect(within(screen.getByRole('grid')).getByRole('button', { name: /^Kontaktpunkt: Search results/ })).toBeInTheDocument();
  });

  it("a provider's direction wins over the journey's own", () => {
    render(
      <JourneyConfigProvider dir="ltr">
        <JourneyGrid journey={{ ...smallJourney(), dir: 'rtl' }} layout="grid" />
      </JourneyConfigProvider>,
    );
    expect(screen.getByRole('grid').closest('.jm-JourneyGrid')).toHaveAttribute('dir', 'ltr');
  });

  it('providers nest: the inner one’s labels merge onto the outer one’s', () => {
    render(
      <JourneyConfigProvider labels={german}>
        <JourneyConfigProvider labels={{ goal: 'Objectif' }}>
          <JourneyGrid journey={smallJourney()} layout="grid" />
        </JourneyConfigProvider>
      </JourneyConfigProvider>,
    );
    const grid = screen.getByRole('grid');
    expect(stageCorner('Etappe')).toBeInTheDocument();
    expect(within(grid).getByText('Objectif')).toBeInTheDocument();
  });

  it('inside a map, the parts take the map’s configuration and do not declare the theme again', () => {
    const { container } = render(
      <JourneyConfigProvider labels={german} theme="dark">
        <JourneyMap journey={kitchen} layout="grid" defaultPersonaExpanded />
      </JourneyConfigProvider>,
    );
    const map = container.firstElementChild!;
    expect(map).toHaveAttribute('data-theme', 'dark');
    expect(container.querySelectorAll('[data-theme]')).toHaveLength(1);
    expect(stageCorner('Etappe')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { name: 'Bedürfnisse' }).length).toBeGreaterThan(0);
  });
});
