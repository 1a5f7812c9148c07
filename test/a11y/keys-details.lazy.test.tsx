// The details popover and the curve's tooltip load on demand, in chunks of their own. This
// file starts without them (the setup preloads them for every other file): what a user
// meets when the first click, key or focus comes before the chunk has arrived. Each test
// acts on a fresh map; the first one runs while nothing has loaded yet.
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { JourneyMap } from '../../src';
import { CardPopover, CurveTooltip } from '../../src/components/onDemand';
import { examples } from '../../stories/data';
import { readTree } from './tree';

const journey = examples['ecommerce-kitchen']!;
const cards = () => Array.from(document.querySelectorAll<HTMLElement>('.jm-TouchpointCard[data-nav-key]'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 450));

describe('before the popover has loaded', () => {
  test('a card pressed before the chunk arrives opens its dialog, which takes focus, and Escape gives focus back', async () => {
    render(<JourneyMap journey={journey} layout="grid" />);
    expect(CardPopover.loaded, 'the popover has not loaded yet').toBe(false);
    const card = cards()[0]!;
    // Focus and a click in the same task as the first render: nothing can have loaded.
    card.focus();
    card.click();
    expect(CardPopover.loaded).toBe(false);
    // The dialog opens when its code is there; until then the card is not said to be expanded, and keeps focus.
    expect(card.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(card);

    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    await expect.poll(() => dialog.contains(document.activeElement)).toBe(true);
    expect(card.getAttribute('aria-expanded')).toBe('true');
    expect(card.getAttribute('aria-pressed')).toBe('true');
    const tree = await readTree();
    expect(tree.findAll('dialog')).toHaveLength(1);

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(card);
  });

  test('once loaded, a map opens the dialog in the same task as the key press', async () => {
    expect(CardPopover.loaded).toBe(true);
    render(<JourneyMap journey={journey} layout="grid" />);
    cards()[1]!.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog');
    await settle();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  test('the curve tooltip loads too: focus on a stage shows it, described by it', async () => {
    render(<JourneyMap journey={journey} layout="grid" />);
    await expect.poll(() => CurveTooltip.loaded).toBe(true);
    const stage = document.querySelector<HTMLElement>('.jm-EmotionCurve-stage')!;
    stage.focus();
    // The description follows once the tooltip is placed (which takes a few frames on a busy machine).
    await expect.poll(() => stage.getAttribute('aria-describedby'), { timeout: 5000 }).toBeTruthy();
    const tooltip = document.getElementById(stage.getAttribute('aria-describedby')!)!;
    expect(tooltip).toHaveAttribute('role', 'tooltip');
    expect(tooltip).toHaveTextContent(journey.stages[0]!.name);
    expect(screen.getAllByRole('tooltip')).toContain(tooltip);
  });
});
