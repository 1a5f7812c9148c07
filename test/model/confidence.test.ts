import { describe, expect, it } from 'vitest';
import { cardConfidence, evidenceWeight, EVIDENCE_TRAITS } from '../../src/model/confidence';
import { EVIDENCE_KINDS, type Evidence } from '../../src/model/types';
import { validateJourney } from '../../src/model/validate';
import { examples } from '../../stories/data';

const NOW = '2026-06-01';
const source = (id: string, extra: Partial<Evidence> = {}): Evidence => ({ id, kind: 'interview', label: id, ...extra });
const sources = (...list: Evidence[]) => new Map(list.map((e) => [e.id, e]));

describe('evidenceWeight', () => {
  it('gives every kind but an assumption a collection and a dimension', () => {
    for (const kind of EVIDENCE_KINDS) expect(EVIDENCE_TRAITS[kind] === null, kind).toBe(kind === 'assumption');
  });

  it('weighs what people do twice what they say, and an assumption nothing', () => {
    expect(evidenceWeight(source('i'), { now: NOW })).toEqual({
      weight: 1,
      dimension: 'attitudinal',
      collection: 'solicited',
      stale: false,
    });
    expect(evidenceWeight(source('a', { kind: 'analytics' }), { now: NOW })).toEqual({
      weight: 2,
      dimension: 'behavioral',
      collection: 'unsolicited',
      stale: false,
    });
    expect(evidenceWeight(source('x', { kind: 'assumption', sampleSize: 1000 })).weight).toBe(0);
  });

  it('lets the source say what it records and how it was gathered', () => {
    const w = evidenceWeight(source('d', { kind: 'interview', dimension: 'behavioral', collection: 'unsolicited' }), { now: NOW });
    expect(w).toMatchObject({ weight: 2, dimension: 'behavioral', collection: 'unsolicited' });
  });

  it('adds one for a large sample, takes half away for an anecdotal one', () => {
    expect(evidenceWeight(source('s', { sampleSize: 30 })).weight).toBe(2);
    expect(evidenceWeight(source('s', { sampleSize: 29 })).weight).toBe(1);
    expect(evidenceWeight(source('s', { sampleSize: 5 })).weight).toBe(1);
    expect(evidenceWeight(source('s', { sampleSize: 4 })).weight).toBe(0.5);
  });

  it('takes the researchers’ own rating over the derived weight', () => {
    expect(evidenceWeight(source('c', { confidence: 'high', sampleSize: 2 })).weight).toBe(3);
    expect(evidenceWeight(source('c', { kind: 'analytics', confidence: 'low' })).weight).toBe(1);
  });

  it('halves a source older than the allowed age, measured from the given day', () => {
    const old = source('o', { kind: 'analytics', date: '2025-05-01' });
    expect(evidenceWeight(old, { now: NOW })).toMatchObject({ weight: 1, stale: true });
    expect(evidenceWeight(old, { now: NOW, maxAgeDays: 400 })).toMatchObject({ weight: 2, stale: false });
    expect(evidenceWeight(source('u'), { now: NOW }).stale).toBe(false);
    expect(evidenceWeight(old, { now: new Date('2025-06-01') }).stale).toBe(false);
  });
});

describe('cardConfidence', () => {
  const all = sources(
    source('int', { sampleSize: 12 }),
    source('survey', { kind: 'survey', sampleSize: 400 }),
    source('ana', { kind: 'analytics', sampleSize: 10000 }),
    source('guess', { kind: 'assumption' }),
    source('old', { kind: 'observation', date: '2020-01-01' }),
  );

  it('tells a card that cites nothing from one resting on assumptions only', () => {
    expect(cardConfidence({}, all).level).toBe('none');
    expect(cardConfidence({ evidence: ['guess'] }, all)).toMatchObject({ level: 'assumption', research: 0, weight: 0 });
    expect(cardConfidence({ evidence: ['missing'] }, all).level).toBe('none');
  });

  it('rates high only what both what people say and what they do support', () => {
    expect(cardConfidence({ evidence: ['survey', 'ana'] }, all, { now: NOW })).toMatchObject({
      level: 'high',
      weight: 5,
      says: true,
      does: true,
    });
    // As heavy, but one-sided: medium.
    const twoDoes = sources(source('a1', { kind: 'analytics', sampleSize: 50 }), source('a2', { kind: 'analytics', sampleSize: 50 }));
    expect(cardConfidence({ evidence: ['a1', 'a2'] }, twoDoes)).toMatchObject({ level: 'medium', weight: 6, says: false, does: true });
  });

  it('rates medium from a weight of 2, low below, and counts stale sources', () => {
    expect(cardConfidence({ evidence: ['survey'] }, all).level).toBe('medium');
    expect(cardConfidence({ evidence: ['int'] }, all).level).toBe('low');
    expect(cardConfidence({ evidence: ['int', 'guess'] }, all)).toMatchObject({ level: 'low', research: 1 });
    expect(cardConfidence({ evidence: ['old', 'int'] }, all, { now: NOW })).toMatchObject({ level: 'medium', weight: 2, stale: 1 });
  });

  it('rates every insight of every example journey, which all validate with the new fields', () => {
    for (const [name, journey] of Object.entries(examples)) {
      expect(validateJourney(journey), name).toEqual([]);
      const evidence = new Map((journey.evidence ?? []).map((e) => [e.id, e]));
      for (const card of journey.cards)
        expect(['none', 'assumption', 'low', 'medium', 'high'], name).toContain(cardConfidence(card, evidence).level);
    }
  });
});

describe('validation of how evidence was gathered', () => {
  const base = examples['ecommerce-kitchen']!;
  it('accepts the two collections and dimensions and rejects anything else, with the path', () => {
    const ok = {
      ...base,
      evidence: [{ id: 'e', kind: 'reviews', label: 'App store', collection: 'unsolicited', dimension: 'attitudinal' }],
    };
    expect(validateJourney({ ...ok, cards: ok.cards.map((c) => ({ ...c, evidence: undefined })) })).toEqual([]);
    const bad = { ...base, evidence: [{ id: 'e', kind: 'reviews', label: 'x', collection: 'asked', dimension: 'behavioural' }] };
    const paths = validateJourney({ ...bad, cards: bad.cards.map((c) => ({ ...c, evidence: undefined })) }).map((p) => p.path);
    expect(paths).toEqual(['evidence[0].collection', 'evidence[0].dimension']);
  });
});
