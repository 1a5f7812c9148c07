// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src';
import { drawingOrder, normalizeJourney } from '../../src/model/normalize';
import { examples } from '../../stories/data';
import { smallJourney } from '../fixtures';

function threePersonas(): Journey {
  const j = smallJourney();
  return {
    ...j,
    stages: [...j.stages, { id: 'delivery', name: 'Delivery' }],
    personas: [{ id: 'zoe', name: 'Zoe' }, ...j.personas, { id: 'ana', name: 'Ana' }],
    // Deliberately out of order: personas, scenarios and stages all shuffled.
    emotions: [
      { stage: 'delivery', persona: 'ana', score: 1 },
      { stage: 'checkout', persona: 'sam', score: 2, scenario: 'future' },
      { stage: 'delivery', persona: 'sam', score: -1 },
      { stage: 'search', persona: 'ana', score: 0 },
      { stage: 'search', score: 1 },
      { stage: 'search', persona: 'sam', score: 1 },
      { stage: 'checkout', persona: 'zoe', score: 3 },
      { stage: 'search', persona: 'sam', score: 2, scenario: 'future' },
      { stage: 'checkout', persona: 'sam', score: -2 },
    ],
  };
}

describe('normalizeJourney', () => {
  it('builds lookups by id and the stage order', () => {
    const m = normalizeJourney(smallJourney());
    expect([...m.stageIndex]).toEqual([
      ['search', 0],
      ['checkout', 1],
    ]);
    expect(m.stages.get('checkout')?.name).toBe('Checkout');
    expect(m.lanes.get('pain')?.label).toBe('Pain points');
    expect(m.cards.get('c2')?.title).toBe('Checkout page');
    expect(m.personas.get('sam')?.name).toBe('Sam Rivera');
    expect(m.evidence.get('e1')?.label).toBe('8 interviews');
    expect(m.phaseOfStage.get('search')?.name).toBe('Buy');
  });

  it('places each card in its lane with its span resolved to stage indices', () => {
    const m = normalizeJourney(smallJourney());
    const placed = (lane: string) => m.cardsByLane.get(lane)?.map((p) => [p.card.id, p.start, p.end, p.row]);
    expect(placed('touch')).toEqual([
      ['c1', 0, 0, 0],
      ['c2', 1, 1, 0],
    ]);
    expect(placed('feel')).toEqual([]);
    expect(placed('pain')).toEqual([['c3', 0, 1, 2]]);
  });

  it('orders cards in a lane by first stage, then by last stage, whatever the input order', () => {
    const j = smallJourney();
    j.cards = [
      { id: 'late', stage: 'checkout', lane: 'pain', kind: 'pain', title: 'Late' },
      { id: 'wide', stage: 'search', endStage: 'checkout', lane: 'pain', kind: 'pain', title: 'Wide' },
      { id: 'early', stage: 'search', lane: 'pain', kind: 'pain', title: 'Early' },
    ];
    expect(
      normalizeJourney(j)
        .cardsByLane.get('pain')
        ?.map((p) => p.card.id),
    ).toEqual(['early', 'wide', 'late']);
  });

  it('lists the cards linking to each card', () => {
    const j = smallJourney();
    j.cards[2]!.links = ['c1', 'c2'];
    const m = normalizeJourney(j);
    expect(m.incomingLinks.get('c1')).toEqual(['c2', 'c3']);
    expect(m.incomingLinks.get('c2')).toEqual(['c3']);
    expect(m.incomingLinks.has('c3')).toBe(false);
  });

  it('lists only the cards that are linked to, each with the cards linking to it', () => {
    const j = smallJourney();
    for (const card of j.cards) delete card.links;
    expect([...normalizeJourney(j).incomingLinks]).toEqual([]);
    j.cards[0]!.links = ['c3'];
    expect([...normalizeJourney(j).incomingLinks]).toEqual([['c3', ['c1']]]);
  });

  it('reads a journey without phases or evidence', () => {
    const j = smallJourney();
    delete j.phases;
    delete j.evidence;
    const m = normalizeJourney(j);
    expect(m.phaseOfStage.size).toBe(0);
    expect(m.evidence.size).toBe(0);
    expect(m.stages.size).toBe(2);
  });

  it('leaves out a card whose lane the journey no longer has, and ends a card whose end stage is gone where it starts', () => {
    const j = smallJourney();
    j.cards = [
      { id: 'lost', stage: 'search', lane: 'gone', kind: 'pain', title: 'Lost' },
      { id: 'cut', stage: 'checkout', endStage: 'gone', lane: 'pain', kind: 'pain', title: 'Cut' },
    ];
    const m = normalizeJourney(j);
    expect([...m.cardsByLane.values()].flat().map((p) => [p.card.id, p.start, p.end])).toEqual([['cut', 1, 1]]);
  });

  describe('emotionSeries', () => {
    it('gives a curve per persona and scenario: a journey-wide curve first, then personas in their order, current before future', () => {
      const series = normalizeJourney(threePersonas()).emotionSeries;
      expect(series.map((s) => s.key)).toEqual(['current:', 'current:zoe', 'current:sam', 'future:sam', 'current:ana']);
      expect(series.map((s) => s.persona?.name ?? null)).toEqual([null, 'Zoe', 'Sam Rivera', 'Sam Rivera', 'Ana']);
    });

    it('puts each curve’s points in stage order with their stage index', () => {
      const series = normalizeJourney(threePersonas()).emotionSeries;
      const sam = series.find((s) => s.key === 'current:sam')!;
      expect(sam.points.map((p) => [p.stage, p.index, p.score])).toEqual([
        ['search', 0, 1],
        ['checkout', 1, -2],
        ['delivery', 2, -1],
      ]);
      expect(series.find((s) => s.key === 'future:sam')!.points.map((p) => p.stage)).toEqual(['search', 'checkout']);
    });

    it('gives points without a persona to the only persona of a single-persona journey', () => {
      const j = smallJourney();
      j.emotions = [
        { stage: 'checkout', score: -1 },
        { stage: 'search', score: 2 },
      ];
      const series = normalizeJourney(j).emotionSeries;
      expect(series).toHaveLength(1);
      expect(series[0]!.key).toBe('current:sam');
      expect(series[0]!.persona?.id).toBe('sam');
      expect(series[0]!.points.map((p) => p.score)).toEqual([2, -1]);
    });

    it('orders personas by the journey’s list and current before future, whichever comes first in the points', () => {
      const j = threePersonas();
      for (const emotions of [j.emotions, [...j.emotions].reverse()]) {
        const keys = normalizeJourney({ ...j, emotions }).emotionSeries.map((s) => s.key);
        expect(keys).toEqual(['current:', 'current:zoe', 'current:sam', 'future:sam', 'current:ana']);
      }
      for (const emotions of [
        [
          { stage: 'search', score: 1, scenario: 'future' as const },
          { stage: 'search', score: 2 },
        ],
        [
          { stage: 'search', score: 2 },
          { stage: 'search', score: 1, scenario: 'future' as const },
        ],
      ]) {
        expect(normalizeJourney({ ...j, emotions }).emotionSeries.map((s) => s.key)).toEqual(['current:', 'future:']);
      }
    });

    it('skips points on stages the journey no longer has (e.g. after filtering)', () => {
      const j = smallJourney();
      j.emotions.push({ stage: 'gone', persona: 'sam', score: 3 });
      expect(normalizeJourney(j).emotionSeries[0]!.points.map((p) => p.stage)).toEqual(['search', 'checkout']);
    });
  });

  describe('scale', () => {
    it('defaults to -3…3 around 0', () => {
      const j = smallJourney();
      delete j.emotionScale;
      expect(normalizeJourney(j).scale).toEqual({ min: -3, max: 3, neutral: 0 });
    });

    it('puts neutral in the middle of a declared scale, unless the journey says otherwise', () => {
      const j = smallJourney();
      j.emotionScale = { min: 1, max: 5 };
      expect(normalizeJourney(j).scale).toEqual({ min: 1, max: 5, neutral: 3 });
      j.emotionScale = { min: 0, max: 10, neutral: 4 };
      expect(normalizeJourney(j).scale).toEqual({ min: 0, max: 10, neutral: 4 });
    });

    it('keeps the scale’s labels when it has them, and adds none when it has not', () => {
      const j = smallJourney();
      j.emotionScale = { min: 1, max: 5 };
      expect(Object.keys(normalizeJourney(j).scale).sort()).toEqual(['max', 'min', 'neutral']);
      j.emotionScale = { min: 1, max: 5, minLabel: 'Awful', maxLabel: 'Great' };
      expect(normalizeJourney(j).scale).toStrictEqual({ min: 1, max: 5, neutral: 3, minLabel: 'Awful', maxLabel: 'Great' });
      j.emotionScale = { min: 1, max: 5, maxLabel: 'Great' };
      expect(normalizeJourney(j).scale).toStrictEqual({ min: 1, max: 5, neutral: 3, maxLabel: 'Great' });
      j.emotionScale = { min: 1, max: 5, minLabel: 'Awful' };
      expect(normalizeJourney(j).scale).toStrictEqual({ min: 1, max: 5, neutral: 3, minLabel: 'Awful' });
    });
  });

  it('knows whether the journey is a service blueprint', () => {
    expect(normalizeJourney(smallJourney()).hasBlueprint).toBe(false);
    const j = smallJourney();
    j.lanes.push({ id: 'back', kind: 'backstage', label: 'Backstage' });
    expect(normalizeJourney(j).hasBlueprint).toBe(true);
  });
});

describe('drawingOrder: the order blueprint lanes are drawn in', () => {
  const lane = (kind: string, id = kind) => ({ id, kind, label: id }) as Journey['lanes'][number];
  const ids = (lanes: readonly { id: string }[]) => lanes.map((l) => l.id);

  it('given blueprint lanes in any order → draws them as service designers do: physical evidence, customer actions, frontstage, backstage, support', () => {
    const lanes = ['support', 'customer', 'evidence', 'backstage', 'frontstage'].map((k) => lane(k));
    expect(ids(drawingOrder({ lanes }))).toEqual(['evidence', 'customer', 'frontstage', 'backstage', 'support']);
    expect(ids(drawingOrder({ lanes, blueprintOrder: 'convention' }))).toEqual([
      'evidence',
      'customer',
      'frontstage',
      'backstage',
      'support',
    ]);
  });

  it("keeps the journey's order when the journey asks for it", () => {
    const lanes = ['customer', 'frontstage', 'backstage', 'support', 'evidence'].map((k) => lane(k));
    expect(ids(drawingOrder({ lanes, blueprintOrder: 'journey' }))).toEqual(['customer', 'frontstage', 'backstage', 'support', 'evidence']);
  });

  it('orders each run of consecutive blueprint lanes on its own; other lanes, and lanes of one kind, keep their places', () => {
    const lanes = [
      lane('touchpoints'),
      lane('backstage', 'b1'),
      lane('customer'),
      lane('backstage', 'b2'),
      lane('pains'),
      lane('support'),
      lane('evidence'),
    ];
    expect(ids(drawingOrder({ lanes }))).toEqual(['touchpoints', 'customer', 'b1', 'b2', 'pains', 'evidence', 'support']);
  });

  it('normalising the car purchase draws physical evidence above customer actions, the rest in place, and leaves the journey given untouched', () => {
    const journey = examples['car-purchase-blueprint']!;
    const before = ids(journey.lanes);
    const m = normalizeJourney(journey);
    expect(ids(m.journey.lanes)).toEqual([
      'touchpoints',
      'physical-evidence',
      'customer',
      'frontstage',
      'backstage',
      'support',
      'pains',
      'opportunities',
      'thoughts',
      'emotion',
    ]);
    expect(ids(journey.lanes)).toEqual(before);
    expect(m.cardsByLane.get('physical-evidence')![0]!.row).toBe(1);
    // A journey whose lanes are drawn as given is the journey itself.
    const small = smallJourney();
    expect(normalizeJourney(small).journey).toBe(small);
  });
});
