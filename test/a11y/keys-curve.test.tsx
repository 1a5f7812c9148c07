// The emotion curve by keyboard, in real Chromium: each stage is a stop of the grid named
// by every curve's score there, its focus shows the stage's tooltip beside the stage, and
// "View as table" writes the scores out in place of the chart, readable and reachable.
import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { JourneyMap, type Journey, defaultLabels } from '../../src';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { active, expectedStageNames, focusedColumns } from './keys';
import { announce, readFocused, readTree } from './tree';

const journeys: Array<[string, Journey]> = [
  ['ecommerce-kitchen', examples['ecommerce-kitchen']!],
  ['car-purchase-blueprint', examples['car-purchase-blueprint']!],
  ['saas-onboarding-multi (three personas)', examples['saas-onboarding-multi']!],
  ['arabic-bank (right to left)', arabicBankJourney],
];
const looks = [
  { theme: 'light', density: 'comfortable' },
  { theme: 'dark', density: 'compact' },
] as const;

/** Renders the map, enters its tab stop and goes down to the curve's first stage. */
async function toCurve(journey: Journey, look: (typeof looks)[number]) {
  // The mouse pointer rests in a corner, off the map: what it hovers would show its own tooltip.
  const corner = document.createElement('div');
  corner.style.cssText = 'position:fixed;top:0;left:0;width:4px;height:4px';
  document.body.append(corner);
  await userEvent.hover(corner);
  corner.remove();
  render(<JourneyMap journey={journey} layout="grid" theme={look.theme} density={look.density} labels={defaultLabels} />);
  document.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!.focus();
  await userEvent.keyboard('{Control>}{Home}{/Control}');
  for (let i = 0; i < 100 && !active().closest('.jm-EmotionCurve'); i++) await userEvent.keyboard('{ArrowDown}');
  expect(active()).toHaveAttribute('role', 'gridcell');
  expect(focusedColumns()[0]).toBe(0);
}

describe.each(journeys)('%s', (_name, journey) => {
  const rtl = journey.dir === 'rtl';
  const next = rtl ? '{ArrowLeft}' : '{ArrowRight}';
  const names = expectedStageNames(journey);

  test.each(looks)(
    'every stage of the curve is a stop named by its scores, and shows its tooltip beside it ($theme, $density)',
    async (look) => {
      await toCurve(journey, look);
      for (const [i, name] of names.entries()) {
        if (i > 0) await userEvent.keyboard(next);
        const focused = await readFocused();
        expect(announce(focused).split(' (')[0]).toBe(`gridcell ${JSON.stringify(name)}`);
        expect(focused?.properties.focusable).toBe(true);
        // The tooltip describes the focused stage and sits over its column.
        // The curve's own tooltip: a card under a resting mouse pointer may show its preview too.
        const tooltip = document.querySelector<HTMLElement>('.jm-EmotionCurve-tooltip[role="tooltip"]');
        expect(tooltip, name).not.toBeNull();
        // Outside the grid's rows, which may hold only cells; still inside the map's themed root.
        expect(tooltip!.closest('[role="row"], [role="grid"]')).toBeNull();
        expect(tooltip!.closest('.jm-JourneyGrid')).not.toBeNull();
        expect(tooltip!.textContent).toContain(journey.stages[i]!.name);
        expect(focused!.description).toContain(journey.stages[i]!.name);
        const cell = active().getBoundingClientRect();
        const tip = tooltip!.getBoundingClientRect();
        expect(tip.width).toBeGreaterThan(0);
        expect(tip.right).toBeGreaterThan(cell.left);
        expect(tip.left).toBeLessThan(cell.right);
        // Focus can be seen: the cell draws a ring.
        expect(getComputedStyle(active()).boxShadow).not.toBe('none');
      }
      // Escape hides the tooltip and keeps focus on the stage.
      const last = active();
      await userEvent.keyboard('{Escape}');
      expect(document.querySelector('.jm-EmotionCurve-tooltip[role="tooltip"]')).toBeNull();
      expect(active()).toBe(last);
    },
  );

  test('"View as table" (the curve row’s first cell) writes every stage’s scores in its column; "View as chart" brings the chart back', async () => {
    await toCurve(journey, looks[0]);
    await userEvent.keyboard('{Home}');
    expect(announce(await readFocused())).toBe('button "View as table"');
    await userEvent.keyboard('{Enter}');
    const curve = active().closest<HTMLElement>('.jm-EmotionCurve')!;
    expect(announce(await readFocused())).toBe('button "View as chart"');
    expect(curve.querySelector('svg')).toBeNull();
    // Each stage's scores, written under its stage header, reached with the arrow keys.
    const headers = Array.from(document.querySelectorAll<HTMLElement>('.jm-JourneyGrid-stageRow [role="columnheader"][data-stage-id]'));
    for (const [i, name] of names.entries()) {
      await userEvent.keyboard(next);
      expect(announce(await readFocused())).toBe(`gridcell ${JSON.stringify(name)}`);
      const cell = active().getBoundingClientRect();
      const header = headers[i]!.getBoundingClientRect();
      expect(Math.abs(cell.left - header.left)).toBeLessThan(2);
      const text = active().textContent!;
      for (const e of journey.emotions.filter((x) => x.stage === journey.stages[i]!.id && (x.scenario ?? 'current') === 'current')) {
        expect(text).toContain(e.label ?? '');
      }
      expect(cell.height).toBeGreaterThan(0);
    }
    // Back to the chart, from the button.
    await userEvent.keyboard('{Home}{Enter}');
    expect(announce(await readFocused())).toBe('button "View as table"');
    expect(curve.querySelector('svg')).not.toBeNull();
  });
});

test('the points are drawn for the eye only: Chromium gives a screen reader one cell per stage and no images', async () => {
  render(<JourneyMap journey={examples['ecommerce-kitchen']!} layout="grid" />);
  const tree = await readTree();
  const purchase = tree.find('gridcell', 'Purchase: ');
  const row = tree.ancestors(purchase).find((n) => n.role === 'row');
  const cells = tree.nodes.filter((n) => /^(rowheader|gridcell)$/.test(n.role) && tree.ancestors(n).find((a) => a.role === 'row') === row);
  expect(cells.map((n) => n.role)).toEqual(['rowheader', ...examples['ecommerce-kitchen']!.stages.map(() => 'gridcell')]);
  expect(announce(cells[3])).toBe('gridcell "Purchase: \u22122, Anxious — Sarah"');
  expect(tree.findAll('image', /Sarah/)).toEqual([]);
});

test('screenshots: a focused stage with its tooltip, and the table view', async () => {
  await page.viewport(1280, 900);
  await toCurve(examples['ecommerce-kitchen']!, looks[0]);
  await userEvent.keyboard('{ArrowRight}{ArrowRight}');
  active().scrollIntoView({ block: 'center' });
  await new Promise((r) => setTimeout(r, 100));
  await page.screenshot({ path: '../../screenshots/keys-curve-focus.png', element: active().closest<HTMLElement>('[role="grid"]')! });
  await userEvent.keyboard('{Home}{Enter}');
  active().scrollIntoView({ block: 'center' });
  await page.screenshot({ path: '../../screenshots/keys-curve-table.png', element: active().closest<HTMLElement>('[role="row"]')! });
  expect(document.querySelector('.jm-EmotionCurve')).toHaveAttribute('data-view', 'table');
});

describe.each(journeys)('%s: the curve row header', (_name, journey) => {
  test('is named by the lane and described by where each curve is highest and lowest', async () => {
    render(<JourneyMap journey={journey} layout="grid" labels={defaultLabels} />);
    const tree = await readTree();
    const lane = journey.lanes.find((l) => l.kind === 'emotion')!;
    const header = tree.find('rowheader', new RegExp(`^${lane.label}$`));
    const personas = journey.personas.map((p) => p.name);
    // A sentence per curve with a high and a low, naming its curve; the name stays short.
    expect(
      personas.some((name) => header.description.includes(name)),
      announce(header),
    ).toBe(true);
    expect(header.name).toBe(lane.label);
  });
});

test('with the curve first among the lanes, Tab reaches the map at the curve’s first stop, "View as table", and the arrows go on from there', async () => {
  const kitchen = examples['ecommerce-kitchen']!;
  // Every lane kind may come first; the curve's row begins with its toggle, in the row header.
  const journey = { ...kitchen, lanes: [...kitchen.lanes].sort((a, b) => Number(b.kind === 'emotion') - Number(a.kind === 'emotion')) };
  render(
    <>
      <button type="button">Before the map</button>
      <JourneyMap journey={journey} layout="grid" showHeader={false} />
    </>,
  );
  const grid = document.querySelector('[role="grid"]')!;
  expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  document.querySelector<HTMLElement>('button')!.focus();
  for (let i = 0; i < 30 && !grid.contains(active()); i++) await userEvent.keyboard('{Tab}');
  expect(active()).toHaveTextContent(defaultLabels.viewAsTable);
  expect(active().closest('.jm-EmotionCurve')).not.toBeNull();
  await userEvent.keyboard('{ArrowRight}');
  expect(active()).toHaveAttribute('role', 'gridcell');
  expect(focusedColumns()[0]).toBe(0);
});
