import { describe, expect, it } from 'vitest';
import { INSIGHT_KINDS, isOlderThan, journeyFreshness, stageCoverage } from '../../src/model/trust';
import type { Journey } from '../../src/model/types';
import { validateJourney } from '../../src/model/validate';
import { smallJourney } from '../fixtures';
import { cardConfidence } from '../../src/model/confidence';
import { TRUST_NOW, trustArabicBank, trustKitchen } from '../../stories/journeys/trust';

const NOW = '2026-06-01';

/** The small journey with a thought and an opportunity, dated sources and a validation date. */
function trustJourney(): Journey {
  const j = smallJourney();
  j.meta = { validatedAt: '2026-01-01' };
  j.lanes.push({ id: 'think', kind: 'thoughts', label: 'Thoughts' }, { id: 'opp', kind: 'opportunities', label: 'Opportunities' });
  j.evidence = [
    { id: 'old', kind: 'interview', label: 'Interviews 2024', date: '2024-03-01' },
    { id: 'new', kind: 'analytics', label: 'Analytics 2026', date: '2026-05-01' },
    { id: 'guess', kind: 'assumption', label: 'Team hunch', date: '2020-01-01' },
  ];
  j.cards = [
    { id: 't1', stage: 'search', lane: 'think', kind: 'thought', title: 'Which one?', evidence: ['old'] },
    { id: 'p1', stage: 'search', endStage: 'checkout', lane: 'pain', kind: 'pain', title: 'Too many models', evidence: ['guess'] },
    { id: 'o1', stage: 'checkout', lane: 'opp', kind: 'opportunity', title: 'Compare view', evidence: ['new', 'missing'] },
    { id: 'x1', stage: 'checkout', lane: 'touch', kind: 'touchpoint', title: 'Checkout page', evidence: ['old'] },
  ];
  return j;
}

describe('isOlderThan', () => {
  it('measures whole periods from the given day, and reads an unreadable date as not old', () => {
    expect(isOlderThan('2026-01-01', 150, NOW)).toBe(true);
    expect(isOlderThan('2026-01-01', 151, NOW)).toBe(false);
    expect(isOlderThan('2026-01-01', 151, new Date('2026-06-02'))).toBe(true);
    expect(isOlderThan('not a date', 1, NOW)).toBe(false);
  });
});

describe('journeyFreshness', () => {
  it('judges nothing without a review period from the host or the journey', () => {
    expect(journeyFreshness(trustJourney(), { now: NOW })).toEqual({ periodDays: undefined, stale: false, staleStages: [] });
  });

  it('says the map needs validation once validatedAt is older than the period', () => {
    expect(journeyFreshness(trustJourney(), { now: NOW, reviewPeriodDays: 90 }).stale).toBe(true);
    expect(journeyFreshness(trustJourney(), { now: NOW, reviewPeriodDays: 180 }).stale).toBe(false);
    const unvalidated = { ...trustJourney(), meta: {} };
    expect(journeyFreshness(unvalidated, { now: NOW, reviewPeriodDays: 1 }).stale).toBe(false);
  });

  it('takes the journey’s period when the host gives none, and the host’s over it', () => {
    const j = trustJourney();
    j.meta = { validatedAt: '2026-01-01', reviewPeriodDays: 90 };
    expect(journeyFreshness(j, { now: NOW })).toMatchObject({ periodDays: 90, stale: true });
    expect(journeyFreshness(j, { now: NOW, reviewPeriodDays: 365 })).toMatchObject({ periodDays: 365, stale: false });
  });

  it('marks the stages whose newest dated research is older than the period, assumptions aside', () => {
    // Search cites only the 2024 interviews (and an assumption); checkout has 2026 analytics too.
    expect(journeyFreshness(trustJourney(), { now: NOW, reviewPeriodDays: 365 }).staleStages).toEqual(['search']);
    expect(journeyFreshness(trustJourney(), { now: NOW, reviewPeriodDays: 10 }).staleStages).toEqual(['search', 'checkout']);
    expect(journeyFreshness(trustJourney(), { now: NOW, reviewPeriodDays: 1000 }).staleStages).toEqual([]);
  });

  it('leaves a stage without dated research unmarked', () => {
    const j = trustJourney();
    j.evidence = j.evidence!.map(({ date: _date, ...rest }) => rest);
    expect(journeyFreshness(j, { now: NOW, reviewPeriodDays: 1 }).staleStages).toEqual([]);
  });
});

describe('stageCoverage', () => {
  it('counts thoughts, pain points and opportunities as insights, by default', () => {
    expect(INSIGHT_KINDS).toEqual(['thought', 'pain', 'opportunity']);
  });

  it('counts per stage the insights and those citing research; a spanning card in each of its stages', () => {
    expect(stageCoverage(trustJourney())).toEqual([
      { stageId: 'search', insights: 2, backed: 1, share: 0.5 },
      { stageId: 'checkout', insights: 2, backed: 1, share: 0.5 },
    ]);
  });

  it('takes the kinds to count from the caller, and gives a stage without insights a share of 0', () => {
    expect(stageCoverage(trustJourney(), ['touchpoint'])).toEqual([
      { stageId: 'search', insights: 0, backed: 0, share: 0 },
      { stageId: 'checkout', insights: 1, backed: 1, share: 1 },
    ]);
  });
});

describe('meta.reviewPeriodDays', () => {
  it('is a number of at least one day', () => {
    const j = smallJourney();
    j.meta = { reviewPeriodDays: 180 };
    expect(validateJourney(j)).toEqual([]);
    expect(validateJourney({ ...j, meta: { reviewPeriodDays: 0 } })).toEqual([
      { path: 'meta.reviewPeriodDays', message: 'must be at least 1, but it is 0' },
    ]);
    expect(validateJourney({ ...j, meta: { reviewPeriodDays: '90' } })[0]?.path).toBe('meta.reviewPeriodDays');
  });
});

describe('the trust stories’ journeys', () => {
  const levels = (j: Journey) =>
    new Set(
      j.cards.map(
        (card) =>
          cardConfidence(card, new Map((j.evidence ?? []).map((e) => [e.id, e])), { now: TRUST_NOW, maxAgeDays: j.meta?.reviewPeriodDays })
            .level,
      ),
    );

  it('are valid, need validation on the stories’ day, and mark some stages stale but not all', () => {
    for (const [j, stale] of [
      [trustKitchen, ['awareness', 'consideration', 'usage', 'support', 'advocacy']],
      [trustArabicBank, ['verify']],
    ] as const) {
      expect(validateJourney(j), j.id).toEqual([]);
      expect(journeyFreshness(j, { now: TRUST_NOW }), j.id).toEqual({
        periodDays: j.meta!.reviewPeriodDays,
        stale: true,
        staleStages: stale,
      });
    }
  });

  it('show every confidence level between them', () => {
    expect([...levels(trustKitchen)].sort()).toEqual(['assumption', 'high', 'low', 'medium', 'none']);
    expect(levels(trustArabicBank)).toEqual(new Set(['assumption', 'high', 'low', 'medium', 'none']));
  });
});
