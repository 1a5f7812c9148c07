import type { Meta, StoryObj } from '@storybook/react-vite';
import { useArgs } from 'storybook/preview-api';
import { fn } from 'storybook/test';
import { JourneyMap } from '../src';
import {
  densityArgType,
  dirArgType,
  journeyArg,
  journeyArgType,
  labelsArgType,
  layoutArgType,
  renderCardArgType,
  renderLaneArgType,
  themeArgType,
} from './argTypes';
import { channelIconsArgType } from './icons';

/**
 * `JourneyMap` draws a whole journey in one line. Every prop has a control below:
 * pick another journey, theme, language or layout, filter lanes, personas or
 * channels, or swap in a custom card face or lane renderer.
 *
 * ```tsx
 * import { JourneyMap } from 'react-journey-map';
 * import 'react-journey-map/styles.css';
 *
 * <JourneyMap journey={journey} theme="dark" onSelectedCardChange={(id, card) => open(card)} />
 * ```
 */
const meta = {
  title: 'Components/JourneyMap',
  component: JourneyMap,
  tags: ['autodocs'],
  argTypes: {
    journey: journeyArgType,
    theme: themeArgType,
    labels: labelsArgType,
    density: densityArgType,
    dir: dirArgType,
    layout: layoutArgType,
    renderCard: renderCardArgType,
    renderLane: renderLaneArgType,
    channelIcons: channelIconsArgType,
    stackBelow: { control: { type: 'number', min: 0, step: 40 } },
    fit: { control: { type: 'inline-radio' }, options: ['content', 'width'] },
    laneOrder: { control: { type: 'inline-radio' }, options: ['journey', 'story'] },
  },
  args: {
    journey: journeyArg('ecommerce-kitchen'),
    onSelectedCardChange: fn(),
    onActivePersonaChange: fn(),
    onPersonaExpandedChange: fn(),
    onError: fn(),
  },
} satisfies Meta<typeof JourneyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Everything the journey declares, with the defaults. */
export const Default: Story = {};

/**
 * Controlled selection: the host owns `selectedCardId` and updates it from
 * `onSelectedCardChange`. Here the control and the map stay in step both ways.
 */
export const ControlledSelection: Story = {
  args: { journey: journeyArg('car-purchase-blueprint'), selectedCardId: 'fs-sh', showPersonas: false },
  render: function Controlled(args) {
    const [, updateArgs] = useArgs();
    return (
      <JourneyMap
        {...args}
        onSelectedCardChange={(id, card) => {
          args.onSelectedCardChange?.(id, card);
          updateArgs({ selectedCardId: id });
        }}
      />
    );
  },
};

/** Just the grid: no header, persona panel or legend, for a map embedded in a page that already has them. */
export const GridOnly: Story = {
  args: { journey: journeyArg('it-cloud-migration'), showHeader: false, showPersonas: false, showLegend: false },
};

/**
 * `fit="width"`: the seven stage columns share the width there is (down to 120 px each,
 * their text wrapping), so the whole journey shows at 1440 px with no sideways scrolling.
 * Without it the grid scrolls, with a shadow on each side that has more to scroll to.
 */
export const FitToWidth: Story = {
  args: { journey: journeyArg('saas-onboarding-multi'), fit: 'width', showPersonas: false },
};

/** `renderCard` replaces every card's face; selection, keyboard and details still work. */
export const CustomCardFace: Story = {
  args: { journey: journeyArg('healthcare-back-pain'), renderCard: 'title only' as never, showPersonas: false },
};

/** `renderLane` replaces one lane's content (the metrics as big numbers) and keeps the rest. */
export const CustomLane: Story = {
  args: { journey: journeyArg('ecommerce-kitchen'), renderLane: 'metrics as numbers' as never, showPersonas: false },
};

/** `channelIcons` swaps the built-in channel icons for a brand's own. */
export const CustomChannelIcons: Story = {
  args: { journey: journeyArg('ecommerce-kitchen'), channelIcons: 'brand badges' as never, lanes: ['touchpoints'] },
};
