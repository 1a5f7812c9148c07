// Editing the journey's structure with real key presses in Chromium: add a stage before or
// after another and rename it in place; put stages in phases, rename and remove a phase; add
// a lane of a chosen kind, rename, describe, reorder and remove one, saying where its cards
// go. Each change announced politely and undoable; focus lands on what changed; axe clean,
// left to right and right to left, light and dark.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { JourneyEditor } from '../../src/edit';
import { examples } from '../../stories/data';
import { active } from './keys';
import { readTree } from './tree';
import { noAxeViolations, renderEditor } from './editing';
import type { JourneyEditorProps } from '../../src/edit';

const kitchen = examples['ecommerce-kitchen']!;
const status = () => document.querySelector('.jm-JourneyEditor-status')!.textContent!.trim();
const named = (name: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('button, input, select')).find(
    (b) => (b.getAttribute('aria-label') ?? b.closest('label')?.textContent?.trim() ?? b.textContent) === name,
  )!;
const stageOrder = () =>
  Array.from(document.querySelectorAll('.jm-StageColumn[data-variant="header"]'), (h) => h.getAttribute('data-stage-id'));
const laneOrder = () => Array.from(document.querySelectorAll('[role="row"][data-lane-id]'), (r) => r.getAttribute('data-lane-id'));

const editor = (props: Partial<JourneyEditorProps> = {}) => renderEditor(kitchen, props);

afterEach(async () => {
  await userEvent.keyboard('{Escape}');
});

describe.each(['ltr', 'rtl'] as const)('stages and phases (%s)', (dir) => {
  test('a stage added after another by its header’s dialog joins that stage’s phase; renamed in place; undo takes both back', async () => {
    const map = editor({ dir });
    await expect.poll(() => named('Add a stage beside Purchase')).toBeDefined();
    named('Add a stage beside Purchase').focus();
    await userEvent.keyboard('{Enter}');
    const dialog = (await readTree()).find('dialog', 'Add a stage');
    expect(dialog).toBeDefined();
    expect(active().getAttribute('aria-invalid')).toBeNull();
    // An empty name is refused with a message.
    await userEvent.keyboard('{Enter}');
    expect(document.querySelector('dialog [role="alert"]')?.textContent).toBe('A name is needed.');
    await userEvent.keyboard('Returns{Enter}');
    expect(stageOrder().slice(2, 5)).toEqual(['purchase', 'stage-8', 'delivery']);
    expect(map.last().phases![0]!.stages).toContain('stage-8');
    expect(status()).toBe('Stage “Returns” added at position 4 of 8');
    await expect.poll(() => active()).toBe(named('Rename stage Returns'));

    await userEvent.keyboard('{Enter}');
    expect(active().getAttribute('aria-label')).toBe('Stage name');
    await userEvent.keyboard('{Control>}a{/Control}Returns & refunds{Enter}');
    expect(map.last().stages[3]!.name).toBe('Returns & refunds');
    expect(status()).toBe('Stage “Returns” renamed to “Returns & refunds”');
    await expect.poll(() => active()).toBe(named('Rename stage Returns & refunds'));

    await userEvent.keyboard('{Control>}z{/Control}{Control>}z{/Control}');
    expect(stageOrder()).toHaveLength(7);
    expect(status()).toBe('Undone: Stage “Returns” added at position 4 of 8');
  });

  test('a stage at a phase’s edge is moved into the next phase, a new one or none; a phase is renamed and removed', async () => {
    const map = editor({ dir });
    await expect.poll(() => named('Phase of stage Purchase')).toBeDefined();
    named('Phase of stage Purchase').focus();
    await userEvent.keyboard('{Enter}');
    const radios = Array.from(document.querySelectorAll('dialog input[type="radio"]'), (r) => r.closest('label')!.textContent!.trim());
    expect(radios).toEqual(['Buy', 'Own', 'In no phase', 'A new phase']);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(map.last().phases![1]!.stages[0]).toBe('purchase');
    expect(status()).toBe('Stage “Purchase” put in phase Own');
    // The middle of a phase can only stay.
    named('Phase of stage Usage').click();
    await expect.poll(() => document.querySelectorAll('dialog input[type="radio"]').length).toBe(1);
    await userEvent.keyboard('{Escape}');

    named('Rename phase Own').click();
    await expect.poll(() => active().getAttribute('aria-label')).toBe('Phase name');
    await userEvent.keyboard('{Control>}a{/Control}Live with it{Enter}');
    expect(status()).toBe('Phase “Own” renamed to “Live with it”');
    named('Remove phase Live with it').click();
    await expect.poll(() => map.last().phases!.map((p) => p.id)).toEqual(['buy', 'advocate']);
    expect(status()).toBe('Phase “Live with it” removed; its stages stay');
    expect(stageOrder()).toHaveLength(7);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(map.last().phases).toHaveLength(3);
  });
});

describe.each(['ltr', 'rtl'] as const)('lanes (%s)', (dir) => {
  test('a lane added of a chosen kind is drawn last; renamed, described, moved up and removed, each announced and undoable', async () => {
    const map = editor({ dir });
    named('Add a lane').click();
    await expect.poll(() => (document.querySelector('dialog[open]') ? 1 : 0)).toBe(1);
    const kind = document.querySelector<HTMLSelectElement>('dialog select')!;
    expect(kind.labels[0]!.firstChild!.textContent).toBe('Kind');
    await userEvent.selectOptions(kind, 'backstage');
    document.querySelector<HTMLInputElement>('dialog input')!.focus();
    await userEvent.keyboard('Warehouse{Enter}');
    expect(map.last().lanes.at(-1)).toEqual({ id: 'lane-8', kind: 'backstage', label: 'Warehouse' });
    expect(laneOrder()).toContain('lane-8');
    expect(status()).toBe('Lane “Warehouse” (Backstage) added');
    await expect.poll(() => active()).toBe(named('Rename lane Warehouse'));

    await userEvent.keyboard('{Enter}{Control>}a{/Control}Stockroom{Enter}');
    expect(status()).toBe('Lane “Warehouse” renamed to “Stockroom”');
    named('Describe lane Stockroom').click();
    await expect.poll(() => active().getAttribute('aria-label')).toBe('Lane description');
    await userEvent.keyboard('Picking and packing{Enter}');
    expect(map.last().lanes.at(-1)!.description).toBe('Picking and packing');
    expect((await readTree()).find('rowheader', 'Stockroom').description).toContain('Picking and packing');

    named('Move lane Stockroom up').focus();
    await userEvent.keyboard('{Enter}');
    expect(laneOrder().slice(-2)).toEqual(['lane-8', 'metrics']);
    expect(status()).toBe('Lane “Stockroom” moved to position 7 of 8');
    await expect.poll(() => active()).toBe(named('Move lane Stockroom up'));
    named('Move lane Actions up').click();
    await expect.poll(() => status()).toBe('The lane cannot move further that way');

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(laneOrder().at(-1)).toBe('lane-8');
  });

  test('a lane dragged by its header onto another takes its place, outlined on the way; undo puts it back', async () => {
    const map = editor({ dir });
    await expect.poll(() => document.querySelectorAll('.jm-JourneyEditor-laneControls').length).toBe(7);
    const label = (id: string) => `[role="row"][data-lane-id="${id}"] > .jm-Lane-header .jm-Lane-label`;
    await commands.mouseDrag({ selector: label('thoughts') }, [{ selector: label('touchpoints') }], true);
    const outline = document.querySelector('.jm-JourneyEditor-laneDrop')!.getBoundingClientRect();
    const row = document.querySelector('[role="row"][data-lane-id="touchpoints"]')!.getBoundingClientRect();
    expect(Math.abs(outline.top - row.top)).toBeLessThan(2);
    expect(Math.abs(outline.height - row.height)).toBeLessThan(2);
    await commands.mouseDrag(null, [{ selector: label('touchpoints'), dy: 2 }]);
    await expect.poll(() => map.count()).toBe(1);
    expect(laneOrder().slice(0, 3)).toEqual(['actions', 'thoughts', 'touchpoints']);
    expect(status()).toBe('Lane “Thoughts” moved to position 2 of 7');
    expect(document.querySelector('.jm-JourneyEditor-laneDrop')).toBeNull();
    await expect.poll(() => active()).toBe(named('Move lane Thoughts up'));
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(laneOrder()[1]).toBe('touchpoints');
  });

  test('removing a lane asks where its cards go: to another lane, or with it', async () => {
    const map = editor({ dir, theme: 'dark' });
    named('Remove lane Thoughts').click();
    await expect.poll(() => (document.querySelector('dialog[open]') ? 1 : 0)).toBe(1);
    const choices = Array.from(document.querySelectorAll('dialog input[type="radio"]'), (r) => r.closest('label')!.textContent!.trim());
    expect(choices[0]).toBe('Move to Actions');
    expect(choices).not.toContain('Move to Emotion');
    expect(choices.at(-1)).toBe('Remove with the lane');
    await noAxeViolations();
    named('Move to Pain points').click();
    named('Remove lane').click();
    await expect.poll(() => map.count()).toBe(1);
    const thoughts = kitchen.cards.filter((c) => c.lane === 'thoughts').length;
    expect(map.last().lanes.some((l) => l.id === 'thoughts')).toBe(false);
    expect(status()).toBe(`Lane “Thoughts” removed; its ${thoughts} cards moved to Pain points`);
    await expect.poll(() => active()).toBe(named('Rename lane Emotion'));
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(map.last().cards.filter((c) => c.lane === 'thoughts')).toHaveLength(thoughts);
  });
});

test('every editing control has a name and the map passes axe, left to right and right to left, light and dark', async () => {
  for (const dir of ['ltr', 'rtl'] as const)
    for (const theme of [undefined, 'dark'] as const) {
      const { unmount } = render(<JourneyEditor defaultJourney={kitchen} layout="grid" dir={dir} theme={theme} />);
      await expect.poll(() => document.querySelectorAll('.jm-JourneyEditor-laneControls').length).toBe(7);
      const tree = await readTree();
      expect(tree.findAll('button').filter((b) => !b.name)).toEqual([]);
      await noAxeViolations();
      unmount();
    }
});
