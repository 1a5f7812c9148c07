import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, memo, Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import {
  EmotionCurve,
  JourneyGrid,
  ServiceBlueprintLane,
  type EmotionCurveProps,
  type Journey,
  type ServiceBlueprintLaneProps,
} from '../../src';
import { smallBlueprint, smallJourney } from '../fixtures';

/*
 * Parts register with the grid around them, however the host wraps them: the grid
 * leaves their lanes to them and never draws them a second time.
 */

/** A host's own component around a part. */
function HostCurve(props: EmotionCurveProps) {
  return <EmotionCurve {...props} />;
}
function HostBlueprint(props: ServiceBlueprintLaneProps) {
  return <ServiceBlueprintLane {...props} />;
}
const MemoCurve = memo(EmotionCurve);
const MemoBlueprint = memo(ServiceBlueprintLane);

/** The labels of the grid's rows in document order (lanes, curves; not blueprint lines or the curve's table). */
const rowLabels = () =>
  Array.from(screen.getByRole('grid').querySelectorAll('[role="row"] > [role="rowheader"] .jm-Lane-label'), (el) => el.textContent);
const curves = () => screen.getByRole('grid').querySelectorAll<HTMLElement>('.jm-EmotionCurve');
const tabStops = () => Array.from(screen.getByRole('grid').querySelectorAll('[tabindex="0"]'));

/** The blueprint with an emotion lane at its end. */
function blueprintWithFeelings(): Journey {
  const j = smallBlueprint();
  return { ...j, lanes: [...j.lanes, { id: 'feel', kind: 'emotion', label: 'Emotions' }] };
}

describe('parts inside a grid', () => {
  it.each([
    ['wrapped in a host component', HostCurve],
    ['memoised', MemoCurve],
  ])('an emotion curve %s is drawn once, in its place after the lanes', (_how, Curve) => {
    render(
      <JourneyGrid journey={smallJourney()} layout="grid">
        <Curve />
      </JourneyGrid>,
    );
    expect(curves()).toHaveLength(1);
    expect(rowLabels()).toEqual(['Touchpoints', 'Pain points', 'Emotions']);
  });

  it('a wrapped curve keeps its lane when the lanes filter leaves it out', () => {
    render(
      <JourneyGrid journey={smallJourney()} layout="grid" lanes={['touch']}>
        <HostCurve />
      </JourneyGrid>,
    );
    expect(rowLabels()).toEqual(['Touchpoints', 'Emotions']);
    expect(curves()[0]).toHaveAttribute('data-lane-id', 'feel');
  });

  it.each([
    ['wrapped in a host component', HostBlueprint],
    ['memoised', MemoBlueprint],
  ])('a service blueprint %s is drawn once', (_how, Blueprint) => {
    render(
      <JourneyGrid journey={smallBlueprint()} layout="grid" lanes={[]}>
        <Blueprint />
      </JourneyGrid>,
    );
    expect(screen.getByRole('grid').querySelectorAll('.jm-ServiceBlueprintLane')).toHaveLength(1);
    expect(rowLabels()).toEqual(['Customer actions', 'Frontstage', 'Backstage', 'Support processes']);
    expect(within(screen.getByRole('grid')).getAllByRole('button', { name: /^Action: Asks for a kettle/ })).toHaveLength(1);
  });

  it('keyboard navigation walks the parts’ lanes in document order', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <JourneyGrid journey={blueprintWithFeelings()} layout="grid" lanes={[]}>
        <HostBlueprint lanes={['customer', 'front']} lines={[]} />
        <MemoCurve />
      </JourneyGrid>,
    );
    expect(rowLabels()).toEqual(['Customer actions', 'Frontstage', 'Emotions']);
    // The first lane drawn holds the tab stop; Ctrl+End goes to the last.
    const customer = screen.getByRole('rowheader', { name: 'Customer actions' }).parentElement!;
    expect(tabStops()).toEqual([within(customer).getAllByRole('gridcell')[0]]);
    await user.tab();
    await user.keyboard('{Control>}{End}{/Control}');
    // The last cell of the curve, the last row: its last stage.
    expect(document.activeElement).toBe(within(curves()[0]!).getAllByRole('gridcell').at(-1));

    rerender(
      <JourneyGrid journey={blueprintWithFeelings()} layout="grid" lanes={[]}>
        <MemoCurve />
        <HostBlueprint lanes={['customer', 'front']} lines={[]} />
      </JourneyGrid>,
    );
    expect(rowLabels()).toEqual(['Emotions', 'Customer actions', 'Frontstage']);
    // The parts were mounted anew, focus with them; the curve now comes first.
    const curveCell = within(curves()[0]!).getAllByRole('gridcell')[0]!;
    act(() => curveCell.focus());
    await user.keyboard('{Control>}{End}{/Control}');
    const front = screen.getByRole('rowheader', { name: 'Frontstage' }).parentElement!;
    expect(front).toContainElement(document.activeElement as HTMLElement);
  });

  it('when the part goes, the grid draws the lane itself again, in the journey’s order', () => {
    const { rerender } = render(
      <JourneyGrid journey={smallJourney()} layout="grid">
        <HostCurve />
      </JourneyGrid>,
    );
    expect(rowLabels()).toEqual(['Touchpoints', 'Pain points', 'Emotions']);
    rerender(<JourneyGrid journey={smallJourney()} layout="grid" />);
    expect(curves()).toHaveLength(1);
    expect(rowLabels()).toEqual(['Touchpoints', 'Emotions', 'Pain points']);
  });

  it('a lazy curve replaces the grid’s own once it has loaded', async () => {
    let load: (value: { default: typeof EmotionCurve }) => void = () => undefined;
    const LazyCurve = lazy(() => new Promise<{ default: typeof EmotionCurve }>((resolve) => (load = resolve)));
    render(
      <JourneyGrid journey={smallJourney()} layout="grid">
        <Suspense fallback={null}>
          <LazyCurve personas={['sam']} />
        </Suspense>
      </JourneyGrid>,
    );
    // While it loads, the grid draws the curve itself.
    expect(rowLabels()).toEqual(['Touchpoints', 'Emotions', 'Pain points']);
    await act(async () => load({ default: EmotionCurve }));
    await waitFor(() => expect(rowLabels()).toEqual(['Touchpoints', 'Pain points', 'Emotions']));
    expect(curves()).toHaveLength(1);
  });

  it('stacked, a wrapped part still keeps its lane: the stages show its scores', () => {
    render(
      <JourneyGrid journey={smallJourney()} layout="stacked" lanes={['touch']}>
        <HostCurve />
      </JourneyGrid>,
    );
    expect(within(screen.getByRole('group', { name: 'Search, stage 1 of 2' })).getByText('+1 · Curious')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Checkout, stage 2 of 2' })).getByText('\u22122 · Annoyed')).toBeInTheDocument();
    // The part itself draws nothing the user can see or reach.
    expect(screen.queryAllByRole('row')).toEqual([]);
  });
});
