import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { JourneyMap, defaultLabels } from '../../src';
import { MAPS, settle } from './visual';

// Keys the grid answers belong to the grid: Space on a cell, and the arrow, Home, End
// and Page keys even where they cannot move focus any further, never scroll the page
// or the grid's scroller behind the user's back.

/** Where the page and the grid's scroller are scrolled to. */
const scrolled = () => {
  const scroller = document.querySelector('.jm-JourneyGrid-scroller')!;
  return { page: window.scrollY, top: scroller.scrollTop, left: scroller.scrollLeft };
};

test.each(['blueprint', 'kitchen', 'arabic'] as const)(
  'in the %s map, Space and the navigation keys at the grid’s edges scroll nothing',
  async (map) => {
    // A screen on which every stop fits whole below the stage headers, and every map
    // still scrolls the page past it.
    await page.viewport(1280, 720);
    const { container } = render(<JourneyMap journey={MAPS[map]} labels={defaultLabels} />);
    await settle();
    expect(document.documentElement.scrollHeight).toBeGreaterThan(window.innerHeight + 300);
    const grid = container.querySelector('[role=grid]')!;
    const stops = Array.from(grid.querySelectorAll<HTMLElement>('[data-nav-key]'));
    const cells = stops.filter((el) => el.getAttribute('role') === 'gridcell');
    const first = stops.find((el) => el.tabIndex === 0)!;
    const last = stops.at(-1)!;
    expect(cells.length).toBeGreaterThan(5);

    const check = async (el: HTMLElement, keys: string) => {
      el.focus();
      // Brought into view as the grid brings the cells it focuses.
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      // Part-way down the page, so that a scroll either way would show: just below the
      // stage headers that stay on top as the page scrolls (focus never rests under them),
      // and whole on the screen, so that nothing needs bringing into view.
      const headRoom = container.querySelector<HTMLElement>('.jm-JourneyGrid-head')!.offsetHeight;
      window.scrollTo(0, Math.max(0, el.getBoundingClientRect().top + window.scrollY - 8 - headRoom));
      expect(el.getBoundingClientRect().bottom, 'the stop is whole on the screen').toBeLessThanOrEqual(window.innerHeight);
      await settle();
      const before = scrolled();
      await userEvent.keyboard(keys);
      await settle();
      // Where focus moves, it may bring its new place into view; where it stays, nothing moves.
      if (document.activeElement !== el) return;
      stayed++;
      expect(scrolled(), `${keys} on ${el.getAttribute('data-nav-key')}`).toEqual(before);
    };
    let stayed = 0;

    // Space on every cell.
    for (const cell of cells) await check(cell, ' ');
    // At the first stop nothing lies above or before it; at the last nothing below or after.
    const back = MAPS[map].dir === 'rtl' ? '{ArrowRight}' : '{ArrowLeft}';
    const forward = MAPS[map].dir === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}';
    for (const key of ['{ArrowUp}', back, '{PageUp}', '{Home}', '{Control>}{Home}{/Control}']) await check(first, key);
    for (const key of ['{ArrowDown}', forward, '{PageDown}', '{End}', '{Control>}{End}{/Control}']) await check(last, key);
    expect(stayed).toBeGreaterThan(cells.length + 4);
  },
);
