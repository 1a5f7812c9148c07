import { render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { JourneyMap, type Journey, type JourneyMapProps } from '../../src';
import { exportJourneyVectorSvg } from '../../src/io/exportVector';
import { generateJourney, SIZES } from '../../bench/generate';
import { readTree } from './tree';

// A big map, far wider and taller than the screen. What a user meets must hold however far
// a card is out of view: every card is in the DOM and in the accessibility tree the browser
// gives a screen reader (Chromium's own tree, not one worked out from the DOM: a cell that
// skipped rendering while out of view, with content-visibility, left its cards out of it),
// the keyboard reaches a card far off-screen, print and export draw every card.
const journey = generateJourney(SIZES[1]!); // 1,000 cards over 24 stages: most are out of view
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const settle = async () => {
  await frame();
  await frame();
};
const cards = () => Array.from(document.querySelectorAll<HTMLElement>('.jm-JourneyGrid-grid .jm-TouchpointCard[data-card-id]'));
/** A one-stage card in the map's last stage, in the first lane that has one. */
const lastStageCard = () => {
  const last = `s${journey.stages.length - 1}`;
  const card = journey.cards.find((c) => c.stage === last && !c.endStage && c.lane === 'l0')!;
  return document.querySelector<HTMLElement>(`.jm-TouchpointCard[data-card-id="${card.id}"]`)!;
};

afterEach(async () => {
  await commands.emulateMedia({ media: null });
  await page.viewport(1440, 900);
});

describe.each([
  ['left to right', {}],
  ['right to left', { dir: 'rtl' }],
] as const)('a 1,000-card map, %s', (_, props: Partial<JourneyMapProps>) => {
  test('every card, however far out of view, is in the DOM and in the accessibility tree, named by its own text', async () => {
    await page.viewport(1440, 900);
    render(<JourneyMap journey={journey} {...props} />);
    await settle();
    expect(cards()).toHaveLength(journey.cards.length);
    // The cards are the map's toggle buttons: each one is there, its name holding its kind and
    // title, its place the description and not part of the name.
    const buttons = (await readTree()).findAll('button').filter((b) => b.properties.pressed !== undefined);
    expect(buttons).toHaveLength(journey.cards.length);
    const names = buttons.map((b) => b.name);
    const missing = journey.cards.filter((card) => !names.some((name) => name.includes(card.title)));
    expect(missing.map((card) => card.id)).toEqual([]);
    for (const button of buttons) {
      expect(button.description).not.toBe('');
      expect(button.name).not.toContain(button.description);
    }
    // The card in the last stage, far off to the side, too.
    const far = lastStageCard();
    const snapshot = await commands.ariaSnapshot('[role=grid]');
    expect(snapshot).toContain(far.querySelector('.jm-TouchpointCard-title')!.textContent!);
  });

  test('arrow keys reach a card far off-screen; focus scrolls it into view', async () => {
    await page.viewport(1440, 900);
    render(<JourneyMap journey={journey} {...props} />);
    await settle();
    const far = lastStageCard();
    const row = far.closest<HTMLElement>('[role="row"]')!;
    const first = row.querySelector<HTMLElement>('.jm-TouchpointCard')!;
    first.focus();
    // End: the last cell of the row; then into its card.
    await userEvent.keyboard('{End}');
    const focused = document.activeElement as HTMLElement;
    const cell = focused.closest('[role="gridcell"]')!;
    expect(cell.getAttribute('aria-colindex')).toBe(String(journey.stages.length + 1));
    await settle();
    const scroller = document.querySelector('.jm-JourneyGrid-scroller')!.getBoundingClientRect();
    const box = focused.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(40);
    expect(box.height).toBeGreaterThan(20);
    expect(box.left).toBeGreaterThanOrEqual(scroller.left - 1);
    expect(box.right).toBeLessThanOrEqual(scroller.right + 1);
    // Every card of the focused cell is drawn, with its real height.
    for (const card of Array.from(cell.querySelectorAll<HTMLElement>('.jm-TouchpointCard')))
      expect(card.getBoundingClientRect().height).toBeGreaterThan(20);
  });

  // Print lays out every card whatever the direction: checked left to right only (a 1,000-card print layout is slow).
  if (props.dir !== 'rtl')
    test('print draws every card at its real size', async () => {
      await page.viewport(1440, 900);
      render(<JourneyMap journey={journey} {...props} />);
      await settle();
      await commands.emulateMedia({ media: 'print' });
      await settle();
      const all = cards();
      expect(all.every((card) => card.checkVisibility())).toBe(true);
      // The printed grid is zoomed out to fit the page: sizes in the card's own (unzoomed) pixels.
      const heights = all.map((card) => card.offsetHeight);
      expect(Math.min(...heights)).toBeGreaterThan(20);
    });
});

test('export draws the whole map, cards far off-screen included', async () => {
  await page.viewport(1440, 900);
  const small = generateJourney({ cards: 300, stages: 24, lanes: 4 });
  render(<JourneyMap journey={small} />);
  await settle();
  const map = document.querySelector<HTMLElement>('.jm-JourneyMap')!;
  const last = `s${small.stages.length - 1}`;
  const card = small.cards.find((c) => c.stage === last && !c.endStage)!;
  const el = document.querySelector(`.jm-TouchpointCard[data-card-id="${card.id}"]`)!;
  // Far out of the scroller's view.
  expect(el.getBoundingClientRect().left).toBeGreaterThan(
    document.querySelector('.jm-JourneyGrid-scroller')!.getBoundingClientRect().right,
  );
  const svg = await exportJourneyVectorSvg(map);
  // The vector file draws text from the laid-out copy: a card it left out would have none.
  const words = card.title.split(' ').slice(0, 2).join(' ');
  expect(svg).toContain(words.slice(0, 12));
});

// A clip costs the browser on every paint of a big map (each one splits its drawing into
// more pieces): a card clips only a title long enough that it may need cutting.
describe('cards clip nothing they draw but a title that may run past four lines', () => {
  const lineHeight = (title: HTMLElement) => parseFloat(getComputedStyle(title).lineHeight);
  const titlesOf = () => cards().map((card) => card.querySelector<HTMLElement>('.jm-TouchpointCard-title')!);

  test('in a 1,000-card map, nothing in a card clips but a marked title, and a marked title is cut after four lines', async () => {
    await page.viewport(1440, 900);
    render(<JourneyMap journey={journey} />);
    await settle();
    const clipping = cards().flatMap((card) =>
      [card, ...Array.from(card.querySelectorAll<Element>('*'))]
        .filter((el) => getComputedStyle(el).overflow !== 'visible')
        .map((el) => el.getAttribute('class') ?? el.localName),
    );
    const titles = titlesOf();
    const marked = titles.filter((title) => title.hasAttribute('data-clamp'));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.length).toBeLessThan(titles.length / 2);
    expect(clipping).toEqual(marked.map(() => 'jm-TouchpointCard-title'));
    for (const title of marked) {
      expect(getComputedStyle(title).webkitLineClamp).toBe('4');
      // A metric's value is a taller first line; other titles are four lines at most.
      if (!title.querySelector('.jm-TouchpointCard-metricValue')) expect(title.clientHeight).toBeLessThanOrEqual(4 * lineHeight(title) + 1);
    }
    // Every other title shows whole.
    for (const title of titles) if (!title.hasAttribute('data-clamp')) expect(title.scrollHeight).toBeLessThanOrEqual(title.clientHeight);
  });

  // Titles just under the limit: long words that wrap early, letters apart, Chinese characters.
  const SHORT_TITLES = [
    'Reconfigures internationalisation rules',
    'Misunderstands notwithstanding clauses',
    'A b c d e f g h i j k l m n o p q r s t',
    '在网站上配置一辆混合动力车并比较价格然后在线预约试驾再去门店看车与销售顾问商量',
  ];
  const titled = (): Journey => {
    const small = generateJourney({ cards: 120, stages: 24, lanes: 5 });
    return { ...small, cards: small.cards.map((card, i) => ({ ...card, title: SHORT_TITLES[i % SHORT_TITLES.length]! })) };
  };

  test('a title left unmarked fits in four lines at the default column width, in Latin or Chinese script', async () => {
    await page.viewport(1440, 900);
    render(<JourneyMap journey={titled()} />);
    await settle();
    for (const title of titlesOf()) {
      expect(title.hasAttribute('data-clamp'), title.textContent!).toBe(false);
      expect(Math.round(title.scrollHeight / lineHeight(title)), title.textContent!).toBeLessThanOrEqual(4);
    }
  });

  test('at the narrowest columns the grid draws, a title left unmarked may take more lines and still shows whole', async () => {
    await page.viewport(1440, 900);
    render(<JourneyMap journey={titled()} fit="width" />);
    await settle();
    const titles = titlesOf();
    expect(titles.some((title) => title.getBoundingClientRect().width < 110)).toBe(true);
    for (const title of titles) {
      expect(getComputedStyle(title).overflow).toBe('visible');
      expect(title.scrollHeight).toBeLessThanOrEqual(title.clientHeight);
    }
  });
});
