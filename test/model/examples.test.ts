import { describe, expect, it } from 'vitest';
import { BLUEPRINT_LANE_KINDS, parseJourney, serializeJourney, validateJourney } from '../../src';
import { examples } from '../../stories/data';

const entries = Object.entries(examples);

describe('example journeys', () => {
  it('there are at least eight, covering every map kind and three languages', () => {
    expect(entries.length).toBeGreaterThanOrEqual(8);
    const kinds = new Set(entries.map(([, j]) => j.kind ?? 'current-state'));
    expect([...kinds].sort()).toEqual(['current-state', 'day-in-the-life', 'future-state', 'service-blueprint']);
    const locales = new Set(entries.map(([, j]) => (j.locale ?? 'en').slice(0, 2)));
    expect(locales).toEqual(new Set(['en', 'zh', 'ru']));
  });

  describe.each(entries)('%s', (name, journey) => {
    it('validates without a single problem', () => {
      expect(validateJourney(journey)).toEqual([]);
    });

    it('is named after its file', () => {
      expect(journey.id).toBe(name);
    });

    it('round-trips through JSON text unchanged', () => {
      expect(parseJourney(serializeJourney(journey))).toEqual(journey);
    });

    it('holds what a researcher would put in a map', () => {
      const persona = journey.personas[0]!;
      expect(persona.goals?.length).toBeGreaterThan(0);
      expect(persona.frustrations?.length).toBeGreaterThan(0);
      expect(journey.stages.length).toBeGreaterThanOrEqual(6);
      expect(journey.stages.length).toBeLessThanOrEqual(7);
      expect(journey.stages.every((s) => s.trigger)).toBe(true);
      const kinds = new Set(journey.cards.map((c) => c.kind));
      const blueprint = journey.lanes.some((l) => (BLUEPRINT_LANE_KINDS as readonly string[]).includes(l.kind));
      for (const kind of blueprint
        ? ['action', 'process', 'pain', 'opportunity']
        : ['action', 'touchpoint', 'thought', 'pain', 'opportunity']) {
        expect(kinds, `a ${kind} card`).toContain(kind);
      }
      expect(journey.cards.some((c) => c.kind === 'touchpoint' && c.channel) || blueprint).toBe(true);
      expect(journey.cards.some((c) => c.momentOfTruth)).toBe(true);
      expect(journey.cards.some((c) => (c.evidence?.length ?? 0) > 0)).toBe(true);
      // Every persona has a score at every stage.
      for (const p of journey.personas) {
        const scored = new Set(
          journey.emotions.filter((e) => (e.persona ?? p.id) === p.id && (e.scenario ?? 'current') === 'current').map((e) => e.stage),
        );
        expect(scored.size, `${p.id} scores`).toBe(journey.stages.length);
      }
    });
  });

  it('the service blueprint links cards across the line of visibility', () => {
    const blueprint = entries.find(([, j]) => j.kind === 'service-blueprint')![1];
    const laneKind = new Map(blueprint.lanes.map((l) => [l.id, l.kind]));
    const cardLane = new Map(blueprint.cards.map((c) => [c.id, laneKind.get(c.lane)]));
    const crossings = blueprint.cards.flatMap((c) =>
      (c.links ?? []).filter((t) => laneKind.get(c.lane) === 'frontstage' && cardLane.get(t) === 'backstage'),
    );
    expect(crossings.length).toBeGreaterThan(0);
  });
});
