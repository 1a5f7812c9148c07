// The editor's dialogs load on demand, in chunks of their own. This file starts without them
// (the setup preloads them for every other file): what a user meets when a dialog is asked
// for before its chunk has arrived. The first test runs while nothing has loaded yet.
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defaultEditorLabels as labels, JourneyEditor } from '../../src/edit';
import * as DIALOGS from '../../src/edit/dialogs';
import { examples } from '../../stories/data';
import { active } from './keys';
import { readTree } from './tree';

const journey = examples['ecommerce-kitchen']!;
const persona = journey.personas[0]!;
const button = (name: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('button')).find((b) => b.getAttribute('aria-label') === name);
const { PersonaFormDialog } = DIALOGS;

test('a persona form asked for before its chunk arrives opens when it does, takes focus, and Escape gives focus back', async () => {
  render(<JourneyEditor defaultJourney={journey} layout="grid" />);
  expect(PersonaFormDialog.loaded, 'the persona form has not loaded yet').toBe(false);
  const edit = button(labels.editPersona(persona.name))!;
  // Focus and a click in the same task as the first render: nothing can have loaded.
  edit.focus();
  edit.click();
  expect(PersonaFormDialog.loaded).toBe(false);
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(active()).toBe(edit);

  const dialog = await screen.findByRole('dialog', { name: labels.editPersonaTitle(persona.name) }, { timeout: 10_000 });
  await expect.poll(() => active()).toBe(screen.getByRole('textbox', { name: labels.personaFields.name }));
  expect(dialog).toContainElement(active());
  expect((await readTree()).findAll('dialog')).toHaveLength(1);

  await userEvent.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
  await expect.poll(() => active()).toBe(button(labels.editPersona(persona.name)));
});

test('the dialogs never opened have arrived too, fetched as soon as the editor was reached', async () => {
  await expect
    .poll(() =>
      Object.entries(DIALOGS)
        .filter(([, part]) => !part.loaded)
        .map(([name]) => name),
    )
    .toEqual([]);
});

test('once loaded, E opens the card details in the same task as the key press, focus inside; Escape gives it back to the card', async () => {
  render(<JourneyEditor defaultJourney={journey} layout="grid" />);
  const card = document.querySelector<HTMLElement>(`[data-card-id="${journey.cards[0]!.id}"]`)!;
  card.focus();
  await userEvent.keyboard('e');
  const dialog = screen.getByRole('dialog', { name: labels.detailsTitle(journey.cards[0]!.title) });
  await expect.poll(() => dialog.contains(active())).toBe(true);
  await userEvent.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
  await expect.poll(() => active()).toBe(card);
});
