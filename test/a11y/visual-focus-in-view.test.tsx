import { render } from '@testing-library/react';
import type { CSSProperties } from 'react';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { JourneyMap, type Journey } from '../../src';
import { MAPS, settle } from './visual';

// WCAG 2.4.11: what has focus is never hidden under the grid's sticky parts, the lane
// headers' column at the start edge and the stage headers' row at the top, as a
// keyboard user moves through a map wider and taller than its scroller.

/** How much of `a` (0–1) `b` covers. */
function covered(a: DOMRect, b: DOMRect): number {
  const w = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
  const h = Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  return (w * h) / (a.width * a.height);
}

/** Whether what has focus shows clear of the sticky lane header of its row and of the sticky stage headers. */
function hidden(): string | undefined {
  const el = document.activeElement as HTMLElement;
  const r = el.getBoundingClientRect();
  const sticky = [el.closest('[role=row]')?.querySelector('.jm-Lane-header'), document.querySelector('.jm-JourneyGrid-head')];
  for (const part of sticky) {
    if (!part) continue;
    const share = covered(r, part.getBoundingClientRect());
    // A card or cell may sit under them by a pixel at most.
    if (share * Math.min(r.width, r.height) > 1)
      return `${el.getAttribute('data-nav-key')} is ${Math.round(share * 100)}% under ${part.className}`;
  }
  return undefined;
}

/** Walks the grid by keyboard like a snake (→ to the end, ↓, ← to the start, ↓ …), and lists every stop hidden under a sticky part. */
async function walk(journey: Journey, rows: number): Promise<{ stops: number; hidden: string[] }> {
  const stages = journey.stages.length;
  const { container } = render(
    // A capped height, so that the stage headers stick while the map scrolls.
    <JourneyMap journey={journey} showPersonas={false} style={{ '--jm-max-height': '480px' } as CSSProperties} />,
  );
  await settle();
  container.querySelector<HTMLElement>('[role=grid] [tabindex="0"]')!.focus();
  const found: string[] = [];
  const seen = new Set<string>();
  let stops = 0;
  for (let row = 0; row < rows; row++) {
    const across =
      row % 2 === 0 ? (journey.dir === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}') : journey.dir === 'rtl' ? '{ArrowRight}' : '{ArrowLeft}';
    for (let i = 0; i < stages + 2; i++) {
      await userEvent.keyboard(across);
      const key = document.activeElement!.getAttribute('data-nav-key')!;
      expect(key).toBeTruthy();
      if (seen.has(key)) continue;
      seen.add(key);
      stops++;
      const problem = hidden();
      if (problem) found.push(problem);
    }
    await userEvent.keyboard('{ArrowDown}');
  }
  return { stops, hidden: found };
}

afterEach(async () => {
  await page.viewport(1280, 720);
});

test.each([
  ['left-to-right', MAPS.blueprint, 1280],
  ['right-to-left', MAPS.arabic, 960],
] as const)('%s: every card and cell focused by the arrow keys shows clear of the sticky headers', async (_, journey, width) => {
  await page.viewport(width, 720);
  const scroller = () => document.querySelector('.jm-JourneyGrid-scroller')!;
  const result = await walk(journey, 12);
  // The map really scrolls both ways under its sticky parts.
  expect(scroller().scrollWidth).toBeGreaterThan(scroller().clientWidth + 200);
  expect(scroller().scrollHeight).toBeGreaterThan(scroller().clientHeight + 200);
  expect(result.stops).toBeGreaterThan(15);
  expect(result.hidden).toEqual([]);
});
