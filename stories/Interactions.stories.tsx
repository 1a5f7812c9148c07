import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { JourneyMap } from '../src';
import { examples } from './data';
import { journeyArg, journeyArgType, labelsArgType, themeArgType } from './argTypes';

/**
 * What a person does with a map, played out: each story's play function runs in the
 * Interactions panel here and in headless Chromium in `npm test`.
 */
const meta = {
  title: 'Maps/Interactions',
  component: JourneyMap,
  argTypes: { journey: journeyArgType, theme: themeArgType, labels: labelsArgType },
  args: { onSelectedCardChange: fn(), onActivePersonaChange: fn() },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

const cardEl = (root: HTMLElement, id: string) => {
  const el = root.querySelector<HTMLElement>(`[data-card-id="${id}"]`);
  if (!el) throw new Error(`card ${id} is not on the map`);
  return el;
};

/** Resting the pointer on a card opens its details after a short pause; moving away closes them. */
export const PopoverOnHover: Story = {
  args: { journey: journeyArg('ecommerce-kitchen') },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const card = cardEl(canvasElement, 'tp-aw-search');
    await step('hover a touchpoint', async () => {
      await userEvent.hover(card);
      const dialog = await canvas.findByRole('dialog', { name: 'Search results and buying guides' });
      await expect(dialog).toBeVisible();
      await expect(card).toHaveAttribute('aria-expanded', 'true');
    });
    await step('move the pointer away', async () => {
      await userEvent.unhover(card);
      await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    });
  },
};

/**
 * A card's details, open: clicking a pain point selects it and opens its popover —
 * description, severity, the moment-of-truth marker and the research it cites.
 */
export const OpenedPopover: Story = {
  args: { journey: journeyArg('ecommerce-kitchen'), lanes: ['touchpoints', 'pains', 'opportunities'], showPersonas: false },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(cardEl(canvasElement, 'pain-pu-fees'));
    const dialog = await canvas.findByRole('dialog', { name: 'Installation and removal fees appear last' });
    await expect(dialog).toHaveTextContent('most abandoned large-appliance checkouts end on that page');
    await expect(within(dialog).getByRole('heading', { name: 'Evidence' })).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toBeVisible();
    await expect(args.onSelectedCardChange).toHaveBeenLastCalledWith('pain-pu-fees', expect.objectContaining({ kind: 'pain' }));
  },
};

/**
 * The map is one tab stop; arrow keys move between cells and cards, Enter opens a
 * card's details and moves focus into them, Escape closes them and focus returns
 * to the card.
 */
export const PopoverByKeyboard: Story = {
  args: { journey: journeyArg('ecommerce-kitchen') },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const journey = examples['ecommerce-kitchen']!;
    const firstAction = journey.cards.find((c) => c.lane === 'actions' && c.stage === 'awareness')!;
    const nextAction = journey.cards.find((c) => c.lane === 'actions' && c.stage === 'consideration')!;
    const grid = canvas.getByRole('grid');

    await step('focus the grid’s first cell', async () => {
      const first = within(grid)
        .getAllByRole('gridcell')
        .find((cell) => cell.tabIndex === 0);
      await expect(first).toBeDefined();
      first!.focus();
      await expect(first).toHaveFocus();
    });
    await step('ArrowDown enters the cell’s first card', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await expect(cardEl(canvasElement, firstAction.id)).toHaveFocus();
    });
    await step('ArrowRight moves to the next stage’s card', async () => {
      await userEvent.keyboard('{ArrowRight}');
      await expect(cardEl(canvasElement, nextAction.id)).toHaveFocus();
    });
    await step('Enter opens the details and moves focus into them', async () => {
      await userEvent.keyboard('{Enter}');
      const dialog = await canvas.findByRole('dialog', { name: nextAction.title });
      await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
      await expect(cardEl(canvasElement, nextAction.id)).toHaveAttribute('aria-pressed', 'true');
    });
    await step('Escape closes them and focus returns to the card', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(cardEl(canvasElement, nextAction.id)).toHaveFocus());
      // Focus coming back must not reopen the details as a preview.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(canvas.queryByRole('dialog')).toBeNull();
    });
  },
};

/**
 * The persona switcher filters the whole map: choosing Karen, the CFO, hides the
 * cards that are David's alone; "All personas" brings them back.
 */
export const PersonaSwitcherFilters: Story = {
  args: { journey: journeyArg('marketing-agency') },
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const journey = examples['marketing-agency']!;
    const davidsCards = journey.cards.filter((c) => c.persona === 'david').map((c) => c.id);
    const karensCards = journey.cards.filter((c) => c.persona === 'karen').map((c) => c.id);
    const onMap = (id: string) => canvasElement.querySelector(`[data-card-id="${id}"]`) !== null;
    await expect(davidsCards.every(onMap)).toBe(true);

    await step('choose Karen', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: 'Karen Lindqvist' }));
      await expect(args.onActivePersonaChange).toHaveBeenLastCalledWith('karen');
      await waitFor(() => expect(davidsCards.filter(onMap)).toEqual([]));
      await expect(karensCards.every(onMap)).toBe(true);
    });
    await step('back to all personas', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: 'All personas' }));
      await waitFor(() => expect(davidsCards.every(onMap)).toBe(true));
    });
  },
};

/**
 * Selecting a card in a blueprint highlights the cards it links to and from
 * (`data-linked`) and their arrows, so a team can trace what happens backstage.
 */
export const SelectingHighlightsLinks: Story = {
  args: { journey: journeyArg('car-purchase-blueprint'), showPersonas: false },
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    await step('select the frontstage offer', async () => {
      await userEvent.click(cardEl(canvasElement, 'fs-de'));
      await expect(args.onSelectedCardChange).toHaveBeenLastCalledWith('fs-de', expect.objectContaining({ id: 'fs-de' }));
      await expect(cardEl(canvasElement, 'fs-de')).toHaveAttribute('data-selected');
    });
    await step('its links are highlighted', async () => {
      await expect(cardEl(canvasElement, 'bs-de')).toHaveAttribute('data-linked');
      await expect(cardEl(canvasElement, 'cu-de')).toHaveAttribute('data-linked');
      await expect(cardEl(canvasElement, 'sp-de')).not.toHaveAttribute('data-linked');
      await waitFor(() =>
        expect(canvasElement.querySelector('.jm-ServiceBlueprintLane-arrow[data-from="fs-de"][data-to="bs-de"]')).toHaveAttribute(
          'data-active',
        ),
      );
    });
    await step('Escape closes the details, the selection stays', async () => {
      await canvas.findByRole('dialog');
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
      await expect(cardEl(canvasElement, 'fs-de')).toHaveAttribute('data-selected');
    });
  },
};
