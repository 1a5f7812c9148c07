// The grid's arrow keys, pressed for real in Chromium: Up and Down keep the stage column
// through every row (lanes, the curve, the service-blueprint lanes), left to right and
// right to left, through cards that span stages; Home/End, PageUp/PageDown and
// Ctrl+Home/End as the WAI-ARIA grid pattern says.
import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { JourneyMap, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { active, focusedColumns, focusedRow, navigableRows, pressRecording } from './keys';

const cases: Array<[string, Journey, 'ltr' | 'rtl']> = [
  ['ecommerce-kitchen', examples['ecommerce-kitchen']!, 'ltr'],
  ['car-purchase-blueprint', examples['car-purchase-blueprint']!, 'ltr'],
  ['saas-onboarding-multi', examples['saas-onboarding-multi']!, 'ltr'],
  ['arabic-bank', arabicBankJourney, 'rtl'],
  ['car-purchase-blueprint', examples['car-purchase-blueprint']!, 'rtl'],
];

/** Renders the map as a grid and puts focus on its one tab stop, as Tab would. */
function enter(journey: Journey, dir: 'ltr' | 'rtl'): HTMLElement {
  render(<JourneyMap journey={journey} layout="grid" dir={dir} />);
  const grid = document.querySelector<HTMLElement>('[role="grid"]')!;
  const stops = grid.querySelectorAll<HTMLElement>('[tabindex="0"]');
  expect(stops).toHaveLength(1);
  stops[0]!.focus();
  return grid;
}

const covers = (column: number) => {
  const [start, end] = focusedColumns();
  return start <= column && column <= end;
};

describe.each(cases)('%s (%s)', (_name, journey, dir) => {
  const next = dir === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}';
  const stageCount = journey.stages.length;

  // Up and Down do not depend on the direction: the right-to-left walk is arabic-bank's alone.
  const walkUpAndDown = dir === 'ltr' || journey === arabicBankJourney;
  if (walkUpAndDown)
    test('Up and Down keep the column started in through every row, there and back, in every stage column', async () => {
      const grid = enter(journey, dir);
      const rows = navigableRows(grid);
      // The curve, the blueprint lanes and the plain lanes are all among them.
      expect(rows.some((row) => row.classList.contains('jm-EmotionCurve'))).toBe(true);
      await userEvent.keyboard('{Control>}{Home}{/Control}');
      for (let column = 0; column < stageCount; column++) {
        // Along the top row to the next column (Up brought focus back to this row).
        while (!covers(column)) await userEvent.keyboard(next);
        const top = focusedRow();
        // One press more than there are stops in this column: the last shows focus stays at the bottom.
        const presses =
          Array.from(grid.querySelectorAll<HTMLElement>('[role="gridcell"] [data-nav-key], [role="gridcell"][data-nav-key]')).filter(
            (el) => focusedColumns(el)[0] <= column && column <= focusedColumns(el)[1],
          ).length + 1;
        const down = await pressRecording('{ArrowDown}', presses);
        const visited = new Set([top, ...down.map((el) => focusedRow(el))]);
        for (const el of down)
          expect(focusedColumns(el)[0] <= column && column <= focusedColumns(el)[1], `down, column ${column}`).toBe(true);
        // Every row was met on the way down, in order.
        expect([...visited]).toEqual(rows);
        const up = await pressRecording('{ArrowUp}', presses);
        for (const el of up) expect(focusedColumns(el)[0] <= column && column <= focusedColumns(el)[1], `up, column ${column}`).toBe(true);
        expect(focusedRow()).toBe(top);
      }
    });

  test('Left and Right step through the stages in reading order, mirrored right to left', async () => {
    enter(journey, dir);
    const start = active();
    // One press more than there are stages: the last shows focus stays at the end.
    const across = await pressRecording(next, stageCount + 1);
    const lefts = [start, ...across].map((el) => el.getBoundingClientRect().left);
    // Each step goes one way on screen: rightwards left to right, leftwards right to left.
    const steps = lefts.slice(1).map((x, i) => x - lefts[i]!);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(Math.sign(step)).toBe(dir === 'rtl' ? -1 : 1);
    expect(focusedColumns()[1]).toBe(stageCount - 1);
  });

  test('Home and End go to the ends of the row; Ctrl+Home and Ctrl+End to the first and last cells of the grid; PageUp and PageDown keep the column', async () => {
    const grid = enter(journey, dir);
    const rows = navigableRows(grid);
    await userEvent.keyboard(`${next}${next}{ArrowDown}{ArrowDown}`);
    const row = focusedRow();
    await userEvent.keyboard('{End}');
    expect(focusedRow()).toBe(row);
    expect(focusedColumns()[1]).toBe(stageCount - 1);
    await userEvent.keyboard('{Home}');
    expect(focusedRow()).toBe(row);
    expect(focusedColumns()[0]).toBeLessThanOrEqual(0);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(focusedRow()).toBe(rows.at(-1));
    expect(focusedColumns()[1]).toBe(stageCount - 1);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(focusedRow()).toBe(rows[0]);
    expect(focusedColumns()[0]).toBe(0);
    // PageDown and PageUp: the last and first rows, in the column of the cell left.
    await userEvent.keyboard(`${next}${next}`);
    const column = focusedColumns()[0];
    expect(column).toBeGreaterThan(0);
    await userEvent.keyboard('{PageDown}');
    expect(focusedRow()).toBe(rows.at(-1));
    expect(covers(column)).toBe(true);
    await userEvent.keyboard('{PageUp}');
    expect(focusedRow()).toBe(rows[0]);
    expect(covers(column)).toBe(true);
    // Focus never left the grid, and there is still one tab stop: where focus is.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(grid.querySelector('[tabindex="0"]')).toBe(active());
  });
});

describe('lanes the host draws itself (renderLane), whose cells are not in the page', () => {
  // The kitchen map with its first lane, and a lane in the middle, drawn by the host.
  const journey = examples['ecommerce-kitchen']!;
  const [first, , , middle] = journey.lanes.filter((lane) => lane.kind !== 'emotion');
  const rowOf = (id: string) => document.querySelector(`[role="row"][data-lane-id="${id}"]`)!;
  const around = (id: string) => {
    const rows = Array.from(document.querySelectorAll('[role="grid"] .jm-JourneyGrid-body > [role="row"]'));
    const at = rows.indexOf(rowOf(id));
    return [rows[at - 1]!, rows[at + 1]!];
  };
  function renderMap() {
    render(
      <>
        <button type="button">Before the map</button>
        <JourneyMap
          journey={journey}
          layout="grid"
          showHeader={false}
          renderLane={(lane) => (lane.id === first!.id || lane.id === middle!.id ? <p>Drawn by the host: {lane.label}</p> : undefined)}
        />
      </>,
    );
  }

  test('Tab enters the map at the first cell in the page', async () => {
    renderMap();
    const grid = document.querySelector('[role="grid"]')!;
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    document.querySelector<HTMLElement>('button')!.focus();
    for (let i = 0; i < 30 && !grid.contains(active()); i++) await userEvent.keyboard('{Tab}');
    expect(active()).toHaveAttribute('role', 'gridcell');
    expect(active().closest('[role="row"]')).not.toBe(rowOf(first!.id));
    expect(focusedColumns()[0]).toBe(0);
  });

  test('Down and Up cross a lane the host draws, in the same stage column; Ctrl+Home goes to the first cell in the page', async () => {
    renderMap();
    const [above, below] = around(middle!.id);
    const start = above!.querySelectorAll<HTMLElement>('[role="gridcell"]')[2]!;
    start.focus();
    // Down through the cards of the cell above, then across the host's lane.
    for (let i = 0; i < 12 && !below!.contains(active()); i++) await userEvent.keyboard('{ArrowDown}');
    expect(below!.contains(active())).toBe(true);
    expect(focusedColumns()[0]).toBeLessThanOrEqual(2);
    expect(focusedColumns()[1]).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < 12 && !above!.contains(active()); i++) await userEvent.keyboard('{ArrowUp}');
    expect(above!.contains(active())).toBe(true);
    expect(rowOf(middle!.id).contains(active())).toBe(false);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(active()).toHaveAttribute('role', 'gridcell');
    expect(focusedColumns()[0]).toBe(0);
    expect(rowOf(first!.id).contains(active())).toBe(false);
  });
});
