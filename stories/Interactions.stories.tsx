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

/**
 * Resting the pointer on a card previews its details after a short pause; moving away
 * closes the preview. The pointer can move from the card into the preview, which stays
 * open. A preview takes no focus: the details dialog opens on a click, Enter or Space.
 */
export const PopoverOnHover: Story = {
  args: { journey: journeyArg('ecommerce-kitchen') },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const card = cardEl(canvasElement, 'tp-aw-search');
    await step('rest the pointer on a touchpoint: its preview opens', async () => {
      await userEvent.hover(card);
      const preview = await canvas.findByRole('tooltip', { name: 'Search results and buying guides' });
      await expect(preview).toBeVisible();
      await expect(card).toHaveAttribute('data-state', 'open');
      await expect(card).toHaveAttribute('aria-expanded', 'false');
      await expect(card).toHaveAccessibleDescription(/^Awareness/);
      await expect(preview.contains(document.activeElement)).toBe(false);
    });
    await step('move the pointer away: the preview closes', async () => {
      await userEvent.unhover(card);
      await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
    });
    await step('rest on it again and move into the preview: it stays open', async () => {
      await userEvent.hover(card);
      const preview = await canvas.findByRole('tooltip', { name: 'Search results and buying guides' });
      await userEvent.hover(preview);
      await new Promise((resolve) => setTimeout(resolve, 600));
      await expect(canvas.getByRole('tooltip', { name: 'Search results and buying guides' })).toBeVisible();
    });
  },
};

/**
 * A card's details, open: clicking a pain point selects it and opens its details dialog —
 * description, severity, the moment-of-truth marker and the research it cites — with
 * focus inside it.
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
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());
    await expect(args.onSelectedCardChange).toHaveBeenLastCalledWith('pain-pu-fees', expect.objectContaining({ kind: 'pain' }));
  },
};

/**
 * The map is one tab stop; arrow keys move between cells and cards, and a focused card
 * shows a preview of its details while focus stays on it. Enter (or Space) opens the
 * details dialog and moves focus into it; Escape closes it and focus returns to the card.
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
    await step('ArrowRight moves to the next stage’s card, which shows a preview', async () => {
      await userEvent.keyboard('{ArrowRight}');
      await expect(cardEl(canvasElement, nextAction.id)).toHaveFocus();
      await expect(await canvas.findByRole('tooltip', { name: nextAction.title })).toBeVisible();
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
      await expect(canvasElement.querySelector('.jm-CardPopover')).toBeNull();
    });
  },
};

/**
 * At 400% zoom a 1280 × 1024 screen is 320 × 256 CSS pixels. Opened from a card at the
 * bottom of the map, the details dialog stays on screen and scrolls its own content.
 */
export const DetailsAtHighZoom: Story = {
  args: { journey: journeyArg('ecommerce-kitchen'), showPersonas: false },
  parameters: {
    viewport: {
      options: { zoom400: { name: '400% zoom (320 × 256)', styles: { width: '320px', height: '256px' }, type: 'mobile' } },
    },
  },
  globals: { viewport: { value: 'zoom400', isRotated: false } },
  // The page itself stays one screen tall; the map scrolls inside it.
  render: (args) => (
    <div style={{ height: '100vh', overflow: 'auto' }}>
      <JourneyMap {...args} />
    </div>
  ),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const journey = examples['ecommerce-kitchen']!;
    // The last stage's opportunity: a long description, ratings, owner, status and evidence.
    const last = journey.cards.find((c) => c.stage === journey.stages.at(-1)!.id && c.kind === 'opportunity')!;
    await step('scroll it to the bottom of the screen and open its details', async () => {
      await waitFor(() => expect([window.innerWidth, window.innerHeight]).toEqual([320, 256]));
      const card = cardEl(canvasElement, last.id);
      card.scrollIntoView({ block: 'end' });
      await userEvent.click(card);
    });
    await step('the dialog is on screen and scrolls its content', async () => {
      const dialog = await canvas.findByRole('dialog', { name: last.title });
      await waitFor(() => {
        const box = dialog.getBoundingClientRect();
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
        expect(box.right).toBeLessThanOrEqual(window.innerWidth);
      });
      const body = dialog.querySelector<HTMLElement>('.jm-CardPopover-body')!;
      await expect(getComputedStyle(body).overflowY).toBe('auto');
      await expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
      await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus());
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
