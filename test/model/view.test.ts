// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_ORDER, type ConfidenceLevel } from '../../src/model/confidence';
import { OPPORTUNITY_STATUSES } from '../../src';
import { viewFromSearchParams, viewToSearchParams, type JourneyView } from '../../src/model/view';
import { examples } from '../../stories/data';

const id = fc.string({ minLength: 1, maxLength: 40 });
const ids = fc.uniqueArray(id, { maxLength: 6 });
const anyView: fc.Arbitrary<JourneyView> = fc.record(
  {
    personas: ids,
    lanes: ids,
    channels: ids,
    confidence: fc.uniqueArray(fc.constantFrom<ConfidenceLevel>(...CONFIDENCE_ORDER)),
    statuses: fc.uniqueArray(fc.constantFrom(...OPPORTUNITY_STATUSES)),
    card: id,
  },
  { requiredKeys: [] },
);

describe('viewToSearchParams and viewFromSearchParams', () => {
  it('round-trips every view, through the URL text too', () => {
    fc.assert(
      fc.property(anyView, (view) => {
        const params = viewToSearchParams(view);
        expect(viewFromSearchParams(params)).toEqual(view);
        expect(viewFromSearchParams(params.toString())).toEqual(view);
      }),
    );
  });

  it('round-trips under a prefix, beside the URL’s other parameters, which stay as they were', () => {
    fc.assert(
      fc.property(anyView, fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (view, other) => {
        const others = new URLSearchParams(Object.entries(other).filter(([k]) => !k.startsWith('map.')));
        const params = viewToSearchParams(view, { prefix: 'map.', params: others });
        expect(viewFromSearchParams(params, undefined, { prefix: 'map.' })).toEqual(view);
        expect([...params].filter(([k]) => !k.startsWith('map.'))).toEqual([...others]);
      }),
    );
  });

  it('writes its keys in one order whatever the view’s, and replaces a view already in the URL', () => {
    const a = viewToSearchParams({ card: 'c1', statuses: ['done'], personas: ['sarah'], lanes: ['pains'] }).toString();
    const b = viewToSearchParams({ lanes: ['pains'], personas: ['sarah'], card: 'c1', statuses: ['done'] }).toString();
    expect(a).toBe('persona=sarah&lane=pains&status=done&card=c1');
    expect(b).toBe(a);
    expect(viewToSearchParams({ personas: ['tom'] }, { params: `tab=2&${a}` }).toString()).toBe('tab=2&persona=tom');
  });

  it('writes an empty list as one empty value, and reads it back as an empty list', () => {
    expect(viewToSearchParams({ channels: [] }).toString()).toBe('channel=');
    expect(viewFromSearchParams('channel=')).toEqual({ channels: [] });
  });

  it('never throws on any query string, and reads only what it knows', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const view = viewFromSearchParams(query);
        for (const key of Object.keys(view)) expect(['personas', 'lanes', 'channels', 'confidence', 'statuses', 'card']).toContain(key);
        for (const level of view.confidence ?? []) expect(CONFIDENCE_ORDER).toContain(level);
      }),
    );
  });

  it('ignores hostile values: unknown levels and statuses, prototype keys, overlong ids, floods of values', () => {
    const flood = Array.from({ length: 5000 }, (_, i) => `persona=p${i}`).join('&');
    const view = viewFromSearchParams(
      `confidence=certain&confidence=high&status=__proto__&status=done&__proto__=x&constructor=y&card=${'x'.repeat(5000)}&${flood}`,
    );
    expect(view.confidence).toEqual(['high']);
    expect(view.statuses).toEqual(['done']);
    expect(view.card).toBeUndefined();
    expect(view.personas).toHaveLength(100);
    expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
    expect(viewFromSearchParams('%E0%A4%A&persona=%ZZ')).toEqual({ personas: ['%ZZ'] });
  });

  it('never throws on what plain JavaScript may pass: no parameters, other values, a journey missing its lists', () => {
    const call = viewFromSearchParams as (...args: unknown[]) => JourneyView;
    expect(call(null)).toEqual({});
    expect(call(42, { cards: null }, { prefix: 7 })).toEqual({});
    expect(call('persona=a&card=x', { personas: [null], lanes: 'no', cards: [{}] })).toEqual({});
    expect(call(new URLSearchParams('status=done'), {})).toEqual({ statuses: ['done'] });
  });

  it('given the journey → drops the personas, lanes, channels and card it does not have; lanes by kind stay', () => {
    const journey = examples['ecommerce-kitchen']!;
    const sarah = journey.personas[0]!.id;
    const card = journey.cards[0]!.id;
    const channel = journey.cards.find((c) => c.channel)!.channel!;
    const view = viewFromSearchParams(
      `persona=${sarah}&persona=nobody&lane=pains&lane=nolane&channel=${channel}&channel=pigeon&card=${card}`,
      journey,
    );
    expect(view).toEqual({ personas: [sarah], lanes: ['pains'], channels: [channel], card });
    expect(viewFromSearchParams('persona=nobody&card=nocard', journey)).toEqual({});
  });
});
