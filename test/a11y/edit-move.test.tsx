// Moving things in the editor, with real key presses and a real mouse in Chromium: pick a
// card up with M, choose its cell with the arrow keys, drop it or cancel; drag it to another
// cell; reorder stages by their header's Move button and by dragging the header; remove a
// stage choosing where its cards go. Each step announced politely, each change undoable;
// left to right and right to left, light and dark.
import { afterEach, describe, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { Journey } from '../../src';
import { examples } from '../../stories/data';
import { active } from './keys';
import { readTree } from './tree';
import { noAxeViolations, renderEditor } from './editing';
import type { JourneyEditorProps } from '../../src/edit';

const kitchen = examples['ecommerce-kitchen']!;
const status = () => document.querySelector('.jm-JourneyEditor-status')!.textContent!.trim();
const navEl = (key: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-nav-key]')).find((e) => e.getAttribute('data-nav-key') === key)!;
const cardOf = (journey: Journey, id: string) => journey.cards.find((c) => c.id === id)!;
const cellIds = (journey: Journey, stage: string, lane: string) =>
  journey.cards.filter((c) => c.stage === stage && c.lane === lane).map((c) => c.id);
const stageOrder = () =>
  Array.from(document.querySelectorAll('.jm-StageColumn[data-variant="header"]'), (h) => h.getAttribute('data-stage-id'));
const button = (name: string) =>
  Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const STAGE = 'Delivery & setup';

const editor = (props: Partial<JourneyEditorProps> = {}) => renderEditor(kitchen, props);

afterEach(async () => {
  await userEvent.keyboard('{Escape}');
});

describe.each(['ltr', 'rtl'] as const)('moving a card by keyboard (%s)', (dir) => {
  const forward = dir === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}';

  test('M picks it up; arrows move the landing place, shown and announced; Enter drops it as one undoable change', async () => {
    const map = editor({ dir });
    navEl('card:tp-aw-social').focus();
    await userEvent.keyboard('m');
    expect(status()).toBe(
      'Picked up card “Sponsored kitchen make-over reels” in Awareness · Touchpoints, place 2 of 2. Arrow keys choose where it goes, Enter or Space drops it, Escape cancels.',
    );
    expect(document.querySelector('.jm-JourneyEditor-dropSource')).not.toBeNull();
    await userEvent.keyboard('{ArrowUp}');
    expect(status()).toBe('Awareness · Touchpoints, place 1 of 2');
    await userEvent.keyboard(forward);
    expect(status()).toBe('Consideration · Touchpoints, place 1 of 3');
    // The line sits above the first card of the target cell, inside its column.
    const line = document.querySelector('.jm-JourneyEditor-dropLine')!.getBoundingClientRect();
    const first = navEl('card:tp-co-pdp').getBoundingClientRect();
    expect(Math.abs(line.bottom - first.top)).toBeLessThan(8);
    expect(line.left).toBeGreaterThanOrEqual(first.left - 12);
    expect(line.right).toBeLessThanOrEqual(first.right + 12);
    expect(map.count()).toBe(0);

    await userEvent.keyboard('{Enter}');
    expect(map.count()).toBe(1);
    expect(cardOf(map.last(), 'tp-aw-social').stage).toBe('consideration');
    expect(cellIds(map.last(), 'consideration', 'touchpoints')).toEqual(['tp-aw-social', 'tp-co-pdp', 'tp-co-video']);
    expect(status()).toBe('Card “Sponsored kitchen make-over reels” moved to Consideration · Touchpoints');
    expect(active().getAttribute('data-nav-key')).toBe('card:tp-aw-social');
    expect(navEl('cell:touchpoints:1').contains(active())).toBe(true);
    expect(document.querySelector('.jm-JourneyEditor-drop')).toBeNull();

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(cellIds(map.last(), 'awareness', 'touchpoints')).toEqual(['tp-aw-search', 'tp-aw-social']);
    expect(status()).toBe('Undone: Card “Sponsored kitchen make-over reels” moved to Consideration · Touchpoints');
    await expect.poll(() => active().getAttribute('data-nav-key')).toBe('card:tp-aw-social');
    await userEvent.keyboard('{Control>}y{/Control}');
    await expect.poll(() => status()).toBe('Redone: Card “Sponsored kitchen make-over reels” moved to Consideration · Touchpoints');
    expect(cellIds(map.last(), 'consideration', 'touchpoints')[0]).toBe('tp-aw-social');
  });

  test('a landing place off screen is scrolled into view, and the outline stays inside the map', async () => {
    editor({ dir });
    navEl('card:tp-aw-social').focus();
    await userEvent.keyboard('m' + forward.repeat(6));
    expect(status()).toBe('Advocacy · Touchpoints, place 2 of 3');
    const scroller = document.querySelector('.jm-JourneyGrid-scroller')!.getBoundingClientRect();
    const outline = document.querySelector('.jm-JourneyEditor-dropOutline')!.getBoundingClientRect();
    const cell = navEl('cell:touchpoints:6').getBoundingClientRect();
    expect(cell.left).toBeGreaterThanOrEqual(scroller.left - 1);
    expect(cell.right).toBeLessThanOrEqual(scroller.right + 1);
    expect(outline.left).toBeGreaterThanOrEqual(scroller.left - 1);
    expect(outline.right).toBeLessThanOrEqual(scroller.right + 1);
  });

  test('Escape puts the card back and changes nothing; so does dropping it where it was', async () => {
    const map = editor({ dir });
    navEl('card:th-aw').focus();
    await userEvent.keyboard('m{ArrowDown}' + forward);
    await userEvent.keyboard('{Escape}');
    expect(status()).toBe('Move of “There are hundreds of fridges. Where do I even start?” cancelled; nothing changed');
    expect(map.count()).toBe(0);
    expect(document.querySelector('.jm-JourneyEditor-drop')).toBeNull();
    expect(active().getAttribute('data-nav-key')).toBe('card:th-aw');
    await userEvent.keyboard('m{ArrowDown}{ArrowUp}{Enter}');
    expect(map.count()).toBe(0);
  });
});

test('the toolbar’s Move button picks the focused card up; the pick-up state is drawn and the map passes axe (dark theme)', async () => {
  editor({ theme: 'dark' });
  navEl('card:th-co').focus();
  await expect.poll(() => document.querySelector('.jm-JourneyEditor-toolbar')).not.toBeNull();
  const tree = await readTree();
  expect(tree.findAll('button').filter((b) => b.name === 'Move')).toHaveLength(1);
  await userEvent.click(button('Move'));
  expect(status()).toMatch(/^Picked up card “Will this fridge even fit/);
  expect(active().getAttribute('data-nav-key')).toBe('card:th-co');
  await userEvent.keyboard('{ArrowDown}');
  await noAxeViolations();
  await userEvent.keyboard('{Escape}');
});

describe.each(['ltr', 'rtl'] as const)('moving by pointer (%s)', (dir) => {
  test('a card dragged to another cell lands there, with the drop indicator shown on the way; undo and redo', async () => {
    const map = editor({ dir });
    await commands.mouseDrag({ selector: '[data-nav-key="card:th-aw"]' }, [{ selector: '[data-nav-key="cell:thoughts:2"]', dy: 30 }], true);
    // Mid-drag: the target cell is outlined and the line is drawn below its one card.
    await commands.mouseDrag(null, [{ selector: '[data-nav-key="cell:thoughts:2"]', dy: 31 }], true);
    await expect.poll(() => document.querySelector('.jm-JourneyEditor-dropLine'), { timeout: 3000 }).not.toBeNull();
    const outline = document.querySelector('.jm-JourneyEditor-dropOutline')!.getBoundingClientRect();
    const cell = navEl('cell:thoughts:2').getBoundingClientRect();
    expect(Math.abs(outline.left - cell.left)).toBeLessThan(4);
    expect(Math.abs(outline.top - cell.top)).toBeLessThan(4);
    const line = document.querySelector('.jm-JourneyEditor-dropLine')!.getBoundingClientRect();
    expect(line.top).toBeGreaterThan(navEl('card:th-pu').getBoundingClientRect().bottom - 4);
    await commands.mouseDrag(null, [{ selector: '[data-nav-key="cell:thoughts:2"]', dy: 32 }]);
    await expect.poll(() => map.count()).toBe(1);
    expect(cardOf(map.last(), 'th-aw')).toMatchObject({ stage: 'purchase', lane: 'thoughts' });
    expect(cellIds(map.last(), 'purchase', 'thoughts')).toEqual(['th-pu', 'th-aw']);
    expect(navEl('cell:thoughts:2').contains(navEl('card:th-aw'))).toBe(true);
    expect(status()).toBe('Card “There are hundreds of fridges. Where do I even start?” moved to Purchase · Thoughts');
    expect(document.querySelector('.jm-JourneyEditor-drop')).toBeNull();

    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => cardOf(map.last(), 'th-aw').stage).toBe('awareness');
    // The card is drawn anew in its old cell; focus follows it there before the next key.
    await expect.poll(() => active().getAttribute('data-nav-key')).toBe('card:th-aw');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expect.poll(() => cardOf(map.last(), 'th-aw').stage).toBe('purchase');
  });

  test('a stage dragged by its header takes its new place; undo puts it back', async () => {
    const map = editor({ dir });
    const sel = (id: string) => `.jm-StageColumn[data-stage-id="${id}"] .jm-StageColumn-name`;
    await commands.mouseDrag({ selector: sel('awareness') }, [{ selector: sel('purchase'), dx: dir === 'rtl' ? -40 : 40 }]);
    await expect.poll(() => map.count()).toBe(1);
    expect(
      map
        .last()
        .stages.map((s) => s.id)
        .slice(0, 3),
    ).toEqual(['consideration', 'purchase', 'awareness']);
    expect(stageOrder().slice(0, 3)).toEqual(['consideration', 'purchase', 'awareness']);
    expect(status()).toBe('Stage “Awareness” moved to position 3 of 7');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(map.last().stages[0]!.id).toBe('awareness');
  });
});

describe.each(['ltr', 'rtl'] as const)('stages by keyboard (%s)', (dir) => {
  test('the header’s Move button picks the stage up; arrows (mirrored) move it, Enter drops it, focus stays on it', async () => {
    const map = editor({ dir });
    button('Move stage Awareness').focus();
    await userEvent.keyboard('{Enter}');
    expect(status()).toBe(
      'Picked up stage “Awareness”, position 1 of 7. Left and Right arrow keys choose where it goes, Enter or Space drops it, Escape cancels.',
    );
    expect((await readTree()).find('button', 'Move stage Awareness').properties.pressed).toBe('true');
    await userEvent.keyboard(dir === 'rtl' ? '{ArrowLeft}{ArrowLeft}' : '{ArrowRight}{ArrowRight}');
    expect(status()).toBe('Position 3 of 7');
    await userEvent.keyboard(' ');
    expect(status()).toBe('Stage “Awareness” moved to position 3 of 7');
    expect(map.count()).toBe(1);
    expect(stageOrder().slice(0, 3)).toEqual(['consideration', 'purchase', 'awareness']);
    expect(active()).toBe(button('Move stage Awareness'));
    expect(button('Move stage Awareness').getAttribute('aria-pressed')).toBe('false');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(stageOrder()[0]).toBe('awareness');
    await userEvent.keyboard('{Control>}y{/Control}');
    expect(stageOrder()[2]).toBe('awareness');

    button('Move stage Advocacy').focus();
    await userEvent.keyboard('{Enter}' + (dir === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}'));
    expect(status()).toBe('The stage cannot move further that way');
    await userEvent.keyboard('{Escape}');
    expect(status()).toBe('Move of “Advocacy” cancelled; nothing changed');
    expect(map.count()).toBe(3);
  });
});

test('removing a stage asks where its cards go, by keyboard and pointer; undo brings it back', async () => {
  const map = editor();
  const delivery = cellIds(kitchen, 'delivery', 'actions');
  await userEvent.click(button(`Remove stage ${STAGE}`));
  const tree = await readTree();
  const dialog = tree.find('dialog', `Remove stage “${STAGE}”`);
  expect(dialog).toBeTruthy();
  expect(tree.findAll('radio').map((r) => r.name)).toEqual([
    'Move to the previous stage, Purchase',
    'Move to the next stage, Usage',
    'Remove with the stage',
  ]);
  await noAxeViolations();
  // Escape closes it with nothing changed.
  await userEvent.keyboard('{Escape}');
  expect(document.querySelector('dialog[open]')).toBeNull();
  expect(map.count()).toBe(0);

  await userEvent.click(button(`Remove stage ${STAGE}`));
  await userEvent.click(document.querySelectorAll<HTMLInputElement>('dialog input[type="radio"]')[1]!);
  await userEvent.click(button('Remove stage'));
  expect(map.count()).toBe(1);
  expect(map.last().stages.map((s) => s.id)).not.toContain('delivery');
  expect(cellIds(map.last(), 'usage', 'actions')).toEqual(expect.arrayContaining(delivery));
  expect(status()).toBe(`Stage “${STAGE}” removed; its 10 cards moved to Usage`);
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(map.last().stages.map((s) => s.id)).toContain('delivery');

  // By keyboard: Tab to the choice, arrows between the radios, Enter removes the stage and its cards.
  button('Remove stage Usage').focus();
  await userEvent.keyboard('{Enter}');
  expect(active().getAttribute('type')).toBe('radio');
  await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
  expect(map.count()).toBe(3);
  expect(map.last().cards.some((c) => c.stage === 'usage')).toBe(false);
  expect(status()).toMatch(/^Stage “Usage” removed with its \d+ cards$/);
});
