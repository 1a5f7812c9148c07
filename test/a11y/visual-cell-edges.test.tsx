import { render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { JourneyMap, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { decodePng, picturesApart } from './images';
import { MAPS, settle } from './visual';

// On screen, each cell of cards paints on its own and clips what its cards draw past its
// edges, so that scrolling a big map repaints only the cells that come near the view. What
// a card draws outside its box must still show whole: the focus ring, the selection's ring
// and its raised shadow, and, in forced colours, the outline. Each case puts all of them on
// the card that comes nearest its cell's edge and compares the map with a copy of itself
// whose cells clip nothing: the two must be the same picture.

/** How far past a card’s box the raised shadow of a selected card visibly reaches: 4 px down and a 14 px blur. */
const SHADOW_REACH = 18;

/** The card whose box comes nearest its cell's bottom edge, with that distance. */
function nearestEdge(): { card: HTMLElement; gap: number } {
  let best: { card: HTMLElement; gap: number } | undefined;
  for (const card of Array.from(document.querySelectorAll<HTMLElement>('.jm-JourneyGrid-grid .jm-Cell .jm-TouchpointCard[data-card-id]'))) {
    const gap = card.closest('.jm-Cell')!.getBoundingClientRect().bottom - card.getBoundingClientRect().bottom;
    if (!best || gap < best.gap) best = { card, gap };
  }
  return best!;
}

async function picture() {
  await settle();
  return decodePng(await commands.screenshotElement('[data-testid="map"] [role="grid"]'));
}

/** Overrides how the cells paint with `rule` (`!important`), to picture the map as it was before they painted on their own. */
function unclip(rule: string): void {
  const style = document.createElement('style');
  style.id = 'unclipped';
  style.textContent = `.jm-Cell { ${rule} }`;
  document.head.append(style);
}

afterEach(async () => {
  await commands.emulateMedia({ forcedColors: 'none' });
  document.getElementById('unclipped')?.remove();
});

describe.each([
  ['a service blueprint, left to right', MAPS.blueprint, 'none'],
  ['an Arabic map, right to left', MAPS.arabic, 'none'],
  ['a multi-persona map, in forced colours', MAPS.saas, 'active'],
] as const)('%s', (_, journey: Journey, forcedColors) => {
  test('a card’s focus ring, selection and shadow are drawn whole at the edge of its cell', async () => {
    await commands.emulateMedia({ forcedColors });
    render(
      <div data-testid="map">
        <JourneyMap journey={journey} showPersonas={false} />
      </div>,
    );
    await settle();
    const { card, gap } = nearestEdge();
    // The case reaches the edge: the shadow of the selected card goes past its cell's box.
    expect(gap).toBeLessThan(SHADOW_REACH);
    const cell = card.closest<HTMLElement>('.jm-Cell')!;
    expect(getComputedStyle(cell).overflowY, 'the cell clips on screen').toBe('clip');

    // Focused after a key press (so that its ring shows) and selected with Space, which
    // opens its details; Escape closes them and gives focus back. The card then shows the
    // selection's ring and raised shadow around its focus ring.
    await userEvent.keyboard('{Shift}');
    card.focus();
    await userEvent.keyboard(' ');
    await expect.poll(() => document.querySelector('.jm-CardPopover')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => document.querySelector('.jm-CardPopover')).toBeNull();
    expect(card.getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(card);
    expect(card.matches(':focus-visible')).toBe(true);
    const clipped = await picture();

    unclip('overflow: visible !important;');
    // A ring cut off would differ by a hundred levels; the faint shadow, cut at the cell's very edge, by five.
    expect(picturesApart(clipped, await picture())).toBeLessThanOrEqual(2);
  });
});

// Cells that stack could also hide what other parts draw over them (the curve's labels, the
// blueprint's lines and arrows, the sticky headers): every example map, whole, looks as it
// did when its cells neither stacked nor clipped.
test.each([...Object.entries(examples), ['arabic-bank', arabicBankJourney] as const])(
  'the %s map looks the same as when its cells neither stacked nor clipped',
  async (_, journey) => {
    render(
      <div data-testid="map">
        <JourneyMap journey={journey} />
      </div>,
    );
    const before = await picture();
    unclip('position: static !important; z-index: auto !important; overflow: visible !important;');
    expect(picturesApart(before, await picture())).toBeLessThanOrEqual(2);
  },
);
