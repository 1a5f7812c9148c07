import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmotionCurve, JourneyGrid, JourneyMap, type EmotionCurveRenderProps, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { smallJourney } from '../fixtures';

/** Three stages, one persona: Search 1 (Curious), Checkout -2 (Annoyed), Delivery 2 (Relieved); a moment of truth at Checkout. */
function threeStages(): Journey {
  const j = smallJourney();
  return {
    ...j,
    stages: [...j.stages, { id: 'delivery', name: 'Delivery' }],
    emotions: [...j.emotions, { stage: 'delivery', persona: 'sam', score: 2, label: 'Relieved' }],
  };
}

/** Two personas, each with a current curve; Sam also has a future-state curve. */
function twoPersonas(): Journey {
  const j = threeStages();
  return {
    ...j,
    personas: [...j.personas, { id: 'ana', name: 'Ana Silva' }],
    emotions: [
      ...j.emotions,
      { stage: 'search', persona: 'ana', score: -1 },
      { stage: 'checkout', persona: 'ana', score: 0 },
      { stage: 'delivery', persona: 'ana', score: 3 },
      { stage: 'search', persona: 'sam', score: 2, scenario: 'future' },
      { stage: 'checkout', persona: 'sam', score: 1, scenario: 'future' },
      { stage: 'delivery', persona: 'sam', score: 3, scenario: 'future' },
    ],
  };
}

type Box = { left: number; width: number };

/**
 * jsdom lays nothing out. Stage header cells report the boxes given (mutable, so a test
 * can "resize" the page), the grid as wide as they reach; every other element reports an
 * empty box.
 */
function mockStageColumns(boxes: Record<string, Box>) {
  return vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const stageId = this.getAttribute('data-stage-id');
    const isHeader = this.getAttribute('role') === 'columnheader' && this.closest('.jm-JourneyGrid-stageRow') !== null;
    const box = stageId && isHeader ? boxes[stageId] : undefined;
    if (box) return new DOMRect(box.left, 0, box.width, 48);
    // The grid, which the map watches for resizes, is as wide as its columns reach.
    if (this.getAttribute('role') === 'grid') return new DOMRect(0, 0, Math.max(...Object.values(boxes).map((b) => b.left + b.width)), 400);
    return new DOMRect(0, 0, 0, 0);
  });
}

/** A ResizeObserver that reports a resize when the test says so. */
class ResizeObserverStub {
  static instances: ResizeObserverStub[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {
    ResizeObserverStub.instances.push(this);
  }
  observe() {}
  unobserve() {}
  disconnect() {
    ResizeObserverStub.instances = ResizeObserverStub.instances.filter((o) => o !== this);
  }
  static resize() {
    act(() => {
      for (const o of [...ResizeObserverStub.instances]) o.callback([], o as unknown as ResizeObserver);
    });
  }
}

/** The curve's points by stage id: their left offset in percent and their top in pixels. */
function points(): Record<string, { left: number; top: number; valence: string | null; extreme: string | null }> {
  const out: ReturnType<typeof points> = {};
  for (const el of document.querySelectorAll<HTMLElement>('.jm-EmotionCurve-point')) {
    out[el.getAttribute('data-stage-id')!] = {
      left: parseFloat(el.style.left),
      top: parseFloat(el.style.top),
      valence: el.getAttribute('data-valence'),
      extreme: el.getAttribute('data-extreme'),
    };
  }
  return out;
}

const lefts = () => Object.fromEntries(Object.entries(points()).map(([id, p]) => [id, Number(p.left.toFixed(3))]));

beforeEach(() => {
  ResizeObserverStub.instances = [];
  vi.stubGlobal('ResizeObserver', ResizeObserverStub);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('EmotionCurve over the stage columns', () => {
  it('given columns of unequal widths → each point sits over the centre of its stage column', () => {
    // Search 100 px wide, Checkout 300 px, Delivery 200 px, starting 100 px into the page.
    mockStageColumns({ search: { left: 100, width: 100 }, checkout: { left: 200, width: 300 }, delivery: { left: 500, width: 200 } });
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    // Centres 50, 250 and 500 px of 600 px.
    expect(lefts()).toEqual({ search: 8.333, checkout: 41.667, delivery: 83.333 });
    const line = document.querySelector('.jm-EmotionCurve-line')!;
    expect(line.getAttribute('d')).toMatch(/^M50,/);
    expect(document.querySelector('.jm-EmotionCurve-svg')).toHaveAttribute('viewBox', '0 0 600 168');
  });

  it('when the columns are resized → the points follow', () => {
    const boxes = { search: { left: 100, width: 100 }, checkout: { left: 200, width: 300 }, delivery: { left: 500, width: 200 } };
    mockStageColumns(boxes);
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    boxes.search = { left: 0, width: 400 };
    boxes.checkout = { left: 400, width: 400 };
    boxes.delivery = { left: 800, width: 200 };
    ResizeObserverStub.resize();
    // Centres 200, 600 and 900 px of 1000 px.
    expect(lefts()).toEqual({ search: 20, checkout: 60, delivery: 90 });
  });

  it('before the columns are measured (or on the server) → equal columns, stage 0 on the left', () => {
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    expect(lefts()).toEqual({ search: 16.667, checkout: 50, delivery: 83.333 });
  });

  it('right to left, before measuring → the columns are mirrored: stage 0 on the right', () => {
    render(<JourneyGrid journey={threeStages()} layout="grid" dir="rtl" />);
    expect(lefts()).toEqual({ search: 83.333, checkout: 50, delivery: 16.667 });
  });

  it('right to left, measured → the points follow the headers, laid out from the right', () => {
    mockStageColumns({ search: { left: 500, width: 200 }, checkout: { left: 200, width: 300 }, delivery: { left: 100, width: 100 } });
    render(<JourneyGrid journey={threeStages()} layout="grid" dir="rtl" />);
    expect(lefts()).toEqual({ search: 83.333, checkout: 41.667, delivery: 8.333 });
  });

  it('places points vertically by score on the journey scale, and marks valence, high and low', () => {
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    // Height 168, padding 16: score 3 at 16 px, -3 at 152 px, so each point of score is 136 / 6 px.
    const p = points();
    expect(p.search!.top).toBeCloseTo(152 - 4 * (136 / 6));
    expect(p.checkout!.top).toBeCloseTo(152 - 1 * (136 / 6));
    expect(p.delivery!.top).toBeCloseTo(152 - 5 * (136 / 6));
    expect(Object.values(p).map((q) => [q.valence, q.extreme])).toEqual([
      ['positive', null],
      ['negative', 'low'],
      ['positive', 'high'],
    ]);
    const high = document.querySelector('[data-extreme="high"]')!;
    expect(high).toHaveTextContent('High · Relieved');
  });

  it('marks the stage of a moment of truth', () => {
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    expect(document.querySelector('[data-stage-id="checkout"].jm-EmotionCurve-point')).toHaveAttribute('data-moment-of-truth', '');
    expect(document.querySelector('[data-stage-id="search"].jm-EmotionCurve-point')).not.toHaveAttribute('data-moment-of-truth');
    expect(document.querySelectorAll('rect.jm-EmotionCurve-moment')).toHaveLength(1);
  });
});

describe('EmotionCurve for screen readers', () => {
  const stageCells = (row: HTMLElement) => within(row).getAllByRole('gridcell');

  it('is a row of the grid headed by the lane label, its drawing hidden, a cell per stage named by its scores, and a summary', () => {
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    const grid = screen.getByRole('grid');
    const header = within(grid).getByRole('rowheader', { name: 'Emotions' });
    const row = header.closest('[role="row"]') as HTMLElement;
    expect(row).toHaveClass('jm-EmotionCurve');
    expect(row.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(
      within(header).getByText('Sam Rivera: highest at Delivery (2), lowest at Checkout (-2), on a scale from -3 to 3.'),
    ).toBeInTheDocument();
    const cells = stageCells(row);
    expect(cells.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Search: +1, Curious — Sam Rivera',
      'Checkout: \u22122, Annoyed — Sam Rivera',
      'Delivery: +2, Relieved — Sam Rivera',
    ]);
    expect(cells.map((c) => c.getAttribute('aria-colindex'))).toEqual(['2', '3', '4']);
  });

  it('names a stage without a score as such', () => {
    const j = threeStages();
    j.emotions = j.emotions.filter((e) => e.stage !== 'checkout');
    render(<JourneyGrid journey={j} layout="grid" />);
    expect(screen.getByRole('gridcell', { name: 'Checkout: no score' })).toBeInTheDocument();
  });

  it('names a stage of several curves by every curve scored there', () => {
    render(<JourneyGrid journey={twoPersonas()} layout="grid" />);
    expect(
      screen.getByRole('gridcell', {
        name: 'Delivery: Sam Rivera — Current state +2 Relieved; Sam Rivera — Future state +3; Ana Silva — Current state +3',
      }),
    ).toBeInTheDocument();
  });

  it('uses the labels given', () => {
    render(
      <JourneyGrid
        journey={threeStages()}
        layout="grid"
        labels={{
          high: 'Hoch',
          low: 'Tief',
          viewAsTable: 'Als Tabelle',
          emotionSummary: ({ name, highStage }) => `${name} am besten bei ${highStage}`,
          emotionStage: ({ stage, scores }) => `${stage} → ${scores.map((s) => s.score).join(' ')}`,
        }}
      />,
    );
    expect(screen.getByText('Sam Rivera am besten bei Delivery')).toBeInTheDocument();
    expect(document.querySelector('[data-extreme="low"]')).toHaveTextContent('Tief · Annoyed');
    expect(screen.getByRole('gridcell', { name: 'Search → +1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als Tabelle' })).toBeInTheDocument();
  });
});

describe('EmotionCurve as a table', () => {
  it('"View as table" writes each stage’s scores in its column in place of the chart; "View as chart" brings the chart back', async () => {
    const user = userEvent.setup();
    const onViewChange = vi.fn();
    render(
      <JourneyGrid journey={threeStages()} layout="grid" lanes={['touch']}>
        <EmotionCurve data-testid="curve" onViewChange={onViewChange} />
      </JourneyGrid>,
    );
    const curve = screen.getByTestId('curve');
    await user.click(within(curve).getByRole('button', { name: 'View as table' }));
    expect(onViewChange).toHaveBeenLastCalledWith('table');
    expect(curve).toHaveAttribute('data-view', 'table');
    expect(curve.querySelector('svg')).toBeNull();
    const cells = within(curve).getAllByRole('gridcell');
    expect(cells.map((c) => c.textContent)).toEqual(['+1Curious', '\u22122Annoyed', '+2Relieved']);
    expect(cells.map((c) => c.style.gridColumn)).toEqual(['2', '3', '4']);
    expect(cells[1]).toHaveAccessibleName('Checkout: \u22122, Annoyed — Sam Rivera');
    // The button stays where it was, with focus, and turns back.
    const back = within(curve).getByRole('button', { name: 'View as chart' });
    expect(back).toHaveFocus();
    await user.click(back);
    expect(onViewChange).toHaveBeenLastCalledWith('chart');
    expect(curve.querySelector('svg')).not.toBeNull();
  });

  it('names each curve in a cell when several are drawn', () => {
    render(
      <JourneyGrid journey={twoPersonas()} layout="grid" lanes={['touch']}>
        <EmotionCurve defaultView="table" scenarios={['current']} />
      </JourneyGrid>,
    );
    expect(screen.getByRole('gridcell', { name: /^Search: / })).toHaveTextContent('Sam Rivera+1CuriousAna Silva\u22121');
  });

  it('controlled: shows the view given and only asks the host to change it', async () => {
    const user = userEvent.setup();
    const onViewChange = vi.fn();
    render(
      <JourneyGrid journey={threeStages()} layout="grid" lanes={['touch']}>
        <EmotionCurve data-testid="curve" view="table" onViewChange={onViewChange} />
      </JourneyGrid>,
    );
    await user.click(screen.getByRole('button', { name: 'View as chart' }));
    expect(onViewChange).toHaveBeenCalledWith('chart');
    expect(screen.getByTestId('curve')).toHaveAttribute('data-view', 'table');
  });
});

describe('EmotionCurve with several curves', () => {
  it('draws a curve per persona and scenario with a legend naming each', () => {
    render(<JourneyGrid journey={twoPersonas()} layout="grid" />);
    const legend = screen.getByRole('list', { name: /^Legend: / });
    // Each line, then each kind of mark the curve draws.
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Sam Rivera — Current state',
      'Sam Rivera — Future state',
      'Ana Silva — Current state',
      'Score',
      'Highest, lowest',
      'Moment of truth',
    ]);
    expect(document.querySelectorAll('path.jm-EmotionCurve-line')).toHaveLength(3);
    expect(document.querySelectorAll('path.jm-EmotionCurve-line[data-scenario="future"]')).toHaveLength(1);
  });

  it('draws only the personas and scenarios asked for', () => {
    render(
      <JourneyGrid journey={twoPersonas()} layout="grid" lanes={['touch']}>
        <EmotionCurve personas={['sam']} scenarios={['current']} data-testid="curve" />
      </JourneyGrid>,
    );
    const curve = screen.getByTestId('curve');
    expect(curve).toHaveAttribute('data-series', '1');
    // One line needs no name in the legend; its marks still do.
    expect(
      within(within(curve).getByRole('list', { name: /^Legend: / }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Score', 'Highest, lowest', 'Moment of truth']);
    expect(within(curve).getByText(/^Sam Rivera: highest at Delivery/)).toBeInTheDocument();
  });

  it('follows the persona filter of the grid', () => {
    render(<JourneyGrid journey={twoPersonas()} layout="grid" personas={['ana']} />);
    expect(screen.getByText('Ana Silva: highest at Delivery (3), lowest at Search (-1), on a scale from -3 to 3.')).toBeInTheDocument();
    expect(screen.queryByText(/^Sam Rivera/)).not.toBeInTheDocument();
  });
});

describe('EmotionCurve render prop', () => {
  it('hands the computed geometry to a custom drawing and keeps the text alternative', () => {
    mockStageColumns({ search: { left: 0, width: 100 }, checkout: { left: 100, width: 300 }, delivery: { left: 400, width: 200 } });
    const draw = vi.fn((g: EmotionCurveRenderProps) => (
      <svg data-testid="custom">
        {g.series[0]!.points.map((p) => (
          <circle key={p.stageId} cx={p.x} cy={p.y} r={3} />
        ))}
      </svg>
    ));
    render(
      <JourneyGrid journey={threeStages()} layout="grid" lanes={['touch']}>
        <EmotionCurve height={100}>{draw}</EmotionCurve>
      </JourneyGrid>,
    );
    const last = draw.mock.lastCall![0];
    expect(last.width).toBe(600);
    expect(last.height).toBe(100);
    expect(last.columns).toEqual([
      { left: 0, width: 100 },
      { left: 100, width: 300 },
      { left: 400, width: 200 },
    ]);
    expect(last.baseline).toBe(50);
    expect(last.series[0]!.points.map((p) => [p.stageId, p.x, p.score])).toEqual([
      ['search', 50, 1],
      ['checkout', 250, -2],
      ['delivery', 500, 2],
    ]);
    expect(last.series[0]!.high).toBe(2);
    expect(last.series[0]!.low).toBe(1);
    expect([...screen.getByTestId('custom').querySelectorAll('circle')].map((c) => c.getAttribute('cx'))).toEqual(['50', '250', '500']);
    expect(document.querySelector('.jm-EmotionCurve-point')).toBeNull();
    expect(screen.getAllByRole('gridcell', { name: /Sam Rivera$/ })).toHaveLength(3);
  });
});

describe('EmotionCurve outside a JourneyGrid', () => {
  it('throws a clear error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<EmotionCurve />)).toThrow('`EmotionCurve` must be used inside `JourneyGrid`');
  });
});

/** The axis as it reads: its numbers from the top down, and its end words. */
function axis(root: ParentNode = document) {
  const el = root.querySelector<HTMLElement>('.jm-EmotionCurve-axis');
  if (!el) return null;
  const ticks = [...el.querySelectorAll<HTMLElement>('.jm-EmotionCurve-tick')].map((t) => ({
    text: t.textContent,
    top: parseFloat(t.style.top),
  }));
  const end = (which: string) => el.querySelector(`.jm-EmotionCurve-axisEnd[data-end="${which}"]`)?.textContent ?? null;
  return {
    el,
    numbers: [...ticks].sort((a, b) => a.top - b.top).map((t) => t.text),
    tops: ticks.map((t) => t.top),
    maxWord: end('max'),
    minWord: end('min'),
  };
}

describe('EmotionCurve score axis', () => {
  it('labels every whole score of the scale, top to bottom, at the height of its score', () => {
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    const a = axis()!;
    expect(a.numbers).toEqual(['3', '2', '1', '0', '-1', '-2', '-3']);
    // Height 168, padding 16: score 3 at 16 px, -3 at 152 px.
    expect(Math.min(...a.tops)).toBe(16);
    expect(Math.max(...a.tops)).toBe(152);
    expect(a.el).toHaveAttribute('aria-hidden', 'true');
  });

  it('follows a 1–5 scale and marks the neutral score', () => {
    const j = { ...threeStages(), emotionScale: { min: 1, max: 5, neutral: 2 } };
    j.emotions = j.emotions.map((e) => ({ ...e, score: e.score + 3 }));
    render(<JourneyGrid journey={j} layout="grid" />);
    expect(axis()!.numbers).toEqual(['5', '4', '3', '2', '1']);
    expect(document.querySelector('.jm-EmotionCurve-tick[data-neutral]')).toHaveTextContent('2');
  });

  it('never crowds a short lane: fewer numbers when the curve is low', () => {
    render(
      <JourneyGrid journey={threeStages()} layout="grid" lanes={['touch']}>
        <EmotionCurve height={80} />
      </JourneyGrid>,
    );
    expect(axis()!.numbers).toEqual(['2', '0', '-2']);
  });

  it("writes the journey's words for the ends of the scale, and the summary says them too", () => {
    const j = { ...threeStages(), emotionScale: { min: -3, max: 3, minLabel: 'Furious', maxLabel: 'Thrilled' } };
    render(<JourneyGrid journey={j} layout="grid" />);
    const a = axis()!;
    expect([a.maxWord, a.minWord]).toEqual(['Thrilled', 'Furious']);
    expect(
      screen.getByText('Sam Rivera: highest at Delivery (2), lowest at Checkout (-2), on a scale from -3 (Furious) to 3 (Thrilled).'),
    ).toBeInTheDocument();
  });

  it('writes no end words when the journey names none', () => {
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    expect([axis()!.maxWord, axis()!.minWord]).toEqual([null, null]);
  });

  it("keeps to the room before the first stage's point: from the left, or from the right under right to left", () => {
    // The first stage's column is 100 px wide at the left: its point 50 px in, the axis 20 px short of it.
    mockStageColumns({ search: { left: 100, width: 100 }, checkout: { left: 200, width: 300 }, delivery: { left: 500, width: 200 } });
    const { unmount } = render(<JourneyGrid journey={threeStages()} layout="grid" />);
    expect(axis()!.el.style.getPropertyValue('--jm-EmotionCurve-axis-room')).toBe('30px');
    unmount();
    // Right to left, the first stage's column is 200 px wide at the right: its point 100 px in.
    mockStageColumns({ search: { left: 500, width: 200 }, checkout: { left: 200, width: 300 }, delivery: { left: 100, width: 100 } });
    render(<JourneyGrid journey={threeStages()} layout="grid" dir="rtl" />);
    expect(axis()!.el.style.getPropertyValue('--jm-EmotionCurve-axis-room')).toBe('80px');
  });

  it('is left to a custom drawing, which receives the ticks', () => {
    const draw = vi.fn((g: EmotionCurveRenderProps) => <svg data-testid="custom">{g.ticks.join(' ')}</svg>);
    render(
      <JourneyGrid journey={threeStages()} layout="grid" lanes={['touch']}>
        <EmotionCurve>{draw}</EmotionCurve>
      </JourneyGrid>,
    );
    expect(screen.getByTestId('custom')).toHaveTextContent('-3 -2 -1 0 1 2 3');
    expect(axis()).toBeNull();
  });
});

describe('EmotionCurve stages and their tooltip', () => {
  const stage = (name: string | RegExp) => screen.getByRole('gridcell', { name });

  it('draws the points for the eye only: hidden from assistive technology and out of the focus order', () => {
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    const points = [...document.querySelectorAll('.jm-EmotionCurve-point')];
    expect(points).toHaveLength(3);
    for (const p of points) {
      expect(p).toHaveAttribute('aria-hidden', 'true');
      expect(p).not.toHaveAttribute('tabindex');
    }
    expect(document.querySelector('[data-stage-id="checkout"].jm-EmotionCurve-point')).toHaveAttribute('data-extreme', 'low');
  });

  it('places each stage’s cell over its measured column', () => {
    mockStageColumns({ search: { left: 0, width: 100 }, checkout: { left: 100, width: 300 }, delivery: { left: 400, width: 200 } });
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    const cell = stage(/^Checkout/);
    expect(cell.style.left).toBe(`${(100 / 600) * 100}%`);
    expect(cell.style.width).toBe('50%');
  });

  it('hovering a stage shows every curve’s score there in one tooltip that follows the pointer from stage to stage', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={twoPersonas()} layout="grid" />);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    const search = stage(/^Search/);
    await user.hover(search);
    const tooltip = await screen.findByRole('tooltip');
    expect([...tooltip.children].map((c) => c.textContent)).toEqual([
      'Search',
      'Sam Rivera — Current state · +1 — Curious',
      'Sam Rivera — Future state · +2',
      'Ana Silva — Current state · \u22121',
    ]);
    expect(search).toHaveAttribute('aria-describedby', tooltip.id);

    const delivery = stage(/^Delivery/);
    await user.hover(delivery);
    expect(screen.getAllByRole('tooltip')).toEqual([tooltip]);
    expect(tooltip.firstElementChild).toHaveTextContent('Delivery');
    expect(delivery).toHaveAttribute('aria-describedby', tooltip.id);
    expect(search).not.toHaveAttribute('aria-describedby');

    await user.unhover(document.querySelector('.jm-EmotionCurve-plot')!);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('Escape closes the tooltip', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    await user.hover(stage(/^Search/));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('SearchSam Rivera · Score: +1 — Curious');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('focus on a stage shows the tooltip, and leaving the curve hides it', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    await user.keyboard('{Tab}');
    act(() => stage(/^Checkout/).focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent('CheckoutSam Rivera · Score: \u22122 — Annoyed');
    // Focus moves to a card, which shows its own preview; the stage's tooltip goes.
    act(() => document.querySelector<HTMLElement>('.jm-TouchpointCard')!.focus());
    await vi.waitFor(() => expect(screen.queryByText(/Score: \u22122/)).not.toBeInTheDocument());
  });

  it("a clicked stage holds the map's tab stop, and Up and Down move on from it in its column", async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={threeStages()} layout="grid" />);
    const delivery = stage(/^Delivery/);
    await user.click(delivery);
    expect(delivery).toHaveFocus();
    expect(delivery).toHaveAttribute('tabindex', '0');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.closest('[role="row"]')).toHaveTextContent(/^Pain points/);
    expect(document.activeElement?.closest('[role="gridcell"]')).toHaveAttribute('aria-colindex', '4');
    await user.keyboard('{ArrowUp}');
    expect(delivery).toHaveFocus();
  });
});

describe('EmotionCurve colours', () => {
  it('gives each persona the colour the persona panel gives it', () => {
    const saas = examples['saas-onboarding-multi']!;
    const journey: Journey = { ...saas, personas: saas.personas.map((p, i) => (i === 1 ? { ...p, color: 'rebeccapurple' } : p)) };
    render(<JourneyMap journey={journey} />);
    const legend = document.querySelector<HTMLElement>('.jm-EmotionCurve-legend')!;
    const items = within(legend)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.mark === 'line');
    expect(items).toHaveLength(journey.personas.length);
    const stroke = (li: HTMLElement) => li.querySelector('.jm-EmotionCurve-swatch line')!.getAttribute('stroke');
    for (const persona of journey.personas) {
      const item = items.find((li) => li.textContent === persona.name)!;
      const panel = screen.getByRole('radio', { name: new RegExp(persona.name) }).closest('label')!;
      expect(stroke(item), persona.name).toBe(panel.style.getPropertyValue('--jm-PersonaPanel-color'));
    }
    expect(items.map(stroke)).toEqual(['var(--jm-persona-1)', 'rebeccapurple', 'var(--jm-persona-3)']);
  });
});

describe('two emotion curves in one grid', () => {
  it('each draws with gradients and clip paths of its own, so neither is clipped to the other', () => {
    const { container } = render(
      <JourneyGrid journey={twoPersonas()} layout="grid">
        <EmotionCurve personas={['sam']} />
        <EmotionCurve />
      </JourneyGrid>,
    );
    const ids = Array.from(container.querySelectorAll('linearGradient, clipPath'), (el) => el.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    // Every url(#…) a curve draws with points at an element of that same curve.
    for (const curve of container.querySelectorAll('.jm-EmotionCurve')) {
      for (const el of curve.querySelectorAll('[clip-path], [stroke^="url("]')) {
        const ref = /url\(#([^)]+)\)/.exec(el.getAttribute('clip-path') ?? el.getAttribute('stroke') ?? '')?.[1];
        expect(ref && curve.querySelector(`[id="${ref}"]`), ref).toBeTruthy();
      }
    }
  });
});
