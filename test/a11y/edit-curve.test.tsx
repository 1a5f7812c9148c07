// Editing the emotion curve with real key presses and a real mouse in Chromium: each point
// a vertical slider (Up/Down a step, Home/End the ends, Page keys larger steps), dragged
// with the pointer it snaps to the scale; add a point at a stage without one, remove one,
// edit its feeling. Each change announced politely and undoable; left to right and right
// to left, light and dark, several curves; axe clean.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { Journey } from '../../src';
import { JourneyEditor } from '../../src/edit';
import { examples } from '../../stories/data';
import { active } from './keys';
import { readTree } from './tree';
import { noAxeViolations, renderEditor } from './editing';
import type { JourneyEditorProps } from '../../src/edit';

const kitchen = examples['ecommerce-kitchen']!;
const status = () => document.querySelector('.jm-JourneyEditor-status')!.textContent!.trim();
const score = (journey: Journey, stage: string, scenario?: string) =>
  journey.emotions.find((e) => e.stage === stage && (e.scenario ?? 'current') === (scenario ?? 'current'))?.score;
const slider = (name: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('[role="slider"]')).find((s) => s.getAttribute('aria-label') === name)!;
const button = (name: string) =>
  Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const point = (stage: string) => `.jm-EmotionCurve-point[data-stage-id="${stage}"]`;

const editor = ({ journey = kitchen, ...props }: Partial<JourneyEditorProps> & { journey?: Journey } = {}) => renderEditor(journey, props);

afterEach(async () => {
  await userEvent.keyboard('{Escape}');
});

describe.each(['ltr', 'rtl'] as const)('a point by keyboard (%s)', (dir) => {
  test('each point is a named vertical slider saying its score and feeling; arrows, Page keys, Home and End change it, announced and undoable', async () => {
    const map = editor({ dir });
    await expect.poll(() => document.querySelectorAll('[role="slider"]').length).toBe(7);
    const tree = await readTree();
    const node = tree.find('slider', 'Score at Awareness');
    expect(node.properties).toMatchObject({ valuemin: -3, valuemax: 3, orientation: 'vertical' });
    expect(slider('Score at Awareness').getAttribute('aria-valuetext')).toBe('+1, Curious');
    // Inside the curve's stage cell, which stays the grid's keyboard stop.
    expect(slider('Score at Awareness').closest('[role="gridcell"]')?.getAttribute('data-stage-id')).toBe('awareness');

    slider('Score at Awareness').focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(score(map.last(), 'awareness')).toBe(2);
    expect(status()).toBe('Score at Awareness set to +2, Curious');
    expect(active()).toBe(slider('Score at Awareness'));
    expect(slider('Score at Awareness').getAttribute('aria-valuetext')).toBe('+2, Curious');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowLeft}');
    expect(score(map.last(), 'awareness')).toBe(-1);
    await userEvent.keyboard('{End}');
    expect(score(map.last(), 'awareness')).toBe(3);
    await userEvent.keyboard('{ArrowUp}');
    expect(map.count()).toBe(5);
    await userEvent.keyboard('{Home}');
    expect(score(map.last(), 'awareness')).toBe(-3);
    await userEvent.keyboard('{PageUp}');
    expect(score(map.last(), 'awareness')).toBe(-1);
    // The point drawn by the map follows.
    const drawn = document.querySelector<HTMLElement>(point('awareness'))!.getBoundingClientRect();
    const handle = slider('Score at Awareness').getBoundingClientRect();
    expect(Math.abs(drawn.top + drawn.height / 2 - (handle.top + handle.height / 2))).toBeLessThan(2);
    expect(Math.abs(drawn.left + drawn.width / 2 - (handle.left + handle.width / 2))).toBeLessThan(2);

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(score(map.last(), 'awareness')).toBe(-3);
    expect(status()).toBe('Undone: Score at Awareness set to −1, Curious');
    expect(active()).toBe(slider('Score at Awareness'));
  });

  test('Delete removes a point; its stage gets an Add button that adds one at the neutral score; F2 edits the feeling', async () => {
    const map = editor({ dir });
    await expect.poll(() => document.querySelectorAll('[role="slider"]').length).toBe(7);
    slider('Score at Purchase').focus();
    await userEvent.keyboard('{Delete}');
    expect(score(map.last(), 'purchase')).toBeUndefined();
    expect(status()).toBe('Score −2 at Purchase removed');
    expect(active()).toBe(button('Add a score at Purchase'));
    await userEvent.keyboard('{Enter}');
    expect(score(map.last(), 'purchase')).toBe(0);
    expect(status()).toBe('Score 0 added at Purchase');
    expect(active()).toBe(slider('Score at Purchase'));

    slider('Score at Usage').focus();
    await userEvent.keyboard('{F2}');
    expect(active().getAttribute('aria-label')).toBe('Feeling at Usage');
    await userEvent.keyboard('{Control>}a{/Control}Thrilled{Enter}');
    expect(map.last().emotions.find((e) => e.stage === 'usage')!.label).toBe('Thrilled');
    expect(status()).toBe('Feeling at Usage set to “Thrilled”');
    await expect.poll(() => active()).toBe(slider('Score at Usage'));
    // Escape leaves it as it was.
    await userEvent.keyboard('{Enter}{Control>}a{/Control}x{Escape}');
    expect(map.last().emotions.find((e) => e.stage === 'usage')!.label).toBe('Thrilled');
  });
});

describe.each(['ltr', 'rtl'] as const)('a point by pointer (%s)', (dir) => {
  test('dragged up it snaps to the scale and is changed once, on release; undo puts it back', async () => {
    const map = editor({ dir });
    await expect.poll(() => document.querySelectorAll('[role="slider"]').length).toBe(7);
    const sel = '[data-jm-point="point:consideration:sarah:current"]';
    const plot = () => slider('Score at Consideration').closest('.jm-EmotionCurve-plot')!.getBoundingClientRect().top;
    const before = slider('Score at Consideration').getBoundingClientRect().top - plot();
    // Two steps of the scale up, and a little more: it snaps to +1.
    const step = (document.querySelector('.jm-EmotionCurve-plot')!.clientHeight - 32) / 6;
    await commands.mouseDrag({ selector: sel }, [{ selector: sel, dy: -(2 * step + 6) }], true);
    expect(slider('Score at Consideration').getAttribute('aria-valuenow')).toBe('1');
    expect(map.count()).toBe(0);
    await commands.mouseDrag(null, [{ selector: sel }]);
    await expect.poll(() => map.count()).toBe(1);
    expect(score(map.last(), 'consideration')).toBe(1);
    expect(status()).toBe('Score at Consideration set to +1, Overwhelmed');
    const after = slider('Score at Consideration').getBoundingClientRect().top - plot();
    expect(before - after).toBeCloseTo(2 * step, 0);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(score(map.last(), 'consideration')).toBe(-1);
  });
});

test('several curves: each point names its persona and scenario; the map passes axe in the dark theme with a point focused', async () => {
  const future = examples['ecommerce-kitchen-future']!;
  const map = editor({ journey: future, theme: 'dark' });
  await expect.poll(() => document.querySelectorAll('[role="slider"]').length).toBe(14);
  expect(slider('Score at Sarah at Usage, future state')).toBeDefined();
  slider('Score at Sarah at Usage, future state').focus();
  await userEvent.keyboard('{ArrowDown}');
  expect(score(map.last(), 'usage', 'future')).toBe(score(future, 'usage', 'future')! - 1);
  expect(score(map.last(), 'usage')).toBe(score(future, 'usage'));
  await noAxeViolations();
});

test('axe finds nothing with a point focused, its tools shown, left to right and right to left', async () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    const { unmount } = render(<JourneyEditor defaultJourney={kitchen} layout="grid" dir={dir} />);
    await expect.poll(() => document.querySelectorAll('[role="slider"]').length).toBe(7);
    slider('Score at Support').focus();
    await expect.poll(() => button('Remove the score at Support')).toBeDefined();
    await noAxeViolations();
    unmount();
  }
});
