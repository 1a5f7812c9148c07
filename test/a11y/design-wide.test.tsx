// Wide maps keep the reader's place (issue #14, item 7), in real Chromium: a cue on each
// side of the grid that scrolls further, a fit-to-width option, stage headers that stay
// on top while the page scrolls, and nothing in a map that widens the page.
import { render } from '@testing-library/react';
import type { CSSProperties } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { JourneyMap, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { MAPS, settle, THEMES } from './visual';

const head = () => document.querySelector<HTMLElement>('.jm-JourneyGrid-head')!;
const scroller = () => document.querySelector<HTMLElement>('.jm-JourneyGrid-scroller')!;

afterEach(async () => {
  window.scrollTo(0, 0);
  await page.viewport(1280, 720);
});

describe('the stage headers stay on top while the page scrolls down the map', () => {
  test.each([
    ['left-to-right', MAPS.blueprint, {}, 1280],
    ['right-to-left', MAPS.arabic, {}, 960],
    ['compact, dark', MAPS.saas, { density: 'compact', theme: 'dark' }, 1280],
  ] as const)('%s', async (_, journey, props, width) => {
    await page.viewport(width, 720);
    render(<JourneyMap journey={journey} {...props} />);
    await settle();
    const top = scroller().getBoundingClientRect().top + window.scrollY;
    const bottom = scroller().getBoundingClientRect().bottom + window.scrollY;
    // Taller than the screen: the page scrolls, not the grid.
    expect(bottom - top).toBeGreaterThan(innerHeight);
    for (const into of [1, 200, 600]) {
      window.scrollTo(0, top + into);
      await settle();
      const rect = head().getBoundingClientRect();
      expect(rect.top, `${into} px into the map`).toBeGreaterThanOrEqual(0);
      expect(rect.top, `${into} px into the map`).toBeLessThanOrEqual(3);
    }
    // Scrolled sideways too, the lane labels and the headers' corner stay at the start edge.
    const edge = () => {
      const r = scroller().getBoundingClientRect();
      return journey.dir === 'rtl' ? r.right - 1 : r.left + 1;
    };
    const startOf = (el: Element) => (journey.dir === 'rtl' ? el.getBoundingClientRect().right : el.getBoundingClientRect().left);
    scroller().scrollLeft = journey.dir === 'rtl' ? -300 : 300;
    await settle();
    expect(Math.abs(scroller().scrollLeft)).toBeGreaterThan(100);
    expect(startOf(head().querySelector('.jm-JourneyGrid-corner')!)).toBeCloseTo(edge(), 0);
    const label = Array.from(document.querySelectorAll('.jm-Lane-header')).find((el) => {
      const r = el.getBoundingClientRect();
      return r.top > head().getBoundingClientRect().bottom && r.top < innerHeight;
    })!;
    expect(startOf(label)).toBeCloseTo(edge(), 0);
    expect(head().getBoundingClientRect().top).toBeLessThanOrEqual(3);
    // Near the map's end the headers leave with it, never below the grid.
    window.scrollTo(0, bottom - 40);
    await settle();
    expect(head().getBoundingClientRect().bottom).toBeLessThanOrEqual(scroller().getBoundingClientRect().bottom + 1);
    // Above the map they sit in place.
    window.scrollTo(0, 0);
    await settle();
    expect(head().getBoundingClientRect().top).toBeGreaterThan(scroller().getBoundingClientRect().top - 1);
    expect(head().getBoundingClientRect().top).toBeLessThan(scroller().getBoundingClientRect().top + 2);
  });
});

test('with its height capped, the grid scrolls under its stage headers, and they follow the page as well', async () => {
  await page.viewport(1280, 720);
  // A page with more below the map, so that it scrolls on past the map's top.
  render(
    <>
      <JourneyMap journey={MAPS.blueprint} style={{ '--jm-max-height': '560px' } as CSSProperties} />
      <div style={{ height: 1000 }} />
    </>,
  );
  await settle();
  scroller().scrollTop = 400;
  await settle();
  expect(Math.abs(head().getBoundingClientRect().top - scroller().getBoundingClientRect().top)).toBeLessThanOrEqual(2);
  window.scrollTo(0, scroller().getBoundingClientRect().top + window.scrollY + 100);
  await settle();
  expect(head().getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
  expect(head().getBoundingClientRect().top).toBeLessThanOrEqual(3);
  // The scroller gains no height from the header that follows.
  expect(scroller().scrollHeight - scroller().clientHeight).toBe(
    (scroller().firstElementChild as HTMLElement).offsetHeight - scroller().clientHeight,
  );
});

test('as the arrow keys walk down a map taller than the screen, what has focus shows below the stage headers', async () => {
  await page.viewport(1280, 720);
  const { container } = render(<JourneyMap journey={MAPS.blueprint} />);
  await settle();
  container.querySelector<HTMLElement>('[role=grid] [tabindex="0"]')!.focus();
  const seen = new Set<string>();
  const hidden: string[] = [];
  for (const keys of ['{ArrowDown}', '{ArrowUp}']) {
    for (let i = 0; i < 16; i++) {
      await userEvent.keyboard(keys);
      await settle();
      const el = document.activeElement as HTMLElement;
      seen.add(el.getAttribute('data-nav-key')!);
      const r = el.getBoundingClientRect();
      const h = head().getBoundingClientRect();
      if (r.top < h.bottom - 1 && r.bottom > h.top)
        hidden.push(`${el.getAttribute('data-nav-key')} (${keys}): top ${r.top}, headers' bottom ${h.bottom}`);
    }
  }
  // The page really scrolled under the stage headers.
  expect(window.scrollY).toBeGreaterThan(0);
  expect(seen.size).toBeGreaterThan(8);
  expect(hidden).toEqual([]);
});

describe('nothing in a map widens the page', () => {
  test.each([1440, 375])('every example journey at %i px, every theme', async (width) => {
    await page.viewport(width, 900);
    const journeys: Journey[] = [...Object.values(examples), arabicBankJourney];
    const wider: string[] = [];
    for (const journey of journeys) {
      for (const [theme, props] of THEMES) {
        const { unmount } = render(<JourneyMap journey={journey} {...props} />);
        await settle();
        if (document.documentElement.scrollWidth > innerWidth)
          wider.push(`${journey.id} ${theme}: ${document.documentElement.scrollWidth}`);
        unmount();
      }
    }
    expect(wider).toEqual([]);
  });
});
