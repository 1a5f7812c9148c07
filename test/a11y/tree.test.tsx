import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { JourneyMap } from '../../src';
import { examples } from '../../stories/data';
import { announce, readTree } from './tree';

// The harness itself: the tree is Chromium's, read from the test frame.
test('reads the accessibility tree Chromium gives a screen reader', async () => {
  render(<JourneyMap journey={examples['ecommerce-kitchen']!} />);
  const tree = await readTree();
  const grid = tree.find('grid', 'Kitting out a first kitchen online');
  expect(announce(grid)).toBe('grid "Kitting out a first kitchen online"');
  expect(tree.findAll('columnheader').length).toBeGreaterThan(7);
  expect(await commands.ariaSnapshot('[role=grid]')).toContain('grid "Kitting out a first kitchen online"');
});

test('emulates forced colours for the test frame', async () => {
  expect(matchMedia('(forced-colors: active)').matches).toBe(false);
  await commands.emulateMedia({ forcedColors: 'active' });
  expect(matchMedia('(forced-colors: active)').matches).toBe(true);
});
