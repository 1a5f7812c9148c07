import { render } from '@testing-library/react';
import { describe as group, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { JourneyMap, TouchpointCard, type JourneyThemeOverrides, type JourneyThemeProp } from '../../src';
import type { Journey } from '../../src/model/types';
import { retailTheme } from '../../stories/themes';
import { MAPS, THEMES, backgroundOf, contrast, describe, hex, isDrawn, over, parseColor, settle, textElements } from './visual';
import { announce, readTree } from './tree';
import { backgroundLayerBox } from '../../src/io/vector/length';

// The design system's rules, as Chromium computes them: one colour per card kind and per
// meaning, pains and moments of truth that stand out, and the theming surface (type scale,
// stripe) that brand teams set through the `theme` prop alone.

/** An orange brand that sets only its accent, as a brand team's first theme does. */
const orangeAccent: JourneyThemeOverrides = { colors: { accent: '#c2410c' } };
const BRANDS = [
  ['orange accent only', orangeAccent],
  ['retail', retailTheme],
] as const;

/** The colour of a card's stripe: its first background layer, a gradient of one colour. */
const stripeColour = (card: Element) => /^linear-gradient\((rgba?\([^)]*\))/.exec(getComputedStyle(card).backgroundImage)?.[1] ?? '';
const stripeWidth = (card: Element) => parseFloat(getComputedStyle(card).backgroundSize);
/** Where a card's stripe is drawn on the page: its background layer, placed in the card's padding box. */
function stripeBox(card: Element) {
  const s = getComputedStyle(card);
  const rect = card.getBoundingClientRect();
  const [top, right, bottom, left] = ['top', 'right', 'bottom', 'left'].map((side) =>
    parseFloat(s.getPropertyValue(`border-${side}-width`)),
  );
  const area = { x: rect.left + left!, y: rect.top + top!, width: rect.width - left! - right!, height: rect.height - top! - bottom! };
  // One layer: its values are the whole lists.
  return backgroundLayerBox(s.backgroundSize, s.backgroundPosition, area);
}

const cards = (root: Element, selector = '') => Array.from(root.querySelectorAll<HTMLElement>(`.jm-TouchpointCard${selector}`));

/** The map's own colour for a variable, computed by the browser on a probe element. */
function computedColour(root: Element, variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  root.appendChild(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Every kind's stripe colour, from the blueprint (processes, physical evidence) and the kitchen (thoughts, metrics, opportunities). */
async function kindColours(theme: JourneyThemeProp | undefined, dir?: 'rtl') {
  const colours = new Map<string, Set<string>>();
  let accent = '';
  let personaColour = '';
  for (const journey of [MAPS.blueprint, MAPS.kitchen]) {
    const { container, unmount } = render(<JourneyMap journey={journey} theme={theme} dir={dir} />);
    await settle();
    for (const card of cards(container)) {
      const kind = card.dataset.kind!;
      if (!colours.has(kind)) colours.set(kind, new Set());
      colours.get(kind)!.add(stripeColour(card));
    }
    accent = computedColour(container.firstElementChild!, '--jm-color-accent');
    personaColour = getComputedStyle(container.querySelector('.jm-PersonaPanel-quote')!).getPropertyValue('border-inline-start-color');
    unmount();
  }
  return { colours, accent, personaColour };
}

group('one colour per card kind, the accent only where it means the brand', () => {
  test.each(BRANDS)('with the %s brand, the eight card kinds get eight colours, only actions the accent', async (_, theme) => {
    const { colours, accent } = await kindColours(theme);
    expect([...colours.keys()].sort()).toEqual(['action', 'evidence', 'metric', 'opportunity', 'pain', 'process', 'thought', 'touchpoint']);
    // Every card of a kind has its kind's one colour.
    for (const [kind, set] of colours) expect(set.size, kind).toBe(1);
    const byKind = new Map([...colours].map(([kind, set]) => [kind, [...set][0]!]));
    expect(new Set(byKind.values()).size).toBe(byKind.size);
    expect([...byKind].filter(([, colour]) => colour === accent).map(([kind]) => kind)).toEqual(['action']);
  });

  test('a brand that sets only its accent recolours the actions and the first persona (avatar ring, quote bar) with it', async () => {
    const { colours, accent, personaColour } = await kindColours(orangeAccent);
    expect(accent).toBe('rgb(194, 65, 12)');
    expect([...colours.get('action')!]).toEqual([accent]);
    expect(personaColour).toBe(accent);
  });

  test.each(THEMES)('in the %s look, right to left too, the kinds keep distinct colours', async (_, props) => {
    for (const dir of [undefined, 'rtl'] as const) {
      const { colours } = await kindColours(props.theme, dir);
      const distinct = new Set([...colours.values()].map((set) => [...set][0]));
      expect(distinct.size, dir ?? 'ltr').toBe(colours.size);
    }
  });

  test('a card citing research shows a neutral “Medium confidence · 2 sources”, not a green check', async () => {
    const { container } = render(<JourneyMap journey={MAPS.kitchen} />);
    await settle();
    const badge = container.querySelector<HTMLElement>('.jm-TouchpointCard[data-kind="pain"] [data-badge="validated"]')!;
    expect(badge.textContent).toMatch(/^(High|Medium|Low) confidence · \d+ sources?$/);
    expect(getComputedStyle(badge).color).toBe(computedColour(container.firstElementChild!, '--jm-color-muted'));
    expect(getComputedStyle(badge).color).not.toBe(computedColour(container.firstElementChild!, '--jm-color-opportunity'));
  });
});

group.each(THEMES)('%s look: pains and moments of truth stand out', (_, props) => {
  test('a pain’s severity shows: high, medium and low draw stripes of three widths, and a high one is tinted', async () => {
    const { container } = render(<JourneyMap journey={MAPS.kitchen} {...props} />);
    await settle();
    const [high, medium, low] = (['high', 'medium', 'low'] as const).map((level) => {
      const card = cards(container, `[data-kind="pain"][data-severity="${level}"]:not([data-moment-of-truth])`)[0]!;
      return { width: stripeWidth(card), background: getComputedStyle(card).backgroundColor };
    });
    expect(high!.width).toBeGreaterThan(medium!.width);
    expect(medium!.width).toBeGreaterThan(low!.width);
    expect(low!.width).toBeGreaterThanOrEqual(2);
    expect(high!.background).not.toBe(low!.background);
  });

  test('a moment of truth differs from a plain card of its kind by more than its border’s colour', async () => {
    const { container } = render(<JourneyMap journey={MAPS.blueprint} {...props} />);
    await settle();
    const mot = cards(container, '[data-kind="action"][data-moment-of-truth]')[0]!;
    const plain = cards(container, '[data-kind="action"]:not([data-moment-of-truth])')[0]!;
    const look = (card: Element) => {
      const s = getComputedStyle(card);
      return { background: s.backgroundColor, shadow: s.boxShadow };
    };
    expect(look(mot).background).not.toBe(look(plain).background);
    expect(look(mot).shadow).not.toBe(look(plain).shadow);
  });

  test('an assumption and a card linked to the selection have different borders', async () => {
    const { container } = render(<JourneyMap journey={MAPS.blueprint} {...props} />);
    await settle();
    const assumption = cards(container, '[data-evidence="assumption"]')[0]!;
    // A backstage card that leads to others: selecting it marks them as linked.
    const withLinks = MAPS.blueprint.cards.filter((card) => (card.links?.length ?? 0) > 1);
    const source = cards(container).find((card) => withLinks.some((c) => c.id === card.dataset.cardId))!;
    await userEvent.click(source);
    const linked = cards(container, '[data-linked]:not([data-evidence="assumption"])');
    expect(linked.length).toBeGreaterThan(0);
    const border = (card: Element) => {
      const s = getComputedStyle(card);
      return `${s.borderTopStyle} ${s.borderTopColor}`;
    };
    expect(getComputedStyle(assumption).borderTopStyle).toBe('dashed');
    for (const card of linked) {
      expect(getComputedStyle(card).borderTopStyle).toBe('solid');
      expect(border(card)).not.toBe(border(assumption));
    }
  });
});

group('the card’s stripe', () => {
  test.each([
    ['ltr', MAPS.kitchen],
    ['rtl', MAPS.arabic],
  ] as const)(
    'stays straight with a 20 px radius (%s): a square bar between the corners’ curves, not the bent border',
    async (dir, journey) => {
      const { container } = render(<JourneyMap journey={journey} theme={{ radius: '20px' }} />);
      await settle();
      const all = cards(container);
      expect(all.length).toBeGreaterThan(10);
      for (const card of all) {
        const s = getComputedStyle(card);
        const rect = card.getBoundingClientRect();
        const bar = stripeBox(card)!;
        const radius = parseFloat(s.borderStartStartRadius);
        expect(radius, describe(card)).toBeGreaterThanOrEqual(20);
        // The card's own inline-start border is a thin line like the others; the stripe is drawn apart, square.
        expect(s.getPropertyValue('border-inline-start-width')).toBe('1px');
        expect(s.backgroundRepeat).toBe('no-repeat');
        expect(bar, describe(card)).toBeDefined();
        // At the inline-start edge, inside the border.
        const start = dir === 'rtl' ? rect.right - 1 - (bar.x + bar.width) : bar.x - (rect.left + 1);
        expect(Math.abs(start), describe(card)).toBeLessThan(0.5);
        expect(bar.width).toBe(stripeWidth(card));
        // Where the bar ends, the card's rounded corner is within 2 px of its straight edge.
        const top = bar.y - rect.top;
        const r = Math.min(radius, rect.height / 2);
        const bend = top >= r ? 0 : r - Math.sqrt(r * r - (r - top) ** 2);
        expect(bend, describe(card)).toBeLessThanOrEqual(2);
        expect(rect.bottom - (bar.y + bar.height), describe(card)).toBeCloseTo(top, 1);
        // …and it still runs along most of the card.
        expect(bar.height).toBeGreaterThan(rect.height * 0.25);
      }
    },
  );
});

group('the type scale', () => {
  /** The sizes of the scale, in px, as the map resolves them: the body size and --jm-text-*. */
  function scale(root: Element): number[] {
    return ['--jm-font-size', '--jm-text-xs', '--jm-text-sm', '--jm-text-md', '--jm-text-lg', '--jm-text-xl'].map((variable) => {
      const probe = document.createElement('span');
      probe.style.fontSize = `var(${variable})`;
      root.appendChild(probe);
      const size = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      return size;
    });
  }

  // The dark themes change colours only: their sizes are light's and compact's.
  test.each(THEMES.filter(([look]) => !look.startsWith('dark')))(
    'in the %s look every text is a size of the scale (small capitals: its size at their scale)',
    async (_, props) => {
      for (const journey of [MAPS.kitchen, MAPS.blueprint, MAPS.arabic]) {
        const { container, unmount } = render(<JourneyMap journey={journey} {...props} />);
        await settle();
        const root = container.firstElementChild!;
        const sizes = scale(root);
        expect(new Set(sizes).size).toBe(6);
        const capsScale = Number(getComputedStyle(root).getPropertyValue('--jm-caps-scale'));
        const off = textElements(container)
          // Initials are sized with their avatar, not set as text.
          .filter((el) => !el.closest('.jm-PersonaPanel-avatar'))
          .flatMap((el) => {
            const s = getComputedStyle(el);
            const size = parseFloat(s.fontSize);
            const seen = s.fontVariantCaps === 'all-small-caps' ? size * capsScale : size;
            return sizes.some((step) => Math.abs(step - seen) < 0.05) ? [] : [`${describe(el)}: ${size}px`];
          });
        expect(off).toEqual([]);
        unmount();
      }
    },
  );

  test('a brand’s type scale and fonts reach the map through the theme prop alone', async () => {
    const { container } = render(
      <JourneyMap
        journey={MAPS.kitchen}
        theme={{ textSizes: { xl: '30px', md: '15px' }, fonts: { heading: 'Georgia, serif', numeric: '"Courier New", monospace' } }}
      />,
    );
    await settle();
    const title = container.querySelector('.jm-JourneyMap-title')!;
    expect(getComputedStyle(title).fontSize).toBe('30px');
    expect(getComputedStyle(title).fontFamily).toBe('Georgia, serif');
    expect(getComputedStyle(container.querySelector('.jm-TouchpointCard-title')!).fontSize).toBe('15px');
    expect(getComputedStyle(container.querySelector('.jm-TouchpointCard-metricValue')!).fontFamily).toBe('"Courier New", monospace');
  });
});

group.each(THEMES)('%s look: kind labels drawn among other kinds', (_, props) => {
  test('every kind’s label reaches 4.5:1 on its card, whatever the card’s tint', async () => {
    // Every card of the blueprint and the kitchen in one lane made for none of them (images).
    for (const journey of [MAPS.blueprint, MAPS.kitchen] as Journey[]) {
      const lane = { id: 'mixed', kind: 'images' as const, label: 'Mixed' };
      const mixed = { ...journey, lanes: [...journey.lanes, lane], cards: journey.cards.map((card) => ({ ...card, lane: 'mixed' })) };
      const { container, unmount } = render(<JourneyMap journey={mixed} {...props} />);
      await settle();
      const labels = Array.from(container.querySelectorAll<HTMLElement>('.jm-TouchpointCard-kind'));
      expect(labels.length).toBe(journey.cards.length);
      const low = labels.flatMap((label) => {
        expect(isDrawn(label)).toBe(true);
        const bg = backgroundOf(label);
        const fg = over(parseColor(getComputedStyle(label).color), bg);
        const ratio = contrast(fg, bg);
        return ratio < 4.5
          ? [`${label.closest<HTMLElement>('[data-kind]')!.dataset.kind}: ${hex(fg)} on ${hex(bg)} = ${ratio.toFixed(2)}`]
          : [];
      });
      expect([...new Set(low)]).toEqual([]);
      unmount();
    }
  });
});

group('a card in a lane of its own kind', () => {
  test('draws no kind label, but its name still starts with its kind', async () => {
    const { container } = render(<JourneyMap journey={MAPS.blueprint} />);
    await settle();
    const labels = Array.from(container.querySelectorAll('.jm-TouchpointCard-kind'));
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter(isDrawn)).toEqual([]);
    const tree = await readTree();
    expect(announce(tree.find('button', /^Action: Configures a hybrid SUV/))).toMatch(/^button "Action: Configures a hybrid SUV/);
    expect(announce(tree.find('button', /^Process: Lead qualified/))).toMatch(/^button "Process: Lead qualified/);
  });

  test('shows it in a lane made for another kind, and on its own', async () => {
    const kitchen = MAPS.kitchen as Journey;
    const actionsLane = kitchen.lanes.find((lane) => lane.kind === 'actions')!.id;
    const moved = { ...kitchen, cards: kitchen.cards.map((card) => (card.kind === 'pain' ? { ...card, lane: actionsLane } : card)) };
    const { container } = render(<JourneyMap journey={moved} />);
    await settle();
    const pain = cards(container, '[data-kind="pain"]')[0]!;
    expect(isDrawn(pain.querySelector('.jm-TouchpointCard-kind')!)).toBe(true);
    const action = cards(container, '[data-kind="action"]')[0]!;
    expect(isDrawn(action.querySelector('.jm-TouchpointCard-kind')!)).toBe(false);

    const { container: alone } = render(<TouchpointCard card={kitchen.cards.find((card) => card.kind === 'action')!} />);
    expect(isDrawn(alone.querySelector('.jm-TouchpointCard-kind')!)).toBe(true);
  });
});
