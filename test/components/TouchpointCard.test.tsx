import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { JourneyGrid, TouchpointCard, defaultLabels, type Card, type Evidence } from '../../src';
import { smallJourney } from '../fixtures';

const touchpoint: Card = { id: 't1', stage: 's', lane: 'l', kind: 'touchpoint', title: 'Order confirmation email', channel: 'email' };
const interviews: Evidence = { id: 'e1', kind: 'interview', label: '12 interviews' };
const survey: Evidence = { id: 'e2', kind: 'survey', label: 'NPS survey' };
const guess: Evidence = { id: 'e3', kind: 'assumption', label: 'Team hunch' };

/** The small text under the card's title: badges, ratings, status, owner. */
/** The row of badges and ratings under the title. */
const meta = (card: HTMLElement) => card.querySelector<HTMLElement>('.jm-TouchpointCard-meta')!;

describe('TouchpointCard on its own', () => {
  it('is a static article named by its kind and title, outside the tab order', () => {
    render(<TouchpointCard card={touchpoint} />);
    const card = screen.getByRole('article', { name: /^Touchpoint: Order confirmation email( |$)/ });
    expect(card).toHaveAttribute('data-kind', 'touchpoint');
    expect(card).not.toHaveAttribute('tabindex');
    expect(card).not.toHaveAttribute('aria-pressed');
    expect(card).toHaveTextContent('Order confirmation email');
  });

  it('shows its channel with an icon, and names it for screen readers', () => {
    render(<TouchpointCard card={touchpoint} />);
    const card = screen.getByRole('article');
    expect(card).toHaveTextContent('Email');
    expect(card.querySelector('.jm-TouchpointCard-channel')).toHaveTextContent('Email');
    expect(card.querySelector('[data-channel="email"] svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows an unknown channel by its own name, and takes the host’s icons', () => {
    render(
      <TouchpointCard
        card={{ ...touchpoint, channel: 'carrier-pigeon' }}
        channelIcons={{ 'carrier-pigeon': <span data-testid="pigeon" /> }}
      />,
    );
    expect(screen.getByRole('article')).toHaveTextContent('carrier-pigeon');
    expect(screen.getByTestId('pigeon')).toBeInTheDocument();
  });

  it('tells research from assumption: a validated badge gives the confidence and counts the sources, an assumption says so', () => {
    const { rerender } = render(<TouchpointCard card={touchpoint} evidence={[interviews, survey, guess]} />);
    let card = screen.getByRole('article');
    expect(card).toHaveAttribute('data-evidence', 'validated');
    expect(meta(card)).toHaveTextContent(/^(High|Medium|Low) confidence · 3 sources$/);
    expect(within(meta(card)).getByTitle('12 interviews · NPS survey · Team hunch')).toBeInTheDocument();

    rerender(<TouchpointCard card={touchpoint} evidence={[guess]} />);
    card = screen.getByRole('article');
    expect(card).toHaveAttribute('data-evidence', 'assumption');
    expect(meta(card)).toHaveTextContent('Assumption');
    expect(meta(card)).not.toHaveTextContent('source');

    rerender(<TouchpointCard card={touchpoint} />);
    expect(screen.getByRole('article')).toHaveAttribute('data-evidence', 'none');
    // Without badges or ratings the card has no row for them.
    expect(meta(screen.getByRole('article'))).toBeNull();
    expect(screen.getByRole('article')).not.toHaveTextContent(/Evidence|Assumption/);
  });

  it('marks a moment of truth', () => {
    render(<TouchpointCard card={{ ...touchpoint, momentOfTruth: true }} />);
    const card = screen.getByRole('article');
    expect(card).toHaveAttribute('data-moment-of-truth', '');
    expect(meta(card)).toHaveTextContent('Moment of truth');
  });

  it('rates a pain point and an opportunity, with status and owner', () => {
    render(
      <>
        <TouchpointCard card={{ id: 'p', stage: 's', lane: 'l', kind: 'pain', title: 'Hidden fees', severity: 'high' }} />
        <TouchpointCard
          card={{
            id: 'o',
            stage: 's',
            lane: 'l',
            kind: 'opportunity',
            title: 'Show the total early',
            impact: 'high',
            effort: 'low',
            status: 'in-progress',
            owner: 'Checkout squad',
          }}
        />
      </>,
    );
    const pain = screen.getByRole('article', { name: /^Pain point: Hidden fees( |$)/ });
    expect(pain).toHaveAttribute('data-severity', 'high');
    expect(meta(pain)).toHaveTextContent('Severity: High');
    const opportunity = screen.getByRole('article', { name: /^Opportunity: Show the total early( |$)/ });
    expect(meta(opportunity)).toHaveTextContent('Impact: High Effort: Low In progress Checkout squad');
  });

  it('shows a metric card’s value before its title', () => {
    render(
      <TouchpointCard
        card={{
          id: 'm',
          stage: 's',
          lane: 'l',
          kind: 'metric',
          title: 'cart abandonment',
          metric: { label: 'Abandonment', value: 68, unit: '%' },
        }}
      />,
    );
    expect(screen.getByRole('article', { name: /^Metric: .*cart abandonment/ })).toHaveTextContent('68% cart abandonment');
  });

  it('shows the description only when asked', () => {
    const card = { ...touchpoint, description: 'Arrives two hours late.' };
    const { rerender } = render(<TouchpointCard card={card} />);
    expect(screen.queryByText('Arrives two hours late.')).not.toBeInTheDocument();
    rerender(<TouchpointCard card={card} showDescription />);
    expect(screen.getByText('Arrives two hours late.')).toBeInTheDocument();
  });

  it('speaks the labels given', () => {
    render(
      <TouchpointCard
        card={{ ...touchpoint, momentOfTruth: true }}
        labels={{
          ...defaultLabels,
          cardKinds: { ...defaultLabels.cardKinds, touchpoint: 'Kontaktpunkt' },
          momentOfTruth: 'Kritischer Moment',
        }}
      />,
    );
    const card = screen.getByRole('article', { name: /^Kontaktpunkt: Order confirmation email( |$)/ });
    expect(meta(card)).toHaveTextContent('Kritischer Moment');
  });

  it("runs the host's handlers", async () => {
    const onClick = vi.fn();
    render(<TouchpointCard card={touchpoint} onClick={onClick} />);
    await userEvent.click(screen.getByRole('article'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

describe('TouchpointCard inside a JourneyGrid', () => {
  it('is a toggle button that opens a dialog, and reads evidence from the journey', () => {
    render(<JourneyGrid journey={smallJourney()} layout="grid" />);
    const card = within(screen.getByRole('grid')).getByRole('button', { name: /^Touchpoint: Search results( |$)/ });
    expect(card).toHaveAttribute('aria-pressed', 'false');
    expect(card).toHaveAttribute('aria-haspopup', 'dialog');
    expect(card).toHaveAttribute('aria-expanded', 'false');
    expect(card).toHaveAttribute('data-evidence', 'validated');
    expect(meta(card)).toHaveTextContent('Low confidence · 1 source');
  });

  it('in a lane of its own kind, hides its kind label from sight but keeps it first in its name', () => {
    const j = smallJourney();
    const ownLane = j.lanes.find((lane) => lane.kind === 'touchpoints')!;
    render(<JourneyGrid journey={j} layout="grid" />);
    const card = within(screen.getByRole('grid')).getByRole('button', { name: /^Touchpoint: Search results( |$)/ });
    expect(j.cards.find((c) => c.title === 'Search results')!.lane).toBe(ownLane.id);
    expect(card.querySelector('.jm-TouchpointCard-kind')).toHaveClass('jm-visually-hidden');
  });

  it('shows its kind label in a lane made for another kind', () => {
    const j = smallJourney();
    const other = j.lanes.find((lane) => lane.kind !== 'touchpoints' && lane.kind !== 'emotion')!;
    const moved = { ...j, cards: j.cards.map((c) => (c.title === 'Search results' ? { ...c, lane: other.id } : c)) };
    render(<JourneyGrid journey={moved} layout="grid" />);
    const card = within(screen.getByRole('grid')).getByRole('button', { name: /^Touchpoint: Search results( |$)/ });
    expect(card.querySelector('.jm-TouchpointCard-kind')).not.toHaveClass('jm-visually-hidden');
  });

  it("runs the host's onClick before its own; preventing the default keeps it from selecting", async () => {
    const user = userEvent.setup();
    const j = smallJourney();
    const calls: string[] = [];
    render(
      <JourneyGrid journey={j} layout="grid" lanes={['pain']} onSelectedCardChange={(id) => calls.push(`select ${id}`)}>
        <div role="row">
          <TouchpointCard
            card={j.cards[0]!}
            onClick={(event) => {
              calls.push('host');
              event.preventDefault();
            }}
          />
        </div>
      </JourneyGrid>,
    );
    await user.click(screen.getByRole('button', { name: /^Touchpoint: Search results( |$)/ }));
    expect(calls).toEqual(['host']);
    expect(screen.getByRole('button', { name: /^Touchpoint: Search results( |$)/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it("runs the host's handlers and then its own: a host onClick and onFocus that prevent nothing leave selection and opening working", async () => {
    const user = userEvent.setup();
    const j = smallJourney();
    const calls: string[] = [];
    render(
      <JourneyGrid journey={j} layout="grid" lanes={['pain']} onSelectedCardChange={(id) => calls.push(`select ${id}`)}>
        <div role="row">
          <TouchpointCard card={j.cards[0]!} onClick={() => calls.push('host click')} onFocus={() => calls.push('host focus')} />
        </div>
      </JourneyGrid>,
    );
    const card = screen.getByRole('button', { name: /^Touchpoint: Search results( |$)/ });
    await user.click(card);
    expect(calls).toEqual(['host focus', 'host click', 'select c1']);
    expect(card).toHaveAttribute('aria-pressed', 'true');
    expect(card).toHaveAttribute('aria-expanded', 'true');
  });

  it("runs the host's onKeyDown first; preventing the default keeps Enter from selecting or opening the card", async () => {
    const user = userEvent.setup();
    const j = smallJourney();
    render(
      <JourneyGrid journey={j} layout="grid" lanes={['pain']}>
        <div role="row">
          <TouchpointCard card={j.cards[0]!} onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()} />
        </div>
      </JourneyGrid>,
    );
    const card = screen.getByRole('button', { name: /^Touchpoint: Search results( |$)/ });
    card.focus();
    await user.keyboard('{Enter}');
    expect(card).toHaveAttribute('aria-pressed', 'false');
    expect(card).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(card).toHaveAttribute('aria-pressed', 'true');
    expect(card).toHaveAttribute('aria-expanded', 'true');
  });

  it('renders the host’s face from renderCard, keeping its name and badges', () => {
    render(<JourneyGrid journey={smallJourney()} layout="grid" renderCard={(c) => <strong>{c.id}</strong>} />);
    const card = within(screen.getByRole('grid')).getByRole('button', { name: /^Touchpoint: Checkout page( |$)/ });
    expect(within(card).getByText('c2').tagName).toBe('STRONG');
    expect(meta(card)).toHaveTextContent('Moment of truth');
  });
});
