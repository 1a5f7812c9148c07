import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { JourneyCompare } from '../src/views';
import { examples } from './data';
import { arabicBankJourney } from './journeys/arabic-bank';
import { arabicBankRevised, backPainRevised } from './journeys/revisions';

/**
 * Two versions of a journey on one map, cell by cell: new cards marked, removed cards as
 * ghosts in their old cell, changed cards with each field's old and new value, moved cards
 * with where they came from, new and removed stages and lanes marked, both emotion curves
 * overlaid (the old one dashed) with each stage's change, and a summary line. Every mark
 * is read as its card's, stage's or lane's description.
 */
const meta = {
  title: 'Decisions/Journey compare',
  component: JourneyCompare,
  args: { before: examples['healthcare-back-pain'], after: backPainRevised, onModeChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof JourneyCompare>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A reviewer's view of a change to one map: a stage added, a lane dropped, a pain point
 * moved and another solved, a renamed card, feelings raised at booking and in treatment.
 * Walked by keyboard: the arrows switch the version shown; Tab enters the map, whose
 * cards say their marks.
 */
export const Review: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('+1 card, −8, 1 changed, 1 moved · Booking the first appointment +1 → +3')).toBeVisible();
    const both = canvas.getByRole('radio', { name: 'Both' });
    both.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'After' })).toBeChecked();
    await expect(args.onModeChange).toHaveBeenLastCalledWith('after');
    await userEvent.keyboard('{ArrowLeft}');
    await expect(both).toBeChecked();
    await userEvent.tab();
    await expect(document.activeElement).toHaveAttribute('data-nav-key');
    const wait = canvas.getByRole('button', { name: /^Pain point: Two-week wait/ });
    await expect(wait).toHaveAccessibleDescription(/Changed.*Severity: High → Medium/);
    await expect(canvas.getByRole('button', { name: /^Pain point: Retelling his history/ })).toHaveAccessibleDescription(
      /Moved from First appointment/,
    );
    wait.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(document.activeElement).toHaveAttribute('data-nav-key');
    await expect(document.activeElement).not.toBe(wait);
  },
};

/** The kitchen retailer's current state against its future state: 28 cards new, 28 gone, 23 changed. */
export const CurrentAndFutureState: Story = {
  args: { before: examples['ecommerce-kitchen'], after: examples['ecommerce-kitchen-future'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('+28 cards, −28, 23 changed')).toBeVisible();
    const ghost = canvasElement.querySelector<HTMLElement>('[data-card-id="pain-pu-fees"]')!;
    await expect(ghost).toHaveAccessibleDescription(/Removed/);
    ghost.focus();
    await userEvent.keyboard('{Enter}');
    await expect(ghost).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('{Escape}');
  },
};

/** Only the new version, its changes marked; removed parts are left out. */
export const AfterOnly: Story = { args: { defaultMode: 'after' } };

/** Dark theme, compact. */
export const Dark: Story = { args: { theme: 'dark', density: 'compact' } };

/** Right to left, in Arabic: the map mirrors; scores still read "−2 → 0". */
export const RightToLeft: Story = {
  args: { before: arabicBankJourney, after: arabicBankRevised },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.jm-JourneyCompare')).toHaveAttribute('dir', 'rtl');
    const plan = canvas.getByRole('button', { name: /فحص جودة الصورة/ });
    plan.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(document.activeElement).toHaveAttribute('data-nav-key');
  },
};
