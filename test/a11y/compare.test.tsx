// JourneyCompare as a screen reader, a keyboard and the eye meet it: every mark read as
// its card's, stage's or lane's description, the summary as text, a keyboard walk from
// the version choice into the map, axe clean in light, dark, compact and right to left.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { JourneyCompare } from '../../src/views';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { arabicBankRevised, backPainRevised } from '../../stories/journeys/revisions';
import { announce, readTree } from './tree';
import { noAxeViolations } from './editing';

const backPain = examples['healthcare-back-pain']!;
const card = (id: string) => document.querySelector<HTMLElement>(`[data-card-id="${id}"]`)!;

describe('JourneyCompare', () => {
  it('reads each card’s mark as its description, never as part of its name', async () => {
    await page.viewport(1400, 900);
    render(<JourneyCompare before={backPain} after={backPainRevised} />);
    const tree = await readTree();
    expect(announce(tree.find('button', 'Touchpoint: Referral booked in the app Mobile app'))).toMatch(/\(.*New\)$/);
    const ghost = tree.findAll('button').find((b) => b.name.startsWith('Pain point: Nothing prompts him when the routine slips'))!;
    expect(ghost.name).not.toContain('Removed');
    expect(ghost.description).toMatch(/Removed$/);
    const wait = tree.findAll('button').find((b) => b.name.startsWith('Pain point: Two-week wait'))!;
    expect(wait.description).toContain('Changed');
    expect(wait.description).toContain('Severity: High → Medium');
    expect(wait.description).toContain('Title: “Busy lines and a five-week wait” → “Two-week wait for a first appointment”');
    const moved = tree.findAll('button').find((b) => b.name.startsWith('Pain point: Retelling his history'))!;
    expect(moved.description).toContain('Moved from First appointment–Treatment · Pain points');
  });

  it('reads stage and lane marks in their headers’ descriptions, and the summary as text describing the comparison', async () => {
    render(<JourneyCompare before={backPain} after={backPainRevised} />);
    const tree = await readTree();
    const referral = tree.findAll('columnheader').find((h) => h.name.includes('Referral to physio'))!;
    expect(referral.description).toMatch(/^New stage Feeling \u2066– → \+3\u2069/);
    const booking = tree.findAll('columnheader').find((h) => h.name.includes('Booking the first appointment'))!;
    expect(booking.description).toContain('Feeling \u2066+1 → +3\u2069');
    expect(tree.find('rowheader', 'Thoughts').description).toContain('Removed lane');
    expect(announce(tree.find('article', 'Getting help for chronic back pain'))).toBe(
      'article "Getting help for chronic back pain" (+1 card, −8, 1 changed, 1 moved · Booking the first appointment +1 → +3)',
    );
    expect(document.querySelector('.jm-JourneyCompare-summary')!.textContent).toBe(
      '+1 card, −8, 1 changed, 1 moved · Booking the first appointment +1 → +3',
    );
  });

  it('walks by keyboard: arrows switch the version shown, Tab enters the map, arrows go from card to card', async () => {
    render(<JourneyCompare before={backPain} after={backPainRevised} />);
    const both = document.querySelector<HTMLInputElement>('input[value="both"]')!;
    both.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('value', 'after');
    expect(document.querySelector('.jm-JourneyCompare')).toHaveAttribute('data-mode', 'after');
    expect(card('pain-og-drift')).toBeNull();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.querySelector('.jm-JourneyCompare')).toHaveAttribute('data-mode', 'before');
    expect(card('tp-ref-app')).toBeNull();
    expect(card('pain-og-drift').getAttribute('aria-describedby')).toBeTruthy();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.querySelector('.jm-JourneyCompare')).toHaveAttribute('data-mode', 'both');
    await userEvent.tab();
    expect(document.activeElement).toHaveAttribute('data-nav-key');
    await userEvent.keyboard('{ArrowDown}');
    const tree = await readTree();
    expect(tree.focused()?.role).toBe('button');
  });

  it('draws a removed card as a ghost: dashed, struck through, still readable', async () => {
    render(<JourneyCompare before={backPain} after={backPainRevised} />);
    const ghost = card('pain-og-drift');
    expect(getComputedStyle(ghost).borderTopStyle).toBe('dashed');
    expect(getComputedStyle(ghost.querySelector('.jm-TouchpointCard-title')!).textDecorationLine).toBe('line-through');
    const added = card('tp-ref-app');
    expect(getComputedStyle(added).borderTopStyle).toBe('solid');
  });

  it('keeps the ghosts and marks told apart in forced colours: dashed border, bordered mark', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    render(<JourneyCompare before={backPain} after={backPainRevised} />);
    expect(getComputedStyle(card('pain-og-drift')).borderTopStyle).toBe('dashed');
    const mark = card('tp-ref-app').querySelector<HTMLElement>('.jm-JourneyCompare-mark')!;
    expect(getComputedStyle(mark).borderTopStyle).toBe('solid');
    expect(parseFloat(getComputedStyle(mark).borderTopWidth)).toBeGreaterThanOrEqual(1);
    await commands.emulateMedia({ forcedColors: 'none' });
  });

  it('overlays both curves, the old one dashed, with each stage’s change over its column', async () => {
    await page.viewport(1400, 900);
    render(<JourneyCompare before={backPain} after={backPainRevised} />);
    const lines = [...document.querySelectorAll<SVGPathElement>('.jm-JourneyCompare-line')];
    expect(lines.map((l) => l.dataset.version)).toEqual(['before', 'after']);
    expect(getComputedStyle(lines[0]!).strokeDasharray).not.toBe('none');
    expect(getComputedStyle(lines[1]!).strokeDasharray).toBe('none');
    const delta = [...document.querySelectorAll<HTMLElement>('.jm-JourneyCompare-delta')].find((d) => d.textContent === '+1 → +3')!;
    const column = document.querySelector('[role=columnheader][data-stage-id="booking"]')!.getBoundingClientRect();
    const box = delta.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(column.left);
    expect(box.right).toBeLessThanOrEqual(column.right);
  });

  it.each([
    ['light', {}],
    ['dark', { theme: 'dark' as const }],
    ['compact', { density: 'compact' as const }],
  ])('passes axe (%s)', async (_name, props) => {
    render(<JourneyCompare before={backPain} after={backPainRevised} {...props} />);
    await noAxeViolations();
  });

  it('right to left: the map mirrors, numbers read left to right, field changes point left, axe clean in dark', async () => {
    await page.viewport(1400, 900);
    render(<JourneyCompare before={arabicBankJourney} after={arabicBankRevised} theme="dark" />);
    const root = document.querySelector('.jm-JourneyCompare')!;
    expect(root).toHaveAttribute('dir', 'rtl');
    const stages = [...document.querySelectorAll('[role=columnheader][data-stage-id]')]
      .map((h) => h.getBoundingClientRect())
      .filter((b) => b.width > 0);
    expect(stages[1]!.left).toBeLessThan(stages[0]!.left);
    const delta = [...document.querySelectorAll<HTMLElement>('.jm-JourneyCompare-delta')].find((d) => d.textContent === '\u22122 → 0')!;
    expect(delta).toHaveAttribute('dir', 'ltr');
    const tree = await readTree();
    const plan = tree.findAll('button').find((b) => b.name.includes('فحص جودة الصورة'))!;
    expect(plan.description).toContain('مخطط لها ← قيد التنفيذ');
    await noAxeViolations();
  });
});

describe('JourneyCompare in Arabic', () => {
  it('speaks Arabic, and a stage’s feeling change still reads “−2 → 0” from left to right', async () => {
    await page.viewport(1400, 900);
    render(<JourneyCompare before={arabicBankJourney} after={arabicBankRevised} />);
    const feeling = [...document.querySelectorAll<HTMLElement>('.jm-JourneyCompare-feeling')].find((f) =>
      f.textContent!.includes('\u22122'),
    )!;
    expect(feeling.textContent).toMatch(/^الشعور /);
    // Where each character is drawn: the minus left of the 2, the 2 left of the arrow, the arrow left of the 0.
    const text = feeling.firstChild!;
    const x = (char: string) => {
      const range = document.createRange();
      const at = text.textContent!.indexOf(char);
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      return range.getBoundingClientRect().left;
    };
    expect(x('\u2212')).toBeLessThan(x('2'));
    expect(x('2')).toBeLessThan(x('\u2192'));
    expect(x('\u2192')).toBeLessThan(x('0'));
  });
});

describe('JourneyCompare on a narrow screen (stages stacked)', () => {
  it('still reads each card’s and stage’s mark as its description', async () => {
    await page.viewport(480, 900);
    render(<JourneyCompare before={backPain} after={backPainRevised} />);
    await expect.poll(() => document.querySelector('.jm-JourneyGrid')?.getAttribute('data-layout')).toBe('stacked');
    const tree = await readTree();
    const added = tree.findAll('button').find((b) => b.name.startsWith('Touchpoint: Referral booked in the app'))!;
    expect(added.description).toMatch(/New$/);
    const referral = tree.findAll('group').find((g) => g.name.includes('Referral to physio'))!;
    expect(referral.description).toContain('New stage');
  });
});
