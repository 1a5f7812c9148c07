// The card details form loads on demand. This file starts without it (the setup preloads
// it for every other file): E pressed on a card before the form's chunk has arrived.
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defaultEditorLabels as labels, JourneyEditor } from '../../src/edit';
import { CardDetailsPanel } from '../../src/edit/dialogs';
import { examples } from '../../stories/data';
import { active } from './keys';
import { readTree } from './tree';

const journey = examples['ecommerce-kitchen']!;
const first = journey.cards[0]!;

test('E pressed before the details form has loaded opens it when it arrives, focus on its first field; Escape gives focus back to the card', async () => {
  render(<JourneyEditor defaultJourney={journey} layout="grid" />);
  expect(CardDetailsPanel.loaded, 'the details form has not loaded yet').toBe(false);
  const card = document.querySelector<HTMLElement>(`[data-card-id="${first.id}"]`)!;
  // The key press in the same task as the first render: nothing can have loaded.
  card.focus();
  card.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', bubbles: true, cancelable: true }));
  expect(CardDetailsPanel.loaded).toBe(false);
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(active()).toBe(card);

  // The chunk is fetched (and, in a dev server, compiled) on demand: give it time on a busy machine.
  const dialog = await screen.findByRole('dialog', { name: labels.detailsTitle(first.title) }, { timeout: 10_000 });
  await expect.poll(() => active()).toBe(screen.getByRole('textbox', { name: labels.fieldTitle }));
  expect(dialog).toContainElement(active());
  expect((await readTree()).findAll('dialog')).toHaveLength(1);

  await userEvent.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
  await expect.poll(() => active()).toBe(card);
});
