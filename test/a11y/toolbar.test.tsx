// The map's filter toolbar as a screen reader, a keyboard and a zoomed-in reader meet it:
// every example journey, light, dark and compact, left to right and right to left.
import { render } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { filterJourney, JourneyMap, type Journey } from '../../src';
import { JourneyToolbar, type JourneyView } from '../../src/views';
import { defaultViewLabels } from '../../src/views/labels';
import { arViewLabels } from '../../src/locales';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { announce, readTree } from './tree';
import { noAxeViolations } from './editing';

const journeys: Record<string, Journey> = {
  'ecommerce-kitchen': examples['ecommerce-kitchen']!,
  'saas-onboarding-multi': examples['saas-onboarding-multi']!,
  'arabic-bank': arabicBankJourney,
};
const looks = [{ theme: 'light' as const }, { theme: 'dark' as const }, { theme: 'light' as const, density: 'compact' as const }];

const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('.jm-JourneyToolbar-bar button')];

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe.each(Object.entries(journeys))('%s', (name, journey) => {
  // The toolbar speaks the journey's language.
  const text = journey.locale === 'ar' ? arViewLabels : defaultViewLabels;
  test.each(looks)('passes axe with filters on and off ($theme $density)', async (look) => {
    const { unmount } = render(<JourneyToolbar journey={journey} {...look} defaultView={{ lanes: [journey.lanes[0]!.id] }} />);
    await noAxeViolations();
    unmount();
  });

  test('reads as a named toolbar of labelled groups of toggle buttons, one tab stop, walked by keyboard alone', async () => {
    render(
      <>
        <button type="button">before</button>
        <JourneyToolbar journey={journey} />
      </>,
    );
    const tree = await readTree();
    const bar = tree.find('toolbar', text.toolbar);
    expect(bar).toBeTruthy();
    const groups = tree.findAll('group').map((g) => g.name);
    expect(groups).toContain(text.toolbarGroups.lanes);
    const lane = journey.lanes[0]!.label;
    expect(announce(tree.find('button', lane))).toMatch(new RegExp(`^button "${lane}"`));

    // Keyboard only: Tab in, then the arrow that reads forward in this direction to every button and round again.
    document.querySelector<HTMLButtonElement>('button')!.focus();
    await userEvent.keyboard('{Tab}');
    const all = buttons();
    expect(document.activeElement).toBe(all[0]);
    const forward = journey.dir === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}';
    for (let i = 1; i <= all.length; i++) {
      await userEvent.keyboard(forward);
      expect(document.activeElement, `${name} step ${i}`).toBe(all[i % all.length]);
    }
    // Space turns the focused value off, and the live region says what now shows.
    await userEvent.keyboard(' ');
    expect(all[0]).toHaveAttribute('aria-pressed', 'false');
    await expect
      .poll(() => document.querySelector('.jm-JourneyToolbar [role=status]')?.textContent)
      .toMatch(journey.locale === 'ar' ? /^عرض .+: \d+ من .*بطاق/ : /^Showing \d+ of \d+ cards: /);
    // The next button in reading order is the next one drawn: right of it, or left of it right to left.
    const a = all[1]!.getBoundingClientRect();
    const b = all[2]!.getBoundingClientRect();
    if (Math.abs(a.top - b.top) < 2) expect(journey.dir === 'rtl' ? b.right <= a.left + 1 : b.left >= a.right - 1, name).toBe(true);
  });

  test('reflows at 400% zoom (320 CSS pixels wide): no sideways scrolling, every button whole and on screen', async () => {
    await page.viewport(320, 256);
    const { container } = render(<JourneyToolbar journey={journey} />);
    const root = container.querySelector('.jm-JourneyToolbar')!;
    expect(root.scrollWidth, 'toolbar').toBeLessThanOrEqual(root.clientWidth + 1);
    expect(document.documentElement.scrollWidth, 'page').toBeLessThanOrEqual(320);
    for (const button of buttons()) {
      const box = button.getBoundingClientRect();
      expect(box.left, button.textContent!).toBeGreaterThanOrEqual(0);
      expect(box.right, button.textContent!).toBeLessThanOrEqual(320);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });
});

test('with a map: toggling a persona off in the toolbar hides their cards on the map beside it, and both pass axe', async () => {
  const journey = journeys['saas-onboarding-multi']!;
  function Host() {
    const [view, setView] = useState<JourneyView>({});
    const shown = useMemo(() => filterJourney(journey, view), [view]);
    return (
      <>
        <JourneyToolbar journey={journey} view={view} onViewChange={setView} />
        <JourneyMap journey={shown} fit="width" />
      </>
    );
  }
  await page.viewport(1920, 1080);
  render(<Host />);
  expect(document.querySelector('[data-card-id="p-no-roi"]')).not.toBeNull();
  await userEvent.click(page.getByRole('button', { name: 'Linda Jansen' }));
  await expect.poll(() => document.querySelector('[data-card-id="p-no-roi"]')).toBeNull();
  expect(document.querySelector('[data-card-id="p-pilot-split"]')).not.toBeNull();
  await noAxeViolations();
});
