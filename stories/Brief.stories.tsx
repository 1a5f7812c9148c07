import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { JourneyBrief } from '../src/views';
import { examples } from './data';
import { arabicBankJourney } from './journeys/arabic-bank';

/**
 * A journey on one page: the pain points that hurt most and how well research backs
 * each, the moments of truth, the open opportunities with their owners, and each stage's
 * KPIs. It prints on one landscape A4 or Letter page.
 */
const meta = {
  title: 'Decisions/Journey brief',
  component: JourneyBrief,
  args: { journey: examples['ecommerce-kitchen'], now: '2026-05-01' },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof JourneyBrief>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The kitchen retailer's current state. */
export const Brief: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('article', { name: 'Kitting out a first kitchen online' })).toBeVisible();
    const pains = canvas.getByRole('heading', { name: /pain points/ }).closest('section')!;
    const items = within(pains).getAllByRole('listitem');
    await expect(items.length).toBe(5);
    await expect(items[0]).toHaveAttribute('data-severity', 'high');
    await expect(canvas.getByRole('heading', { name: 'Owned actions' })).toBeVisible();
  },
};

/** Several personas, a blueprint, metrics on cards. */
export const Blueprint: Story = { args: { journey: examples['car-purchase-blueprint'] } };

/** Dark theme, compact. */
export const Dark: Story = { args: { journey: examples['healthcare-back-pain'], theme: 'dark', density: 'compact' } };

/** Right to left, in Arabic. */
export const RightToLeft: Story = { args: { journey: arabicBankJourney } };
