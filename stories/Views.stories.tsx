import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { JourneyMap } from '../src';
import { examples } from './data';
import { kettleJourney } from './journeys/kettle';
import { journeyArg, journeyArgType, labelsArgType, layoutArgType, themeArgType } from './argTypes';

/**
 * One map, seen different ways: as a story, with the persona and stage details open,
 * several personas, filtered by persona, lane or channel, with a card selected, on a
 * narrow screen, and with data that cannot be drawn.
 */
const meta = {
  title: 'Maps/Views',
  component: JourneyMap,
  argTypes: { journey: journeyArgType, theme: themeArgType, labels: labelsArgType, layout: layoutArgType },
  args: { onSelectedCardChange: fn(), onActivePersonaChange: fn(), onError: fn() },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The story order (`laneOrder="story"`): the stages, then the emotional arc, then the
 * pains, all in the first screen; the other lanes follow in the journey's order. The
 * persona is a strip and the stages' details are folded, as in every map by default.
 */
export const StoryOrder: Story = {
  args: { journey: journeyArg('car-purchase-blueprint'), laneOrder: 'story' },
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('.jm-JourneyGrid-body > [role="row"]');
    await expect([...rows].slice(0, 2).map((r) => r.getAttribute('data-kind'))).toEqual(['emotion', 'pains']);
    await expect(canvasElement.querySelector('.jm-EmotionCurve')!.getBoundingClientRect().bottom).toBeLessThan(900);
  },
};

/**
 * The persona's whole card (`defaultPersonaExpanded`) and every stage's goal, trigger,
 * duration and metrics, opened with their buttons.
 */
export const DetailsOpen: Story = {
  args: { journey: journeyArg('ecommerce-kitchen'), defaultPersonaExpanded: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Persona details' })).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('heading', { name: 'Needs' })).toBeVisible();
    const stageDetails = canvas.getByRole('button', { name: 'Stage details' });
    await userEvent.click(stageDetails);
    await expect(stageDetails).toHaveAttribute('aria-expanded', 'true');
    await expect(canvasElement.querySelector('.jm-StageColumn-fields')).toBeVisible();
  },
};

/** The smallest useful journey — one persona, two stages, a touchpoint and two scores — drawn whole. */
export const SmallestJourney: Story = { args: { journey: kettleJourney } };

/**
 * Three personas on one map: a switcher (its "Persona details" button shows every
 * persona's compact card), and one emotion curve per persona with a legend.
 */
export const SeveralPersonas: Story = { args: { journey: journeyArg('saas-onboarding-multi') } };

/**
 * Filtered to one persona (`defaultActivePersonaId="karen"`): the CFO's own lane
 * and cards stay, David's cards and curve are hidden. Shared cards stay.
 */
export const FilteredToOnePersona: Story = {
  args: { journey: journeyArg('marketing-agency'), defaultActivePersonaId: 'karen' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'Karen Lindqvist' })).toBeChecked();
    await expect(canvasElement.querySelector('[data-card-id="th-david-challenge"]')).toBeNull();
    await expect(canvasElement.querySelector('[data-card-id="th-karen-challenge"]')).not.toBeNull();
  },
};

/** Only some lanes, by id or kind: `lanes={['touchpoints', 'pains', 'emotion']}`. */
export const OnlySomeLanes: Story = {
  args: { journey: journeyArg('ecommerce-kitchen'), lanes: ['touchpoints', 'pains', 'emotion'] },
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('[role="row"][data-lane-id]');
    await expect([...rows].map((r) => r.getAttribute('data-kind'))).toEqual(['touchpoints', 'emotion', 'pains']);
  },
};

/** Only touchpoints on some channels: `channels={['web', 'mobile-app', 'email']}`; other lanes are unchanged. */
export const OnlySomeChannels: Story = {
  args: { journey: journeyArg('ecommerce-kitchen'), channels: ['web', 'mobile-app', 'email'], lanes: ['touchpoints', 'actions'] },
  play: async ({ canvasElement }) => {
    const channels = [...canvasElement.querySelectorAll('[data-kind="touchpoint"] [data-channel]')].map((el) =>
      el.getAttribute('data-channel'),
    );
    await expect(channels.length).toBeGreaterThan(0);
    await expect(channels.every((c) => c === 'web' || c === 'mobile-app' || c === 'email')).toBe(true);
  },
};

/**
 * A selected card (`defaultSelectedCardId="bs-de"`, the manager approving the
 * discount): the cards it links to and from are highlighted, and so are the arrows.
 */
export const SelectedCard: Story = {
  args: { journey: journeyArg('car-purchase-blueprint'), defaultSelectedCardId: 'bs-de', showPersonas: false },
  play: async ({ canvasElement }) => {
    const card = (id: string) => canvasElement.querySelector(`[data-card-id="${id}"]`);
    await expect(card('bs-de')).toHaveAttribute('data-selected');
    await expect(card('bs-de')).toHaveAttribute('aria-pressed', 'true');
    for (const linked of ['fs-de', 'sp-de', 'bs-ho']) await expect(card(linked)).toHaveAttribute('data-linked');
    await expect(card('cu-de')).not.toHaveAttribute('data-linked');
  },
};

/**
 * On a phone (320 px wide) the automatic layout stacks the stages: each stage is a
 * column of its own with its lanes one under another. Like the grid it is one tab stop,
 * which the arrow keys move through the cards and scores.
 */
export const NarrowStacked: Story = {
  args: { journey: journeyArg('ecommerce-kitchen') },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.jm-JourneyGrid')).toHaveAttribute('data-layout', 'stacked'));
    await expect(within(canvasElement).getAllByRole('group', { name: /Awareness|Purchase/ }).length).toBeGreaterThan(0);
    // One tab stop, as in the grid; no landmark per stage or lane.
    await expect(canvasElement.querySelectorAll('.jm-Stacked [tabindex="0"]')).toHaveLength(1);
    await expect(within(canvasElement).queryAllByRole('region').length).toBeLessThanOrEqual(2);
  },
};

/**
 * Data that cannot be drawn: the map shows every problem with its path instead of
 * throwing, and calls `onError` with the same list.
 */
export const InvalidJourney: Story = {
  args: { journey: brokenJourney() },
  play: async ({ canvasElement, args }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('This journey map cannot be drawn');
    await expect(alert).toHaveTextContent('cards[3].stage');
    await waitFor(() => expect(args.onError).toHaveBeenCalled());
  },
};

/** The kitchen journey with three typical mistakes: a misspelt stage, a missing name and a score off the scale. */
function brokenJourney(): unknown {
  const journey = structuredClone(examples['ecommerce-kitchen']!) as unknown as {
    cards: Array<{ stage: string }>;
    personas: Array<{ name?: string }>;
    emotions: Array<{ score: number }>;
  };
  journey.cards[3]!.stage = 'chekout';
  delete journey.personas[0]!.name;
  journey.emotions[0]!.score = 9;
  return journey;
}
