// Issue #12, findings 3 and 4, in real Chromium: focus shows at most a preview that takes
// no focus and adds no tab stop (the card is described by it); Enter opens the details
// dialog, which takes focus and fits the viewport even at 400% zoom (320 × 256 CSS px),
// for a card at the top of the map and one at its very end.
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { JourneyMap, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { focusedNode } from './keys';
import { readTree } from './tree';

const journeys: Array<[string, Journey]> = [
  ['ecommerce-kitchen', examples['ecommerce-kitchen']!],
  ['car-purchase-blueprint', examples['car-purchase-blueprint']!],
  ['arabic-bank (right to left)', arabicBankJourney],
];

const cards = () => Array.from(document.querySelectorAll<HTMLElement>('.jm-TouchpointCard[data-nav-key]'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 450));

describe.each(journeys)('%s', (_name, journey) => {
  test('focus previews a card without taking focus or adding a tab stop', async () => {
    render(<JourneyMap journey={journey} layout="grid" />);
    const first = cards()[0]!;
    first.focus();
    await settle();
    const tree = await readTree();
    expect(tree.findAll('tooltip')).toHaveLength(1);
    expect(tree.findAll('dialog')).toHaveLength(0);
    const card = focusedNode(tree)!;
    expect(card.role).toBe('button');
    // Described by its place, then by the preview's summary.
    expect(card.description).toMatch(/ · /);
    // The card stays the only stop: Tab leaves the map at once.
    const inMap = (el: Element | null) => !!el?.closest('.jm-JourneyGrid');
    await userEvent.keyboard('{Tab}');
    expect(inMap(document.activeElement)).toBe(false);
  });

  for (const which of ['first', 'last'] as const) {
    test(`at 400% zoom the ${which} card's dialog takes focus and fits the viewport`, async () => {
      await page.viewport(320, 256);
      try {
        render(<JourneyMap journey={journey} />);
        const list = cards();
        const card = which === 'first' ? list[0]! : list[list.length - 1]!;
        card.scrollIntoView({ block: 'center' });
        card.focus();
        await userEvent.keyboard('{Enter}');
        const dialog = await screen.findByRole('dialog');
        await settle();
        expect(dialog).toContainElement(document.activeElement as HTMLElement);
        const box = dialog.getBoundingClientRect();
        expect(box.top).toBeGreaterThanOrEqual(-1);
        expect(box.left).toBeGreaterThanOrEqual(-1);
        expect(box.bottom).toBeLessThanOrEqual(innerHeight + 1);
        expect(box.right).toBeLessThanOrEqual(innerWidth + 1);
        // The focused control inside is on screen too.
        const focused = (document.activeElement as HTMLElement).getBoundingClientRect();
        expect(focused.top).toBeGreaterThanOrEqual(-1);
        expect(focused.bottom).toBeLessThanOrEqual(innerHeight + 1);
        await userEvent.keyboard('{Escape}');
        expect(document.activeElement).toBe(card);
      } finally {
        await page.viewport(1280, 720);
      }
    });
  }
});
