// Wide maps keep the reader's place (issue #14, item 7), in real Chromium: a cue on each
// side of the grid that scrolls further, a fit-to-width option, stage headers that stay
// on top while the page scrolls, and nothing in a map that widens the page.
import { render } from '@testing-library/react';
import type { CSSProperties } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { bankTheme } from '../../stories/themes';
import { JourneyMap, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { describe as name, MAPS, parseColor, settle, THEMES } from './visual';

const head = () => document.querySelector<HTMLElement>('.jm-JourneyGrid-head')!;
const scroller = () => document.querySelector<HTMLElement>('.jm-JourneyGrid-scroller')!;

afterEach(async () => {
  window.scrollTo(0, 0);
  await page.viewport(1280, 720);
});

/** How strongly each scroll cue shows (0–1): at the grid's start side and at its end side. */
function cues(): { start: number; end: number } {
  const root = document.querySelector('.jm-JourneyGrid')!;
  return { start: +getComputedStyle(root, '::before').opacity, end: +getComputedStyle(root, '::after').opacity };
}

/** The page-relative box of a cue, from its computed offsets in the map's root. */
function cueBox(which: '::before' | '::after'): { left: number; right: number } {
  const root = document.querySelector('.jm-JourneyGrid')!;
  const r = root.getBoundingClientRect();
  const style = getComputedStyle(root, which);
  const left = r.left + parseFloat(style.left);
  return { left, right: left + parseFloat(style.width) };
}

describe('a cue shows on each side of a wide grid that has more to scroll to', () => {
  test.each([
    ['left-to-right', MAPS.kitchen, {}, 1440],
    ['right-to-left', MAPS.arabic, {}, 960],
    ['dark, compact', MAPS.saas, { theme: 'dark', density: 'compact' }, 1280],
    ['brand bank', MAPS.blueprint, { theme: bankTheme }, 1280],
  ] as const)('%s', async (_, journey, props, width) => {
    await page.viewport(width, 900);
    render(<JourneyMap journey={journey} {...props} />);
    await settle();
    const el = scroller();
    const range = el.scrollWidth - el.clientWidth;
    expect(range).toBeGreaterThan(100);
    const sign = journey.dir === 'rtl' ? -1 : 1;
    const at = async (offset: number) => {
      el.scrollLeft = sign * offset;
      await settle();
      return cues();
    };
    // At the start: more to see only towards the end.
    expect(await at(0)).toEqual({ start: 0, end: 1 });
    // Mid-way: both ways.
    expect(await at(range / 2)).toEqual({ start: 1, end: 1 });
    // At the end: only back towards the start.
    expect(await at(range)).toEqual({ start: 1, end: 0 });
    // The start side's cue begins where the sticky lane labels end, and each sits on its own side of the scroller.
    const label = document.querySelector('.jm-Lane-header')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const [start, end] = [cueBox('::before'), cueBox('::after')];
    if (journey.dir === 'rtl') {
      expect(start.right).toBeLessThanOrEqual(label.left + 0.5);
      expect(start.right).toBeGreaterThan(label.left - 2);
      expect(end.left).toBeGreaterThanOrEqual(box.left);
      expect(end.left).toBeLessThan(box.left + 2);
    } else {
      expect(start.left).toBeGreaterThanOrEqual(label.right - 0.5);
      expect(start.left).toBeLessThan(label.right + 2);
      expect(end.right).toBeLessThanOrEqual(box.right);
      expect(end.right).toBeGreaterThan(box.right - 2);
    }
  });

  test('a grid that fits shows no cue, nor does print', async () => {
    await page.viewport(1440, 900);
    render(<JourneyMap journey={MAPS.arabic} />);
    await settle();
    expect(scroller().scrollWidth - scroller().clientWidth).toBeLessThanOrEqual(1);
    expect(cues()).toEqual({ start: 0, end: 0 });
    await commands.emulateMedia({ media: 'print' });
    for (const pseudo of ['::before', '::after'])
      expect(getComputedStyle(document.querySelector('.jm-JourneyGrid')!, pseudo).content).toBe('none');
    expect(getComputedStyle(head()).animationName).toBe('none');
  });
});

describe('fit="width" fits every stage in the width there is', () => {
  test.each([
    [1440, 'light', {}],
    [1280, 'compact', { density: 'compact' }],
    [1280, 'dark, right-to-left', { theme: 'dark', dir: 'rtl' }],
    [1280, 'brand bank', { theme: bankTheme }],
  ] as const)('every example journey at %i px, %s', async (width, _, props) => {
    await page.viewport(width, 900);
    const journeys: Journey[] = [...Object.values(examples), arabicBankJourney];
    const outside: string[] = [];
    for (const journey of journeys) {
      const { unmount } = render(<JourneyMap journey={journey} fit="width" {...props} />);
      await settle();
      const el = scroller();
      const box = el.getBoundingClientRect();
      if (el.scrollWidth > el.clientWidth) outside.push(`${journey.id}: scrolls ${el.scrollWidth - el.clientWidth} px`);
      for (const header of el.querySelectorAll('.jm-JourneyGrid-stageRow > [data-stage-id]')) {
        const r = header.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) outside.push(`${journey.id}: ${header.textContent!.slice(0, 20)}`);
      }
      // Every stage drawn, the columns sharing the width evenly.
      const widths = Array.from(el.querySelectorAll('.jm-JourneyGrid-stageRow > [data-stage-id]'), (h) => h.getBoundingClientRect().width);
      expect(widths).toHaveLength(journey.stages.length);
      expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(1);
      unmount();
    }
    expect(outside).toEqual([]);
  });

  test('by default a seven-stage map keeps its columns and scrolls at 1440 px', async () => {
    await page.viewport(1440, 900);
    render(<JourneyMap journey={MAPS.saas} />);
    await settle();
    expect(scroller().scrollWidth - scroller().clientWidth).toBeGreaterThan(200);
    const widths = Array.from(
      document.querySelectorAll('.jm-JourneyGrid-stageRow > [data-stage-id]'),
      (h) => h.getBoundingClientRect().width,
    );
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(219);
  });
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
  const journeys: Journey[] = [...Object.values(examples), arabicBankJourney];
  const cases = [1440, 375].flatMap((width) => journeys.map((journey) => [journey.id, width, journey] as const));
  // The dark themes change colours only (the dark theme is the light one with other
  // colours), so the looks that can change a width are light, compact and the brands.
  const looks = THEMES.filter(([theme]) => !theme.startsWith('dark'));
  test.each(cases)('%s at %i px, every theme that sets sizes', async (_id, width, journey) => {
    await page.viewport(width, 900);
    const wider: string[] = [];
    for (const [theme, props] of looks) {
      const { unmount } = render(<JourneyMap journey={journey} {...props} />);
      await settle();
      if (document.documentElement.scrollWidth > innerWidth) wider.push(`${journey.id} ${theme}: ${document.documentElement.scrollWidth}`);
      // Nor does anything reach out of the map itself, past its background.
      const map = document.querySelector('.jm-JourneyMap')!;
      if (map.scrollWidth > map.clientWidth) wider.push(`${journey.id} ${theme}: the map scrolls ${map.scrollWidth - map.clientWidth} px`);
      unmount();
    }
    expect(wider).toEqual([]);
  });
});

test.each([1440, 375])('in the dark themes, nothing in any example map is painted white at %i px', async (width) => {
  await page.viewport(width, 900);
  const journeys: Journey[] = [...Object.values(examples), arabicBankJourney];
  const white: string[] = [];
  let checked = 0;
  for (const journey of journeys) {
    for (const props of [{ theme: 'dark' }, { theme: 'dark', density: 'compact' }] as const) {
      const { container, unmount } = render(<JourneyMap journey={journey} {...props} />);
      await settle();
      for (const el of container.querySelectorAll('*')) {
        const bg = parseColor(getComputedStyle(el).backgroundColor);
        checked++;
        if (bg.a > 0.3 && bg.r > 200 && bg.g > 200 && bg.b > 200)
          white.push(`${journey.id}: ${name(el)} ${getComputedStyle(el).backgroundColor}`);
      }
      unmount();
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(white).toEqual([]);
});
