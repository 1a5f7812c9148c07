import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe as group, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { JourneyMap, PersonaPanel, type Journey } from '../../src';
import { MAPS, describe, isDrawn, settle, textElements } from './visual';

// WCAG 1.4.10 and 1.4.12: at 320 CSS pixels wide (and at 400% zoom of a 1280 × 1024
// screen, 320 × 256), with the user's text spacing (line height 1.5, paragraphs 2em
// apart, letters 0.12em, words 0.16em), no text of the persona panel, the cards or the
// stage headers is cut off or drawn over other text.

const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

let sheet: HTMLStyleElement;
beforeEach(() => {
  sheet = document.head.appendChild(document.createElement('style'));
  sheet.textContent = TEXT_SPACING;
});
afterEach(async () => {
  sheet.remove();
  await page.viewport(1280, 720);
});

/** Text of `root` cut off by an element that hides its overflow. */
function clipped(root: Element): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>('*')).flatMap((el) => {
    const s = getComputedStyle(el);
    if ((s.overflowX === 'visible' && s.overflowY === 'visible') || !el.textContent!.trim() || !isDrawn(el)) return [];
    // A scroller shows its overflow by scrolling.
    if (['auto', 'scroll'].includes(s.overflowX) || ['auto', 'scroll'].includes(s.overflowY)) return [];
    const out: string[] = [];
    if (el.scrollHeight > el.clientHeight + 1) out.push(`${describe(el)} cut at the bottom (${el.scrollHeight} > ${el.clientHeight})`);
    if (el.scrollWidth > el.clientWidth + 1) out.push(`${describe(el)} cut at the side (${el.scrollWidth} > ${el.clientWidth})`);
    return out;
  });
}

/** Pairs of texts of `root` drawn over each other (an element and its own descendants aside). */
function overlapping(root: Element): string[] {
  const texts = textElements(root);
  const out: string[] = [];
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) {
      if (a.contains(b) || b.contains(a)) continue;
      // Line by line: a wrapped inline text's bounding box spans lines that are not its own.
      const hit = Array.from(a.getClientRects()).some((r) =>
        Array.from(b.getClientRects()).some((q) => {
          const w = Math.min(r.right, q.right) - Math.max(r.left, q.left);
          const h = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
          return w > 1 && h > 1;
        }),
      );
      if (hit) out.push(`${describe(a)} over ${describe(b)}`);
    }
  }
  return out;
}

/** Checks `root` and says how many texts it looked at. */
function expectReadable(root: Element): void {
  expect(textElements(root).length).toBeGreaterThan(5);
  expect(clipped(root)).toEqual([]);
  expect(overlapping(root)).toEqual([]);
}

const SIZES = [
  ['320 px wide', 320, 720],
  ['400% zoom', 320, 256],
] as const;

group.each(SIZES)('%s with text spacing', (_, width, height) => {
  beforeEach(async () => {
    await page.viewport(width, height);
  });

  test.each(['saas', 'kitchen', 'bakery', 'arabic'] as const)(
    'the persona panel of the %s map, in every view of its switcher',
    async (map) => {
      const journey: Journey = MAPS[map];
      const { container } = render(<JourneyMap journey={journey} defaultPersonaExpanded />);
      await settle();
      const panel = container.querySelector('.jm-PersonaPanel')!;
      expectReadable(panel);
      // Every choice of the switcher: all personas (compact cards), then each one in full.
      for (const radio of panel.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
        await userEvent.click(radio.closest('label')!);
        await settle();
        expectReadable(panel);
      }
      // Folded to a strip, the persona, its quote and the button still read whole. Pressed as
      // a keyboard user presses it: the pointer rests where the last choice was, and the map
      // that moved under it may be showing a card's hover preview over the button by now.
      container.querySelector<HTMLElement>('.jm-JourneyMap-disclosure')!.focus();
      await userEvent.keyboard('{Enter}');
      await settle();
      const bar = container.querySelector('.jm-JourneyMap-personaBar')!;
      expect(textElements(bar).length).toBeGreaterThan(2);
      expect(clipped(bar)).toEqual([]);
      expect(overlapping(bar)).toEqual([]);
    },
  );

  test('a persona panel on its own, full and compact, and its all-personas grid', async () => {
    for (const props of [{ variant: 'full' }, { variant: 'compact' }, { defaultActivePersonaId: null }] as const) {
      const { container, unmount } = render(<PersonaPanel journey={MAPS.saas} {...props} />);
      await settle();
      expectReadable(container);
      unmount();
    }
  });

  test.each([
    ...(['blueprint', 'kitchen', 'saas', 'bakery', 'arabic'] as const).map((map) => [map, 'auto'] as const),
    ['blueprint', 'grid'] as const,
    ['bakery', 'grid'] as const,
  ])('the cards and stage headers of the %s map (%s layout)', async (map, layout) => {
    const { container } = render(<JourneyMap journey={MAPS[map]} showPersonas={false} layout={layout} />);
    await settle();
    const cards = Array.from(container.querySelectorAll('.jm-TouchpointCard'));
    const stages = Array.from(container.querySelectorAll('.jm-StageColumn-header, .jm-StageColumn[data-variant="header"]'));
    expect(cards.length).toBeGreaterThan(10);
    expect(stages.length).toBeGreaterThan(3);
    for (const el of [...cards, ...stages]) {
      expect(clipped(el)).toEqual([]);
      expect(overlapping(el)).toEqual([]);
    }
  });
});
