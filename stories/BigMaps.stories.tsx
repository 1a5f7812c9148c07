import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { JourneyMap } from '../src';
import { generateJourney, SIZES } from '../bench/generate';

/**
 * Maps far bigger than a screen: the benchmark's generated journeys (fixed seed), every
 * card in the DOM and in the accessibility tree a screen reader reads, however far it is
 * out of view.
 */
const meta = {
  title: 'Big maps',
  component: JourneyMap,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 1,000 cards over 24 stages and 12 lanes, with three personas' curves and blueprint links. */
export const OneThousandCards: Story = {
  name: '1,000 cards',
  args: { journey: generateJourney(SIZES[1]!) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.jm-TouchpointCard[data-card-id]').length).toBe(1_000);
  },
};

/** 10,000 cards over 240 stages: scroll sideways and down; find-in-page finds any card. */
export const TenThousandCards: Story = {
  name: '10,000 cards',
  args: { journey: generateJourney(SIZES[2]!) },
  // Not run as a test: mounting, axe and a screenshot of 150,000 nodes outlast the test
  // runner's hooks on a small machine; the 1,000-card story holds the same markup to them.
  tags: ['!test'],
};
