import { render } from '@testing-library/react';
import { describe as group, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { JourneyMap } from '../../src';
import { MAPS, THEMES, backgroundOf, contrast, describe, hex, over, parseColor, settle, textElements, type Rgba } from './visual';

// WCAG 1.4.3 and 1.4.11, measured from the colours Chromium computed: every text of the
// map (labels on the blueprint's lines, phase bands, chips, badges, curve labels…) and
// the blueprint's lines and link arrows, in every built-in look.

/** Whether text counts as large (WCAG: 24 px, or 18.66 px bold), which needs 3:1 rather than 4.5:1. */
const isLarge = (style: CSSStyleDeclaration) => {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
};

/** Every drawn text of `root` whose contrast with what it sits on is below its WCAG minimum. */
function lowContrastTexts(root: Element): string[] {
  return textElements(root).flatMap((el) => {
    const style = getComputedStyle(el);
    const bg = backgroundOf(el);
    const fg = over(parseColor(style.color), bg);
    const ratio = contrast(fg, bg);
    const min = isLarge(style) ? 3 : 4.5;
    return ratio < min ? [`${describe(el)}: ${hex(fg)} on ${hex(bg)} = ${ratio.toFixed(2)}:1 (needs ${min})`] : [];
  });
}

test('no link arrow is drawn over a blueprint line’s label, so the label’s contrast is what it seems', async () => {
  const { container } = render(<JourneyMap journey={MAPS.blueprint} />);
  // The arrows' router loads on demand: they come a moment after the map.
  await expect.poll(() => container.querySelector('.jm-ServiceBlueprintLane-arrows')).not.toBeNull();
  const arrows = container.querySelector<SVGElement>('.jm-ServiceBlueprintLane-arrows')!;
  // Hit-testing finds what paints on top once the arrows take the pointer too.
  arrows.style.pointerEvents = 'auto';
  const labels = Array.from(container.querySelectorAll('.jm-BlueprintLine-label'));
  expect(labels).toHaveLength(3);
  for (const label of labels) {
    label.scrollIntoView({ block: 'center' });
    const r = label.getBoundingClientRect();
    const arrowBox = arrows.getBoundingClientRect();
    // The label lies inside the arrows' layer, which could cover it.
    expect(r.top >= arrowBox.top && r.bottom <= arrowBox.bottom).toBe(true);
    for (const [x, y] of [
      [r.left + 2, r.top + r.height / 2],
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.right - 2, r.top + r.height / 2],
    ] as const) {
      expect(document.elementFromPoint(x, y)).toBe(label);
    }
  }
});

group.each(THEMES)('%s theme', (_, themeProps) => {
  test.each(['blueprint', 'kitchen', 'future', 'saas', 'arabic'] as const)(
    'every text of the %s map reaches its contrast minimum',
    async (map) => {
      // The mouse pointer rests in a corner, off the map: a card it was left over would show its own popover.
      const corner = document.createElement('div');
      corner.style.cssText = 'position:fixed;top:0;left:0;width:4px;height:4px';
      document.body.append(corner);
      await userEvent.hover(corner);
      corner.remove();
      const { container } = render(<JourneyMap journey={MAPS[map]} {...themeProps} />);
      await settle();
      // The label on each blueprint line is among the texts checked.
      if (map === 'blueprint') expect(container.querySelectorAll('.jm-BlueprintLine-label')).toHaveLength(3);
      expect(textElements(container).length).toBeGreaterThan(50);
      expect(lowContrastTexts(container)).toEqual([]);
      // The details dialog of a card that cites evidence.
      await userEvent.click(container.querySelector<HTMLElement>('.jm-TouchpointCard[data-evidence="validated"]')!);
      const dialog = container.querySelector('.jm-CardPopover')!;
      expect(textElements(dialog).length).toBeGreaterThan(4);
      expect(lowContrastTexts(dialog)).toEqual([]);
    },
  );

  test('the blueprint lines and link arrows stand out 3:1 from every background they cross', async () => {
    const { container } = render(<JourneyMap journey={MAPS.blueprint} {...themeProps} />);
    await expect.poll(() => container.querySelector('.jm-ServiceBlueprintLane-arrow')).not.toBeNull();
    const lane = container.querySelector('.jm-ServiceBlueprintLane')!;
    // What lines and arrows run over: the map, and every blueprint lane's cells (some tinted).
    const grounds = new Map<string, Rgba>([[hex(backgroundOf(lane)), backgroundOf(lane)]]);
    for (const cell of lane.querySelectorAll('.jm-BlueprintLane .jm-Cell')) grounds.set(hex(backgroundOf(cell)), backgroundOf(cell));

    const marks: Array<[string, Rgba]> = [];
    for (const line of lane.querySelectorAll('.jm-BlueprintLine-cell')) {
      marks.push([`line ${line.parentElement!.dataset.line}`, parseColor(getComputedStyle(line, '::before').borderTopColor)]);
    }
    const arrows = lane.querySelectorAll<SVGPathElement>('.jm-ServiceBlueprintLane-arrow');
    expect(arrows.length).toBeGreaterThan(3);
    for (const arrow of arrows) {
      const style = getComputedStyle(arrow);
      const stroke = parseColor(style.stroke);
      marks.push(['arrow', { ...stroke, a: stroke.a * Number(style.opacity) }]);
    }
    for (const head of lane.querySelectorAll('.jm-ServiceBlueprintLane-arrowhead:not([data-active]) path')) {
      marks.push(['arrowhead', parseColor(getComputedStyle(head).fill)]);
    }
    expect(marks.length).toBeGreaterThan(arrows.length);

    const faint = marks.flatMap(([what, colour]) =>
      [...grounds.values()].flatMap((ground) => {
        const ratio = contrast(over(colour, ground), ground);
        return ratio < 3 ? [`${what} ${hex(over(colour, ground))} on ${hex(ground)} = ${ratio.toFixed(2)}:1`] : [];
      }),
    );
    expect([...new Set(faint)]).toEqual([]);
  });
});
