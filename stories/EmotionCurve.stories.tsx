import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { EmotionCurve, JourneyGrid, type EmotionCurveRenderProps, type Journey, type JourneyGridProps } from '../src';
import { densityArgType, dirArgType, journeyArg, journeyArgType, labelsArgType, themeArgType } from './argTypes';

type Args = React.ComponentProps<typeof EmotionCurve> &
  Pick<JourneyGridProps, 'theme' | 'density' | 'dir' | 'labels'> & { journey: Journey };

/**
 * `EmotionCurve` is the emotional journey: a smooth curve through each stage's
 * score over the centres of the stage columns, a neutral baseline, shading by
 * valence, highs, lows and moments of truth marked, one curve per persona (and per
 * scenario) with a legend. Each stage is a cell of the grid's row, a keyboard stop named
 * by its scores; "View as table" writes the scores out in place of the chart.
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

/** Whether two boxes overlap. */
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Checks where the score axis sits: inside the curve's cell at its start edge (the right
 * under right-to-left), clear of the lane label and of the first stage's point.
 */
async function axisAtStartEdge(canvasElement: HTMLElement, rtl: boolean) {
  const cell = canvasElement.querySelector<HTMLElement>('.jm-EmotionCurve-cell')!.getBoundingClientRect();
  const label = canvasElement.querySelector<HTMLElement>('.jm-EmotionCurve .jm-Lane-label')!.getBoundingClientRect();
  const first = canvasElement.querySelector<HTMLElement>('.jm-EmotionCurve-point[data-stage-id="awareness"]')!.getBoundingClientRect();
  const parts = [...canvasElement.querySelectorAll<HTMLElement>('.jm-EmotionCurve-tick, .jm-EmotionCurve-axisEnd')];
  await expect(parts.map((p) => p.textContent)).toEqual(['-3', '-2', '-1', '0', '1', '2', '3', 'Delighted', 'Frustrated']);
  for (const part of parts) {
    const box = part.getBoundingClientRect();
    await expect(overlap(box, label), `${part.textContent} clear of the lane label`).toBe(false);
    await expect(overlap(box, first), `${part.textContent} clear of the first point`).toBe(false);
    if (rtl) await expect(box.right <= cell.right && box.left > first.right, `${part.textContent} at the right edge`).toBe(true);
    else await expect(box.left >= cell.left && box.right < first.left, `${part.textContent} at the left edge`).toBe(true);
  }
}

/**
 * One persona's curve, with each stage's feeling written under its point, and the score
 * axis at the lane's start: the scale's numbers and the journey's words for its ends.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => axisAtStartEdge(canvasElement, false),
};

/** Right to left: the first stage on the right, and the score axis with it. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  play: async ({ canvasElement }) => axisAtStartEdge(canvasElement, true),
};

/** Hovering a stage (or focusing it) shows its scores; one tooltip follows the pointer from stage to stage, above the point. */
export const PointTooltip: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const low = canvas.getByRole('gridcell', { name: 'Delivery & setup: \u22123, Frustrated — Sarah' });
    const point = (stage: string) => canvasElement.querySelector<HTMLElement>(`.jm-EmotionCurve-point[data-stage-id="${stage}"]`)!;
    await step('hover the lowest stage', async () => {
      await userEvent.hover(low);
      const tooltip = await canvas.findByRole('tooltip');
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toHaveTextContent('Delivery & setupSarah · Score: \u22123 — Frustrated');
      await expect(low).toHaveAttribute('aria-describedby', tooltip.id);
      // Above its point, centred on it.
      const box = tooltip.getBoundingClientRect();
      const at = point('delivery').getBoundingClientRect();
      await expect(box.bottom).toBeLessThanOrEqual(at.top);
      await expect(Math.abs((box.left + box.right) / 2 - (at.left + at.right) / 2)).toBeLessThan(1);
    });
    await step('move to the next stage', async () => {
      await userEvent.hover(canvas.getByRole('gridcell', { name: 'Usage: +2, Delighted — Sarah' }));
      await waitFor(() => expect(canvas.getByRole('tooltip')).toHaveTextContent('UsageSarah · Score: +2 — Delighted'));
      await expect(canvas.getAllByRole('tooltip')).toHaveLength(1);
    });
    await step('leave the curve', async () => {
      await userEvent.unhover(canvasElement.querySelector<HTMLElement>('.jm-EmotionCurve-plot')!);
      await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
    });
  },
};

/** The scores as a table: each stage's scores written under its stage header, in place of the chart. */
export const AsTable: Story = {
  args: { journey: journeyArg('saas-onboarding-multi'), defaultView: 'table' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('svg.jm-EmotionCurve-svg')).toBeNull();
    await expect(canvas.getAllByRole('gridcell')[0]).toHaveTextContent(/Marcus Chen\s*\+1\s*Curious/);
    await userEvent.click(canvas.getByRole('button', { name: 'View as chart' }));
    await expect(canvasElement.querySelector('svg.jm-EmotionCurve-svg')).not.toBeNull();
    await expect(canvas.getByRole('button', { name: 'View as table' })).toHaveFocus();
  },
};

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
