import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { JourneyMap, defaultLabels, type Journey } from '../src';
import { drawingOrder } from '../src/model/normalize';
import { journeyArg, journeyArgType, journeys } from './argTypes';

/**
 * Keyboard-only walks through whole maps, as a person who uses no pointer makes them: Tab
 * into the map, visit every lane with the arrow keys, step through the emotion curve's
 * stages, open a card's details with Enter and close them with Escape, and Tab out again.
 * Each step checks where focus is and what it is called.
 */
const meta = {
  title: 'Accessibility/Keyboard walks',
  component: JourneyMap,
  argTypes: { journey: journeyArgType },
  render: (args) => (
    <>
      <button type="button">Before the map</button>
      <JourneyMap {...args} />
      <button type="button">After the map</button>
    </>
  ),
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

const active = () => document.activeElement as HTMLElement;
const signed = (score: number) => (score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : '0');

/** What the curve's cell at each stage is called, worked out from the journey's data. */
function stageNames(journey: Journey): string[] {
  const persona = (id: string | undefined) =>
    journey.personas.find((p) => p.id === id)?.name ?? (journey.personas.length === 1 ? journey.personas[0]!.name : journey.title);
  return journey.stages.map((stage) => {
    const scores = journey.emotions.filter((e) => e.stage === stage.id && (e.scenario ?? 'current') === 'current');
    if (scores.length !== 1)
      return `${stage.name}: ${scores.map((e) => `${persona(e.persona)} ${signed(e.score)} ${e.label ?? ''}`.trim()).join('; ')}`;
    const [e] = scores;
    return `${stage.name}: ${signed(e!.score)}${e!.label ? `, ${e!.label}` : ''} — ${persona(e!.persona)}`;
  });
}

/** The label of the lane whose row holds the focus. */
const laneOfFocus = () => active().closest('[role="row"]')?.querySelector('.jm-Lane-label')?.textContent ?? '';

type Walk = NonNullable<Story['play']>;

/** The walk, for any journey. */
const walk =
  (name: string): Walk =>
  async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const journey = journeys[name]!;
    const rtl = journey.dir === 'rtl';
    const next = rtl ? '{ArrowLeft}' : '{ArrowRight}';
    const grid = canvas.getByRole('grid');
    const before = canvas.getByRole('button', { name: 'Before the map' });

    await step('Tab into the map: past its header’s controls, into the grid’s one tab stop, its first cell', async () => {
      before.focus();
      let presses = 0;
      while (!grid.contains(active()) && presses < 20) {
        await userEvent.tab();
        presses++;
      }
      await expect(presses).toBeLessThan(20);
      await expect(active()).toHaveAttribute('role', 'gridcell');
      await expect(active()).toHaveAttribute('aria-colindex', '2');
      await expect(laneOfFocus()).toBe(drawingOrder(journey)[0]!.label);
      await expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    });

    await step('ArrowDown visits every lane in order, staying in the first stage', async () => {
      const visited = [laneOfFocus()];
      for (let i = 0; i < 200; i++) {
        const from = active();
        await userEvent.keyboard('{ArrowDown}');
        if (active() === from) break;
        await expect(active().closest('[role="gridcell"],[role="rowheader"]')).toHaveAttribute('aria-colindex', '2');
        if (laneOfFocus() !== visited.at(-1)) visited.push(laneOfFocus());
      }
      // Each lane of the journey, in the order the map draws them (a blueprint's in the service designers' order).
      await expect(visited).toEqual(drawingOrder(journey).map((lane) => lane.label));
    });

    await step('the emotion curve: each stage a stop named by its scores, its tooltip shown', async () => {
      await userEvent.keyboard('{Control>}{Home}{/Control}');
      while (!active().closest('.jm-EmotionCurve')) await userEvent.keyboard('{ArrowDown}');
      for (const [i, expected] of stageNames(journey).entries()) {
        if (i > 0) await userEvent.keyboard(next);
        await expect(active()).toHaveAttribute('role', 'gridcell');
        await expect(active()).toHaveAccessibleName(expected);
        const tooltip = await canvas.findByRole('tooltip');
        await waitFor(() => expect(tooltip).toHaveTextContent(journey.stages[i]!.name));
        await expect(active()).toHaveAccessibleDescription(new RegExp(`^${journey.stages[i]!.name}`));
      }
      await userEvent.keyboard('{Home}');
      await expect(active()).toHaveAccessibleName('View as table');
    });

    const card = await (async () => {
      await userEvent.keyboard('{Control>}{Home}{/Control}');
      while (!active().hasAttribute('data-card-id')) await userEvent.keyboard('{ArrowDown}');
      return active();
    })();
    const title = journey.cards.find((c) => c.id === card.getAttribute('data-card-id'))!.title;

    await step('Enter opens the focused card’s details dialog, with focus inside', async () => {
      await expect(card).toHaveAccessibleName(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await userEvent.keyboard('{Enter}');
      const dialog = await canvas.findByRole('dialog', { name: title });
      await waitFor(() => expect(dialog.contains(active())).toBe(true));
    });

    await step('Escape closes it and focus returns to the card', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(card).toHaveFocus());
    });

    await step('Tab leaves the map in one press; Shift+Tab comes back to the card', async () => {
      await userEvent.tab();
      await expect(grid.contains(active())).toBe(false);
      await userEvent.tab({ shift: true });
      await expect(card).toHaveFocus();
    });
  };

/** A retail journey: seven stages, one persona, every kind of lane. */
export const EcommerceKitchen: Story = {
  args: { journey: journeyArg('ecommerce-kitchen') },
  play: walk('ecommerce-kitchen'),
};

/** A service blueprint: its customer, frontstage, backstage and support lanes between the lines. */
export const CarPurchaseBlueprint: Story = {
  args: { journey: journeyArg('car-purchase-blueprint') },
  play: walk('car-purchase-blueprint'),
};

/**
 * Right to left: ArrowLeft is the next stage. The walk names what it meets in English, so
 * the map is given the English labels (Maps/Languages shows it in Arabic).
 */
export const ArabicBankRightToLeft: Story = {
  args: { journey: journeyArg('bank-account-ar'), labels: defaultLabels },
  play: walk('bank-account-ar'),
};
