import { render } from '@testing-library/react';
import { useRef } from 'react';
import { expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { JourneyMap, type Journey } from '../../src';
import { ExportMenu } from '../../src/export';
import { MAPS, THEMES, settle } from './visual';

// WCAG 2.3.3: with "reduce motion" asked for, nothing of the map moves: no transition
// or animation longer than a hundredth of a second on any element or pseudo-element.

/** The longest of a computed list of durations (`0.12s, 0s`), in seconds. */
const longest = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)));

/** Every element (and pseudo-element) under `root` with a transition or animation longer than 0.01 s. */
function moving(root: Element): string[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) =>
    [null, '::before', '::after'].flatMap((pseudo) => {
      const s = getComputedStyle(el, pseudo);
      const transition = s.transitionProperty === 'none' ? 0 : longest(s.transitionDuration);
      const animation = s.animationName === 'none' ? 0 : longest(s.animationDuration);
      return Math.max(transition, animation) > 0.01
        ? [`${el.className.toString().split(' ').at(-1)}${pseudo ?? ''}: ${s.transitionDuration} ${s.animationName}`]
        : [];
    }),
  );
}

/** A map with its persona switcher, an open details dialog and the export menu beside it. */
async function openEverything(journey: Journey, themeProps: object) {
  function Page() {
    const ref = useRef<HTMLDivElement>(null);
    return (
      <div>
        <ExportMenu target={ref} journey={journey} />
        <JourneyMap ref={ref} journey={journey} {...themeProps} />
      </div>
    );
  }
  const { container, unmount } = render(<Page />);
  await settle();
  const card = container.querySelector<HTMLElement>('.jm-TouchpointCard')!;
  await userEvent.hover(card);
  await userEvent.click(card);
  expect(container.querySelector('.jm-CardPopover')).not.toBeNull();
  return { container, unmount };
}

test('without the preference, cards and the persona switcher do move: the check below has something to find', async () => {
  const { container } = await openEverything(MAPS.saas, {});
  expect(moving(container).length).toBeGreaterThan(10);
});

test.each(THEMES)('with reduced motion, nothing of the map moves (%s theme)', async (_, themeProps) => {
  await commands.emulateMedia({ reducedMotion: 'reduce' });
  for (const map of ['saas', 'blueprint'] as const) {
    const { container, unmount } = await openEverything(MAPS[map], themeProps);
    expect(container.querySelectorAll('*').length).toBeGreaterThan(500);
    expect(moving(container)).toEqual([]);
    unmount();
  }
});
