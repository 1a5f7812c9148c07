import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { JourneyGrid, JourneyMap } from '../src';
import { CoverageStrip } from '../src/views';
import { TRUST_NOW, trustArabicBank, trustKitchen } from './journeys/trust';

/**
 * How far to trust a map. Each card says its confidence — high, medium or low, derived
 * from the research it cites by one rule (`cardConfidence`: what people do weighs more
 * than what they say, a large sample more, an old source less); a card resting only on
 * assumptions is dashed and says "Assumption". Its details list each source's traits.
 * Past the review period the header says the map needs validation and the stages whose
 * research is older say so too. `CoverageStrip` (from `react-journey-map/views`), placed
 * inside the map, shows per stage how many insights research backs. The stories are drawn
 * on a fixed day (`now`), as tests and server rendering should.
 */
const meta = {
  title: 'Decisions/Trust and freshness',
  component: JourneyMap,
  args: { journey: trustKitchen, now: TRUST_NOW, layout: 'grid', children: <CoverageStrip /> },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Validated in February under a 180-day review period, drawn on 1 September: the map
 * needs validation, five stages rest on old research, and purchase and delivery have the
 * August usability tests. A keyboard walk: from a thought down through the curve to a pain point of high
 * confidence, its details (each source's traits), back, and Page Down to the stage's coverage.
 */
export const StaleMap: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.jm-JourneyMap-header')).toHaveTextContent('Needs validation (review every 180 days)');
    await expect(canvas.getByRole('columnheader', { name: /^Awareness, stage 1/ })).toHaveAccessibleDescription(
      /^Research older than 180 days/,
    );
    await expect(canvas.getByRole('columnheader', { name: /^Delivery.*, stage 4/ })).not.toHaveAccessibleDescription(/Research older/);
    const coverage = canvas.getByRole('row', { name: /^Research coverage/ });
    await expect(within(coverage).getAllByRole('gridcell')[3]).toHaveTextContent(
      /^Delivery & setup: \d+ of \d+ insights backed by research/,
    );

    const thought = canvas.getByRole('button', { name: /^Thought: I took the whole day off/ });
    thought.focus();
    // Down to the emotion curve's stage, to the pain points' cell, then into its first card.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    const pain = canvas.getByRole('button', { name: /^Pain point: Twelve-hour delivery window.*High confidence · 3 sources( |$)/ });
    await waitFor(() => expect(pain).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(dialog).toHaveTextContent(/Unsolicited · What people say · n = 612 · .* · Out of date/);
    await expect(dialog).toHaveTextContent(/Moderated usability tests, August \(Solicited · What people do · n = 8/);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(pain).toHaveFocus());
    // Page Down: the last row, the coverage strip, in the same stage column.
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(within(coverage).getAllByRole('gridcell')[3]).toHaveFocus());
  },
};

/** The same map within its review period: no marks; the confidence levels stay. */
export const Fresh: Story = {
  args: { reviewPeriodDays: 1000 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.jm-JourneyMap-stale')).toBeNull();
    await expect(canvasElement.querySelectorAll('.jm-StageColumn-stale')).toHaveLength(0);
    await expect(within(canvasElement).getByRole('button', { name: /^Opportunity: Referral credit.* Assumption( |$)/ })).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Compact density: the confidence badges wrap inside narrow cards. */
export const Compact: Story = { args: { density: 'compact', fit: 'width' } };

/**
 * Right to left (Arabic): a bank account opened in an app, validated in January under a
 * 120-day period; identity verification rests on spring research. Keyboard: from the
 * assumption-only pain point, Tab leaves the grid (one tab stop) and Shift+Tab comes back to it.
 */
export const RightToLeft: Story = {
  args: { journey: trustArabicBank },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.jm-JourneyMap-stale')).toHaveTextContent('تحتاج إلى تحقق');
    await expect(canvas.getByRole('columnheader', { name: /^التحقق من الهوية/ })).toHaveAccessibleDescription(/^بحث أقدم من 120 يومًا/);
    const row = canvas.getByRole('row', { name: /^تغطية البحث/ });
    await expect(within(row).getAllByRole('gridcell')).toHaveLength(5);
    const high = canvas.getByRole('button', { name: /ثقة عالية/ });
    high.focus();
    await userEvent.tab();
    await expect(high).not.toHaveFocus();
    await userEvent.tab({ shift: true });
    await waitFor(() => expect(high).toHaveFocus());
  },
};

/** The strip in a host's own grid: pain points and thoughts only, under those lanes. */
export const CoverageInAGrid: Story = {
  render: (args) => (
    <JourneyGrid journey={args.journey} now={args.now} lanes={['thoughts', 'pains']} layout="grid">
      <CoverageStrip kinds={['thought', 'pain']} />
    </JourneyGrid>
  ),
  play: async ({ canvasElement }) => {
    const row = within(canvasElement).getByRole('row', { name: /^Research coverage/ });
    await expect(within(row).getAllByRole('gridcell')[0]).toHaveTextContent(/^Awareness: 2 of 2 insights backed by research/);
  },
};
