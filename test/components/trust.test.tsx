import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { JourneyConfigProvider, JourneyGrid, JourneyMap, TouchpointCard, type Card, type Evidence, type Journey } from '../../src';
import { CoverageStrip } from '../../src/views';
import { smallJourney } from '../fixtures';

const NOW = '2026-06-01';
const card: Card = { id: 'c', stage: 's', lane: 'l', kind: 'pain', title: 'Delivery slots run out' };
const interviews: Evidence = { id: 'i', kind: 'interview', label: '30 interviews', sampleSize: 30, date: '2026-03-01' };
const analytics: Evidence = { id: 'a', kind: 'analytics', label: 'Funnel analytics', sampleSize: 5000, date: '2024-01-15' };
const survey: Evidence = { id: 's', kind: 'survey', label: 'Quick poll', sampleSize: 3 };
const guess: Evidence = { id: 'g', kind: 'assumption', label: 'Team hunch' };

const badge = (el: HTMLElement) => el.querySelector<HTMLElement>('.jm-TouchpointCard-badge[data-badge]');

/** The small journey with a thought and an opportunity, dated research and a validation date. */
function trustJourney(): Journey {
  const j = smallJourney();
  j.meta = { validatedAt: '2025-10-01', reviewPeriodDays: 120 };
  j.lanes.push({ id: 'think', kind: 'thoughts', label: 'Thoughts' });
  j.evidence = [
    { id: 'e1', kind: 'interview', label: '8 interviews', date: '2025-01-10', sampleSize: 8 },
    { id: 'e2', kind: 'analytics', label: 'Checkout analytics', date: '2026-05-01', sampleSize: 900 },
    { id: 'e3', kind: 'assumption', label: 'Team hunch' },
  ];
  j.cards.push(
    { id: 't1', stage: 'search', lane: 'think', kind: 'thought', title: 'Which one lasts?', evidence: ['e3'] },
    { id: 't2', stage: 'checkout', lane: 'think', kind: 'thought', title: 'Is delivery free?', evidence: ['e2', 'e1'] },
  );
  return j;
}

describe('a card’s confidence', () => {
  it('says high, medium or low in its badge, by the one rule', () => {
    const { rerender } = render(<TouchpointCard card={card} evidence={[interviews, { ...analytics, date: undefined }]} />);
    expect(badge(screen.getByRole('article'))).toHaveTextContent('High confidence · 2 sources');
    expect(badge(screen.getByRole('article'))).toHaveAttribute('data-confidence', 'high');

    rerender(<TouchpointCard card={card} evidence={[interviews]} />);
    expect(badge(screen.getByRole('article'))).toHaveTextContent('Medium confidence · 1 source');

    rerender(<TouchpointCard card={card} evidence={[survey, guess]} />);
    expect(badge(screen.getByRole('article'))).toHaveTextContent('Low confidence · 2 sources');
  });

  it('keeps an assumption apart: no level, its own badge; and no badge without evidence', () => {
    const { rerender } = render(<TouchpointCard card={card} evidence={[guess]} />);
    const article = screen.getByRole('article');
    expect(badge(article)).toHaveTextContent(/^Assumption$/);
    expect(article).toHaveAttribute('data-evidence', 'assumption');
    expect(badge(article)).not.toHaveAttribute('data-confidence');
    rerender(<TouchpointCard card={card} />);
    expect(badge(screen.getByRole('article'))).toBeNull();
  });

  it('ages sources from the given day by the given review period', () => {
    // Interviews (30) and analytics (5000), both what people say and do: 2 + 3 = 5, high.
    const cited = [interviews, analytics];
    const { rerender } = render(
      <JourneyConfigProvider now={NOW}>
        <TouchpointCard card={card} evidence={cited} />
      </JourneyConfigProvider>,
    );
    // The analytics are older than a year: they weigh half (1.5), still 3.5 < 4: medium.
    expect(badge(screen.getByRole('article'))).toHaveTextContent('Medium confidence');
    rerender(
      <JourneyConfigProvider now={NOW} reviewPeriodDays={1000}>
        <TouchpointCard card={card} evidence={cited} />
      </JourneyConfigProvider>,
    );
    expect(badge(screen.getByRole('article'))).toHaveTextContent('High confidence');
  });

  it('is read in a map card’s name: its level after its title', () => {
    render(<JourneyGrid journey={trustJourney()} layout="grid" now={NOW} />);
    expect(screen.getByRole('button', { name: 'Thought: Is delivery free? Medium confidence · 2 sources' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thought: Which one lasts? Assumption' })).toHaveAttribute('data-evidence', 'assumption');
  });

  it('lists each source’s traits in the details: how gathered, what it records, sample, date, and age', async () => {
    const user = userEvent.setup();
    render(<JourneyGrid journey={trustJourney()} layout="grid" now={NOW} />);
    await user.click(screen.getByRole('button', { name: /^Thought: Is delivery free\?/ }));
    const dialog = await screen.findByRole('dialog');
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/Checkout analytics \(Unsolicited · What people do · n = 900 · .*2026/),
      expect.stringMatching(/8 interviews \(Solicited · What people say · n = 8 · .*2025.* · Out of date\)$/),
    ]);
  });
});

describe('freshness', () => {
  it('marks the map header and the stages whose research is older than the journey’s review period', () => {
    const { container } = render(<JourneyMap journey={trustJourney()} layout="grid" now={NOW} />);
    expect(container.querySelector('.jm-JourneyMap-header')).toHaveTextContent('Needs validation (review every 120 days)');
    const search = screen.getByRole('columnheader', { name: /^Search, stage 1/ });
    const checkout = screen.getByRole('columnheader', { name: /^Checkout, stage 2/ });
    expect(search).toHaveAttribute('data-stale');
    expect(search).toHaveAccessibleDescription(/^Research older than 120 days/);
    expect(checkout).not.toHaveAttribute('data-stale');
    expect(checkout).not.toHaveTextContent('Research older');
  });

  it('judges a stage on the whole journey: a filter that hides its fresh research does not age it', () => {
    // Checkout's only fresh research (e2) is cited by a thought; a pain point there cites old interviews alone.
    const j = trustJourney();
    j.personas.push({ id: 'ana', name: 'Ana Ruiz' });
    j.cards.push({ id: 'p9', stage: 'checkout', lane: 'pain', kind: 'pain', title: 'Card declined', evidence: ['e1'], persona: 'ana' });
    const t2 = j.cards.find((c) => c.id === 't2')!;
    t2.persona = 'sam';
    const checkout = () => screen.getByRole('columnheader', { name: /^Checkout, stage 2/ });
    const { rerender } = render(<JourneyMap journey={j} layout="grid" now={NOW} />);
    expect(checkout()).not.toHaveAttribute('data-stale');
    // The thoughts' lane left out, or only Ana's cards shown: the thought is hidden, the stage as fresh as before.
    rerender(<JourneyMap journey={j} layout="grid" now={NOW} lanes={['touch', 'feel', 'pain']} />);
    expect(checkout()).not.toHaveAttribute('data-stale');
    expect(checkout()).not.toHaveAccessibleDescription(/Research older/);
    rerender(<JourneyMap journey={j} layout="grid" now={NOW} activePersonaId="ana" />);
    expect(screen.queryByRole('button', { name: /Is delivery free/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Card declined/ })).toBeInTheDocument();
    expect(checkout()).not.toHaveAttribute('data-stale');
    // Search, whose research is all old, stays stale whatever is shown.
    expect(screen.getByRole('columnheader', { name: /^Search, stage 1/ })).toHaveAttribute('data-stale');
    // The stacked layout's stage headings judge the same.
    rerender(<JourneyMap journey={j} layout="stacked" now={NOW} activePersonaId="ana" />);
    const headings = document.querySelectorAll('[data-stage-id="checkout"][data-stale]');
    expect(headings).toHaveLength(0);
    expect(document.querySelectorAll('[data-stage-id="search"][data-stale]').length).toBeGreaterThan(0);
  });

  it('takes the host’s period over the journey’s, and says nothing without a period', () => {
    const { container, rerender } = render(<JourneyMap journey={trustJourney()} layout="grid" now={NOW} reviewPeriodDays={1000} />);
    expect(container.querySelector('.jm-JourneyMap-stale')).toBeNull();
    expect(container.querySelectorAll('[data-stale]')).toHaveLength(0);
    const j = trustJourney();
    j.meta = { validatedAt: '2020-01-01' };
    rerender(<JourneyMap journey={j} layout="grid" now={NOW} />);
    expect(container.querySelector('.jm-JourneyMap-stale')).toBeNull();
    rerender(<JourneyMap journey={j} layout="grid" now={new Date(NOW)} reviewPeriodDays={30} />);
    expect(container.querySelector('.jm-JourneyMap-stale')).toHaveTextContent('Needs validation (review every 30 days)');
  });
});

describe('CoverageStrip', () => {
  it('is a row of the grid, a cell per stage saying how many insights research backs', () => {
    render(
      <JourneyGrid journey={trustJourney()} layout="grid">
        <CoverageStrip />
      </JourneyGrid>,
    );
    const row = screen.getByRole('row', { name: /^Research coverage/ });
    const cells = within(row).getAllByRole('gridcell');
    // Search: a pain point with no evidence and a thought resting on an assumption; checkout: the spanning pain and a researched thought.
    expect(cells.map((c) => c.querySelector('.jm-visually-hidden')!.textContent)).toEqual([
      'Search: 0 of 2 insights backed by research',
      'Checkout: 1 of 2 insights backed by research',
    ]);
    expect(cells.map((c) => c.getAttribute('aria-colindex'))).toEqual(['2', '3']);
    expect(cells[1]).toHaveTextContent('1/2');
  });

  it('sits inside a JourneyMap too, counts what the caller names, and speaks the labels’ language', () => {
    render(
      <JourneyMap journey={trustJourney()} layout="grid" labels={{ stageCoverage: ({ stage, backed }) => `${stage} ${backed}` }}>
        <CoverageStrip kinds={['touchpoint']} />
      </JourneyMap>,
    );
    const row = screen.getByRole('row', { name: /^Research coverage/ });
    expect(
      within(row)
        .getAllByRole('gridcell')
        .map((c) => c.querySelector('.jm-visually-hidden')!.textContent),
    ).toEqual(['Search 1', 'Checkout 0']);
  });

  it('is a stop of the grid’s keyboard walk, after the lanes, in the column the user is in', async () => {
    const user = userEvent.setup();
    render(
      <JourneyGrid journey={trustJourney()} layout="grid">
        <CoverageStrip />
      </JourneyGrid>,
    );
    const pain = screen.getByRole('button', { name: /^Pain point: Too many similar models/ });
    pain.focus();
    await user.keyboard('{PageDown}');
    const cells = within(screen.getByRole('row', { name: /^Research coverage/ })).getAllByRole('gridcell');
    expect(cells[0]).toHaveFocus();
    expect(cells[0]).toHaveAttribute('tabindex', '0');
    await user.keyboard('{ArrowRight}');
    expect(cells[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).not.toBe(cells[1]);
    expect(document.activeElement?.closest('[role=row]')).not.toBe(cells[1]!.closest('[role=row]'));
  });

  it('says it must sit inside a grid', () => {
    expect(() => render(<CoverageStrip />)).toThrow('`CoverageStrip` must be used inside `JourneyGrid`');
  });
});
