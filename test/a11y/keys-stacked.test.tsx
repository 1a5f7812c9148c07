// The stacked (narrow) layout in real Chromium: one tab stop moved by the arrow keys, like
// the grid, and a handful of landmarks, not one per stage, lane or card.
import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { JourneyMap, type Journey, defaultLabels } from '../../src';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { active } from './keys';
import { announce, readFocused, readTree } from './tree';

const LANDMARKS = /^(region|banner|main|navigation|complementary|contentinfo|form|search)$/;

// The dark theme changes only colours, so each journey is walked in one theme, half of them dark.
const journeys: Array<[string, Journey, 'light' | 'dark']> = [
  ['ecommerce-kitchen', examples['ecommerce-kitchen']!, 'light'],
  ['car-purchase-blueprint', examples['car-purchase-blueprint']!, 'dark'],
  ['saas-onboarding-multi', examples['saas-onboarding-multi']!, 'light'],
  ['arabic-bank (right to left)', arabicBankJourney, 'dark'],
];

describe.each(journeys)('%s, stacked, %s', (_name, journey, theme) => {
  test('is one tab stop in and one out; the arrow keys reach every card and score; few landmarks', async () => {
    render(
      <>
        <button type="button">before</button>
        <JourneyMap
          journey={journey}
          layout="stacked"
          theme={theme}
          showPersonas={false}
          showHeader={false}
          showLegend={false}
          labels={defaultLabels}
        />
        <button type="button">after</button>
      </>,
    );
    const map = document.querySelector<HTMLElement>('[data-layout="stacked"]')!;
    const tree = await readTree();
    expect(tree.nodes.filter((n) => LANDMARKS.test(n.role)).length).toBeLessThanOrEqual(2);
    const stops = Array.from(map.querySelectorAll<HTMLElement>('[data-nav-key]'));
    expect(stops.filter((el) => el.tabIndex === 0)).toHaveLength(1);
    // Every card, and every stage's scores, is a stop.
    expect(stops.filter((el) => el.hasAttribute('data-card-id'))).toHaveLength(journey.cards.length);

    (document.querySelector('button') as HTMLElement).focus();
    // The map's stage details button comes first, then the grid, one tab stop.
    await userEvent.tab();
    expect(active()).toHaveTextContent('Stage details');
    await userEvent.tab();
    expect(active()).toBe(stops[0]);
    const seen = [active()];
    for (let i = 0; i < stops.length + 1; i++) {
      await userEvent.keyboard('{ArrowDown}');
      if (active() !== seen.at(-1)) seen.push(active());
    }
    expect(seen).toEqual(stops);
    // The last stop holds the tab stop now, and Tab leaves the map.
    expect(map.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await userEvent.tab();
    expect(active()).toHaveTextContent('after');
    await userEvent.tab({ shift: true });
    expect(active()).toBe(stops.at(-1));
    // A stage's scores read like the curve's cell for the stage in the grid.
    const scores = stops.find((el) => el.getAttribute('role') === 'img')!;
    scores.focus();
    expect(announce(await readFocused())).toMatch(new RegExp(`^image "${journey.stages[0]!.name}: `));
  });
});

test('screenshot: the stacked layout with a focused card', async () => {
  await page.viewport(420, 900);
  render(<JourneyMap journey={examples['ecommerce-kitchen']!} />);
  const first = document.querySelector<HTMLElement>('[data-layout="stacked"] [tabindex="0"]')!;
  first.focus();
  await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
  active().scrollIntoView({ block: 'center' });
  await page.screenshot({ path: '../../screenshots/keys-stacked-focus.png', element: active().closest<HTMLElement>('.jm-StageColumn')! });
  expect(active()).toHaveAttribute('data-card-id');
  // The whole map, header, personas and legend included, is a handful of landmarks.
  expect((await readTree()).nodes.filter((n) => LANDMARKS.test(n.role)).length).toBeLessThanOrEqual(3);
});
