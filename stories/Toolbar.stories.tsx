import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { filterJourney, JourneyConfigProvider, JourneyMap } from '../src';
import { JourneyToolbar, viewFromSearchParams, viewToSearchParams, type JourneyView } from '../src/views';
import { examples } from './data';
import { arabicBankJourney } from './journeys/arabic-bank';
import { arViewLabels } from '../src/locales';

/**
 * Views a portal can link to: `JourneyToolbar` filters a map by persona, lane, channel,
 * evidence confidence and opportunity status. Its value is a plain `JourneyView` that
 * round-trips through URL search parameters (`viewToSearchParams`, `viewFromSearchParams`),
 * so a link can open "Sarah's pain points at checkout". One tab stop; the arrow keys, Home
 * and End move between the toggle buttons; each change is announced politely.
 */
const meta = {
  title: 'Decisions/Toolbar',
  component: JourneyToolbar,
  args: { journey: examples['ecommerce-kitchen'], onViewChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof JourneyToolbar>;

export default meta;
type Story = StoryObj<typeof meta>;

const bar = (canvasElement: HTMLElement) => within(canvasElement).getByRole('toolbar', { name: 'Filter the map' });

/** Every filter the kitchen journey offers, walked by keyboard alone: Tab in, arrows along, Space toggles, End to Show all. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const toolbar = bar(canvasElement);
    const actions = within(toolbar).getByRole('button', { name: 'Actions' });
    await userEvent.click(canvasElement);
    await userEvent.tab();
    await expect(actions).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(within(toolbar).getByRole('button', { name: 'Touchpoints' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(args.onViewChange).toHaveBeenLastCalledWith({
      lanes: ['actions', 'thoughts', 'emotion', 'pains', 'opportunities', 'metrics'],
    });
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent(/^Showing \d+ of 51 cards: Actions, Thoughts/));
    await userEvent.keyboard('{End}');
    const all = within(toolbar).getByRole('button', { name: 'Show all' });
    await expect(all).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onViewChange).toHaveBeenLastCalledWith({});
    await expect(all).toHaveAttribute('aria-disabled', 'true');
  },
};

/**
 * The toolbar beside the map, and the link that opens this view: the host filters the
 * journey with the view (`filterJourney(journey, view)`) and writes it to the URL. It
 * starts from `?persona=sarah&lane=pains&card=pain-pu-fees` — Sarah's pain points, the
 * fee at checkout selected.
 */
export const WithTheMap: Story = {
  render: function Render(args) {
    const journey = examples['ecommerce-kitchen']!;
    const [view, setView] = useState<JourneyView>(() => viewFromSearchParams('persona=sarah&lane=pains&card=pain-pu-fees', journey));
    const shown = useMemo(() => filterJourney(journey, view), [journey, view]);
    return (
      <JourneyConfigProvider theme={args.theme} density={args.density}>
        <JourneyToolbar journey={journey} view={view} onViewChange={setView} />
        <p>
          Link: <output>{`?${viewToSearchParams(view)}`}</output>
        </p>
        <JourneyMap
          journey={shown}
          selectedCardId={view.card ?? null}
          onSelectedCardChange={(card) => setView(({ card: _, ...rest }) => (card ? { ...rest, card } : rest))}
        />
      </JourneyConfigProvider>
    );
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('output')).toHaveTextContent('?persona=sarah&lane=pains&card=pain-pu-fees');
    await expect(canvasElement.querySelector('.jm-TouchpointCard[data-card-id="pain-pu-fees"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(canvasElement.querySelector('.jm-TouchpointCard[data-card-id="opp-pu-price"]')).toBeNull();
    const toolbar = bar(canvasElement);
    within(toolbar).getByRole('button', { name: 'Pain points' }).focus();
    await userEvent.keyboard('{ArrowRight} ');
    await waitFor(() =>
      expect(canvasElement.querySelector('output')).toHaveTextContent('?persona=sarah&lane=pains&lane=opportunities&card=pain-pu-fees'),
    );
    await waitFor(() => expect(canvasElement.querySelector('.jm-TouchpointCard[data-card-id="opp-pu-price"]')).not.toBeNull());
  },
};

/** Several personas, filtered to evidence the team can trust and to open opportunities. */
export const Filtered: Story = {
  args: {
    journey: examples['saas-onboarding-multi'],
    defaultView: { personas: ['marcus'], confidence: ['high', 'medium'], statuses: ['idea', 'planned', 'in-progress'] },
  },
  play: async ({ canvasElement }) => {
    const toolbar = bar(canvasElement);
    await expect(within(toolbar).getByRole('button', { name: 'Marcus Chen' })).toHaveAttribute('aria-pressed', 'true');
    await expect(within(toolbar).getByRole('button', { name: 'Aisha Bello' })).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Low confidence' }));
    await expect(within(toolbar).getByRole('button', { name: 'Low confidence' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', defaultView: { statuses: ['planned'] } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.jm-JourneyToolbar')).toHaveAttribute('data-theme', 'dark');
  },
};

/** Compact density. */
export const Compact: Story = {
  args: { density: 'compact', journey: examples['car-purchase-blueprint'] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.jm-JourneyToolbar')).toHaveAttribute('data-density', 'compact');
  },
};

/** Right to left (the Arabic bank journey): the groups start at the right, and Left moves forward. */
export const RightToLeft: Story = {
  args: { journey: arabicBankJourney },
  play: async ({ canvasElement }) => {
    // The toolbar speaks the journey's language once its strings have loaded.
    const toolbar = await within(canvasElement).findByRole('toolbar', { name: arViewLabels.toolbar });
    const buttons = within(toolbar).getAllByRole('button');
    buttons[0]!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(buttons[1]).toHaveFocus();
    await expect(buttons[1]!.getBoundingClientRect().right).toBeLessThanOrEqual(buttons[0]!.getBoundingClientRect().left + 1);
  },
};

/** In Russian, whose words run long: the groups wrap, every name and the count in Russian. */
export const Russian: Story = {
  args: { journey: examples['bakery-owner-day-ru'], defaultView: { statuses: ['planned'] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('toolbar', { name: 'Фильтр карты' })).toBeInTheDocument();
  },
};
