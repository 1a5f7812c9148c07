import type { Card, Emotion, Journey } from '../types';
import { diffList, diffParts } from './lists';
import { fieldDiffs } from './same';
import type {
  CardPlace,
  CardPlaceMove,
  DiffCounts,
  EmotionDiff,
  JourneyDiff,
  JourneyDiffSummary,
  JourneyOwnFields,
  PartsDiff,
} from './types';

/** A card's place is told by `moved`, not among its changed fields. */
const PLACE_FIELDS: ReadonlySet<string> = new Set(['stage', 'lane', 'endStage']);
/** The journey's lists are compared part by part; its id and schema version are not compared. */
const LIST_FIELDS: ReadonlySet<string> = new Set([
  'schemaVersion',
  'id',
  'personas',
  'phases',
  'stages',
  'lanes',
  'cards',
  'emotions',
  'evidence',
]);

const placeOf = (card: Card): CardPlace => ({
  stage: card.stage,
  ...(card.endStage !== undefined ? { endStage: card.endStage } : {}),
  lane: card.lane,
});

/** A card's stage and lane and the end of its span, with a span ending where it starts counted as one stage wide. */
const samePlace = (a: Card, b: Card) => a.stage === b.stage && a.lane === b.lane && (a.endStage ?? a.stage) === (b.endStage ?? b.stage);

function diffCards(before: readonly Card[], after: readonly Card[]): PartsDiff<Card, CardPlaceMove> {
  const { diff, beforeById } = diffParts(before, after, PLACE_FIELDS);
  const moved: CardPlaceMove[] = [];
  for (const card of after) {
    const old = beforeById.get(card.id);
    if (old && !samePlace(old, card)) moved.push({ id: card.id, before: placeOf(old), after: placeOf(card) });
  }
  return { ...diff, moved };
}

const emotionKey = (e: Emotion) => `${e.stage}\u0000${e.persona ?? ''}\u0000${e.scenario ?? 'current'}`;

function emotionDiff(old: Emotion | undefined, now: Emotion | undefined): EmotionDiff {
  const point = (now ?? old)!;
  const persona = now?.persona ?? old?.persona;
  const out: EmotionDiff = { stage: point.stage, ...(persona !== undefined ? { persona } : {}), scenario: point.scenario ?? 'current' };
  if (old) out.before = old.score;
  if (now) out.after = now.score;
  if (old && now) out.delta = now.score - old.score;
  if (old?.label !== undefined) out.beforeLabel = old.label;
  if (now?.label !== undefined) out.afterLabel = now.label;
  return out;
}

function diffEmotions(before: readonly Emotion[], after: readonly Emotion[]): EmotionDiff[] {
  const old = new Map<string, Emotion>();
  for (const e of before) old.set(emotionKey(e), e);
  const seen = new Set<string>();
  const out: EmotionDiff[] = [];
  for (const e of after) {
    const key = emotionKey(e);
    seen.add(key);
    const was = old.get(key);
    if (!was || was.score !== e.score || was.label !== e.label) out.push(emotionDiff(was, e));
  }
  for (const [key, e] of old) if (!seen.has(key)) out.push(emotionDiff(e, undefined));
  return out;
}

const count = (d: { added: unknown[]; removed: unknown[]; changed: unknown[]; moved: unknown[] }): DiffCounts => ({
  added: d.added.length,
  removed: d.removed.length,
  changed: d.changed.length,
  moved: d.moved.length,
});

/**
 * What differs between two versions of a journey: for cards, stages, phases, lanes, personas
 * and evidence, matched by id, the parts added, removed, changed (each field with its old and
 * new value) and moved (a card's old and new cell or span; a part's old and new position in
 * its list); for the emotion curve, each score that changed per stage, persona and scenario;
 * the journey's own fields that differ; and the counts. Pure, and linear in the journeys'
 * size (a list's moves take n log n). `diffJourneys(j, j)` is empty. A card's order within
 * its cell is not compared.
 */
export function diffJourneys(before: Journey, after: Journey): JourneyDiff {
  const cards = diffCards(before.cards, after.cards);
  const stages = diffList(before.stages, after.stages);
  const phases = diffList(before.phases, after.phases);
  const lanes = diffList(before.lanes, after.lanes);
  const personas = diffList(before.personas, after.personas);
  const evidence = diffList(before.evidence, after.evidence);
  const emotions = diffEmotions(before.emotions, after.emotions);
  const journey = fieldDiffs<JourneyOwnFields>(before, after, LIST_FIELDS);
  const parts = {
    cards: count(cards),
    stages: count(stages),
    phases: count(phases),
    lanes: count(lanes),
    personas: count(personas),
    evidence: count(evidence),
  };
  let total = emotions.length + journey.length;
  for (const c of Object.values(parts)) total += c.added + c.removed + c.changed + c.moved;
  const summary: JourneyDiffSummary = { ...parts, emotions: emotions.length, journey: journey.length, total };
  return { cards, stages, phases, lanes, personas, evidence, emotions, journey, summary };
}
