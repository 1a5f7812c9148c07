import { render } from '@testing-library/react';
import { useRef } from 'react';
import { describe as group, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { JourneyMap, type Journey } from '../../src';
import { ExportMenu } from '../../src/export';
import { MAPS, THEMES, isDrawn, parseColor, settle } from './visual';

// Forced colours (Windows high contrast) drop box-shadows and author colours: a focus
// ring or a selection drawn only with them disappears. Every element of the map that can
// take focus must still show it, and a selected card must still look selected.

const FOCUSABLE = '[tabindex], button, a[href], input, select, textarea';

/** The element that draws an element's focus: itself, or for a native input hidden under its label, the label's drawn body. */
const indicatorOf = (el: HTMLElement): Element => (isDrawn(el) ? el : (el.nextElementSibling ?? el.parentElement!));

/** How an element's focus shows, from its computed outline; `undefined` when it does not. */
function focusRing(el: Element): string | undefined {
  const s = getComputedStyle(el);
  const width = parseFloat(s.outlineWidth);
  if (s.outlineStyle === 'none' || width < 1 || parseColor(s.outlineColor).a === 0) return undefined;
  return `${s.outlineStyle} ${width}px`;
}

/** A map with the export menu beside it, as a host's page places them. */
function MapPage({ journey, ...props }: { journey: Journey } & Omit<Parameters<typeof JourneyMap>[0], 'journey'>) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div>
      <ExportMenu target={ref} journey={journey} />
      <JourneyMap ref={ref} journey={journey} {...props} />
    </div>
  );
}

/** Focuses every focusable element under `root` that matches no `skip`, and lists those that show no focus ring. */
async function ringless(root: Element): Promise<{ checked: number; missing: string[] }> {
  const missing: string[] = [];
  const elements = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('[aria-hidden="true"], [hidden]'));
  for (const el of elements) {
    el.focus();
    expect(document.activeElement).toBe(el);
    expect(el.matches(':focus-visible')).toBe(true);
    if (!focusRing(indicatorOf(el))) missing.push(`${el.tagName.toLowerCase()}.${el.className} ${el.textContent!.slice(0, 30)}`);
  }
  return { checked: elements.length, missing };
}

group('forced colours', () => {
  test.each(['blueprint', 'kitchen', 'saas', 'arabic'] as const)(
    'every focusable element of the %s map, its persona switcher, details dialog and export menu shows a focus ring',
    async (map) => {
      const journey = MAPS[map];
      const { container } = render(<MapPage journey={journey} />);
      await settle();
      await commands.emulateMedia({ forcedColors: 'active' });
      // Focus coming from the keyboard is what :focus-visible marks.
      await userEvent.keyboard('{Shift}');
      const map1 = await ringless(container);
      // Cards, cells, the curve and its points, the switcher's radios, the export button.
      expect(map1.checked).toBeGreaterThan(30);
      expect(map1.missing).toEqual([]);

      // The details dialog: its close button, link buttons and source links.
      const linked = journey.cards.find((c) => (c.links?.length ?? 0) > 0) ?? journey.cards[0]!;
      container.querySelector<HTMLElement>(`[data-card-id="${linked.id}"]`)!.focus();
      await userEvent.keyboard('{Enter}');
      const dialog = container.querySelector('.jm-CardPopover')!;
      expect(dialog).not.toBeNull();
      const details = await ringless(dialog);
      expect(details.checked).toBeGreaterThan(0);
      expect(details.missing).toEqual([]);
      await userEvent.keyboard('{Escape}');

      // The export menu's items.
      container.querySelector<HTMLElement>('.jm-ExportMenu-button')!.focus();
      await userEvent.keyboard('{Enter}');
      const menu = container.querySelector('.jm-ExportMenu-menu:not([hidden])')!;
      expect(menu).not.toBeNull();
      const items = await ringless(menu);
      expect(items.checked).toBeGreaterThan(3);
      expect(items.missing).toEqual([]);
    },
  );

  test.each(THEMES)('a selected card looks different from an unselected one (%s theme)', async (_, themeProps) => {
    const { container } = render(<JourneyMap journey={MAPS.kitchen} {...themeProps} />);
    await settle();
    await commands.emulateMedia({ forcedColors: 'active' });
    const [card, other] = Array.from(container.querySelectorAll<HTMLElement>('.jm-TouchpointCard[data-kind="touchpoint"]'));
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return [s.outlineStyle, s.outlineWidth, s.borderTopStyle, s.borderTopWidth, s.backgroundColor, s.color].join(' ');
    };
    const unselected = look(card!);
    await userEvent.click(card!);
    expect(card).toHaveAttribute('aria-pressed', 'true');
    // Away from the card, so that neither focus nor the dialog marks it.
    await userEvent.keyboard('{Escape}');
    other!.focus();
    other!.blur();
    expect(card).toHaveAttribute('aria-pressed', 'true');
    expect(look(card!)).not.toBe(unselected);
    // And not only by a colour the system replaces: by outline or border, style or width, or the system's selection colours.
    expect(look(card!)).not.toBe(look(other!));
  });
});
