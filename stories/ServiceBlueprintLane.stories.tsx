import type { Meta, StoryObj } from '@storybook/react-vite';
import { JourneyGrid, ServiceBlueprintLane, type Journey, type JourneyGridProps } from '../src';
import { densityArgType, dirArgType, journeyArg, journeyArgType, labelsArgType, themeArgType } from './argTypes';

type Args = React.ComponentProps<typeof ServiceBlueprintLane> &
  Pick<JourneyGridProps, 'theme' | 'density' | 'dir' | 'labels' | 'defaultSelectedCardId'> & { journey: Journey };

const BLUEPRINT_LANES = ['customer', 'frontstage', 'backstage', 'support', 'evidence'];

/**
 * `ServiceBlueprintLane` draws the service-blueprint lanes — customer actions,
 * frontstage, backstage, support processes, physical evidence — separated by the
 * labelled lines of interaction, visibility and internal interaction, with arrows
 * for the links between cards. It lives inside a `JourneyGrid`, whose stage columns
 * it shares; the grid draws it for the journey's blueprint lanes.
 */
const meta = {
  title: 'Components/ServiceBlueprintLane',
  component: ServiceBlueprintLane,
  tags: ['autodocs'],
  argTypes: {
    journey: journeyArgType,
    theme: themeArgType,
    labels: labelsArgType,
    density: densityArgType,
    dir: dirArgType,
    lines: { control: { type: 'check' }, options: ['interaction', 'visibility', 'internal'] },
  },
  args: { journey: journeyArg('car-purchase-blueprint') },
  render: ({ journey, theme, density, dir, labels, defaultSelectedCardId }) => (
    <JourneyGrid
      journey={journey}
      lanes={BLUEPRINT_LANES}
      theme={theme}
      density={density}
      dir={dir}
      labels={labels}
      defaultSelectedCardId={defaultSelectedCardId}
    />
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The car purchase's five blueprint lanes, the three lines and the arrows between linked cards. */
export const Default: Story = {};

/** With the dealership manager's approval selected: its arrows and linked cards are highlighted. */
export const WithSelection: Story = { args: { defaultSelectedCardId: 'bs-de' } };
