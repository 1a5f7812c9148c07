import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { JourneyGrid, JourneyMap, ServiceBlueprintLane, defaultLabels, type Journey, type JourneyLabels } from '../../src';
import { examples } from '../../stories/data';
import { arLabels } from '../../stories/labels';
import { exact, settle } from './sem';
import { announce, readTree, type AxTree } from './tree';
import type { AxNode } from './commands';

// Issue #12, finding 9: each blueprint lane's header says which side of the lines of
// interaction, visibility and internal interaction it is on, and the stacked layout
// draws the lines too — seen and read.

const BLUEPRINT = examples['car-purchase-blueprint']!;

/** The car purchase with its frontstage lane left out: customer actions and backstage then have two lines between them. */
const frontstage = new Set(BLUEPRINT.cards.filter((c) => c.lane === 'frontstage').map((c) => c.id));
const withoutFrontstage: Journey = {
  ...BLUEPRINT,
  lanes: BLUEPRINT.lanes.filter((l) => l.id !== 'frontstage'),
  cards: BLUEPRINT.cards.filter((c) => !frontstage.has(c.id)).map((c) => ({ ...c, links: c.links?.filter((id) => !frontstage.has(id)) })),
};

/** The car purchase read right to left, in Arabic. */
const rtl: Journey = { ...BLUEPRINT, dir: 'rtl', locale: 'ar' };

/** The sides expected of each blueprint lane, by lane kind, in the labels' words. */
function sidesOf(labels: JourneyLabels, skipFrontstage = false): Record<string, string> {
  const [i, v, n] = [labels.lineOfInteraction, labels.lineOfVisibility, labels.lineOfInternalInteraction];
  return skipFrontstage
    ? {
        customer: labels.blueprintSide({ lineBelow: i }),
        backstage: labels.blueprintSide({ lineAbove: v, lineBelow: n }),
        support: labels.blueprintSide({ lineAbove: n }),
        // Drawn on top, as the convention has it: with the customer, above the line of interaction.
        evidence: labels.blueprintSide({ lineBelow: i }),
      }
    : {
        customer: labels.blueprintSide({ lineBelow: i }),
        frontstage: labels.blueprintSide({ lineAbove: i, lineBelow: v }),
        backstage: labels.blueprintSide({ lineAbove: v, lineBelow: n }),
        support: labels.blueprintSide({ lineAbove: n }),
        // Drawn on top, as the convention has it: with the customer, above the line of interaction.
        evidence: labels.blueprintSide({ lineBelow: i }),
      };
}

/** Every lane's header (a row header, or a stacked lane group) is named by its label; a blueprint lane's description starts with its side. */
function expectSides(tree: AxTree, journey: Journey, sides: Record<string, string>, role: 'rowheader' | 'group') {
  for (const lane of journey.lanes) {
    if (lane.kind === 'emotion') continue;
    const headers = tree.findAll(role, exact(lane.label));
    expect(headers.length, lane.label).toBeGreaterThan(0);
    for (const header of headers) {
      const side = sides[lane.kind];
      if (side) expect(header.description.startsWith(side), `${lane.label}: ${header.description}`).toBe(true);
      else expect(header.description).not.toMatch(/line/i);
      // The lane's own description follows, in the grid (stacked, it is not shown).
      if (role === 'rowheader' && lane.description) expect(header.description).toContain(lane.description);
    }
  }
}

describe.each([
  { name: 'the car purchase', journey: BLUEPRINT, labels: defaultLabels, skip: false },
  { name: 'without its frontstage lane', journey: withoutFrontstage, labels: defaultLabels, skip: true },
  { name: 'right to left, in Arabic', journey: rtl, labels: arLabels, skip: false },
])('$name', ({ journey, labels, skip }) => {
  test('in the grid, each blueprint lane header says which side of the lines it is on', async () => {
    render(<JourneyMap journey={journey} labels={labels} layout="grid" />);
    expectSides(await readTree(), journey, sidesOf(labels, skip), 'rowheader');
  });

  test('stacked, each stage draws the lines between its lanes, as separators named by the line, and each lane says its side', async () => {
    render(<JourneyMap journey={journey} labels={labels} layout="stacked" />);
    const tree = await readTree();
    expectSides(tree, journey, sidesOf(labels, skip), 'group');
    // In every stage, in reading order: the line names fall between the lanes they part.
    const names = [labels.lineOfInteraction, labels.lineOfVisibility, labels.lineOfInternalInteraction];
    journey.stages.forEach((stage, i) => {
      const stageGroup = tree.find('group', exact(labels.stageHeader({ name: stage.name, index: i + 1, count: journey.stages.length })));
      const order = stageGroup.childIds
        .map((id) => tree.byId.get(id))
        .filter((n): n is AxNode => n !== undefined && (n.role === 'separator' || n.role === 'group'))
        .map((n) => n.name);
      const at = (name: string) => order.indexOf(name);
      const label = (kind: string) => journey.lanes.find((l) => l.kind === kind)!.label;
      expect(at(names[0]!)).toBeGreaterThan(at(label('customer')));
      expect(at(names[0]!)).toBeLessThan(at(label('backstage')));
      if (!skip) expect(at(names[1]!)).toBeGreaterThan(at(label('frontstage')));
      expect(at(names[1]!)).toBeLessThan(at(label('backstage')));
      expect(at(names[2]!)).toBeGreaterThan(at(label('backstage')));
      expect(at(names[2]!)).toBeLessThan(at(label('support')));
    });
  });
});

test('the lines a ServiceBlueprintLane is asked to draw are the ones its lanes say they lie by', async () => {
  render(
    <JourneyGrid journey={BLUEPRINT} layout="grid" lanes={['touchpoints']}>
      <ServiceBlueprintLane lines={['visibility']} />
    </JourneyGrid>,
  );
  await settle();
  const tree = await readTree();
  expect(tree.find('rowheader', exact('Customer actions')).description).toMatch(/^Above the line of visibility\. /);
  expect(tree.find('rowheader', exact('Frontstage')).description).toMatch(/^Above the line of visibility\. /);
  expect(tree.find('rowheader', exact('Backstage')).description).toMatch(/^Below the line of visibility\. /);
});

test('at 375 px the car purchase stacks, and its lines are drawn across each stage, dashed or (visibility) solid, labelled', async () => {
  await page.viewport(375, 812);
  render(<JourneyMap journey={BLUEPRINT} />);
  await settle();
  const map = document.querySelector('.jm-JourneyGrid')!;
  expect(map).toHaveAttribute('data-layout', 'stacked');
  const stage = document.querySelectorAll<HTMLElement>('.jm-StageColumn')[1]!;
  const lines = [...stage.querySelectorAll<HTMLElement>('[role=separator]')];
  expect(lines.map((l) => l.dataset.line)).toEqual(['interaction', 'visibility', 'internal']);
  const column = stage.getBoundingClientRect();
  for (const line of lines) {
    const box = line.getBoundingClientRect();
    const rule = getComputedStyle(line, '::before');
    // The line runs across the whole stage, with a visible stroke; its label sits on it, inside the stage.
    expect(box.width).toBeCloseTo(column.width - 2, 0);
    expect(rule.borderTopWidth).toBe('2px');
    expect(rule.borderTopStyle).toBe(line.dataset.line === 'visibility' ? 'solid' : 'dashed');
    const label = line.querySelector('.jm-BlueprintLine-label')!.getBoundingClientRect();
    expect(label.width).toBeGreaterThan(40);
    expect(label.left).toBeGreaterThanOrEqual(box.left);
    expect(label.right).toBeLessThanOrEqual(box.right);
    expect(label.top).toBeLessThan(box.top + box.height / 2);
    expect(label.bottom).toBeGreaterThan(box.top + box.height / 2);
  }
  const tree = await readTree();
  console.info(
    [tree.findAll('separator')[0], tree.findAll('group', exact('Backstage'))[0], tree.findAll('group', exact('Support processes'))[0]]
      .map(announce)
      .join('\n'),
  );
  // To look at: the second stage, its lanes and lines.
  await page.screenshot({ path: '../../screenshots/sem-blueprint-375.png', element: stage });
});
