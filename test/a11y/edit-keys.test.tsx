// The editor driven by real key presses in Chromium: rename a card in place, add one,
// move it, delete it, undo and redo — each announced in the polite live region, with
// focus following the card, left to right and right to left.
import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Journey } from '../../src';
import { JourneyEditor } from '../../src/edit';
import { examples } from '../../stories/data';
import { active, focusedColumns } from './keys';
import { announce, readTree } from './tree';

const status = () => document.querySelector('[role="status"].jm-JourneyEditor-status')!.textContent!.trim();
const navEl = (key: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-nav-key]')).find((e) => e.getAttribute('data-nav-key') === key)!;
const focusedName = async () => announce((await readTree()).focused());

const kitchen = examples['ecommerce-kitchen']!;
const cases: Array<[string, 'ltr' | 'rtl', Journey]> = [
  ['ecommerce-kitchen', 'ltr', kitchen],
  ['ecommerce-kitchen', 'rtl', kitchen],
];

describe.each(cases)('%s (%s)', (_name, dir, journey) => {
  test('renames a card with F2: the field is named, Escape cancels, Enter commits, and the rename is announced', async () => {
    const changes: unknown[] = [];
    render(<JourneyEditor defaultJourney={journey} layout="grid" dir={dir} onJourneyChange={(_next, c) => changes.push(...c)} />);
    navEl('card:th-aw').focus();
    await userEvent.keyboard('{F2}');
    const tree = await readTree();
    expect(announce(tree.focused())).toBe('textbox "Card title"');
    expect((active() as HTMLInputElement).value).toBe('There are hundreds of fridges. Where do I even start?');
    await userEvent.keyboard('{Escape}');
    expect(active().getAttribute('data-nav-key')).toBe('card:th-aw');
    expect(changes).toEqual([]);

    await userEvent.keyboard('{F2}');
    await userEvent.clear(active());
    await userEvent.keyboard('{Enter}');
    const error = await readTree();
    expect(announce(error.focused())).toBe('textbox "Card title" (A card needs a title.)');
    expect(error.findAll('alert')).toHaveLength(1);
    expect(active().getAttribute('aria-invalid')).toBe('true');
    expect(changes).toEqual([]);

    await userEvent.keyboard('Where to start?{Enter}');
    expect(status()).toBe('Card “There are hundreds of fridges. Where do I even start?” renamed to “Where to start?”');
    expect(active().getAttribute('data-nav-key')).toBe('card:th-aw');
    expect(await focusedName()).toContain('Where to start?');
    expect(changes).toEqual([{ type: 'card/update', id: 'th-aw', set: { title: 'Where to start?' } }]);
  });

  test('adds a card in a focused cell with N, moves it with Ctrl+Arrow, deletes it, then undoes and redoes', async () => {
    render(<JourneyEditor defaultJourney={journey} layout="grid" dir={dir} />);
    const usage = journey.stages.findIndex((s) => s.id === 'usage');
    navEl(`cell:pains:${usage}`).focus();
    await userEvent.keyboard('n');
    expect(await focusedName()).toBe('textbox "New card title"');
    await userEvent.keyboard('Stiff lid{Enter}');
    expect(status()).toBe('Card “Stiff lid” added to Usage · Pain points');
    expect(await focusedName()).toMatch(/^button "(Pain point: )?Stiff lid"/);
    const id = active().getAttribute('data-nav-key')!;
    expect(focusedColumns()).toEqual([usage, usage]);

    // Forward in reading order: right in a left-to-right map, left in a right-to-left one.
    await userEvent.keyboard(dir === 'rtl' ? '{Control>}{ArrowLeft}{/Control}' : '{Control>}{ArrowRight}{/Control}');
    expect(status()).toBe('Card “Stiff lid” moved to Support · Pain points');
    expect(active().getAttribute('data-nav-key')).toBe(id);
    expect(focusedColumns()).toEqual([usage + 1, usage + 1]);
    await userEvent.keyboard('{Control>}{ArrowUp}{/Control}');
    expect(status()).toBe('Card “Stiff lid” moved to Support · Emotion');
    // The emotion lane now has a second row for its cards, under the curve; its controls stay one set.
    await expect.poll(() => document.querySelectorAll('.jm-EmotionCards').length).toBe(1);
    expect(document.querySelectorAll('button[aria-label="Rename lane Emotion"]')).toHaveLength(1);
    await userEvent.keyboard('{Control>}{ArrowDown}{/Control}');
    expect(active().closest('[role="row"]')!.getAttribute('data-lane-id')).toBe('pains');

    await userEvent.keyboard('{Delete}');
    expect(status()).toBe('Card “Stiff lid” deleted from Support · Pain points');
    expect(active().getAttribute('data-nav-key')).toBe(`cell:pains:${usage + 1}`);
    expect(document.querySelector('[role="grid"]')!.textContent).not.toContain('Stiff lid');

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(status()).toBe('Undone: Card “Stiff lid” deleted from Support · Pain points');
    expect(active().getAttribute('data-nav-key')).toBe(id);
    expect(await focusedName()).toMatch(/^button "(Pain point: )?Stiff lid"/);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(status()).toBe('Redone: Card “Stiff lid” deleted from Support · Pain points');
    expect(document.querySelector('[role="grid"]')!.textContent).not.toContain('Stiff lid');
    await userEvent.keyboard('{Control>}y{/Control}');
    expect(status()).toBe('Nothing to redo');
  });
});

test('the live region is polite, the toolbar and its buttons are named', async () => {
  render(<JourneyEditor defaultJourney={kitchen} layout="grid" />);
  navEl('card:th-aw').focus();
  await expect.poll(() => document.querySelector('.jm-JourneyEditor-toolbar')).not.toBeNull();
  const tree = await readTree();
  expect(tree.findAll('status').filter((s) => s.properties.live === 'polite').length).toBeGreaterThan(0);
  expect(document.querySelector('.jm-JourneyEditor-status')!.getAttribute('aria-live')).toBe('polite');
  const toolbar = tree.find('toolbar', 'Edit');
  expect(
    tree
      .findAll('button')
      .filter((b) => b.parentId === toolbar.id || tree.ancestors(b).includes(toolbar))
      .map((b) => b.name),
  ).toEqual(['Rename', 'Details', 'Move', 'Connect', 'Delete']);
  await userEvent.click(document.querySelector<HTMLElement>('.jm-JourneyEditor-toolbar button')!);
  expect(await focusedName()).toBe('textbox "Card title"');
});
