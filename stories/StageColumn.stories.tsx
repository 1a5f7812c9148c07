import type { Meta, StoryObj } from '@storybook/react-vite';
import { JourneyGrid, StageColumn, TouchpointCard, type Journey, type JourneyGridProps } from '../src';
import { densityArgType, dirArgType, journeyArg, journeyArgType, labelsArgType, themeArgType } from './argTypes';

type Args = React.ComponentProps<typeof StageColumn> &
  Pick<JourneyGridProps, 'theme' | 'density' | 'dir' | 'labels'> & { journey: Journey };

/**
 * `StageColumn` is a stage's header — phase, number, name, goal, trigger, duration
 * and metrics — and, in the stacked narrow layout, the stage's whole column. It
 * reads the journey from its `JourneyGrid`: it must be used inside one (outside,
 * it throws "`StageColumn` must be used inside `JourneyGrid`").
 *
 * These stories place one `StageColumn` as a row of its own under the grid's
 * stage headers, so the controls act on it alone.
 */
const meta = {
  title: 'Components/StageColumn',
  component: StageColumn,
  tags: ['autodocs'],
  argTypes: {
    journey: journeyArgType,
    theme: themeArgType,
    labels: labelsArgType,
    density: densityArgType,
    dir: dirArgType,
    variant: { control: { type: 'inline-radio' }, options: ['header', 'stacked'] },
    children: { control: false },
  },
  args: { journey: journeyArg('ecommerce-kitchen'), stageId: 'purchase', variant: 'header' },
  render: ({ journey, theme, density, dir, labels, ...column }) => (
    <JourneyGrid journey={journey} lanes={['touchpoints']} theme={theme} density={density} dir={dir} labels={labels}>
      <div role="row" className="jm-Lane">
        <div role="rowheader" className="jm-Lane-header">
          <span className="jm-Lane-label">StageColumn</span>
        </div>
        {column.variant === 'stacked' ? (
          <div role="gridcell" className="jm-Cell" style={{ gridColumn: '2 / span 2', display: 'block' }}>
            <StageColumn {...column} />
          </div>
        ) : (
          <StageColumn {...column} />
        )}
      </div>
    </JourneyGrid>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The header of the Purchase stage, with its goal, trigger, duration and metrics, in its own column. */
export const Header: Story = {};

/** A stage whose metrics carry targets and trends (the car purchase's handover). */
export const WithMetrics: Story = { args: { journey: journeyArg('car-purchase-blueprint'), stageId: 'handover' } };

/**
 * The stacked variant used on narrow screens: the phase name above the header, and
 * the stage's cards as children.
 */
export const Stacked: Story = {
  args: { variant: 'stacked' },
  render: ({ journey, theme, density, dir, labels, ...column }) => (
    <JourneyGrid journey={journey} lanes={['touchpoints']} theme={theme} density={density} dir={dir} labels={labels}>
      <div role="row" className="jm-Lane">
        <div role="rowheader" className="jm-Lane-header">
          <span className="jm-Lane-label">StageColumn</span>
        </div>
        <div role="gridcell" className="jm-Cell" style={{ gridColumn: '2 / span 2', display: 'block' }}>
          <StageColumn {...column}>
            <div style={{ display: 'grid', gap: 8 }}>
              {journey.cards
                .filter((card) => card.stage === column.stageId && card.kind === 'pain')
                .map((card) => (
                  <TouchpointCard key={card.id} card={card} />
                ))}
            </div>
          </StageColumn>
        </div>
      </div>
    </JourneyGrid>
  ),
};
