import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmotionCurve, JourneyGrid, type EmotionCurveRenderProps, type Journey, type JourneyGridProps } from '../src';
import { densityArgType, dirArgType, journeyArg, journeyArgType, labelsArgType, themeArgType } from './argTypes';

type Args = React.ComponentProps<typeof EmotionCurve> &
  Pick<JourneyGridProps, 'theme' | 'density' | 'dir' | 'labels'> & { journey: Journey };

/**
 * `EmotionCurve` is the emotional journey: a smooth curve through each stage's
 * score over the centres of the stage columns, a neutral baseline, shading by
 * valence, highs, lows and moments of truth marked, one curve per persona (and per
 * scenario) with a legend, and a summary and table for screen readers.
 *
 * It is a row of a `JourneyGrid`. These stories show the grid's stage headers and
 * the curve alone (`lanes={[]}` and the curve as a child), so the controls act on it.
 */
const meta = {
  title: 'Components/EmotionCurve',
  component: EmotionCurve,
  tags: ['autodocs'],
  argTypes: {
    journey: journeyArgType,
    theme: themeArgType,
    labels: labelsArgType,
    density: densityArgType,
    dir: dirArgType,
    scenarios: { control: { type: 'check' }, options: ['current', 'future'] },
    height: { control: { type: 'range', min: 80, max: 320, step: 8 } },
    children: { control: false },
  },
  args: { journey: journeyArg('ecommerce-kitchen') },
  render: ({ journey, theme, density, dir, labels, ...curve }) => (
    <JourneyGrid journey={journey} lanes={[]} theme={theme} density={density} dir={dir} labels={labels}>
      <EmotionCurve {...curve} />
    </JourneyGrid>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One persona's curve, with each stage's feeling written under its point. */
export const Default: Story = {};

/** Three personas on one map: a curve each, in the personas' colours, with a legend. */
export const SeveralPersonas: Story = { args: { journey: journeyArg('saas-onboarding-multi') } };

/** Only some personas' curves: `personas={['karen']}`. */
export const ChosenPersonas: Story = { args: { journey: journeyArg('marketing-agency'), personas: ['karen'] } };

/** Current state against future state: the redesigned journey's two scenarios overlaid. */
export const CurrentVsFuture: Story = { args: { journey: journeyArg('ecommerce-kitchen-future') } };

/** A 1–5 scale (healthcare), taller, without the shaded area or point labels. */
export const PlainCurve: Story = {
  args: { journey: journeyArg('healthcare-back-pain'), height: 240, showArea: false, showPointLabels: false },
};

/**
 * A custom drawing through the render prop: the curve's computed geometry drawn as
 * a lollipop chart. The screen-reader summary and table stay.
 */
export const CustomRenderProp: Story = {
  args: { journey: journeyArg('marketing-agency'), children: lollipops },
};

function lollipops({ series, width, height, baseline }: EmotionCurveRenderProps) {
  const offset = (i: number) => (i - (series.length - 1) / 2) * 10;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" height={height} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line x1={0} x2={width} y1={baseline} y2={baseline} stroke="var(--jm-color-border)" strokeDasharray="4 4" />
      {series.map((s, i) =>
        s.points.map((p) => (
          <g key={`${s.key}-${p.stageId}`} color={s.color}>
            <line x1={p.x + offset(i)} x2={p.x + offset(i)} y1={baseline} y2={p.y} stroke="currentColor" strokeWidth={3} />
            <circle cx={p.x + offset(i)} cy={p.y} r={5} fill="currentColor" />
          </g>
        )),
      )}
    </svg>
  );
}
