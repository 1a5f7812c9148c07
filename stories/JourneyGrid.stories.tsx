import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { EmotionCurve, JourneyGrid, type Card } from '../src';
import {
  densityArgType,
  dirArgType,
  journeyArg,
  journeyArgType,
  labelsArgType,
  layoutArgType,
  metricsAsNumbers,
  renderCardArgType,
  renderLaneArgType,
  themeArgType,
} from './argTypes';
import { channelIconsArgType } from './icons';

/**
 * `JourneyGrid` is the map without its header, persona panel and legend: a column
 * per stage, a row per lane. It shares the journey, layout and interaction state
 * with the parts inside it, so a host composes its own map — only the lanes it
 * wants, its own rows as children, its own card faces and lane renderers.
 *
 * ```tsx
 * <JourneyGrid journey={journey} lanes={['touchpoints', 'pains']}>
 *   <EmotionCurve personas={['sarah']} />
 * </JourneyGrid>
 * ```
 */
const meta = {
  title: 'Components/JourneyGrid',
  component: JourneyGrid,
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
    children: { control: false },
  },
  args: { journey: journeyArg('ecommerce-kitchen'), onSelectedCardChange: fn(), onError: fn() },
} satisfies Meta<typeof JourneyGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every lane of the journey, with phase and stage headers. */
export const Default: Story = {};

/**
 * Only some lanes (`lanes={['touchpoints', 'pains']}`), with an `<EmotionCurve />`
 * added as a child row: it lines up with the stage columns by itself.
 */
export const SomeLanesWithEmotionCurve: Story = {
  args: { lanes: ['touchpoints', 'pains'], children: <EmotionCurve /> },
};

/** A custom `renderLane`: the metrics lane as big numbers; the other lanes keep the built-in cells. */
export const CustomRenderLane: Story = {
  args: { lanes: ['touchpoints', 'metrics'], renderLane: metricsAsNumbers },
};

/** A custom `renderCard`: a sticky-note face with the card's description; the card keeps its role, keyboard and details. */
export const CustomRenderCard: Story = {
  args: { journey: journeyArg('it-cloud-migration'), lanes: ['thoughts', 'pains'], renderCard: stickyNote },
};

/** Without the phase row (`showPhases={false}`), in the compact density. */
export const CompactWithoutPhases: Story = {
  args: { showPhases: false, density: 'compact', lanes: ['actions', 'touchpoints', 'emotion'] },
};

/** `layout="stacked"`: one stage under another, whatever the width. */
export const Stacked: Story = {
  args: { layout: 'stacked', lanes: ['touchpoints', 'pains', 'emotion'] },
};

function stickyNote(card: Card) {
  return (
    <span style={{ display: 'grid', gap: 4 }}>
      <strong>{card.title}</strong>
      {card.description && <span style={{ fontSize: '0.9em', color: 'var(--jm-color-muted)' }}>{card.description}</span>}
    </span>
  );
}
