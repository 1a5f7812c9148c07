import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { defaultLabels, JourneyMap, type Journey } from '../../src';
import { ruLabels } from '../../stories/labels';
import { MAPS, settle } from './visual';
import { announce, readTree } from './tree';

// What a screen reader reads is the words' own text: styles that draw labels in capitals
// must not upper-case them in Chromium's accessibility tree, and words drawn apart stay
// apart when separators are hidden.

/** Words of two or more letters that have case and are written all in capitals. */
const capitalWords = (text: string): string[] =>
  (text.match(/\p{L}{2,}/gu) ?? []).filter((w) => w === w.toLocaleUpperCase() && w !== w.toLocaleLowerCase());

/** The nodes whose name holds a word in capitals that the journey and the labels never write in capitals. */
async function shouted(journey: Journey, labels: object = defaultLabels): Promise<string[]> {
  const own = new Set(capitalWords(JSON.stringify([journey, labels])));
  const tree = await readTree();
  expect(tree.nodes.length).toBeGreaterThan(100);
  return tree.nodes.filter((node) => capitalWords(node.name).some((w) => !own.has(w))).map(announce);
}

test.each(['blueprint', 'kitchen', 'future', 'saas', 'arabic'] as const)(
  'no accessible name of the %s map is upper-cased by its styles, its details dialog included',
  async (map) => {
    const { container } = render(<JourneyMap journey={MAPS[map]} />);
    await settle();
    // Kind labels, phase names, corner headers, blueprint lines, chips and section titles are among the names read.
    expect(container.querySelector('.jm-TouchpointCard-kind')).not.toBeNull();
    expect(await shouted(MAPS[map])).toEqual([]);
    // The details dialog's head and section titles too.
    await userEvent.click(container.querySelector<HTMLElement>('.jm-TouchpointCard[data-evidence="validated"]')!);
    expect(container.querySelector('.jm-CardPopover')).not.toBeNull();
    expect(await shouted(MAPS[map])).toEqual([]);
  },
);

test('the card kind is read in its own case: "Action: Configures a hybrid SUV…", not "ACTION: …"', async () => {
  render(<JourneyMap journey={MAPS.blueprint} />);
  await settle();
  const tree = await readTree();
  expect(tree.findAll('button', /^Action: Configures a hybrid SUV/)).toHaveLength(1);
  const headers = tree.findAll('columnheader').map(announce);
  expect(headers).toEqual(expect.arrayContaining(['columnheader "Phase"', 'columnheader "Stage"']));
  expect(headers).not.toContain('columnheader "PHASE"');
  expect(tree.findAll('StaticText', 'Line of interaction')).toHaveLength(1);
});

test('a map in another script and the stacked layout keep their words’ own case too', async () => {
  render(<JourneyMap journey={MAPS.bakery} labels={ruLabels} layout="stacked" />);
  await settle();
  expect(document.querySelector('.jm-Stacked-laneLabel')).not.toBeNull();
  expect(await shouted(MAPS.bakery, ruLabels)).toEqual([]);
});

test.each(['saas', 'kitchen', 'arabic'] as const)('the persona line of the %s map reads its parts apart, with spaces', async (map) => {
  // The whole cards: every persona's (all personas) or the one persona's, with its place.
  const { container } = render(<JourneyMap journey={MAPS[map]} defaultPersonaExpanded />);
  await settle();
  const metas = Array.from(container.querySelectorAll('.jm-PersonaPanel-meta'));
  expect(metas.length).toBeGreaterThan(0);
  for (const [i, meta] of metas.entries()) {
    const persona = MAPS[map].personas.find((p) => p.id === meta.closest('[data-persona]')!.getAttribute('data-persona'))!;
    const snapshot = await commands.ariaSnapshot(`.jm-PersonaPanel-meta >> nth=${i}`);
    // Each part of the line (role, age, place) is read whole, and never run into the next one.
    expect(snapshot).toContain(persona.role!);
    expect(snapshot).not.toMatch(new RegExp(`${persona.role}\\S`));
    expect(snapshot).not.toContain('·');
  }
});
