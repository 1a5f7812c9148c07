import type { Meta, StoryObj } from '@storybook/react-vite';
import { JourneyMap } from '../src';
import { journeyArg, journeyArgType, labelsArg, labelsArgType, themeArgType } from './argTypes';

/**
 * The four kinds of map a journey declares with `kind`. The kind shows as a badge
 * in the header; each story below trims the map to what that kind is for.
 */
const meta = {
  title: 'Maps/Map kinds',
  component: JourneyMap,
  argTypes: { journey: journeyArgType, theme: themeArgType, labels: labelsArgType },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** How things are today, pains and all: `kind: "current-state"`. */
export const CurrentState: Story = {
  args: { journey: journeyArg('healthcare-back-pain'), lanes: ['actions', 'touchpoints', 'emotion', 'pains', 'opportunities'] },
};

/**
 * A designed future: `kind: "future-state"`, with future-state emotion scores
 * (`scenario: "future"`) drawn over today's curve.
 */
export const FutureState: Story = {
  args: { journey: journeyArg('ecommerce-kitchen-future'), lanes: ['touchpoints', 'emotion', 'opportunities'], showPersonas: false },
};

/** Hour by hour through one person's day: `kind: "day-in-the-life"`. */
export const DayInTheLife: Story = {
  args: { journey: journeyArg('bakery-owner-day-ru'), labels: labelsArg('ru'), lanes: ['actions', 'thoughts', 'emotion', 'pains'] },
};

/**
 * Front stage and back stage: `kind: "service-blueprint"`. The five blueprint lanes
 * are separated by the lines of interaction, visibility and internal interaction,
 * and arrows follow the cards' links.
 */
export const ServiceBlueprint: Story = {
  args: {
    journey: journeyArg('car-purchase-blueprint'),
    lanes: ['customer', 'frontstage', 'backstage', 'support', 'evidence'],
    showPersonas: false,
  },
};
