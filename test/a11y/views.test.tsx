// The decision views as a screen reader, a keyboard and a printer meet them.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { JourneyBrief, OpportunityMatrix } from '../../src/views';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { announce, readTree } from './tree';

const MM = 96 / 25.4;

describe('JourneyBrief', () => {
  // A4 and Letter, landscape, less the brief's 10 mm page margins: the area one page gives.
  const sheets = [
    { name: 'A4', width: (297 - 20) * MM, height: (210 - 20) * MM },
    { name: 'Letter', width: (279.4 - 20) * MM, height: (215.9 - 20) * MM },
  ];
  const journeys = { ...examples, 'arabic-bank': arabicBankJourney };

  it('prints every example journey on one landscape page, A4 and Letter', async () => {
    await commands.emulateMedia({ media: 'print' });
    for (const sheet of sheets) {
      await page.viewport(Math.floor(sheet.width), Math.floor(sheet.height));
      for (const [name, journey] of Object.entries(journeys)) {
        const { container, unmount } = render(<JourneyBrief journey={journey} now="2026-05-01" />);
        const box = container.querySelector('.jm-JourneyBrief')!.getBoundingClientRect();
        expect(box.height, `${name} on ${sheet.name}`).toBeLessThanOrEqual(sheet.height);
        expect(box.width, `${name} on ${sheet.name}`).toBeLessThanOrEqual(sheet.width + 0.5);
        // Two columns of sections on paper.
        const sections = [...container.querySelectorAll('.jm-JourneyBrief-section')].map((s) => s.getBoundingClientRect());
        expect(sections[1]!.top, name).toBeCloseTo(sections[0]!.top, 0);
        unmount();
      }
    }
  });

  it('reads as an article with a heading per section and numbered lists', async () => {
    render(<JourneyBrief journey={examples['ecommerce-kitchen']!} now="2026-05-01" />);
    const tree = await readTree();
    expect(announce(tree.find('article', 'Kitting out a first kitchen online'))).toBe('article "Kitting out a first kitchen online"');
    for (const name of ['Top 5 of 10 pain points', 'Moments of truth', 'Owned actions', 'KPIs by stage'])
      expect(tree.find('heading', name)).toBeTruthy();
    expect(tree.findAll('list')).toHaveLength(4);
  });
});

describe('OpportunityMatrix', () => {
  it('gives a screen reader a grid of impact rows and effort columns, each opportunity a pressed-or-not button described by its status, stage, owner and answers', async () => {
    render(<OpportunityMatrix journey={examples['ecommerce-kitchen']!} />);
    const tree = await readTree();
    tree.find('grid', 'Impact and effort matrix');
    expect(tree.findAll('rowheader').map((n) => n.name)).toEqual(['Impact: High', 'Impact: Medium', 'Impact: Low']);
    expect(
      tree
        .findAll('columnheader')
        .map((n) => n.name)
        .slice(1),
    ).toEqual(['Effort: Low', 'Effort: Medium', 'Effort: High']);
    expect(announce(tree.find('button', 'All-in price from the product page on'))).toMatch(
      /^button "All-in price from the product page on" \(In progress Purchase Owner: Checkout team Answers: Installation and removal fees appear last \(High\)\)/,
    );
  });

  it('mirrors Left and Right from right to left: effort grows toward the left', async () => {
    render(<OpportunityMatrix journey={arabicBankJourney} />);
    const first = document.querySelector<HTMLElement>('[data-nav-key="cell:impact-high:0"]')!;
    first.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toHaveAttribute('data-effort', 'medium');
    const a = first.getBoundingClientRect();
    const b = document.activeElement!.getBoundingClientRect();
    expect(b.right).toBeLessThan(a.left);
  });

  it('keeps the selection visible in forced colours', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    render(<OpportunityMatrix journey={examples['ecommerce-kitchen']!} defaultSelectedCardId="opp-co-fit" />);
    const item = document.querySelector<HTMLElement>('.jm-OpportunityMatrix-item[data-selected]')!;
    expect(getComputedStyle(item).outlineStyle).toBe('solid');
    expect(parseFloat(getComputedStyle(item).outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole('button', { name: 'Will-it-fit checker' })).toHaveAttribute('aria-pressed', 'true');
  });
});
