import { describe, expect, it } from 'vitest';
import { buildJourneyBrief } from '../../src/layout/brief';
import type { Card, Journey } from '../../src/model/types';
import { examples } from '../../stories/data';

const base: Journey = {
  schemaVersion: 1,
  id: 'b',
  title: 'Brief',
  personas: [{ id: 'p', name: 'P' }],
  stages: [
    { id: 's1', name: 'Browse', metrics: [{ label: 'Visits', value: 1200 }] },
    { id: 's2', name: 'Buy' },
    { id: 's3', name: 'Use' },
  ],
  lanes: [{ id: 'l', kind: 'text', label: 'All' }],
  cards: [],
  emotions: [],
  evidence: [
    { id: 'ana', kind: 'analytics', label: 'Funnel', sampleSize: 5000 },
    { id: 'int', kind: 'interview', label: 'Interviews', sampleSize: 8 },
    { id: 'guess', kind: 'assumption', label: 'Team guess' },
  ],
};
const card = (id: string, kind: Card['kind'], extra: Partial<Card> = {}): Card => ({
  id,
  stage: 's1',
  lane: 'l',
  kind,
  title: id,
  ...extra,
});

describe('buildJourneyBrief', () => {
  it('ranks pains by severity, then by how well evidence backs them, then in the journey order', () => {
    const j = {
      ...base,
      cards: [
        card('low', 'pain', { severity: 'low', evidence: ['ana', 'int'] }),
        card('high-guess', 'pain', { severity: 'high', evidence: ['guess'] }),
        card('high-int', 'pain', { severity: 'high', evidence: ['int'] }),
        card('high-both', 'pain', { severity: 'high', evidence: ['ana', 'int'] }),
        card('unrated', 'pain'),
        card('high-ana', 'pain', { severity: 'high', evidence: ['ana'] }),
      ],
    };
    const brief = buildJourneyBrief(j, { topPains: 5 });
    expect(brief.pains.map((p) => p.card.id)).toEqual(['high-both', 'high-ana', 'high-int', 'high-guess', 'low']);
    expect(brief.pains.map((p) => p.confidence.level)).toEqual(['high', 'medium', 'low', 'assumption', 'high']);
    expect(brief.painCount).toBe(6);
    expect(buildJourneyBrief(j, { topPains: 2 }).pains).toHaveLength(2);
  });

  it('lists moments of truth in stage order, and open opportunities by impact, then least effort', () => {
    const j = {
      ...base,
      cards: [
        card('m3', 'touchpoint', { stage: 's3', momentOfTruth: true }),
        card('m1', 'action', { momentOfTruth: true }),
        card('o-hh', 'opportunity', { impact: 'high', effort: 'high' }),
        card('o-unrated', 'opportunity'),
        card('o-hl', 'opportunity', { impact: 'high', effort: 'low', owner: 'Ops', status: 'planned' }),
        card('o-done', 'opportunity', { impact: 'high', effort: 'low', status: 'done' }),
        card('o-ml', 'opportunity', { impact: 'medium', effort: 'low', status: 'rejected' }),
        card('o-m?', 'opportunity', { impact: 'medium' }),
      ],
    };
    const brief = buildJourneyBrief(j);
    expect(brief.moments.map((m) => [m.card.id, m.stage])).toEqual([
      ['m1', 'Browse'],
      ['m3', 'Use'],
    ]);
    expect(brief.actions.map((a) => a.card.id)).toEqual(['o-hl', 'o-hh', 'o-m?', 'o-unrated']);
    expect(buildJourneyBrief(j, { topActions: 1 }).actions).toHaveLength(1);
  });

  it('gathers each stage’s KPIs and its metric cards, leaving out stages without numbers', () => {
    const j = {
      ...base,
      cards: [
        card('k', 'metric', { stage: 's2', metric: { label: 'Conversion', value: 3.2, unit: '%' } }),
        card('again', 'metric', { stage: 's1', metric: { label: 'visits ', value: 1200 } }),
      ],
    };
    expect(buildJourneyBrief(j).metrics).toEqual([
      { id: 's1', stage: 'Browse', metrics: [{ label: 'Visits', value: 1200 }] },
      { id: 's2', stage: 'Buy', metrics: [{ label: 'Conversion', value: 3.2, unit: '%' }] },
    ]);
  });

  it('summarises every example journey', () => {
    for (const [name, journey] of Object.entries(examples)) {
      const brief = buildJourneyBrief(journey);
      expect(brief.pains.length, name).toBe(Math.min(5, journey.cards.filter((c) => c.kind === 'pain').length));
      expect(
        brief.actions.every((a) => a.card.kind === 'opportunity'),
        name,
      ).toBe(true);
    }
  });
});
