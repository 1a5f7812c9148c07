import { render } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { JourneyGrid, JourneyMap, defaultLabels, type Journey } from '../../src';
import { filterJourney } from '../../src/model/filter';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { arLabels } from '../../stories/labels';
import { settle, textOf } from './sem';
import { announce, readTree } from './tree';

// Issue #12, finding 10: a polite live region says what a filter shows when it changes —
// a persona chosen, lanes or channels picked — and says nothing on the first render.

/** The map's live region as Chromium gives it to a screen reader, and the text it holds. */
async function status() {
  const tree = await readTree();
  const [region, ...more] = tree.findAll('status');
  expect(more).toHaveLength(0);
  expect(region!.properties.live).toBe('polite');
  return { region: region!, text: textOf(tree, region!) };
}

/** Clicks the persona switcher's option of that name (or "All personas"), as a pointer does. */
const choose = async (name: string) => {
  const option = [...document.querySelectorAll<HTMLElement>('.jm-PersonaPanel-option')].find((o) => o.textContent?.includes(name))!;
  await userEvent.click(option);
  await settle();
};

const shownCards = (journey: Journey, personas: string[]) => filterJourney(journey, { personas }).cards.length;

describe.each([
  { layout: 'grid' as const, width: 1280 },
  { layout: 'stacked' as const, width: 375 },
])('the persona switcher, $layout', ({ width }) => {
  test.each(['saas-onboarding-multi', 'marketing-agency'])(
    '%s: choosing a persona says who is shown and how many cards; all personas, all cards',
    async (name) => {
      await page.viewport(width, 800);
      const journey = examples[name]!;
      render(<JourneyMap journey={journey} />);
      await settle();
      // There from the first render, and silent.
      expect((await status()).text).toBe('');

      const [first, second] = journey.personas;
      await choose(first!.name);
      const total = journey.cards.length;
      expect((await status()).text).toBe(`Showing ${first!.name}: ${shownCards(journey, [first!.id])} of ${total} cards`);
      // The cards shown: a lane of another persona's, once drawn, stays parked (hidden) with its cards.
      expect(document.querySelectorAll('.jm-TouchpointCard[role=button]:not([data-parked] *)')).toHaveLength(
        // Stacked, emotion lanes show scores, not cards; these journeys have none there.
        shownCards(journey, [first!.id]),
      );
      await choose(second!.name);
      expect((await status()).text).toBe(`Showing ${second!.name}: ${shownCards(journey, [second!.id])} of ${total} cards`);
      await choose(defaultLabels.allPersonas);
      expect((await status()).text).toBe(`Showing all ${total} cards`);
    },
  );
});

test('the issue’s example, word for word: Marcus Chen, 39 of 65 cards', async () => {
  render(<JourneyMap journey={examples['saas-onboarding-multi']!} />);
  await settle();
  console.info(`before: ${announce((await status()).region)} holding "${(await status()).text}"`);
  await choose('Marcus Chen');
  const { region, text } = await status();
  expect(text).toBe('Showing Marcus Chen: 39 of 65 cards');
  console.info(`after: ${announce(region)} holding "${text}" ${JSON.stringify(region.properties)}`);
});

test('a map opened on a persona says nothing until the choice changes', async () => {
  render(<JourneyMap journey={examples['saas-onboarding-multi']!} defaultActivePersonaId="aisha" />);
  await settle();
  expect((await status()).text).toBe('');
  await choose('Linda Jansen');
  expect((await status()).text).toMatch(/^Showing Linda Jansen: \d+ of 65 cards$/);
});

test('lane and channel filters a host changes are said too', async () => {
  const journey = examples['ecommerce-kitchen']!;
  function Host() {
    const [filter, setFilter] = useState<{ lanes?: string[]; channels?: string[] }>({});
    return (
      <>
        <button type="button" onClick={() => setFilter({ channels: ['email', 'chat'] })}>
          Email and chat
        </button>
        <button type="button" onClick={() => setFilter({ lanes: ['touchpoints', 'pains'] })}>
          Touchpoints and pains
        </button>
        <JourneyGrid journey={journey} layout="grid" {...filter} />
      </>
    );
  }
  render(<Host />);
  await settle();
  expect((await status()).text).toBe('');
  const total = journey.cards.length;
  await userEvent.click(document.querySelector('button')!);
  await settle();
  const byChannel = filterJourney(journey, { channels: ['email', 'chat'] }).cards.length;
  expect((await status()).text).toBe(`Showing Email, Chat: ${byChannel} of ${total} cards`);
  await userEvent.click(document.querySelectorAll('button')[1]!);
  await settle();
  const lanes = journey.lanes.filter((l) => l.kind === 'touchpoints' || l.kind === 'pains').map((l) => l.label);
  const byLane = filterJourney(journey, { lanes: ['touchpoints', 'pains'] }).cards.length;
  expect((await status()).text).toBe(`Showing ${lanes.join(', ')}: ${byLane} of ${total} cards`);
});

test('right to left, in Arabic, it speaks the map’s language', async () => {
  const journey: Journey = {
    ...arabicBankJourney,
    // A second persona, so that there is a choice to make.
    personas: [...arabicBankJourney.personas, { id: 'omar', name: 'عمر' }],
    emotions: arabicBankJourney.emotions.map((e) => ({ ...e, persona: 'layla' })),
  };
  render(<JourneyMap journey={journey} labels={arLabels} />);
  await settle();
  expect((await status()).text).toBe('');
  await choose('ليلى حداد');
  const total = journey.cards.length;
  expect((await status()).text).toBe(`عرض ليلى حداد: ${shownCards(journey, ['layla'])} من ${total} بطاقة`);
});
