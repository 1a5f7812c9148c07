// Linking cards in the editor (the blueprint's arrows), with real key presses and a real mouse
// in Chromium: L on a focused card (or the toolbar's Connect), arrow keys choose the card it
// leads to, Enter connects; a drag from the card's round handle to another card; a link that
// exists or to the card itself is refused with a message; a link is removed from the card's
// list or with Delete in link mode. Each step announced politely, each change undoable; left to
// right and right to left, dark theme, read-only cards.
import { afterEach, describe, expect, test } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import type { Journey } from '../../src';
import type { JourneyEditorProps } from '../../src/edit';
import { examples } from '../../stories/data';
import { active } from './keys';
import { readTree } from './tree';
import { noAxeViolations, renderEditor } from './editing';

const car = examples['car-purchase-blueprint']!;
const status = () => document.querySelector('.jm-JourneyEditor-status')!.textContent!.trim();
const cardSel = (id: string) => `[data-nav-key="card:${id}"]`;
const navEl = (key: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-nav-key]')).find((e) => e.getAttribute('data-nav-key') === key)!;
const linksOf = (journey: Journey, id: string) => journey.cards.find((c) => c.id === id)!.links ?? [];
const button = (name: string) =>
  Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
const arrows = () => document.querySelectorAll('.jm-ServiceBlueprintLane-arrow').length;
const box = (el: Element) => el.getBoundingClientRect();
const near = (a: DOMRect, b: DOMRect, by = 8) =>
  Math.abs(a.left - b.left) < by && Math.abs(a.top - b.top) < by && Math.abs(a.width - b.width) < by * 2;

const CU = 'Checks the boot, rear seats and car seats';
const FS = 'Adviser runs a needs conversation';
const TD = 'Test-drives the hybrid with the family';

const editor = (props: Partial<JourneyEditorProps> = {}) => renderEditor(car, props);

afterEach(async () => {
  await userEvent.keyboard('{Escape}');
});

describe.each(['ltr', 'rtl'] as const)('linking by keyboard (%s)', (dir) => {
  const forward = dir === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}';

  test('L starts link mode; arrows (mirrored) choose the target, drawn and announced; Enter links them as one undoable change', async () => {
    const map = editor({ dir });
    await expect.poll(arrows).toBeGreaterThan(0);
    const before = arrows();
    navEl('card:cu-sh').focus();
    await userEvent.keyboard('l');
    expect(status()).toBe(
      `Connecting “${CU}”. Arrow keys choose the card it leads to, Enter or Space connects, Delete removes a link between them, Escape cancels.`,
    );
    // At the start the target is the card itself: outlined, no line yet.
    expect(document.querySelector('.jm-JourneyEditor-linkSource')).not.toBeNull();
    expect(document.querySelector('.jm-JourneyEditor-linkLine')).toBeNull();
    await userEvent.keyboard(forward);
    expect(status()).toBe(`Connecting “${CU}”: target “${TD}”, stage Test drive, lane Customer actions`);
    // Physical evidence is drawn above the customer's actions in a blueprint: Up goes there.
    await userEvent.keyboard('{ArrowUp}');
    expect(status()).toBe(`Connecting “${CU}”: target “Clean demonstrator and test-drive form”, stage Test drive, lane Physical evidence`);
    const target = document.querySelector('.jm-JourneyEditor-linkTarget')!;
    expect(near(box(target), box(navEl('card:pe-td')))).toBe(true);
    expect(near(box(document.querySelector('.jm-JourneyEditor-linkSource')!), box(navEl('card:cu-sh')))).toBe(true);
    // The line runs from the card's border to the target's, forward in reading order.
    const line = document.querySelector('.jm-JourneyEditor-linkLine line')!;
    const [x1, x2] = [Number(line.getAttribute('x1')), Number(line.getAttribute('x2'))];
    expect(dir === 'rtl' ? x2 < x1 : x2 > x1).toBe(true);
    if (dir === 'rtl') {
      await page.screenshot({
        path: '../../screenshots/edit-links-keyboard-rtl.png',
        element: document.querySelector<HTMLElement>('.jm-JourneyEditor')!,
      });
    }
    expect(document.querySelector('.jm-JourneyEditor-toolbar')).toBeNull();
    expect(active().getAttribute('data-nav-key')).toBe('card:cu-sh');
    expect(map.count()).toBe(0);

    await userEvent.keyboard('{Enter}');
    expect(map.count()).toBe(1);
    expect(linksOf(map.last(), 'cu-sh')).toEqual(['fs-sh', 'pe-td']);
    expect(status()).toBe(`Link from “${CU}” to “Clean demonstrator and test-drive form” added`);
    expect(document.querySelector('.jm-JourneyEditor-link')).toBeNull();
    expect(active().getAttribute('data-nav-key')).toBe('card:cu-sh');
    await expect.poll(arrows).toBe(before + 1);

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(linksOf(map.last(), 'cu-sh')).toEqual(['fs-sh']);
    expect(status()).toBe(`Undone: Link from “${CU}” to “Clean demonstrator and test-drive form” added`);
    await expect.poll(arrows).toBe(before);
    await userEvent.keyboard('{Control>}y{/Control}');
    expect(status()).toBe(`Redone: Link from “${CU}” to “Clean demonstrator and test-drive form” added`);
    expect(linksOf(map.last(), 'cu-sh')).toEqual(['fs-sh', 'pe-td']);
  });

  test('a link that exists or to the card itself is refused with a message; Delete removes the link between them; Escape cancels', async () => {
    const map = editor({ dir });
    navEl('card:cu-sh').focus();
    await userEvent.keyboard('l{Enter}');
    expect(status()).toBe('A card cannot link to itself; nothing changed');
    await userEvent.keyboard('{ArrowDown}');
    expect(status()).toBe(`Connecting “${CU}”: target “${FS}”, stage Visit showroom, lane Frontstage, already linked`);
    expect(document.querySelector('.jm-JourneyEditor-link')!.hasAttribute('data-refused')).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect(status()).toBe(`“${CU}” already links to “${FS}”; nothing changed`);
    expect(map.count()).toBe(0);
    // Still linking: Delete removes the arrow that is there.
    await userEvent.keyboard('{Delete}');
    expect(status()).toBe(`Link from “${CU}” to “${FS}” removed`);
    expect(linksOf(map.last(), 'cu-sh')).toEqual([]);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(linksOf(map.last(), 'cu-sh')).toEqual(['fs-sh']);

    await userEvent.keyboard('l' + forward);
    await userEvent.keyboard('{Escape}');
    expect(status()).toBe(`Linking “${CU}” cancelled; nothing changed`);
    expect(document.querySelector('.jm-JourneyEditor-link')).toBeNull();
    expect(map.count()).toBe(2);
    expect(active().getAttribute('data-nav-key')).toBe('card:cu-sh');
  });
});

describe.each(['ltr', 'rtl'] as const)('linking by pointer (%s)', (dir) => {
  test('dragging the card’s handle to another card draws a line to the pointer and outlines the target; letting go links them', async () => {
    // Right to left in the dark theme, to see the line on a dark map.
    const map = editor({ dir, theme: dir === 'rtl' ? 'dark' : undefined });
    await userEvent.hover(navEl('card:cu-sh'));
    await expect.poll(() => document.querySelector('.jm-JourneyEditor-connectHandle')).not.toBeNull();
    // The handle sits on the card's inline-end edge.
    const handle = box(document.querySelector('.jm-JourneyEditor-connectHandle')!);
    const card = box(navEl('card:cu-sh'));
    expect(Math.abs(handle.left + handle.width / 2 - (dir === 'rtl' ? card.left : card.right))).toBeLessThan(2);

    await commands.mouseDrag({ selector: '.jm-JourneyEditor-connectHandle' }, [{ selector: cardSel('pe-td'), dx: 10 }], true);
    await commands.mouseDrag(null, [{ selector: cardSel('pe-td'), dx: 12 }], true);
    await expect.poll(() => document.querySelector('.jm-JourneyEditor-linkTarget')).not.toBeNull();
    expect(near(box(document.querySelector('.jm-JourneyEditor-linkTarget')!), box(navEl('card:pe-td')))).toBe(true);
    expect(status()).toBe(`Connecting “${CU}”: target “Clean demonstrator and test-drive form”, stage Test drive, lane Physical evidence`);
    const line = document.querySelector('.jm-JourneyEditor-linkLine line')!;
    const root = box(document.querySelector('.jm-JourneyEditor')!);
    const target = box(navEl('card:pe-td'));
    // The line ends on the target's border.
    const [x2, y2] = [Number(line.getAttribute('x2')) + root.left, Number(line.getAttribute('y2')) + root.top];
    expect(x2).toBeGreaterThanOrEqual(target.left - 1);
    expect(x2).toBeLessThanOrEqual(target.right + 1);
    expect(y2).toBeGreaterThanOrEqual(target.top - 1);
    expect(y2).toBeLessThanOrEqual(target.bottom + 1);
    await page.screenshot({
      path: `../../screenshots/edit-links-drag-${dir}.png`,
      element: document.querySelector<HTMLElement>('.jm-JourneyEditor')!,
    });
    if (dir === 'rtl') await noAxeViolations();

    await commands.mouseDrag(null, [{ selector: cardSel('pe-td'), dx: 14 }]);
    await expect.poll(() => map.count()).toBe(1);
    expect(linksOf(map.last(), 'cu-sh')).toEqual(['fs-sh', 'pe-td']);
    expect(status()).toBe(`Link from “${CU}” to “Clean demonstrator and test-drive form” added`);
    expect(document.querySelector('.jm-JourneyEditor-link')).toBeNull();
    if (dir === 'ltr') {
      await userEvent.hover(navEl('card:tp-re'));
      await page.screenshot({
        path: '../../screenshots/edit-links-result.png',
        element: document.querySelector<HTMLElement>('.jm-JourneyEditor')!,
      });
    }
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(linksOf(map.last(), 'cu-sh')).toEqual(['fs-sh']);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(linksOf(map.last(), 'cu-sh')).toEqual(['fs-sh', 'pe-td']);
  });

  test('letting go on an existing link’s card is refused; off the cards or with Escape it cancels; card drag still works', async () => {
    const map = editor({ dir });
    await userEvent.hover(navEl('card:cu-sh'));
    await commands.mouseDrag({ selector: '.jm-JourneyEditor-connectHandle' }, [{ selector: cardSel('fs-sh'), dx: 6 }]);
    await expect.poll(status).toBe(`“${CU}” already links to “${FS}”; nothing changed`);

    await userEvent.hover(navEl('card:cu-sh'));
    await commands.mouseDrag({ selector: '.jm-JourneyEditor-connectHandle' }, [{ selector: '.jm-JourneyEditor-help' }]);
    await expect.poll(status).toBe(`Linking “${CU}” cancelled; nothing changed`);

    await userEvent.hover(navEl('card:cu-sh'));
    await commands.mouseDrag({ selector: '.jm-JourneyEditor-connectHandle' }, [{ selector: cardSel('pe-td') }], true);
    await expect.poll(() => document.querySelector('.jm-JourneyEditor-linkTarget')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(status()).toBe(`Linking “${CU}” cancelled; nothing changed`);
    expect(document.querySelector('.jm-JourneyEditor-link')).toBeNull();
    await commands.mouseDrag(null, [{ selector: cardSel('pe-td'), dx: 4 }]);
    expect(map.count()).toBe(0);

    // The card itself still drags to another cell.
    await commands.mouseDrag({ selector: cardSel('th-re') }, [{ selector: '[data-nav-key="cell:thoughts:1"]', dy: 30 }], true);
    await commands.mouseDrag(null, [{ selector: '[data-nav-key="cell:thoughts:1"]', dy: 32 }]);
    await expect.poll(() => map.count()).toBe(1);
    expect(map.last().cards.find((c) => c.id === 'th-re')!.stage).toBe('showroom');
  });
});

test('a drag held near the edge of the map’s scrolling area scrolls it, and the card brought under the pointer is the target', async () => {
  const map = editor();
  const scroller = document.querySelector<HTMLElement>('.jm-JourneyGrid-scroller')!;
  expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
  await userEvent.hover(navEl('card:cu-ho'));
  await commands.mouseDrag(
    { selector: '.jm-JourneyEditor-connectHandle' },
    [{ selector: '.jm-JourneyGrid-scroller', dx: 630, dy: 40 }],
    true,
  );
  await expect.poll(() => scroller.scrollLeft, { timeout: 5000 }).toBeGreaterThan(50);
  await expect.poll(() => scroller.scrollLeft, { timeout: 5000 }).toBe(scroller.scrollWidth - scroller.clientWidth);
  await commands.mouseDrag(null, [{ selector: cardSel('cu-sv') }]);
  await expect.poll(status).toMatch(/added$/);
  await expect.poll(() => map.count()).toBe(1);
  expect(linksOf(map.last(), 'cu-ho')).toEqual(['fs-ho', 'cu-sv']);
});

test('the toolbar’s Connect starts link mode; Links lists a card’s links, each removed by its button, undoable; passes axe in the dark theme', async () => {
  const map = editor({ theme: 'dark' });
  navEl('card:bs-ho').focus();
  await expect.poll(() => document.querySelector('.jm-JourneyEditor-toolbar')).not.toBeNull();
  const tree = await readTree();
  const toolbar = tree.find('toolbar', 'Edit');
  expect(
    tree
      .findAll('button')
      .filter((b) => tree.ancestors(b).includes(toolbar))
      .map((b) => b.name),
  ).toEqual(['Rename', 'Details', 'Move', 'Connect', 'Links (3)', 'Delete']);

  await userEvent.click(button('Connect')!);
  expect(status()).toMatch(/^Connecting “Pre-delivery inspection and valet”\. Arrow keys/);
  expect(active().getAttribute('data-nav-key')).toBe('card:bs-ho');
  await userEvent.keyboard('{ArrowDown}');
  await noAxeViolations();
  await userEvent.keyboard('{Escape}');

  await userEvent.click(button('Links (3)')!);
  const list = document.querySelector<HTMLElement>('.jm-JourneyEditor-links')!;
  const dialog = (await readTree()).find('dialog', 'Links of “Pre-delivery inspection and valet”');
  expect(dialog).toBeDefined();
  expect(Array.from(list.querySelectorAll('li'), (li) => li.firstChild!.textContent)).toEqual([
    'Leads to “Registration, logistics and lender payout”',
    'Comes from “Manager approves discount and values trade-in”',
    'Comes from “Adviser reveals the car and explains features”',
  ]);
  expect(active()).toBe(button('Remove link to “Registration, logistics and lender payout”'));
  await noAxeViolations();
  list.scrollIntoView({ block: 'center' });
  await page.screenshot({
    path: '../../screenshots/edit-links-list.png',
    element: document.querySelector<HTMLElement>('.jm-JourneyEditor')!,
  });

  await userEvent.keyboard('{Enter}');
  expect(status()).toBe('Link from “Pre-delivery inspection and valet” to “Registration, logistics and lender payout” removed');
  expect(linksOf(map.last(), 'bs-ho')).toEqual([]);
  expect(list.querySelectorAll('li')).toHaveLength(2);
  expect(active()).toBe(button('Remove link from “Manager approves discount and values trade-in”'));
  await userEvent.click(button('Remove link from “Adviser reveals the car and explains features”')!);
  expect(linksOf(map.last(), 'fs-ho')).toEqual(['pe-ho']);
  expect(map.count()).toBe(2);
  await userEvent.keyboard('{Escape}');
  expect(document.querySelector('.jm-JourneyEditor-links')).toBeNull();
  expect(active().getAttribute('data-nav-key')).toBe('card:bs-ho');
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(status()).toBe('Undone: Link from “Adviser reveals the car and explains features” to “Pre-delivery inspection and valet” removed');
  expect(linksOf(map.last(), 'fs-ho')).toEqual(['bs-ho', 'pe-ho']);
});

test('read-only cards: no Connect, no handle, and L says why it does nothing', async () => {
  editor({ readOnly: { cards: true } });
  navEl('card:cu-sh').focus();
  await expect.poll(() => document.querySelector('.jm-JourneyEditor-toolbar')).not.toBeNull();
  expect(button('Connect')).toBeUndefined();
  expect(document.querySelector('.jm-JourneyEditor-connectHandle')).toBeNull();
  await userEvent.keyboard('l');
  expect(status()).toBe('Cards cannot be added, moved or deleted in this map');
  expect(document.querySelector('.jm-JourneyEditor-link')).toBeNull();
});
