import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { JourneyMap } from '../../src';
import { examples } from '../../stories/data';
import { announce, readFocused, readTree } from './tree';

// The harness itself: the tree is Chromium's, read from the test frame.
test('reads the accessibility tree Chromium gives a screen reader', async () => {
  render(<JourneyMap journey={examples['ecommerce-kitchen']!} />);
  const tree = await readTree();
  const grid = tree.find('grid', 'Kitting out a first kitchen online');
  expect(announce(grid)).toBe('grid "Kitting out a first kitchen online"');
  expect(tree.findAll('columnheader').length).toBeGreaterThan(7);
  expect(await commands.ariaSnapshot('[role=grid]')).toContain('grid "Kitting out a first kitchen online"');
});

test('reads the focused node alone as the whole tree gives it, for every kind of stop in a map', async () => {
  render(<JourneyMap journey={examples['car-purchase-blueprint']!} />);
  // Nothing focused: no node, as in the whole tree.
  expect(await readFocused()).toBeUndefined();
  // The first stop of each role (a persona radio, a cell, a card, a plain button), and every 17th besides.
  const stops = [...document.querySelectorAll<HTMLElement>('[role="radio"], [role="gridcell"], [role="button"], button')].filter(
    (el, i, all) => all.findIndex((other) => other.getAttribute('role') === el.getAttribute('role')) === i || i % 17 === 0,
  );
  expect(stops.length).toBeGreaterThan(4);
  for (const stop of stops) {
    stop.focus();
    const whole = (await readTree()).focused();
    const alone = await readFocused();
    expect(whole, stop.outerHTML.slice(0, 80)).toBeDefined();
    expect({ ...alone, id: '', parentId: '', childIds: [] }).toEqual({ ...whole, id: '', parentId: '', childIds: [] });
  }
});

test('emulates forced colours for the test frame', async () => {
  expect(matchMedia('(forced-colors: active)').matches).toBe(false);
  await commands.emulateMedia({ forcedColors: 'active' });
  expect(matchMedia('(forced-colors: active)').matches).toBe(true);
});
