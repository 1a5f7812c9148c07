import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { JourneyConfigProvider, JourneyMap } from '../src';
import { OpportunityMatrix } from '../src/views';
import { examples } from './data';
import { arabicBankJourney } from './journeys/arabic-bank';

/**
 * From map to decisions: the opportunity matrix places a journey's opportunities by
 * expected impact and effort, with owner, status and the pain points each answers.
 * Under a `JourneyConfigProvider` that shares the selection, selecting in the matrix
 * selects on the map, and back.
 */
const meta = {
  title: 'Decisions/Opportunity matrix',
  component: OpportunityMatrix,
  args: { journey: examples['ecommerce-kitchen'], onSelectedCardChange: fn(), onFilterChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof OpportunityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The kitchen retailer's opportunities: quick wins top left, money pits bottom right. */
export const Matrix: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid', { name: 'Impact and effort matrix' });
    const price = within(grid).getByRole('button', { name: 'All-in price from the product page on' });
    await expect(price).toHaveAccessibleDescription(
      /In progress.*Purchase.*Owner: Checkout team.*Answers: Installation and removal fees appear last/,
    );
    await userEvent.click(price);
    await expect(price).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onSelectedCardChange).toHaveBeenLastCalledWith('opp-pu-price', expect.objectContaining({ id: 'opp-pu-price' }));
  },
};

/** Filtered by status and owner: the count above the matrix says how many are shown, and is announced. */
export const Filtered: Story = {
  args: { defaultFilter: { statuses: ['idea', 'planned', 'in-progress'] } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('8 of 9 opportunities shown');
    await userEvent.selectOptions(canvas.getByLabelText('Owner'), 'Checkout team');
    await expect(canvas.getByRole('status')).toHaveTextContent('2 of 9 opportunities shown');
    await expect(args.onFilterChange).toHaveBeenLastCalledWith({ statuses: ['idea', 'planned', 'in-progress'], owners: ['Checkout team'] });
    await userEvent.click(canvas.getByRole('checkbox', { name: 'In progress' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('1 of 9 opportunities shown');
  },
};

/** The matrix walked by keyboard: one tab stop, arrows across cells and down through their opportunities, Space selects. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid');
    const first = within(grid).getAllByRole('gridcell')[0]!;
    first.focus();
    // The quick wins are empty here: Down goes on to the cell below, then into its opportunities.
    await userEvent.keyboard('{ArrowDown}');
    await expect(document.activeElement).toHaveAttribute('data-nav-key', 'cell:impact-medium:0');
    await userEvent.keyboard('{ArrowDown}');
    await expect(document.activeElement).toHaveAccessibleName('New-kitchen starter checklist');
    await userEvent.keyboard(' ');
    await expect(document.activeElement).toHaveAttribute('aria-pressed', 'true');
    await expect(document.activeElement).toHaveAccessibleDescription(/Idea.*Awareness/);
    await userEvent.keyboard('{ArrowUp}{ArrowRight}');
    await expect(document.activeElement).toHaveAttribute('data-effort', 'medium');
    await expect(document.activeElement).toHaveAttribute('data-impact', 'medium');
    await expect(document.activeElement).toHaveAttribute('tabindex', '0');
  },
};

/** A map and its matrix under one provider: a selection in either shows in both. */
export const WithTheMap: Story = {
  render: function Render(args) {
    const [selected, setSelected] = useState<string | null>(null);
    return (
      <JourneyConfigProvider selectedCardId={selected} onSelectedCardChange={setSelected}>
        <OpportunityMatrix {...args} />
        <p>Selected: {selected ?? 'nothing'}</p>
        <JourneyMap journey={args.journey} />
      </JourneyConfigProvider>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid', { name: 'Impact and effort matrix' });
    await userEvent.click(within(grid).getByRole('button', { name: 'Will-it-fit checker' }));
    const onMap = canvasElement.querySelector<HTMLElement>('.jm-TouchpointCard[data-card-id="opp-co-fit"]')!;
    await waitFor(() => expect(onMap).toHaveAttribute('aria-pressed', 'true'));
    await userEvent.keyboard('{Escape}');
    const guest = canvasElement.querySelector<HTMLElement>('.jm-TouchpointCard[data-card-id="opp-pu-guest"]')!;
    guest.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(within(grid).getByRole('button', { name: /Guest checkout/ })).toHaveAttribute('aria-pressed', 'true'));
    await expect(within(grid).getByRole('button', { name: 'Will-it-fit checker' })).toHaveAttribute('aria-pressed', 'false');
  },
};

/** Dark theme, compact. */
export const Dark: Story = { args: { theme: 'dark', density: 'compact', journey: examples['ecommerce-kitchen-future'] } };

/** Right to left: effort runs from the right; names from the journey's Arabic text. */
export const RightToLeft: Story = { args: { journey: arabicBankJourney } };

/** In Russian: the matrix's headings, quadrants and filters come from the journey's language. */
export const Russian: Story = {
  args: { journey: examples['bakery-owner-day-ru'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('grid', { name: 'Матрица влияния и трудозатрат' })).toBeInTheDocument();
  },
};
