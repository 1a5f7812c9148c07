// Service blueprints drawn the way service designers draw them (issue #14, item 6), in
// real Chromium: connectors run in the gaps between columns and never strike through a
// card, neighbouring cards are joined by one straight line, the lanes follow the
// Shostack/Bitner order unless the journey orders them, and the staff lanes look apart.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { commands, page } from 'vitest/browser';
import { JourneyMap, type Journey } from '../../src';
import { isBlueprintLane } from '../../src/model/types';
import { examples } from '../../stories/data';
import { bikeRepairBlueprint } from '../../stories/designers/guideJourneys';
import { bankTheme } from '../../stories/themes';
import { settle } from './visual';

const blueprints: Array<[string, Journey]> = [
  ...Object.entries(examples).filter(([, j]) => j.lanes.some(isBlueprintLane)),
  ['bike-repair-blueprint', bikeRepairBlueprint],
];
const car = examples['car-purchase-blueprint']!;
/** The car purchase with its lanes in its own order: physical evidence last, under support processes. */
const carAsListed: Journey = { ...car, blueprintOrder: 'journey' };
const CASES = [...blueprints, ['car-purchase-blueprint, as listed', carAsListed] as [string, Journey]].flatMap(([name, journey]) =>
  (['ltr', 'rtl'] as const).flatMap((dir) => [1440, 1280].map((width) => ({ name, journey: { ...journey, dir }, dir, width }))),
);

afterEach(async () => {
  await page.viewport(1280, 720);
});

const CONVENTION = ['evidence', 'customer', 'frontstage', 'backstage', 'support'];

/** The links drawn between blueprint cards: both ends in blueprint lanes. */
function blueprintLinks(journey: Journey): Array<[string, string]> {
  const lanes = new Set(journey.lanes.filter(isBlueprintLane).map((l) => l.id));
  const laneOf = new Map(journey.cards.map((c) => [c.id, c.lane]));
  return journey.cards.flatMap((c) =>
    lanes.has(c.lane) ? (c.links ?? []).filter((t) => lanes.has(laneOf.get(t)!)).map((t) => [c.id, t] as [string, string]) : [],
  );
}

/** Draws the map and waits for its arrows. */
async function drawn(journey: Journey, props: Record<string, unknown> = {}) {
  const { container } = render(<JourneyMap journey={journey} layout="grid" showPersonas={false} {...props} />);
  const expected = blueprintLinks(journey).length;
  const arrows = () => [...container.querySelectorAll<SVGPathElement>('.jm-ServiceBlueprintLane-arrow')];
  await expect.poll(() => arrows().length).toBe(expected);
  await settle();
  return { container, arrows: arrows() };
}

/** Points along a path every 2 px, in the page's coordinates. */
function samples(path: SVGPathElement): DOMPoint[] {
  const ctm = path.getScreenCTM()!;
  const length = path.getTotalLength();
  const points: DOMPoint[] = [];
  for (let at = 0; at <= length; at += 2) points.push(path.getPointAtLength(at).matrixTransform(ctm));
  points.push(path.getPointAtLength(length).matrixTransform(ctm));
  return points;
}

describe.each(CASES)('$name, $dir, $width px wide', ({ journey, width }) => {
  test('no connector passes through a card other than the two it joins', async () => {
    await page.viewport(width, 900);
    const { container, arrows } = await drawn(journey);
    const cards = [...container.querySelectorAll<HTMLElement>('.jm-ServiceBlueprintLane [data-card-id]')].map((el) => ({
      id: el.dataset.cardId!,
      box: el.getBoundingClientRect(),
    }));
    expect(cards.length).toBeGreaterThan(3);
    expect(arrows.length).toBeGreaterThan(0);
    const struck: string[] = [];
    for (const arrow of arrows) {
      const ends = new Set([arrow.dataset.from, arrow.dataset.to]);
      const points = samples(arrow);
      expect(points.length).toBeGreaterThan(2);
      for (const { id, box } of cards) {
        if (ends.has(id)) continue;
        const inside = points.find((p) => p.x > box.left + 1 && p.x < box.right - 1 && p.y > box.top + 1 && p.y < box.bottom - 1);
        if (inside)
          struck.push(`${arrow.dataset.from}→${arrow.dataset.to} crosses ${id} at ${Math.round(inside.x)},${Math.round(inside.y)}`);
      }
    }
    expect(struck).toEqual([]);
  });

  test('neighbouring cards — next lane down in one stage, or next stage along one lane — are joined by one straight line', async () => {
    await page.viewport(width, 900);
    const { container, arrows } = await drawn(journey);
    const rows = [...container.querySelectorAll<HTMLElement>('.jm-ServiceBlueprintLane > .jm-BlueprintLane')].map((r) => r.dataset.laneId!);
    const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
    const byId = new Map(journey.cards.map((c) => [c.id, c]));
    let neighbours = 0;
    for (const arrow of arrows) {
      const a = byId.get(arrow.dataset.from!)!;
      const b = byId.get(arrow.dataset.to!)!;
      const sameStage = a.stage === b.stage && !a.endStage && !b.endStage;
      const nextLane = Math.abs(rows.indexOf(a.lane) - rows.indexOf(b.lane)) === 1;
      const nextStage = a.lane === b.lane && Math.abs(stageIndex.get(a.stage)! - stageIndex.get(b.stage)!) === 1;
      if (!(sameStage && nextLane) && !nextStage) continue;
      // Alone in their cells, so nothing stands between them.
      const cellOf = (c: typeof a) => journey.cards.filter((o) => o.lane === c.lane && o.stage === c.stage).length;
      if (cellOf(a) > 1 || cellOf(b) > 1) continue;
      neighbours++;
      const d = arrow.getAttribute('d')!;
      expect(d, `${a.id}→${b.id}`).toMatch(/^M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+$/);
      const [x1, y1, x2, y2] = d.match(/-?[\d.]+/g)!.map(Number);
      expect(x1 === x2 || y1 === y2, `${a.id}→${b.id}: ${d}`).toBe(true);
    }
    expect(neighbours).toBeGreaterThan(0);
  });

  test('the lanes follow the convention unless the journey orders them, the lines between the right lanes', async () => {
    await page.viewport(width, 900);
    const { container } = await drawn(journey);
    const order = [...container.querySelectorAll<HTMLElement>('.jm-ServiceBlueprintLane > [role=row]')].map(
      (row) => row.dataset.kind ?? `line:${row.dataset.line}`,
    );
    const kinds = journey.lanes.filter(isBlueprintLane).map((l) => l.kind);
    const lanes = order.filter((k) => !k.startsWith('line:'));
    expect(lanes).toEqual(
      journey.blueprintOrder === 'journey' ? kinds : [...kinds].sort((a, b) => CONVENTION.indexOf(a) - CONVENTION.indexOf(b)),
    );
    const at = (k: string) => order.indexOf(k);
    expect(at('line:interaction')).toBeGreaterThan(at('customer'));
    expect(at('line:interaction')).toBeLessThan(at('frontstage'));
    expect(at('line:visibility')).toBeLessThan(at('backstage'));
    expect(at('line:internal')).toBeLessThan(at('support'));
    if (journey.blueprintOrder !== 'journey' && kinds.includes('evidence')) expect(order[0]).toBe('evidence');
  });
});

describe('the three staff lanes are told apart', () => {
  const stripes = (container: HTMLElement) =>
    Object.fromEntries(
      ['frontstage', 'backstage', 'support'].map((kind) => {
        const header = container.querySelector(`.jm-BlueprintLane[data-kind="${kind}"] .jm-Lane-header`)!;
        const cell = container.querySelector(`.jm-BlueprintLane[data-kind="${kind}"] .jm-Cell`)!;
        const style = getComputedStyle(header);
        return [
          kind,
          { style: style.borderInlineStartStyle, colour: style.borderInlineStartColor, ground: getComputedStyle(cell).backgroundColor },
        ];
      }),
    );

  test.each([
    ['light', {}],
    ['dark', { theme: 'dark' }],
    ['brand bank', { theme: bankTheme }],
    ['right to left', { dir: 'rtl' }],
  ])('in the %s look: each has its own stripe style, stripe colour and cell ground', async (_, props) => {
    await page.viewport(1440, 900);
    const { container } = await drawn(car, props);
    const s = stripes(container);
    expect([s.frontstage!.style, s.backstage!.style, s.support!.style]).toEqual(['solid', 'dashed', 'dotted']);
    expect(new Set([s.frontstage!.colour, s.backstage!.colour, s.support!.colour]).size).toBe(3);
    expect(new Set([s.frontstage!.ground, s.backstage!.ground, s.support!.ground]).size).toBe(3);
  });

  test('in forced colours, where colours are the system’s, the stripe styles still tell them apart', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const { container } = await drawn(car);
    const s = stripes(container);
    expect([s.frontstage!.style, s.backstage!.style, s.support!.style]).toEqual(['solid', 'dashed', 'dotted']);
    expect(
      parseFloat(
        getComputedStyle(container.querySelector('.jm-BlueprintLane[data-kind="support"] .jm-Lane-header')!).borderInlineStartWidth,
      ),
    ).toBeGreaterThanOrEqual(3);
  });
});
