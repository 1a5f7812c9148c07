import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { JourneyGrid, JourneyMap, StageColumn, TouchpointCard, defaultLabels, type Journey, type JourneyLabels } from '../../src';
import { cardPlace } from '../../src/layout/position';
import { normalizeJourney } from '../../src/model/normalize';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { arLabels } from '../../stories/labels';
import { CASES, exact, settle } from './sem';
import { announce, readTree, type AxTree } from './tree';

// Issue #12, finding 2: a card says where it is, and headers are named by their stage or
// phase and its place, their details a description — in the grid and stacked, in every
// example journey, left to right and right to left.

/** The card buttons of the map: toggle buttons (cards are the only ones). */
const cardButtons = (tree: AxTree) => tree.findAll('button').filter((b) => b.properties.pressed !== undefined);

/** Checks every card the layout draws: described by its place, which its name does not repeat. */
function expectCardsPlaced(tree: AxTree, journey: Journey, labels: JourneyLabels, stacked: boolean) {
  const model = normalizeJourney(journey);
  const buttons = cardButtons(tree);
  // Stacked, an emotion lane shows its scores, not its cards.
  const drawn = journey.cards.filter((c) => !stacked || model.lanes.get(c.lane)?.kind !== 'emotion');
  expect(buttons).toHaveLength(drawn.length);
  for (const card of drawn) {
    const place = labels.cardPosition(cardPlace(card, model)!);
    const mine = buttons.filter((b) => b.name.includes(card.title) && b.description === place);
    expect(mine.length, `${card.id}: ${place}`).toBeGreaterThan(0);
    expect(mine[0]!.name).not.toContain(place);
  }
}

/** Checks the stage headers (column headers or stacked groups) and, in the grid, the phase headers. */
function expectHeadersNamed(tree: AxTree, journey: Journey, labels: JourneyLabels, role: 'columnheader' | 'group') {
  const count = journey.stages.length;
  journey.stages.forEach((stage, i) => {
    const header = tree.find(role, exact(labels.stageHeader({ name: stage.name, index: i + 1, count })));
    // The details are no part of the name (found exactly); in the grid's header they are its description.
    if (role === 'columnheader')
      for (const detail of [stage.goal, stage.trigger, stage.duration]) if (detail) expect(header.description).toContain(detail);
  });
  if (role === 'group') return;
  const phases = journey.phases ?? [];
  phases.forEach((phase, i) => {
    expect(tree.findAll('columnheader', exact(labels.phaseHeader({ name: phase.name, index: i + 1, count: phases.length })))).toHaveLength(
      1,
    );
  });
}

describe.each(CASES)('$name', ({ journey, labels }) => {
  test('in the grid, every card says its stage (or span) and lane; stage and phase headers are named by their place', async () => {
    render(<JourneyMap journey={journey} labels={labels} layout="grid" />);
    const tree = await readTree();
    expectCardsPlaced(tree, journey, labels, false);
    expectHeadersNamed(tree, journey, labels, 'columnheader');
  });

  test('stacked, the same: every card placed, every stage a group named by its place', async () => {
    render(<JourneyMap journey={journey} labels={labels} layout="stacked" />);
    const tree = await readTree();
    expectCardsPlaced(tree, journey, labels, true);
    expectHeadersNamed(tree, journey, labels, 'group');
  });
});

describe('what is read, word for word', () => {
  test('the kitchen journey: a card, a spanning card, a stage header and a phase header', async () => {
    render(<JourneyMap journey={examples['ecommerce-kitchen']!} />);
    const tree = await readTree();
    const card = tree.find('button', 'Searches for a new-kitchen checklist');
    expect(card.description).toBe('Awareness · Actions');
    const spanning = cardButtons(tree).filter((b) => b.description.includes(' → '));
    expect(spanning.length).toBeGreaterThan(0);
    const awareness = tree.find('columnheader', exact('Awareness, stage 1 of 7'));
    expect(awareness.description).toMatch(/^Goal Work out what a functioning kitchen needs/);
    expect(tree.findAll('columnheader', exact('Buy, phase 1 of 3'))).toHaveLength(1);
    console.info([card, spanning[0], awareness, tree.find('columnheader', exact('Buy, phase 1 of 3'))].map(announce).join('\n'));
  });

  test('right to left, in Arabic: the span reads in the map’s direction', async () => {
    render(<JourneyMap journey={arabicBankJourney} labels={arLabels} />);
    const tree = await readTree();
    const lane = arabicBankJourney.lanes.find((l) => l.id === 'touchpoints')!.label;
    expect(tree.find('button', 'شاشات التسجيل في التطبيق').description).toBe(`التسجيل ← التحقق من الهوية · ${lane}`);
    expect(tree.findAll('columnheader', exact('الاكتشاف، المرحلة 1 من 5'))).toHaveLength(1);
  });

  test('a previewed card is described by its place first, then its persona and summary, never its stage twice', async () => {
    render(<JourneyMap journey={examples['saas-onboarding-multi']!} layout="grid" />);
    // A key pressed first, so that focus is the keyboard's (visible) and previews the card.
    await userEvent.keyboard('{Shift}');
    document.querySelector<HTMLElement>('[role=grid] [data-card-id]')!.focus();
    await new Promise((done) => setTimeout(done, 100));
    await settle();
    expect(document.querySelector('[role=tooltip]')).not.toBeNull();
    const tree = await readTree();
    const journey = examples['saas-onboarding-multi']!;
    const card = journey.cards.find((c) => c.id === document.activeElement?.getAttribute('data-card-id'))!;
    const focused = tree.find('button', card.title);
    const model = normalizeJourney(journey);
    const place = defaultLabels.cardPosition(cardPlace(card, model)!);
    expect(focused.description.startsWith(place)).toBe(true);
    const stage = model.stages.get(card.stage)!.name;
    expect(focused.description.split(stage)).toHaveLength(2);
    if (card.persona) expect(focused.description).toContain(model.personas.get(card.persona)!.name);
    if (card.description) expect(focused.description).toContain(card.description);
    console.info(announce(focused));
  });
});

describe('parts a host places itself', () => {
  test('a TouchpointCard the host draws in a lane of the grid says where it sits; one outside any map has no place to say', async () => {
    const journey = examples['ecommerce-kitchen']!;
    const card = journey.cards[0]!;
    render(
      <>
        <JourneyGrid
          journey={journey}
          layout="grid"
          lanes={[card.lane]}
          renderLane={() => <TouchpointCard card={card} aria-describedby="host-note" />}
        />
        <p id="host-note">Seen in week 2</p>
        <TouchpointCard card={journey.cards[1]!} />
      </>,
    );
    const tree = await readTree();
    const inside = tree.find('button', card.title);
    // Its place first, then the host's own description.
    expect(inside.description).toBe(`${defaultLabels.cardPosition(cardPlace(card, normalizeJourney(journey))!)} Seen in week 2`);
    const alone = tree.find('article', journey.cards[1]!.title);
    expect(alone.description).toBe('');
  });

  test('a StageColumn the host places in a grid is named by its stage and place, in either variant', async () => {
    const journey = examples['car-purchase-blueprint']!;
    render(
      <JourneyGrid journey={journey} layout="grid">
        <StageColumn stageId="deal" variant="stacked" />
      </JourneyGrid>,
    );
    const tree = await readTree();
    expect(tree.findAll('columnheader', exact('Negotiate & finance, stage 4 of 6'))).toHaveLength(1);
    expect(tree.findAll('group', exact('Negotiate & finance, stage 4 of 6'))).toHaveLength(1);
  });
});
