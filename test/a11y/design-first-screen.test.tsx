// The journey starts in the first screen (issue #14, items 1 and 10), in real Chromium:
// the persona is a strip that expands on demand, the stages' details fold behind one
// button, and the story order brings the curve and the pains right under the stages.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { JourneyMap, PersonaPanel, defaultLabels, type Journey, type JourneyMapProps } from '../../src';
import { arLabels } from '../../src/locales';
import { examples } from '../../stories/data';
import { bankTheme } from '../../stories/themes';
import { announce, readTree } from './tree';
import { isDrawn, MAPS, settle } from './visual';

afterEach(async () => {
  window.scrollTo(0, 0);
  await page.viewport(1280, 720);
});

/** The box of the first element that matches, relative to the page. */
function box(selector: string): { top: number; bottom: number } {
  const el = document.querySelector(selector);
  expect(el, selector).not.toBeNull();
  const rect = el!.getBoundingClientRect();
  return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
}

/** Looks that change sizes: the dark theme changes only colours, so it lays out as light does. */
const LOOKS: ReadonlyArray<readonly [string, Pick<JourneyMapProps, 'theme' | 'density'>]> = [
  ['light', {}],
  ['compact', { density: 'compact' }],
  ['brand bank', { theme: bankTheme }],
];
const JOURNEYS: ReadonlyArray<readonly [string, Journey]> = [
  ['kitchen', MAPS.kitchen],
  ['blueprint', MAPS.blueprint],
  ['three personas', MAPS.saas],
  ['Russian day in the life', MAPS.bakery],
  ['right-to-left', MAPS.arabic],
];

describe('at 1440 × 900 the first screen holds the stages, the emotional arc and a pain', () => {
  test.each(LOOKS.flatMap(([look, props]) => JOURNEYS.map(([name, journey]) => [`${name}, ${look}`, journey, props] as const)))(
    '%s',
    async (_, journey, props) => {
      await page.viewport(1440, 900);
      render(<JourneyMap journey={journey} laneOrder="story" {...props} />);
      await settle();
      expect(box('.jm-StageColumn').bottom).toBeLessThanOrEqual(900);
      expect(box('.jm-EmotionCurve-plot').bottom).toBeLessThanOrEqual(900);
      const pains = [...document.querySelectorAll('.jm-TouchpointCard[data-kind="pain"]')].map((el) => el.getBoundingClientRect().bottom);
      expect(Math.min(...pains)).toBeLessThanOrEqual(900);
    },
  );

  test.each(JOURNEYS)('%s in the journey’s own lane order: the stages and the first cards', async (_, journey) => {
    await page.viewport(1440, 900);
    render(<JourneyMap journey={journey} />);
    await settle();
    expect(box('.jm-StageColumn').bottom).toBeLessThanOrEqual(900);
    expect(box('.jm-TouchpointCard').bottom).toBeLessThanOrEqual(900);
  });
});

describe('at 375 px the first stage starts in the first screen', () => {
  test.each(
    [...Object.entries(examples), ['arabic-bank', MAPS.arabic] as const].flatMap(([name, journey]) =>
      LOOKS.slice(0, 2).map(([look, props]) => [`${name}, ${look}`, journey, props] as const),
    ),
  )('%s', async (_, journey, props) => {
    await page.viewport(375, 812);
    render(<JourneyMap journey={journey} {...props} />);
    await settle();
    expect(box('.jm-StageColumn[data-variant="stacked"]').top).toBeLessThan(812 - 80);
  });
});

describe('the persona disclosure', () => {
  test.each([
    ['one persona', MAPS.kitchen, 'full', defaultLabels],
    ['three personas, one chosen', MAPS.saas, 'compact', defaultLabels],
    ['right-to-left', MAPS.arabic, 'full', arLabels],
  ] as const)('%s: a button that Enter and Space expand and fold, announced as expanded or collapsed', async (_, journey, open, labels) => {
    await page.viewport(1440, 900);
    render(<JourneyMap journey={journey} labels={labels} defaultActivePersonaId={journey.personas[0]!.id} />);
    const button = document.querySelector<HTMLButtonElement>('.jm-JourneyMap-disclosure')!;
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).toHaveAttribute('data-variant', 'strip');
    // The strip is one row of the persona, the quote whole.
    const quote = panel.querySelector('.jm-PersonaPanel-quote')!;
    expect(quote.scrollHeight).toBeLessThanOrEqual(quote.clientHeight + 1);
    expect(panel.getBoundingClientRect().height).toBeLessThan(140);

    const node = () => readTree().then((tree) => tree.find('button', labels.personaDetails));
    expect((await node()).properties.expanded).toBe(false);
    // Reached by the keyboard: Tab from the persona switcher, or first on a one-persona map.
    button.focus();
    expect((await readTree()).focused()?.name).toBe(labels.personaDetails);
    await userEvent.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveAttribute('data-variant', open);
    expect(announce(await node())).toBe(`button "${labels.personaDetails}"`);
    expect((await node()).properties.expanded).toBe(true);
    await userEvent.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panel).toHaveAttribute('data-variant', 'strip');
    expect(document.activeElement).toBe(button);
  });
});

describe('the stage details fold and unfold', () => {
  test.each([
    ['grid', MAPS.kitchen, 1440, defaultLabels],
    ['grid, right-to-left', MAPS.arabic, 1280, arLabels],
    ['stacked', MAPS.saas, 375, defaultLabels],
  ] as const)('%s: hidden on screen, still each stage header’s description', async (_, journey, width, labels) => {
    await page.viewport(width, 900);
    render(<JourneyMap journey={journey} labels={labels} />);
    await settle();
    const stage = journey.stages.find((s) => s.goal ?? s.trigger ?? s.duration)!;
    const detail = (stage.goal ?? stage.trigger ?? stage.duration)!;
    const header = document.querySelector<HTMLElement>(`.jm-StageColumn[data-stage-id="${stage.id}"]`)!;
    const fields = header.querySelector('.jm-StageColumn-fields')!;
    const folded = header.getBoundingClientRect().height;
    expect(isDrawn(fields)).toBe(false);
    const described = async () => {
      const tree = await readTree();
      return [...tree.findAll('columnheader', stage.name), ...tree.findAll('group', stage.name)].map(announce).join(' ');
    };
    if (width > 640) expect(await described()).toContain(detail);
    else expect(header.textContent).toContain(detail);

    const button = document.querySelector<HTMLButtonElement>('.jm-JourneyMap-bar .jm-JourneyMap-disclosure')!;
    expect(button).toHaveTextContent(labels.stageDetails);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(isDrawn(fields)).toBe(true);
    expect(header.getBoundingClientRect().height).toBeGreaterThan(folded);
    if (width > 640) expect(await described()).toContain(detail);
    await userEvent.keyboard(' ');
    expect(isDrawn(fields)).toBe(false);
  });
});

describe('persona polish', () => {
  const goalsOnly: Journey = {
    ...MAPS.kitchen,
    personas: [{ id: 'sarah', name: 'Sarah', goals: MAPS.kitchen.personas[0]!.goals }],
  };
  /** How each goal's tag sits by its text: `beside` on one line, `above` on a line of its own. */
  const placement = () =>
    [...document.querySelectorAll('.jm-PersonaPanel-goal')].map((goal) => {
      const tag = goal.querySelector('.jm-PersonaPanel-goalTag')!.getBoundingClientRect();
      const text = goal.querySelector('.jm-PersonaPanel-goalText')!.getBoundingClientRect();
      return tag.bottom <= text.top + 1 ? 'above' : Math.abs(tag.top - text.top) < tag.height ? 'beside' : 'other';
    });

  test.each([
    ['left-to-right', 'ltr'],
    ['right-to-left', 'rtl'],
  ] as const)('%s: goal tags sit beside their text where there is room, above it where there is not', async (_, dir) => {
    await page.viewport(1280, 720);
    const { rerender } = render(<PersonaPanel journey={{ ...goalsOnly, dir }} />);
    expect(placement()).toEqual(['beside', 'beside', 'beside']);
    rerender(
      <div style={{ width: 320 }}>
        <PersonaPanel journey={{ ...goalsOnly, dir }} />
      </div>,
    );
    expect(placement()).toEqual(['above', 'above', 'above']);
  });

  test.each(JOURNEYS)('%s: no card title in the map is cut short', async (_, journey) => {
    await page.viewport(1440, 900);
    render(<JourneyMap journey={journey} />);
    await settle();
    const cut = [...document.querySelectorAll<HTMLElement>('.jm-TouchpointCard-title')]
      .filter((title) => title.scrollHeight > title.clientHeight + 1)
      .map((title) => title.textContent);
    expect(cut).toEqual([]);
  });
});
