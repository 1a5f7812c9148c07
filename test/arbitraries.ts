import fc from 'fast-check';
import { CARD_KINDS, CHANNELS, LANE_KINDS, type Card, type Emotion, type Journey } from '../src';

/** Text as users write it: ASCII, CJK, Cyrillic, Arabic/Hebrew (RTL), emoji, and very long words. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom('看房时发现宽带不通', 'Оформление ипотеки', 'شكراً لكم', 'שלום עולם', '🚗💨 test drive', 'Ok') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(500)) },
);

export interface JourneyShape {
  maxStages?: number;
  maxCards?: number;
  maxPersonas?: number;
  /** fast-check's size for the lists: `'max'` reaches the limits above, the default stays small. */
  size?: fc.SizeForArbitrary;
}

/** Generates valid journeys of the given size limits, with spans, links, evidence and several personas. */
export function validJourney({ maxStages = 12, maxCards = 60, maxPersonas = 3, size }: JourneyShape = {}): fc.Arbitrary<Journey> {
  return fc
    .record({
      stageNames: fc.array(anyText, { minLength: 1, maxLength: maxStages, size }),
      laneKinds: fc.array(fc.constantFrom(...LANE_KINDS), { minLength: 1, maxLength: 8 }),
      personaNames: fc.array(anyText, { minLength: 1, maxLength: maxPersonas, size }),
      phaseCuts: fc.array(fc.nat(), { maxLength: 3 }),
      scale: fc.constantFrom({ min: -3, max: 3 }, { min: 1, max: 5 }, { min: 0, max: 10 }),
      rtl: fc.boolean(),
      cards: fc.array(
        fc.record({
          stage: fc.nat(),
          span: fc.nat({ max: 3 }),
          lane: fc.nat(),
          kind: fc.constantFrom(...CARD_KINDS),
          title: anyText,
          description: fc.option(anyText, { nil: undefined }),
          channel: fc.option(fc.constantFrom(...CHANNELS, 'carrier-pigeon'), { nil: undefined }),
          momentOfTruth: fc.boolean(),
          links: fc.array(fc.nat(), { maxLength: 2 }),
          persona: fc.option(fc.nat(), { nil: undefined }),
          cites: fc.boolean(),
        }),
        { maxLength: maxCards, size },
      ),
      scores: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: maxStages * maxPersonas,
        maxLength: maxStages * maxPersonas,
      }),
    })
    .map(({ stageNames, laneKinds, personaNames, phaseCuts, scale, rtl, cards, scores }) => {
      const stages = stageNames.map((name, i) => ({ id: `s${i}`, name }));
      const lanes = laneKinds.map((kind, i) => ({ id: `l${i}`, kind, label: `${kind} ${i}` }));
      const personas = personaNames.map((name, i) => ({ id: `p${i}`, name }));
      // Phases: cut the stage list at up to three places.
      const cuts = [...new Set(phaseCuts.map((c) => c % stages.length))].filter((c) => c > 0).sort((a, b) => a - b);
      const bounds = [0, ...cuts, stages.length];
      const phases = bounds.slice(0, -1).map((start, i) => ({
        id: `ph${i}`,
        name: `Phase ${i + 1}`,
        stages: stages.slice(start, bounds[i + 1]).map((s) => s.id),
      }));
      const builtCards: Card[] = cards.map((c, i) => {
        const start = c.stage % stages.length;
        const end = Math.min(stages.length - 1, start + c.span);
        const card: Card = { id: `c${i}`, stage: `s${start}`, lane: `l${c.lane % lanes.length}`, kind: c.kind, title: c.title };
        if (end > start) card.endStage = `s${end}`;
        if (c.description !== undefined) card.description = c.description;
        if (c.channel !== undefined) card.channel = c.channel;
        if (c.momentOfTruth) card.momentOfTruth = true;
        const links = [...new Set(c.links.map((l) => l % cards.length))].filter((l) => l !== i).map((l) => `c${l}`);
        if (links.length > 0) card.links = links;
        if (c.persona !== undefined) card.persona = `p${c.persona % personas.length}`;
        if (c.cites) card.evidence = ['ev0'];
        return card;
      });
      const emotions: Emotion[] = personas.flatMap((p, pi) =>
        stages.map((s, si) => ({
          stage: s.id,
          persona: p.id,
          score: scale.min + (scale.max - scale.min) * scores[(pi * stages.length + si) % scores.length]!,
        })),
      );
      const journey: Journey = {
        schemaVersion: 1,
        id: 'generated',
        title: 'Generated journey',
        dir: rtl ? 'rtl' : 'ltr',
        emotionScale: scale,
        personas,
        phases,
        stages,
        lanes,
        cards: builtCards,
        emotions,
        evidence: [{ id: 'ev0', kind: 'survey', label: 'Survey' }],
      };
      return journey;
    });
}

const boom = () => {
  throw new Error('hostile');
};

/**
 * Makers of values a host might pass by accident or an attacker on purpose: Proxies whose
 * traps throw, revoked Proxies, throwing getters, functions whose `toString` throws,
 * values JSON cannot hold (BigInt, symbols, NaN, cycles, class instances, Maps, Dates),
 * lists with holes, named properties or lying lengths, and deep nesting. Each call makes
 * a fresh value, so a mutation of one run never leaks into the next.
 */
export const HOSTILE_MAKERS: Readonly<Record<string, () => unknown>> = {
  revokedProxy: () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  throwingGetTrap: () => new Proxy({ id: 'x', title: 'x' }, { get: boom }),
  throwingOwnKeysTrap: () => new Proxy({ id: 'x' }, { ownKeys: boom }),
  throwingPrototypeTrap: () => new Proxy({ id: 'x' }, { getPrototypeOf: boom }),
  throwingDescriptorTrap: () => new Proxy({ id: 'x' }, { getOwnPropertyDescriptor: boom }),
  throwingHasTrap: () => new Proxy(['a', 'b'], { has: boom }),
  lyingLengthList: () => new Proxy(['a'], { get: (target, key) => (key === 'length' ? 1e9 : Reflect.get(target, key)) }),
  throwingGetter: () => Object.defineProperty({ id: 'x' }, 'title', { get: boom, enumerable: true }),
  plainGetter: () => Object.defineProperty({}, 'value', { get: () => 'from a getter', enumerable: true }),
  functionWithThrowingToString: () => Object.assign(() => 1, { toString: boom, valueOf: boom }),
  bigint: () => 10n ** 30n,
  symbol: () => Symbol('hostile'),
  nan: () => Number.NaN,
  infinity: () => -Infinity,
  negativeZero: () => -0,
  date: () => new Date(0),
  map: () => new Map([['a', 1]]),
  set: () => new Set([1]),
  boxedString: () => new String('boxed'),
  classWithGetter: () =>
    new (class Hostile {
      get title() {
        return 'from the prototype';
      }
    })(),
  nullPrototype: () => Object.assign(Object.create(null) as object, { a: 1 }),
  protoKey: () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}') as unknown,
  cycle: () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = { back: a };
    return a;
  },
  holeyList: () => {
    const list = ['a', 'gone', 'b'];
    delete list[1];
    return list;
  },
  undefinedItem: () => ['a', undefined],
  namedListProperty: () => Object.assign(['a'], { extra: 1 }),
  mostlyHoles: () => {
    const list: unknown[] = ['a'];
    list.length = 1e6;
    return list;
  },
  deepNesting: () => {
    let value: unknown = 'bottom';
    for (let i = 0; i < 5000; i++) value = { next: value };
    return value;
  },
  symbolKey: () => ({ [Symbol('k')]: 1, a: 1 }),
  longText: () => 'x'.repeat(100_000),
};

/** One hostile value, by the name of its maker. */
export const hostileValue: fc.Arbitrary<{ kind: string; make: () => unknown }> = fc
  .constantFrom(...Object.keys(HOSTILE_MAKERS))
  .map((kind) => ({ kind, make: HOSTILE_MAKERS[kind]! }));

/** Every object and list in a journey, with the keys it holds: the places a hostile value can go. */
function places(root: unknown): Array<{ holder: Record<string | number, unknown>; keys: Array<string | number> }> {
  const out: Array<{ holder: Record<string | number, unknown>; keys: Array<string | number> }> = [];
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const holder = value as Record<string | number, unknown>;
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    out.push({ holder, keys });
    for (const key of keys) visit(holder[key]);
  };
  visit(root);
  return out;
}

/**
 * A valid journey with up to four hostile values put in random places: over a known
 * field (a card's title, a whole card, the list of stages), over a list item, or as an
 * extra field. Built fresh on each run.
 */
export function hostileJourney(): fc.Arbitrary<{ journey: Journey; describe: string }> {
  return fc
    .record({
      journey: validJourney({ maxStages: 6, maxCards: 12, maxPersonas: 2 }),
      injections: fc.array(fc.record({ value: hostileValue, place: fc.nat(), key: fc.nat(), extra: fc.boolean() }), {
        minLength: 1,
        maxLength: 4,
      }),
    })
    .map(({ journey, injections }) => {
      const copy = structuredClone(journey);
      const log: string[] = [];
      // The places of the clean journey: hostile values are never walked into.
      const all = places(copy);
      for (const { value, place, key, extra } of injections) {
        const target = all[place % all.length]!;
        const name = extra || target.keys.length === 0 ? 'extra' : target.keys[key % target.keys.length]!;
        target.holder[name] = value.make();
        log.push(`${value.kind} at ${String(name)}`);
      }
      return { journey: copy, describe: log.join('; ') };
    });
}
