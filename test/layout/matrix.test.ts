import { describe, expect, it } from 'vitest';
import { buildOpportunityMatrix, matrixCellKey, matrixNavRows } from '../../src/layout/matrix';
import { cardKey } from '../../src/layout/navigation';
import { nextNavKey } from '../../src/layout/navigationMoves';
import type { Card, Journey } from '../../src/model/types';
import { examples } from '../../stories/data';

const base: Journey = {
  schemaVersion: 1,
  id: 'm',
  title: 'Matrix',
  personas: [{ id: 'p', name: 'P' }],
  stages: [
    { id: 's1', name: 'Browse' },
    { id: 's2', name: 'Buy' },
  ],
  lanes: [
    { id: 'pains', kind: 'pains', label: 'Pains' },
    { id: 'opps', kind: 'opportunities', label: 'Opportunities' },
  ],
  cards: [],
  emotions: [],
};

const opp = (id: string, extra: Partial<Card> = {}): Card => ({ id, stage: 's1', lane: 'opps', kind: 'opportunity', title: id, ...extra });
const pain = (id: string, extra: Partial<Card> = {}): Card => ({
  id,
  stage: 's1',
  lane: 'pains',
  kind: 'pain',
  title: `Pain ${id}`,
  ...extra,
});

describe('buildOpportunityMatrix', () => {
  it('places each opportunity by impact (rows, high first) and effort (columns, low first)', () => {
    const j = {
      ...base,
      cards: [
        opp('a', { impact: 'high', effort: 'low' }),
        opp('b', { impact: 'low', effort: 'high' }),
        opp('c', { impact: 'medium', effort: 'medium' }),
      ],
    };
    const m = buildOpportunityMatrix(j);
    expect(m.impacts).toEqual(['high', 'medium', 'low']);
    expect(m.efforts).toEqual(['low', 'medium', 'high']);
    const at = (r: number, c: number) => m.rows[r]![c]!.items.map((i) => i.card.id);
    expect(at(0, 0)).toEqual(['a']);
    expect(at(2, 2)).toEqual(['b']);
    expect(at(1, 1)).toEqual(['c']);
    expect(m.rows.flat().filter((cell) => cell.items.length === 0)).toHaveLength(6);
    expect(m.counts).toEqual({ total: 3, shown: 3 });
  });

  it('keeps opportunities lacking a rating apart, and ignores other kinds of card', () => {
    const j = { ...base, cards: [opp('a', { impact: 'high' }), opp('b'), pain('x', { impact: 'high', effort: 'low' } as Partial<Card>)] };
    const m = buildOpportunityMatrix(j);
    expect(m.unrated.map((i) => i.card.id)).toEqual(['a', 'b']);
    expect(m.rows.flat().every((cell) => cell.items.length === 0)).toBe(true);
    expect(m.counts.total).toBe(2);
  });

  it('lists the pain points an opportunity answers, linked either way, once each, in the journey order', () => {
    const j = {
      ...base,
      cards: [
        pain('p1', { severity: 'low' }),
        pain('p2', { severity: 'high', links: ['a'] }),
        pain('p3'),
        opp('a', { impact: 'high', effort: 'low', links: ['p1', 'p2', 'missing'] }),
        opp('t', { impact: 'high', effort: 'low', links: ['a'] }),
      ],
    };
    const [a, t] = buildOpportunityMatrix(j).rows[0]![0]!.items;
    expect(a!.answers).toEqual([
      { id: 'p1', title: 'Pain p1', severity: 'low' },
      { id: 'p2', title: 'Pain p2', severity: 'high' },
    ]);
    // A link to another opportunity is no answer.
    expect(t!.answers).toEqual([]);
  });

  it('orders a cell by the severity of what each opportunity answers, keeping the journey order on ties', () => {
    const j = {
      ...base,
      cards: [
        pain('low', { severity: 'low' }),
        pain('high', { severity: 'high' }),
        opp('none', { impact: 'high', effort: 'low' }),
        opp('l', { impact: 'high', effort: 'low', links: ['low'] }),
        opp('h', { impact: 'high', effort: 'low', links: ['high'] }),
        opp('h2', { impact: 'high', effort: 'low', links: ['high', 'low'] }),
      ],
    };
    expect(buildOpportunityMatrix(j).rows[0]![0]!.items.map((i) => i.card.id)).toEqual(['h', 'h2', 'l', 'none']);
  });

  it('filters by status (none given counts as an idea) and by owner (null: nobody), and lists every owner before filtering', () => {
    const j = {
      ...base,
      cards: [
        opp('a', { impact: 'high', effort: 'low', status: 'done', owner: 'Ops' }),
        opp('b', { impact: 'high', effort: 'low', owner: 'Care' }),
        opp('c', { impact: 'high', effort: 'low' }),
      ],
    };
    const ids = (m: ReturnType<typeof buildOpportunityMatrix>) => m.rows[0]![0]!.items.map((i) => i.card.id);
    expect(ids(buildOpportunityMatrix(j, { statuses: ['idea'] }))).toEqual(['b', 'c']);
    expect(ids(buildOpportunityMatrix(j, { owners: [null] }))).toEqual(['c']);
    expect(ids(buildOpportunityMatrix(j, { owners: ['Ops', 'Care'], statuses: ['idea'] }))).toEqual(['b']);
    const m = buildOpportunityMatrix(j, { owners: ['Ops'] });
    expect(m.owners).toEqual(['Care', 'Ops']);
    expect(m.unowned).toBe(true);
    expect(m.counts).toEqual({ total: 3, shown: 1 });
    expect(buildOpportunityMatrix(j, { statuses: [] }).counts.shown).toBe(0);
  });

  it('places every opportunity of every example journey exactly once', () => {
    for (const [name, journey] of Object.entries(examples)) {
      const m = buildOpportunityMatrix(journey);
      const placed = [...m.rows.flat().flatMap((c) => c.items), ...m.unrated].map((i) => i.card.id).sort();
      const opps = journey.cards
        .filter((c) => c.kind === 'opportunity')
        .map((c) => c.id)
        .sort();
      expect(placed, name).toEqual(opps);
    }
  });

  it('names the pains of the kitchen retailer’s opportunities', () => {
    const m = buildOpportunityMatrix(examples['ecommerce-kitchen']!);
    const price = m.rows
      .flat()
      .flatMap((c) => c.items)
      .find((i) => i.card.id === 'opp-pu-price')!;
    expect(price.answers.map((a) => a.title)).toEqual(['Installation and removal fees appear last']);
    expect(price.stage).toBe('Purchase');
  });
});

describe('matrixNavRows', () => {
  const j = {
    ...base,
    cards: [
      opp('a', { impact: 'high', effort: 'low' }),
      opp('b', { impact: 'high', effort: 'low' }),
      opp('c', { impact: 'medium', effort: 'high' }),
      opp('u'),
    ],
  };
  const rows = matrixNavRows(buildOpportunityMatrix(j));

  it('walks the matrix with the map’s keys: cards down a cell, then cells across and down, and the unrated row last', () => {
    const start = matrixCellKey('high', 'low');
    expect(nextNavKey(rows, start, 'ArrowDown')).toBe(cardKey('a'));
    expect(nextNavKey(rows, cardKey('a'), 'ArrowDown')).toBe(cardKey('b'));
    expect(nextNavKey(rows, start, 'ArrowRight')).toBe(matrixCellKey('high', 'medium'));
    expect(nextNavKey(rows, start, 'ArrowRight', { rtl: true })).toBe(start);
    expect(nextNavKey(rows, matrixCellKey('high', 'high'), 'ArrowDown')).toBe(matrixCellKey('medium', 'high'));
    expect(nextNavKey(rows, matrixCellKey('medium', 'high'), 'ArrowDown')).toBe(cardKey('c'));
    expect(nextNavKey(rows, start, 'End', { ctrl: true })).toBe('cell:unrated:0');
    expect(rows).toHaveLength(4);
  });
});
