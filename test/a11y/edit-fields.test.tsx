// The card details panel in Chromium, by keyboard only: open it with E, edit several
// fields, save (one undoable step, announced), refuse bad input with messages on the
// fields; every control named, axe clean, dark theme and right to left; the host's
// readOnly parts and onFocusChange; a card changed underneath keeps the user's text.
import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { applyJourneyChanges, type JourneyChange } from '../../src';
import { JourneyEditor, type EditorFocus } from '../../src/edit';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { arEditorLabels } from '../../src/locales';
import { examples } from '../../stories/data';
import { active } from './keys';
import { announce, readTree } from './tree';
import { noAxeViolations } from './editing';

const kitchen = examples['ecommerce-kitchen']!;
const PAIN = 'pain-aw-choice';
const painTitle = kitchen.cards.find((c) => c.id === PAIN)!.title;
const status = () => document.querySelector('[role="status"].jm-JourneyEditor-status')!.textContent!.trim();
const navEl = (key: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-nav-key]')).find((e) => e.getAttribute('data-nav-key') === key)!;
const panel = () => document.querySelector<HTMLElement>('.jm-JourneyEditor-details');
/** The text of every alert in the panel. */
const alerts = () => Array.from(document.querySelectorAll('.jm-JourneyEditor-details [role="alert"]'), (e) => e.textContent).join(' | ');
const labelOf = (el: Element) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.textContent?.trim();

/** Presses Tab (or Shift+Tab, `back`) until the focused control is labelled `name` (as a user would, reading each). */
async function tabTo(name: string, back = false) {
  for (let i = 0; i < 40; i++) {
    if (labelOf(active()) === name) return;
    await userEvent.tab({ shift: back });
  }
  throw new Error(`never reached “${name}”; at ${active().outerHTML.slice(0, 80)}`);
}

/** Every control of the panel has a name, as the accessibility tree gives it. */
async function everyControlNamed() {
  const tree = await readTree();
  const dialog = tree.findAll('dialog');
  expect(dialog).toHaveLength(1);
  const controls = ['textbox', 'combobox', 'checkbox', 'button'].flatMap((role) => tree.findAll(role));
  expect(controls.length).toBeGreaterThan(20);
  expect(controls.filter((n) => !n.name.trim()).map((n) => n.role)).toEqual([]);
}

afterEach(async () => {
  await userEvent.keyboard('{Escape}');
});

describe.each(['ltr', 'rtl'] as const)('editing a card’s details by keyboard (%s)', (dir) => {
  test('E opens the panel on the title; several fields change; Enter saves one announced, undoable step', async () => {
    const seen: JourneyChange[][] = [];
    render(<JourneyEditor defaultJourney={kitchen} layout="grid" dir={dir} onJourneyChange={(_n, c) => seen.push([...c])} />);
    navEl(`card:${PAIN}`).focus();
    await userEvent.keyboard('e');
    const tree = await readTree();
    expect(announce(tree.find('dialog'))).toBe(`dialog "Card details: ${painTitle}"`);
    expect(announce(tree.focused())).toBe('textbox "Title"');

    await tabTo('Description');
    await userEvent.clear(active());
    await userEvent.keyboard('Shoppers give up before they compare.');
    await tabTo('Severity');
    await userEvent.keyboard('{ArrowDown}');
    await tabTo('Owner');
    await userEvent.keyboard('Merchandising');
    await tabTo('Moment of truth');
    await userEvent.keyboard(' ');
    await tabTo('Last stage (span)');
    await userEvent.keyboard('{ArrowDown}');
    await tabTo('Save');
    await userEvent.keyboard('{Enter}');

    expect(panel()).toBeNull();
    expect(status()).toBe(`Card “${painTitle}” updated: Description, Severity, Owner, Moment of truth, Last stage (span)`);
    expect(seen).toEqual([
      [
        {
          type: 'card/update',
          id: PAIN,
          set: { description: 'Shoppers give up before they compare.', severity: 'high', owner: 'Merchandising', momentOfTruth: true },
        },
        { type: 'card/move', id: PAIN, stage: 'awareness', endStage: 'consideration' },
      ],
    ]);
    expect(active().getAttribute('data-nav-key')).toBe(`card:${PAIN}`);

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(status()).toBe(`Undone: Card “${painTitle}” updated`);
  });

  test('bad input is refused with a message on its field, focused; Escape closes and changes nothing', async () => {
    const seen: unknown[] = [];
    render(<JourneyEditor defaultJourney={kitchen} layout="grid" dir={dir} onJourneyChange={(_n, c) => seen.push(c)} />);
    navEl(`card:${PAIN}`).focus();
    await userEvent.keyboard('e');
    await userEvent.clear(active());
    await tabTo('First stage');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await tabTo('Title', true);
    await userEvent.keyboard('{Enter}');
    const tree = await readTree();
    expect(announce(tree.focused())).toBe('textbox "Title" (⚠ A card needs a title.)');
    expect(alerts()).toContain('2 fields need fixing before saving.');
    expect(announce(tree.find('combobox', 'Last stage'))).toContain('The last stage cannot come before the first stage.');
    expect(active().getAttribute('aria-invalid')).toBe('true');
    expect(seen).toEqual([]);

    await userEvent.keyboard('{Escape}');
    expect(panel()).toBeNull();
    expect(active().getAttribute('data-nav-key')).toBe(`card:${PAIN}`);
    expect(seen).toEqual([]);
  });
});

describe.each([
  ['ecommerce-kitchen, dark', kitchen, PAIN, { theme: 'dark' as const }],
  ['arabic-bank, right to left', arabicBankJourney, 'a-signup', {}],
])('the panel passes axe and names every control (%s)', (_name, journey, cardId, props) => {
  test('opened from the toolbar’s Details button', async () => {
    render(<JourneyEditor defaultJourney={journey} layout="grid" {...props} />);
    navEl(`card:${cardId}`).focus();
    const details = () =>
      Array.from(document.querySelectorAll('.jm-JourneyEditor-toolbar button')).find(
        // The editor speaks the journey's language.
        (b) => b.textContent === (journey.locale === 'ar' ? arEditorLabels.details : 'Details'),
      );
    await expect.poll(details).toBeTruthy();
    await userEvent.click(details()!);
    expect(panel()).not.toBeNull();
    await everyControlNamed();
    await noAxeViolations();
  });
});

test('readOnly: only the details are editable; the other buttons are gone, their keys say why', async () => {
  render(<JourneyEditor defaultJourney={kitchen} layout="grid" readOnly={{ except: ['fields'] }} />);
  navEl(`card:${PAIN}`).focus();
  const toolbar = () => Array.from(document.querySelectorAll('.jm-JourneyEditor-toolbar button')).map((b) => b.textContent);
  await expect.poll(toolbar).toEqual(['Rename', 'Details']);
  // The map's description says what cannot change, after the editing keys.
  expect(document.querySelector('.jm-JourneyEditor-help')!.textContent).toMatch(
    /Cards cannot be added, moved or deleted in this map\. Stages cannot be changed in this map\. .*The emotion curve cannot be changed in this map\. Personas cannot be changed in this map\.$/,
  );
  expect(document.querySelectorAll('.jm-JourneyEditor-stageControls')).toHaveLength(0);
  await userEvent.keyboard('{Delete}');
  expect(status()).toBe('Cards cannot be added, moved or deleted in this map');
  expect(navEl(`card:${PAIN}`)).toBeTruthy();
  await userEvent.keyboard('e');
  const tree = await readTree();
  const span = tree.find('combobox', 'First stage');
  expect(announce(span)).toBe('combobox "First stage" (Cards cannot be added, moved or deleted in this map)');
  expect(document.querySelectorAll('.jm-JourneyEditor-details select:disabled')).toHaveLength(2);
});

test('readOnly true: the map is only shown, with no editing help or buttons', async () => {
  render(<JourneyEditor defaultJourney={kitchen} layout="grid" readOnly />);
  navEl(`card:${PAIN}`).focus();
  expect(document.querySelector('.jm-JourneyEditor-help')).toBeNull();
  expect(document.querySelector('.jm-JourneyEditor-toolbar')).toBeNull();
  await userEvent.keyboard('e');
  expect(panel()).toBeNull();
  expect(status()).toBe('Card details cannot be edited in this map');
});

/** A host that can replace the journey while the user edits (another person's change arriving). */
function Host({ focus }: { focus: EditorFocus[] }) {
  const [journey, setJourney] = useState(kitchen);
  return (
    <>
      <button
        type="button"
        onClick={() =>
          setJourney((j) => applyJourneyChanges(j, [{ type: 'card/update', id: PAIN, set: { title: 'Choice overload', owner: 'Team B' } }]))
        }
      >
        Someone else edits
      </button>
      <JourneyEditor journey={journey} onJourneyChange={setJourney} layout="grid" onFocusChange={(f) => focus.push(f)} />
    </>
  );
}

test('the host replaces the card while its details are edited: the text stays, the panel says so, Keep my edits saves both', async () => {
  const focus: EditorFocus[] = [];
  render(<Host focus={focus} />);
  navEl(`card:${PAIN}`).focus();
  await expect.poll(() => focus.at(-1)).toEqual({ cardId: PAIN, stageId: 'awareness', laneId: 'pains', editing: null });
  await userEvent.keyboard('e');
  expect(focus.at(-1)).toEqual({ cardId: PAIN, stageId: 'awareness', laneId: 'pains', editing: 'details' });
  await tabTo('Description');
  await userEvent.clear(active());
  await userEvent.keyboard('My unsaved note');
  act(() => (document.querySelector('button') as HTMLButtonElement).click());
  const description = document.querySelector<HTMLTextAreaElement>('.jm-JourneyEditor-details textarea')!;
  expect(description.value).toBe('My unsaved note');
  expect(alerts()).toContain('This card was changed by someone else while you were editing it. Your edits are kept here.');
  // Saving first is held back: focus goes to the notice, nothing is lost.
  await tabTo('Save');
  await userEvent.keyboard('{Enter}');
  expect(active().classList.contains('jm-JourneyEditor-conflict')).toBe(true);
  await userEvent.tab();
  expect(labelOf(active())).toBe('Keep my edits');
  await userEvent.keyboard('{Enter}');
  await tabTo('Save');
  await userEvent.keyboard('{Enter}');
  expect(status()).toBe('Card “Choice overload” updated: Description');
  expect(navEl(`card:${PAIN}`)).toBeTruthy();
  expect(panel()).toBeNull();
  expect(navEl(`card:${PAIN}`).textContent).toContain('Choice overload');
  expect(focus.at(-1)).toMatchObject({ cardId: PAIN, editing: null });
});

test('with no edits yet, the panel simply follows the card the host replaced', async () => {
  render(<Host focus={[]} />);
  navEl(`card:${PAIN}`).focus();
  await userEvent.keyboard('e');
  act(() => (document.querySelector('button') as HTMLButtonElement).click());
  expect(document.querySelector<HTMLInputElement>('.jm-JourneyEditor-details input')!.value).toBe('Choice overload');
  expect(document.querySelector('.jm-JourneyEditor-conflict')).toBeNull();
});

test('the host renames the card while its title is typed in place: the text stays, the field says so, Enter saves it', async () => {
  render(<Host focus={[]} />);
  navEl(`card:${PAIN}`).focus();
  await userEvent.keyboard('{F2}');
  await userEvent.clear(active());
  await userEvent.keyboard('Decision fatigue');
  act(() => (document.querySelector('button') as HTMLButtonElement).click());
  expect((active() as HTMLInputElement).value).toBe('Decision fatigue');
  expect(announce((await readTree()).focused())).toBe(
    'textbox "Card title" (Someone else renamed this card to “Choice overload” meanwhile. Enter saves your title; Escape keeps theirs.)',
  );
  await userEvent.keyboard('{Enter}');
  expect(status()).toBe('Card “Choice overload” renamed to “Decision fatigue”');
});
