import { render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { JourneyGrid, JourneyMap, type Journey } from '../../src';
import { exportJourneySvg } from '../../src/io/export';
import { noAxeViolations, renderEditor } from './editing';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { arLabels } from '../../stories/labels';
import { decodePng, picturesApart } from './images';
import { readTree } from './tree';
import { settle } from './visual';

// A lane that a filter leaves out after it was drawn stays in the page, parked: hidden,
// its content skipped by the browser, so that showing it again costs a layout rather than
// a new mount of every card. Parked, it must be as gone as an unmounted lane to everyone:
// the map looks the same as one drawn with the filter from the start, and as before once
// the lane is back; no screen reader, keyboard, find-in-page, print or export meets it.

/** Blueprint lanes between others, the lanes right to left, and a persona's own lane. */
const CASES: ReadonlyArray<{ name: string; journey: Journey; lanes: string[]; labels?: typeof arLabels }> = [
  // A plain lane, and a blueprint lane between two others (its block's lines move).
  { name: 'a service blueprint', journey: examples['car-purchase-blueprint']!, lanes: ['touchpoints', 'backstage', 'thoughts'] },
  // The emotion curve, drawn from the map's context rather than cells, and a lane of cards.
  { name: 'a map with its emotion curve', journey: examples['ecommerce-kitchen']!, lanes: ['emotion', 'pains'] },
  {
    name: 'an Arabic map, right to left',
    journey: arabicBankJourney,
    lanes: arabicBankJourney.lanes.slice(1, 3).map((l) => l.id),
    labels: arLabels,
  },
];

/** The lanes of `journey` other than those of `out`, as a lane filter. */
const without = (journey: Journey, out: readonly string[]) => journey.lanes.map((l) => l.id).filter((id) => !out.includes(id));

async function picture(): Promise<ImageBitmap> {
  await settle();
  await settle();
  return decodePng(await commands.screenshotElement('[data-testid="map"] [role="grid"]'));
}

/** Where each row, lane header, blueprint line and card of the grid's body (under its sticky header) is drawn, relative to the grid, to a tenth of a pixel. */
function boxes(): string[] {
  const grid = document.querySelector('[data-testid="map"] [role="grid"]')!.getBoundingClientRect();
  return Array.from(
    document.querySelectorAll(
      '[data-testid="map"] .jm-JourneyGrid-body :is([role="row"], .jm-Lane-header, .jm-TouchpointCard[data-card-id]):not([data-parked], [data-parked] *)',
    ),
    (el) => {
      const r = el.getBoundingClientRect();
      const at = [r.left - grid.left, r.top - grid.top, r.width, r.height].map((n) => n.toFixed(1)).join(' ');
      return `${el.getAttribute('data-card-id') ?? el.getAttribute('data-lane-id') ?? el.className} ${at}`;
    },
  );
}

const parkedLanes = () => Array.from(document.querySelectorAll<HTMLElement>('.jm-Lane[data-parked]'));

afterEach(async () => {
  await commands.emulateMedia({ media: null });
});

describe.each(CASES)('$name', ({ journey, lanes: out, labels }) => {
  const map = (lanes?: string[]) => (
    <div data-testid="map">
      <JourneyGrid journey={journey} layout="grid" labels={labels} lanes={lanes} />
    </div>
  );

  test('a lane left out is parked: the map is laid out and looks as without it, and as before once it is back', async () => {
    const shown = without(journey, out);
    // Drawn with the filter from the start: nothing to park.
    const fresh = render(map(shown));
    await settle();
    expect(parkedLanes()).toHaveLength(0);
    const laidOut = boxes();
    fresh.unmount();

    const { rerender } = render(map());
    const whole = await picture();
    rerender(map(shown));
    expect(parkedLanes().map((lane) => lane.dataset.laneId)).toEqual(journey.lanes.map((l) => l.id).filter((id) => out.includes(id)));
    for (const lane of parkedLanes()) {
      // Out of the flow, of no size, its content skipped.
      const box = lane.getBoundingClientRect();
      expect(box.width * box.height).toBe(0);
      expect(getComputedStyle(lane).contentVisibility).toBe('hidden');
    }
    await settle();
    // Every row, header and card where a map drawn without those lanes has it.
    expect(boxes()).toEqual(laidOut);
    // And the same picture as when the parked lanes are not rendered at all.
    const parked = await picture();
    const gone = document.createElement('style');
    gone.textContent = '.jm-Lane[data-parked] { display: none !important; }';
    document.head.append(gone);
    const unrendered = await picture();
    gone.remove();
    expect(picturesApart(parked, unrendered), 'parked, as not rendered').toBeLessThanOrEqual(2);

    rerender(map());
    expect(parkedLanes()).toHaveLength(0);
    expect(picturesApart(await picture(), whole), 'shown again, as before').toBeLessThanOrEqual(2);
  });

  test('a parked lane is gone for a screen reader, the keyboard, find-in-page, print and export', async () => {
    const { rerender } = render(map());
    await settle();
    const named = journey.lanes.filter((l) => out.includes(l.id));
    const cards = journey.cards.filter((c) => out.includes(c.lane));
    expect(cards.length).toBeGreaterThan(0);
    const before = await readTree();
    for (const lane of named) expect(before.findAll('rowheader', lane.label), lane.label).not.toHaveLength(0);

    rerender(map(without(journey, out)));
    await settle();
    expect(parkedLanes().length).toBeGreaterThan(0);
    // The accessibility tree: no row header of a parked lane, none of its cards.
    const tree = await readTree();
    for (const lane of named) expect(tree.findAll('rowheader', lane.label), lane.label).toHaveLength(0);
    const names = tree.nodes.map((n) => n.name).join('\n');
    for (const card of cards) expect(names, card.title).not.toContain(card.title);
    // The grid's row count is that of the lanes shown.
    const grid = tree.find('grid');
    const rows = tree.nodes.filter((n) => n.role === 'row' && tree.ancestors(n).includes(grid));
    expect(rows.some((row) => named.some((lane) => row.name.includes(lane.label)))).toBe(false);

    // Find-in-page does not find a parked card's title.
    const find = (window as unknown as { find(text: string): boolean }).find.bind(window);
    window.getSelection()?.removeAllRanges();
    expect(find(cards[0]!.title), cards[0]!.title).toBe(false);

    // The keyboard: a walk to the end of every row never lands in a parked lane.
    (document.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]') ?? document.body).focus();
    const visited = new Set<Element>();
    for (let i = 0; i < journey.lanes.length * 2 + 4; i++) {
      await userEvent.keyboard('{ArrowDown}');
      visited.add(document.activeElement!);
    }
    for (const el of visited) expect(el.closest('[data-parked]'), el.textContent ?? '').toBeNull();

    // Print draws no parked lane.
    await commands.emulateMedia({ media: 'print' });
    for (const lane of parkedLanes()) expect(getComputedStyle(lane).display).toBe('none');
    await commands.emulateMedia({ media: null });

    // Nor does the exported picture.
    const svg = await exportJourneySvg(document.querySelector<HTMLElement>('[data-testid="map"] .jm-JourneyGrid')!);
    for (const card of cards) expect(svg, card.title).not.toContain(card.title);
  });
});

test('a parked emotion curve is the same element when it is back, drawn as before, with no tab stop while parked', async () => {
  // The curve's lane first: its first stage holds the grid's tab stop until it is parked.
  const kitchen = examples['ecommerce-kitchen']!;
  const journey = { ...kitchen, lanes: [...kitchen.lanes].sort((a, b) => Number(b.kind === 'emotion') - Number(a.kind === 'emotion')) };
  const map = (lanes?: string[]) => (
    <div data-testid="map">
      <JourneyGrid journey={journey} layout="grid" lanes={lanes} />
    </div>
  );
  const { rerender } = render(map());
  await settle();
  const curve = document.querySelector<HTMLElement>('.jm-EmotionCurve')!;
  const path = curve.querySelector('.jm-EmotionCurve-line')!.getAttribute('d');
  const stops = () => Array.from(document.querySelectorAll('[data-testid="map"] [tabindex="0"]'));
  expect(stops()).toHaveLength(1);
  expect(curve.contains(stops()[0]!)).toBe(true);
  rerender(map(without(journey, ['emotion'])));
  await settle();
  expect(curve.isConnected).toBe(true);
  expect(curve).toHaveAttribute('data-parked');
  // One tab stop, outside the parked curve.
  expect(stops()).toHaveLength(1);
  expect(stops()[0]!.closest('[data-parked]')).toBeNull();
  rerender(map());
  await settle();
  expect(document.querySelector('.jm-EmotionCurve')).toBe(curve);
  expect(curve).not.toHaveAttribute('data-parked');
  expect(curve.querySelector('.jm-EmotionCurve-line')!.getAttribute('d')).toBe(path);
  expect(stops()).toHaveLength(1);
  expect(curve.contains(stops()[0]!)).toBe(true);
});

test('a lane of a persona not chosen parks, out of the accessibility tree, and is drawn again once all are chosen', async () => {
  const journey = examples['marketing-agency']!;
  const own = journey.lanes.find((l) => l.persona)!;
  const other = journey.personas.find((p) => p.id !== own.persona)!;
  render(<JourneyMap journey={journey} />);
  await settle();
  const option = [...document.querySelectorAll<HTMLElement>('.jm-PersonaPanel-option')].find((o) => o.textContent?.includes(other.name))!;
  await userEvent.click(option);
  await settle();
  expect(parkedLanes().map((lane) => lane.dataset.laneId)).toEqual([own.id]);
  const tree = await readTree();
  expect(tree.findAll('rowheader', own.label)).toHaveLength(0);
  // Chosen again, it is drawn again, with its cards.
  const all = [...document.querySelectorAll<HTMLElement>('.jm-PersonaPanel-option')].at(0)!;
  await userEvent.click(all);
  await settle();
  expect(parkedLanes()).toHaveLength(0);
  expect((await readTree()).findAll('rowheader', own.label)).not.toHaveLength(0);
});

test('in the editor, a parked lane has no controls, moving a lane skips it, and axe finds nothing', async () => {
  const journey = examples['marketing-agency']!;
  const own = journey.lanes.find((l) => l.persona)!;
  const other = journey.personas.find((p) => p.id !== own.persona)!;
  const edited = renderEditor(journey);
  await settle();
  const rename = (label: string) => document.querySelector(`button[aria-label="Rename lane ${label}"]`);
  await expect.poll(() => rename(own.label)).not.toBeNull();
  const option = [...document.querySelectorAll<HTMLElement>('.jm-PersonaPanel-option')].find((o) => o.textContent?.includes(other.name))!;
  await userEvent.click(option);
  await settle();
  expect(parkedLanes().map((lane) => lane.dataset.laneId)).toEqual([own.id]);
  await expect.poll(() => rename(own.label)).toBeNull();
  // The lane drawn after the parked one moves up past it: over the lane drawn before it.
  const shown = journey.lanes.filter((l) => l.id !== own.id && l.kind !== 'emotion');
  const at = shown.findIndex((l) => journey.lanes.indexOf(l) > journey.lanes.indexOf(own));
  const below = shown[at]!;
  const above = shown[at - 1]!;
  document.querySelector<HTMLButtonElement>(`button[aria-label="Move lane ${below.label} up"]`)!.click();
  await settle();
  const order = edited.last().lanes.map((l) => l.id);
  expect(order.indexOf(below.id)).toBeLessThan(order.indexOf(above.id));
  // With the curve's tooltip shown, too: it is not a child of the curve's row.
  await userEvent.hover(document.querySelector<HTMLElement>('.jm-EmotionCurve-stage[data-view="chart"]')!);
  await expect.poll(() => document.querySelector('.jm-EmotionCurve-tooltip')).not.toBeNull();
  await noAxeViolations();
});
