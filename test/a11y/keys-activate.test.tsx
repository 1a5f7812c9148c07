import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { JourneyMap, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { announce, readTree } from './tree';

// The grid stops the page from scrolling on Space and the navigation keys; that must not
// stop Space and Enter from doing what they do on a focused button: a card opens its
// details, the curve's toggle switches the view — in the grid and in the stacked layout.

const maps: Array<[string, Journey]> = [
  ['ecommerce-kitchen', examples['ecommerce-kitchen']!],
  ['car-purchase-blueprint', examples['car-purchase-blueprint']!],
];

describe.each(maps)('%s', (_name, journey) => {
  for (const layout of ['grid', 'stacked'] as const) {
    for (const key of ['{ }', '{Enter}']) {
      test(`${layout}: ${key === '{ }' ? 'Space' : 'Enter'} on a focused card opens its details, Escape gives focus back`, async () => {
        if (layout === 'stacked') await page.viewport(375, 720);
        try {
          render(<JourneyMap journey={journey} />);
          const first = screen.getAllByRole('button', { name: /^Action: / })[0]!;
          first.focus();
          const before = window.scrollY;
          await userEvent.keyboard(key);
          const dialog = await screen.findByRole('dialog');
          // Focus moves into the dialog on the frame after it opens (floating-ui's focus manager).
          await expect.poll(() => dialog.contains(document.activeElement)).toBe(true);
          expect(window.scrollY).toBe(before);
          const tree = await readTree();
          expect(announce(tree.find('dialog'))).toMatch(/^dialog "/);
          await userEvent.keyboard('{Escape}');
          expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
          expect(document.activeElement).toBe(first);
        } finally {
          await page.viewport(1280, 720);
        }
      });
    }
  }

  test('Space and Enter on the curve toggle switch between chart and table', async () => {
    render(<JourneyMap journey={journey} />);
    const grid = screen.getByRole('grid');
    const toggle = within(grid).getByRole('button', { name: 'View as table' });
    toggle.focus();
    await userEvent.keyboard('{ }');
    expect(within(grid).getByRole('button', { name: 'View as chart' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(within(grid).getByRole('button', { name: 'View as table' })).toHaveFocus();
  });
});
