// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isDrawableCard } from '../../src/model/card';
import { own } from '../../src/model/own';
import { CARD_KINDS, LEVELS, OPPORTUNITY_STATUSES } from '../../src/model/types';

const base = { id: 'c1', title: 'Pays', kind: 'action', stage: 's1', lane: 'l1' };
const full = {
  ...base,
  description: 'At the till',
  channel: 'web',
  owner: 'Sales',
  url: 'https://example.com',
  endStage: 's2',
  persona: 'p1',
  severity: 'high',
  impact: 'low',
  effort: 'medium',
  status: 'planned',
  momentOfTruth: true,
  evidence: ['e1'],
  links: ['c2'],
  tags: ['a', 'b'],
  metric: { label: 'NPS', value: 42, unit: 'pts', target: '50' },
  image: { src: 'https://example.com/a.png', alt: 'A till' },
};

describe('isDrawableCard: whether a value can be drawn as a card outside a map', () => {
  it('accepts a card with only what it needs, and one with every field', () => {
    expect(isDrawableCard(base)).toBe(true);
    expect(isDrawableCard(full)).toBe(true);
    expect(isDrawableCard({ id: 'c', title: 't', kind: 'pain' })).toBe(true);
    for (const kind of CARD_KINDS) expect(isDrawableCard({ ...base, kind })).toBe(true);
    for (const level of LEVELS) expect(isDrawableCard({ ...base, severity: level, impact: level, effort: level })).toBe(true);
    for (const status of OPPORTUNITY_STATUSES) expect(isDrawableCard({ ...base, status })).toBe(true);
    expect(isDrawableCard({ ...base, momentOfTruth: false })).toBe(true);
    expect(isDrawableCard({ ...base, evidence: [], links: [], tags: [] })).toBe(true);
    expect(isDrawableCard({ ...base, metric: { label: 'Time', value: '3 min' } })).toBe(true);
    expect(isDrawableCard({ ...base, metric: { label: 'Time', value: -1.5, target: 2 } })).toBe(true);
  });

  it('refuses what is no object', () => {
    for (const value of [null, undefined, 'card', 3, true, [base], () => base, Symbol('c')]) expect(isDrawableCard(value)).toBe(false);
  });

  it('refuses a list or a function that carries a card’s fields', () => {
    expect(isDrawableCard(Object.assign([], base))).toBe(false);
    expect(isDrawableCard(Object.assign(() => 1, base))).toBe(false);
  });

  it('needs an id, a title and a known kind, each text', () => {
    for (const key of ['id', 'title', 'kind'] as const) {
      const { [key]: _, ...rest } = base;
      expect(isDrawableCard(rest), `no ${key}`).toBe(false);
      expect(isDrawableCard({ ...base, [key]: 3 }), `${key} a number`).toBe(false);
    }
    for (const kind of ['__proto__', 'constructor', 'Action', 'unknown', '']) expect(isDrawableCard({ ...base, kind })).toBe(false);
  });

  it('refuses each optional text field that is not text', () => {
    for (const key of ['description', 'channel', 'owner', 'url', 'stage', 'lane', 'endStage', 'persona']) {
      for (const bad of [3, Symbol('s'), { a: 1 }, null, ['x']]) expect(isDrawableCard({ ...base, [key]: bad }), `${key}`).toBe(false);
      expect(isDrawableCard({ ...base, [key]: undefined }), `${key} undefined`).toBe(true);
    }
  });

  it('refuses ratings and statuses that are no known word', () => {
    for (const key of ['severity', 'impact', 'effort']) {
      for (const bad of ['very high', 'High', 3, 'idea'])
        expect(isDrawableCard({ ...base, [key]: bad }), `${key}: ${String(bad)}`).toBe(false);
    }
    for (const bad of ['high', 'Done', 1, 'constructor']) expect(isDrawableCard({ ...base, status: bad })).toBe(false);
  });

  it('needs a moment of truth to be true or false', () => {
    for (const bad of ['true', 1, null, 0]) expect(isDrawableCard({ ...base, momentOfTruth: bad })).toBe(false);
  });

  it('needs evidence, links and tags to be lists of text', () => {
    for (const key of ['evidence', 'links', 'tags']) {
      expect(isDrawableCard({ ...base, [key]: 'e1' }), `${key} text`).toBe(false);
      expect(isDrawableCard({ ...base, [key]: ['e1', 2] }), `${key} with a number`).toBe(false);
      expect(isDrawableCard({ ...base, [key]: { 0: 'e1', length: 1 } }), `${key} list-like`).toBe(false);
    }
  });

  it('needs a metric to be an object with a text label and a finite value of text or number', () => {
    const bad = [
      'NPS 42',
      null,
      [],
      { value: 42 },
      { label: 3, value: 42 },
      { label: 'NPS' },
      { label: 'NPS', value: Number.NaN },
      { label: 'NPS', value: Infinity },
      { label: 'NPS', value: true },
      { label: 'NPS', value: 42, unit: 3 },
      { label: 'NPS', value: 42, target: { n: 1 } },
      { label: 'NPS', value: 42, target: -Infinity },
      Object.assign(() => 1, { label: 'NPS', value: 42 }),
    ];
    for (const metric of bad) expect(isDrawableCard({ ...base, metric }), JSON.stringify(metric) ?? String(metric)).toBe(false);
  });

  it('needs an image to be an object with a text source and a text description', () => {
    for (const image of [
      'a.png',
      null,
      { src: 'a.png' },
      { alt: 'A' },
      { src: 1, alt: 'A' },
      { src: 'a.png', alt: null },
      Object.assign(() => 1, { src: 'a.png', alt: 'A' }),
    ]) {
      expect(isDrawableCard({ ...base, image }), JSON.stringify(image)).toBe(false);
    }
  });

  it('refuses, without throwing, a value whose reading throws', () => {
    const getter = Object.defineProperty({ ...base }, 'title', {
      get() {
        throw new Error('no');
      },
    });
    expect(isDrawableCard(getter)).toBe(false);
    const proxy = new Proxy(base, {
      get() {
        throw new Error('trap');
      },
    });
    expect(isDrawableCard(proxy)).toBe(false);
  });
});

describe('own: reading only a record’s own entries', () => {
  it('reads an own entry, and nothing from the prototype', () => {
    const record: Record<string, number> = { a: 1, zero: 0 };
    expect(own(record, 'a')).toBe(1);
    expect(own(record, 'zero')).toBe(0);
    expect(own(record, 'b')).toBeUndefined();
    expect(own(record, 'constructor')).toBeUndefined();
    expect(own(record, 'toString')).toBeUndefined();
    expect(own(record, '__proto__')).toBeUndefined();
    expect(own(undefined, 'a')).toBeUndefined();
    const parsed = JSON.parse('{"__proto__": 5}') as Record<string, number>;
    expect(own(parsed, '__proto__')).toBe(5);
  });
});
