import type { Card, Emotion, EmotionScale, EmotionScenario, Evidence, Journey, Lane, Persona, Phase, Stage } from './types';
import { isBlueprintLane } from './types';
import { DEFAULT_EMOTION_SCALE } from './validate';

/** A card placed on the grid: its column range resolved to indices. */
export interface PlacedCard {
  /** The card as given. */
  card: Card;
  /** Index of its first stage. */
  start: number;
  /** Index of its last stage (inclusive). */
  end: number;
  /** Index of its lane. */
  row: number;
}

/** A journey read into lookup maps, ready for layout and rendering. Built once per journey. */
export interface NormalizedJourney {
  /** The journey as given, its lanes in the order they are drawn (see {@link drawingOrder}). */
  journey: Journey;
  /** The emotion scale with its neutral value resolved. */
  scale: EmotionScale & { neutral: number };
  /** Lookups by id. */
  personas: ReadonlyMap<string, Persona>;
  /** Lookups by id. */
  stages: ReadonlyMap<string, Stage>;
  /** Stage id → column index. */
  stageIndex: ReadonlyMap<string, number>;
  /** Lookups by id. */
  lanes: ReadonlyMap<string, Lane>;
  /** Lookups by id. */
  cards: ReadonlyMap<string, Card>;
  /** Lookups by id. */
  evidence: ReadonlyMap<string, Evidence>;
  /** Stage id → its phase. */
  phaseOfStage: ReadonlyMap<string, Phase>;
  /** Cards by lane id, each with its resolved span, in stage order. */
  cardsByLane: ReadonlyMap<string, readonly PlacedCard[]>;
  /** Card id → ids of the cards linking to it. */
  incomingLinks: ReadonlyMap<string, readonly string[]>;
  /** Emotion points per scenario and persona id ('' for a journey-wide curve), in stage order. */
  emotionSeries: ReadonlyArray<EmotionSeries>;
  /** Whether the journey declares any of the five service-blueprint lanes. */
  hasBlueprint: boolean;
}

/** One emotion curve: a persona's scores in one scenario. */
export interface EmotionSeries {
  /** A stable key: `<scenario>:<personaId>`. */
  key: string;
  /** The persona, when the points name one. */
  persona?: Persona;
  /** Current or future state. */
  scenario: EmotionScenario;
  /** Points in stage order. */
  points: ReadonlyArray<Emotion & { index: number }>;
}

const byId = <T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> =>
  new Map((items ?? []).map((item) => [item.id, item]));

/** Where each blueprint lane goes in a service designer's blueprint, top to bottom. */
const CONVENTION: Record<string, number> = { evidence: 0, customer: 1, frontstage: 2, backstage: 3, support: 4 };

/**
 * The lanes in the order they are drawn. Unless the journey's `blueprintOrder` is
 * `'journey'`, each run of consecutive blueprint lanes is put in the Shostack/Bitner
 * order: physical evidence on top, then customer actions, frontstage, backstage and
 * support processes, so the lines of interaction, visibility and internal interaction
 * each fall once. Other lanes, and blueprint lanes that other lanes keep apart, stay where
 * the journey puts them; lanes of one kind keep their order.
 */
export function drawingOrder(journey: Pick<Journey, 'lanes' | 'blueprintOrder'>): Lane[] {
  const lanes = [...journey.lanes];
  if (journey.blueprintOrder === 'journey') return lanes;
  const rank = (lane: Lane) => CONVENTION[lane.kind] ?? -1;
  for (let start = 0; start < lanes.length;) {
    let end = start;
    while (end < lanes.length && rank(lanes[end]!) >= 0) end++;
    const run = lanes.slice(start, end).sort((a, b) => rank(a) - rank(b));
    lanes.splice(start, run.length, ...run);
    start = Math.max(end, start + 1);
  }
  return lanes;
}

/**
 * Reads a valid journey into lookup maps. Call it on a journey that
 * `validateJourney` accepted; it does not check references again.
 */
export function normalizeJourney(given: Journey): NormalizedJourney {
  const lanes = drawingOrder(given);
  const journey = lanes.every((lane, i) => lane === given.lanes[i]) ? given : { ...given, lanes };
  const stageIndex = new Map(journey.stages.map((stage, i) => [stage.id, i]));
  const laneIndex = new Map(journey.lanes.map((lane, i) => [lane.id, i]));
  const phaseOfStage = new Map<string, Phase>();
  for (const phase of journey.phases ?? []) for (const id of phase.stages) phaseOfStage.set(id, phase);

  const cardsByLane = new Map<string, PlacedCard[]>(journey.lanes.map((lane) => [lane.id, []]));
  const incoming = new Map<string, string[]>();
  for (const card of journey.cards) {
    const start = stageIndex.get(card.stage) ?? 0;
    const end = card.endStage === undefined ? start : (stageIndex.get(card.endStage) ?? start);
    cardsByLane.get(card.lane)?.push({ card, start, end: Math.max(start, end), row: laneIndex.get(card.lane) ?? 0 });
    for (const target of card.links ?? []) {
      const list = incoming.get(target);
      if (list) list.push(card.id);
      else incoming.set(target, [card.id]);
    }
  }
  for (const list of cardsByLane.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);

  const personas = byId(journey.personas);
  const single = journey.personas.length === 1 ? journey.personas[0] : undefined;
  const series = new Map<string, EmotionSeries & { points: Array<Emotion & { index: number }> }>();
  for (const emotion of journey.emotions) {
    const index = stageIndex.get(emotion.stage);
    if (index === undefined) continue;
    const scenario = emotion.scenario ?? 'current';
    const persona = emotion.persona === undefined ? single : personas.get(emotion.persona);
    const key = `${scenario}:${persona?.id ?? ''}`;
    let entry = series.get(key);
    if (!entry) {
      entry = { key, persona, scenario, points: [] };
      series.set(key, entry);
    }
    entry.points.push({ ...emotion, index });
  }
  const personaOrder = new Map(journey.personas.map((p, i) => [p.id, i]));
  const emotionSeries = [...series.values()]
    .map((s) => ({ ...s, points: s.points.sort((a, b) => a.index - b.index) }))
    .sort(
      (a, b) =>
        (personaOrder.get(a.persona?.id ?? '') ?? -1) - (personaOrder.get(b.persona?.id ?? '') ?? -1) ||
        (a.scenario === b.scenario ? 0 : a.scenario === 'current' ? -1 : 1),
    );

  const min = journey.emotionScale?.min ?? DEFAULT_EMOTION_SCALE.min;
  const max = journey.emotionScale?.max ?? DEFAULT_EMOTION_SCALE.max;
  // min + span / 2, not (min + max) / 2, which overflows near ±Number.MAX_VALUE.
  const neutral = journey.emotionScale?.neutral ?? min + (max - min) / 2;
  const { minLabel, maxLabel } = journey.emotionScale ?? {};

  return {
    journey,
    scale: { min, max, neutral, ...(minLabel !== undefined && { minLabel }), ...(maxLabel !== undefined && { maxLabel }) },
    personas,
    stages: byId(journey.stages),
    stageIndex,
    lanes: byId(journey.lanes),
    cards: byId(journey.cards),
    evidence: byId(journey.evidence),
    phaseOfStage,
    cardsByLane,
    incomingLinks: incoming,
    emotionSeries,
    hasBlueprint: journey.lanes.some(isBlueprintLane),
  };
}
