// People on the map, with real key presses in Chromium: edit a persona's fields in a form
// opened from the persona panel, bad input said under its field; add a persona and remove
// one, saying what goes with it; each change announced politely and undoable. Other people
// (`peers`) drawn as outlines in their colour around their cards, with a name tag, and said
// in the card's description without moving focus. Axe clean, light and dark, left to right
// and right to left.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import type { Journey } from '../../src';
import { defaultEditorLabels, JourneyEditor, type EditorLabels } from '../../src/edit';
import { arEditorLabels } from '../../src/locales';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { active } from './keys';
import { readTree } from './tree';
import { noAxeViolations, renderEditor } from './editing';
import type { JourneyEditorProps } from '../../src/edit';

const kitchen = examples['ecommerce-kitchen']!;
/** The editor's strings for `journey`: its set is picked from `journey.locale`. */
const labelsOf = (journey: Journey): EditorLabels => (journey.locale === 'ar' ? arEditorLabels : defaultEditorLabels);
const status = () => document.querySelector('.jm-JourneyEditor-status')!.textContent!.trim();
const button = (name: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
const field = (label: string) =>
  Array.from(document.querySelectorAll<HTMLLabelElement>('dialog label')).find((l) => l.textContent === label)!.control as HTMLInputElement;

const editor = (journey: Journey, props: Partial<JourneyEditorProps> = {}) => renderEditor(journey, props);

/** Tabs forward until `name` has focus (at most `max` presses), as a keyboard user reaches it. */
async function tabTo(name: string, max = 200) {
  for (let i = 0; i < max && (active().getAttribute('aria-label') ?? active().textContent) !== name; i++) await userEvent.keyboard('{Tab}');
  expect(active().getAttribute('aria-label') ?? active().textContent).toBe(name);
}

afterEach(async () => {
  await userEvent.keyboard('{Escape}');
});

describe.each(['ltr', 'rtl'] as const)('personas (%s)', (dir) => {
  test('a persona edited by keyboard only: bad input said under its field, nothing invalid saved, undo takes it back', async () => {
    const journey = dir === 'rtl' ? arabicBankJourney : kitchen;
    const persona = journey.personas[0]!;
    const L = labelsOf(journey);
    const f = L.personaFields;
    const map = editor(journey, { dir });
    await expect.poll(() => button(L.editPersona(persona.name))).toBeDefined();
    document.body.focus();
    await tabTo(L.editPersona(persona.name));
    await userEvent.keyboard('{Enter}');
    expect((await readTree()).find('dialog', L.editPersonaTitle(persona.name))).toBeDefined();
    expect(active()).toBe(field(f.name));
    // An empty name and a colour that is no colour are refused, each said under its field.
    await userEvent.keyboard('{Control>}a{/Control}{Delete}');
    field(f.color).focus();
    await userEvent.keyboard('{Control>}a{/Control}bogus');
    field(f.photo).focus();
    await userEvent.keyboard('{Control>}a{/Control}javascript:alert(1)');
    await userEvent.keyboard('{Enter}');
    expect(active()).toBe(field(f.name));
    expect(field(f.name).getAttribute('aria-invalid')).toBe('true');
    expect((await readTree()).focused()?.description).toContain(L.emptyName);
    expect(map.count()).toBe(0);
    await userEvent.keyboard('Noor{Enter}');
    expect(active()).toBe(field(f.color));
    expect(document.getElementById(field(f.color).getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toContain(L.badColor);
    await page.screenshot({ path: `../../screenshots/tmp/persona-form-${dir}.png` });
    expect(field(f.photo).getAttribute('aria-invalid')).toBe('true');
    expect(map.count()).toBe(0);
    await userEvent.keyboard('{Control>}a{/Control}#0b6e4f');
    field(f.photo).focus();
    await userEvent.keyboard('{Control>}a{/Control}{Delete}');
    field(f.needs).focus();
    await userEvent.keyboard('{Control>}a{/Control}Speed{Shift>}{Enter}{/Shift}');
    // Enter in a list field is a new line; the form is submitted from a one-line field.
    field(f.age).focus();
    await userEvent.keyboard('{Control>}a{/Control}37{Enter}');
    expect(map.last().personas[0]).toMatchObject({ name: 'Noor', color: '#0b6e4f', age: 37, needs: ['Speed'] });
    expect(status().startsWith(L.personaSaved({ name: 'Noor', fields: [f.name, f.age, f.color] }))).toBe(true);
    expect(document.querySelector('dialog')).toBeNull();
    await expect.poll(() => active()).toBe(button(L.editPersona('Noor')));
    await noAxeViolations();

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(map.last().personas[0]!.name).toBe(persona.name);
    expect(status().startsWith(L.undone(null))).toBe(true);
  });

  test('a persona added and another removed by keyboard, saying what goes with it and what stays; undo brings it back', async () => {
    const map = editor(kitchen, { dir });
    await expect.poll(() => button('Add a persona')).toBeDefined();
    button('Add a persona')!.focus();
    await userEvent.keyboard('{Enter}');
    expect((await readTree()).find('dialog', 'Add a persona')).toBeDefined();
    await userEvent.keyboard('{Enter}');
    expect(field('Name').getAttribute('aria-invalid')).toBe('true');
    await userEvent.keyboard('Omar{Tab}OK{Enter}');
    expect(map.last().personas.map((p) => p.name)).toEqual([...kitchen.personas.map((p) => p.name), 'Omar']);
    expect(map.last().personas.at(-1)).toMatchObject({ name: 'Omar', initials: 'OK' });
    await page.screenshot({ path: `../../screenshots/tmp/persona-added-${dir}.png` });
    expect(status()).toBe('Persona “Omar” added');

    // With two personas each can be removed; the dialog says what goes and what stays.
    const first = kitchen.personas[0]!;
    await expect.poll(() => button(`Remove persona ${first.name}`)).toBeDefined();
    button(`Remove persona ${first.name}`)!.focus();
    await userEvent.keyboard('{Enter}');
    const points = kitchen.emotions.filter((e) => e.persona === first.id || e.persona === undefined).length;
    expect(document.querySelector('dialog p')!.textContent).toBe(`Its ${points} scores on the emotion curve go with it.`);
    // Focus starts on Cancel: Enter alone removes nothing.
    expect(active().textContent).toBe('Cancel');
    await userEvent.keyboard('{Tab}');
    expect(active().textContent).toBe('Remove persona');
    await userEvent.keyboard('{Enter}');
    expect(map.last().personas.map((p) => p.name)).toEqual(['Omar']);
    expect(status()).toMatch(new RegExp(`^Persona “${first.name}” removed`));
    expect(map.last().emotions.length).toBe(kitchen.emotions.length - points);
    await expect.poll(() => active()).toBe(button('Add a persona'));
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(map.last().personas.map((p) => p.name)).toEqual([first.name, 'Omar']);
    expect(map.last().emotions.length).toBe(kitchen.emotions.length);
  });
});

test('read-only personas draw no persona buttons', async () => {
  render(<JourneyEditor defaultJourney={kitchen} layout="grid" readOnly={{ personas: true }} />);
  await expect.poll(() => document.querySelector('.jm-PersonaPanel')).not.toBeNull();
  expect(document.querySelectorAll('.jm-JourneyEditor-personaButton')).toHaveLength(0);
  expect(document.querySelector('.jm-JourneyEditor-help')!.textContent).toContain('Personas cannot be changed in this map');
});

describe.each([
  ['light', 'ltr', kitchen],
  ['dark', 'ltr', kitchen],
  ['dark', 'rtl', arabicBankJourney],
] as const)('peers (%s, %s)', (theme, dir, journey) => {
  test('outlined in their colour (or one that shows), tagged by name, said in the card’s description; focus stays', async () => {
    const [a, b] = journey.cards;
    const peers = [
      { id: 'ana', name: 'Ana', color: '#ffd54f', cardId: a!.id, editing: true },
      { id: 'ben', name: 'Ben', color: '#1565c0', cardId: b!.id },
      { id: 'cy', name: 'Cy', color: '#c62828' },
    ];
    const L = labelsOf(journey);
    editor(journey, { dir, theme: theme === 'dark' ? 'dark' : undefined, peers });
    await expect.poll(() => document.querySelectorAll('.jm-JourneyEditor-peer').length).toBe(2);
    // The journey's own strings (loaded on demand for a journey in another language).
    await expect
      .poll(() => document.querySelector('.jm-JourneyEditor-peerTag[data-editing]')?.textContent ?? '')
      .toContain(L.peerTag({ name: 'Ana', editing: true }));
    const before = active();
    for (const [peer, card] of [
      [peers[0]!, a!],
      [peers[1]!, b!],
    ] as const) {
      const el = document.querySelector<HTMLElement>(`[data-card-id="${card.id}"]`)!;
      const outline = document.querySelector<HTMLElement>(`.jm-JourneyEditor-peer[data-card="${card.id}"]`)!;
      const box = el.getBoundingClientRect();
      const around = outline.getBoundingClientRect();
      expect(around.left).toBeLessThanOrEqual(box.left);
      expect(around.right).toBeGreaterThanOrEqual(box.right);
      expect(outline.textContent).toBe(peer.editing ? `✎ ${L.peerTag({ name: 'Ana', editing: true })}` : 'Ben');
      expect(getComputedStyle(outline).borderTopStyle).toBe(peer.editing ? 'solid' : 'dashed');
      // The name tag sits at the card's starting corner: left to right on the left, right to left on the right.
      const tag = outline.querySelector('.jm-JourneyEditor-peerTag')!.getBoundingClientRect();
      expect(dir === 'rtl' ? around.right - tag.right : tag.left - around.left).toBeLessThan(16);
      expect(tag.top).toBeLessThan(box.top);
      // Clicks go through the outline to the card.
      expect(el.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2))).toBe(true);
      const tree = await readTree();
      const node = tree.findAll('button').find((n) => n.name.includes(card.title));
      expect(node?.description).toContain(L.peersOnCard([{ name: peer.name, editing: !!peer.editing }]));
    }
    expect(active()).toBe(before);
    await noAxeViolations();
    await commands.emulateMedia({ forcedColors: 'active' });
    const outline = document.querySelector<HTMLElement>('.jm-JourneyEditor-peer')!;
    const probe = document.body.appendChild(Object.assign(document.createElement('span'), { style: 'color: Highlight' }));
    expect(getComputedStyle(outline).borderTopColor).toBe(getComputedStyle(probe).color);
    probe.remove();
    expect(getComputedStyle(outline).borderTopStyle).toBe('solid');
    await commands.emulateMedia({ forcedColors: 'none' });
    await page.screenshot({ path: `../../screenshots/tmp/peers-${theme}-${dir}.png` });
  });
});

test('peers follow their cards as the map scrolls, and a peer on a card a filter hides is not drawn', async () => {
  const saas = examples['saas-onboarding-multi']!;
  const [first, second] = saas.personas;
  const late = saas.cards.filter((c) => c.persona === first!.id).at(-1)!;
  const hidden = saas.cards.find((c) => c.persona === second!.id)!;
  const peers = [
    { id: 'ana', name: 'Ana', color: '#1565c0', cardId: late.id, editing: true },
    { id: 'ben', name: 'Ben', color: '#c62828', cardId: hidden.id },
  ];
  render(<JourneyEditor defaultJourney={saas} layout="grid" defaultActivePersonaId={first!.id} peers={peers} />);
  await expect.poll(() => document.querySelectorAll('.jm-JourneyEditor-peer').length).toBe(1);
  expect(document.querySelector(`[data-card-id="${hidden.id}"]`)).toBeNull();
  const card = document.querySelector<HTMLElement>(`[data-card-id="${late.id}"]`)!;
  const outline = document.querySelector<HTMLElement>(`.jm-JourneyEditor-peer[data-card="${late.id}"]`)!;
  const scroller = card.closest<HTMLElement>('.jm-JourneyGrid-scroller')!;
  const offset = () => outline.getBoundingClientRect().left - card.getBoundingClientRect().left;
  expect(offset()).toBe(-3);
  scroller.scrollLeft = scroller.scrollWidth;
  await new Promise(requestAnimationFrame);
  expect(scroller.scrollLeft).toBeGreaterThan(0);
  expect(offset()).toBe(-3);
  // Every persona shown again: the hidden card and its peer appear.
  const all = Array.from(document.querySelectorAll<HTMLElement>('.jm-PersonaPanel-option')).find((o) => o.textContent?.includes('All'));
  all!.click();
  await expect.poll(() => document.querySelectorAll('.jm-JourneyEditor-peer').length).toBe(2);
  const node = (await readTree()).findAll('button').find((n) => n.name.includes(hidden.title));
  expect(node?.description).toContain('Ben is here');
  await noAxeViolations();
});
