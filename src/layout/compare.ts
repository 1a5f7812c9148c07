import type { Card, Emotion, EmotionScenario, Journey, Lane, Phase, Stage } from '../model/types';
import { diffJourneys, type CardPlace, type FieldDiff, type JourneyDiff } from '../model/diff';
import { formatScore } from './score';

/** Which version a comparison draws: the new one, the old one, or both merged (removed parts as ghosts). */
export type CompareMode = 'after' | 'before' | 'both';

/** How a part changed between the two versions. */
export type CompareChange = 'added' | 'removed' | 'changed' | 'moved';

/** What changed in one card, as a comparison marks it. */
export interface CardMark {
  /** The change that marks the card: added, removed, changed (fields differ), or moved (only its place differs). */
  change: CompareChange;
  /** The fields that differ, with their old and new values (place fields are in `move`). */
  fields: FieldDiff<Card>[];
  /** The card's old and new place, when it moved. */
  move?: { before: CardPlace; after: CardPlace };
}

/** What changed in one stage or lane. */
export interface PartMark {
  /** Added, removed or moved (its position among the kept parts). */
  change: Exclude<CompareChange, 'changed'>;
  /** Its position (1-based) in the old version, when it moved. */
  from?: number;
}

/** One score of the emotion curve in one version: the stage and the score. */
export interface CurveScore {
  /** The stage. */
  stage: string;
  /** The score. */
  score: number;
}

/** One curve (a persona and scenario) in both versions, overlaid by a comparison. */
export interface CompareCurve {
  /** Stable key: the persona and the scenario. */
  key: string;
  /** The persona, when the scores name one. */
  persona?: string;
  /** Current or future state. */
  scenario: EmotionScenario;
  /** The old scores, in the old stage order. */
  before: CurveScore[];
  /** The new scores, in the new stage order. */
  after: CurveScore[];
}

/** A score that changed at a stage, in signed words: "−2 → +1". */
export interface StageDelta {
  /** The curve's key. */
  key: string;
  /** The persona, when the scores name one. */
  persona?: string;
  /** The scenario. */
  scenario: EmotionScenario;
  /** The old score; left out when the old version has none here. */
  before?: number;
  /** The new score; left out when the new version has none here. */
  after?: number;
  /** "−2 → +1"; a missing score is "–". */
  text: string;
}

/** Everything a comparison draws: the journey to draw with its marks, the curves and the diff. */
export interface JourneyCompareModel {
  /** The journey drawn: `after`, `before`, or both merged (removed stages, lanes and cards kept where they were). */
  journey: Journey;
  /** The diff of the two versions. */
  diff: JourneyDiff;
  /** The marks of the cards drawn, by card id; unchanged cards have none. */
  cards: ReadonlyMap<string, CardMark>;
  /** The marks of the stages drawn, by stage id. */
  stages: ReadonlyMap<string, PartMark>;
  /** The marks of the lanes drawn, by lane id. */
  lanes: ReadonlyMap<string, PartMark>;
  /** Each curve in both versions. */
  curves: CompareCurve[];
  /** The scores that changed at each stage, by stage id. */
  deltas: ReadonlyMap<string, StageDelta[]>;
}

const curveKey = (e: Pick<Emotion, 'persona' | 'scenario'>) => `${e.persona ?? ''}\u0000${e.scenario ?? 'current'}`;

/**
 * A list of the new version with the removed parts put back where they stood: each right
 * after the part that preceded it in the old version (or first).
 */
export function mergeOrder<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const out = [...after];
  const ids = new Set(after.map((p) => p.id));
  let previous: string | undefined;
  for (const part of before) {
    if (!ids.has(part.id)) {
      const at = previous === undefined ? 0 : out.findIndex((p) => p.id === previous) + 1;
      out.splice(at, 0, part);
      ids.add(part.id);
    }
    previous = part.id;
  }
  return out;
}

/**
 * The phases of the merged stages: each phase lists its stages in the merged order. A
 * removed stage joins its old phase only where the phase's stages stay side by side.
 */
function mergePhases(beforePhases: readonly Phase[], afterPhases: readonly Phase[], stages: Stage[], removed: ReadonlySet<string>) {
  const phases = mergeOrder(beforePhases, afterPhases);
  const phaseOf = new Map<string, string>();
  for (const list of [beforePhases, afterPhases]) for (const p of list) for (const s of p.stages) phaseOf.set(s, p.id);
  // The new version's phases win for the stages it keeps.
  for (const p of afterPhases) for (const s of p.stages) phaseOf.set(s, p.id);
  for (const s of stages) if (!removed.has(s.id) && !afterPhases.some((p) => p.stages.includes(s.id))) phaseOf.delete(s.id);
  const members = (id: string) => stages.filter((s) => phaseOf.get(s.id) === id).map((s) => s.id);
  for (const p of phases) {
    const list = members(p.id);
    const first = stages.findIndex((s) => s.id === list[0]);
    const contiguous = list.every((id, i) => stages[first + i]?.id === id);
    if (!contiguous) for (const id of list) if (removed.has(id)) phaseOf.delete(id);
  }
  const merged = phases.map((p) => ({ ...p, stages: members(p.id) })).filter((p) => p.stages.length > 0);
  const placed = stages.map((s) => {
    const phase = phaseOf.get(s.id);
    if (phase === s.phase) return s;
    const { phase: _old, ...rest } = s;
    return phase ? { ...rest, phase } : rest;
  });
  return { phases: merged, stages: placed };
}

/** The lanes' and stages' marks from a list diff. */
function partMarks<T extends { id: string }>(
  diff: { added: T[]; removed: T[]; moved: { id: string; before: number }[] },
  mode: CompareMode,
): Map<string, PartMark> {
  const marks = new Map<string, PartMark>();
  if (mode !== 'before') for (const p of diff.added) marks.set(p.id, { change: 'added' });
  if (mode !== 'after') for (const p of diff.removed) marks.set(p.id, { change: 'removed' });
  for (const m of diff.moved) marks.set(m.id, { change: 'moved', from: m.before + 1 });
  return marks;
}

/** The signed words of a score change: "−2 → +1", "– → +1". */
export const deltaText = (before: number | undefined, after: number | undefined): string =>
  `${before === undefined ? '\u2013' : formatScore(before)} \u2192 ${after === undefined ? '\u2013' : formatScore(after)}`;

/**
 * Builds what a comparison draws. `'after'` draws the new version with its new, changed
 * and moved cards marked; `'before'` the old one with its removed, changed and moved
 * cards marked; `'both'` the new version with the removed stages, lanes and cards put
 * back where they were, marked as removed. Linear in the journeys' size but for the
 * merge of stage and lane orders (lists of a few dozen).
 */
export function buildJourneyCompare(before: Journey, after: Journey, mode: CompareMode = 'both'): JourneyCompareModel {
  const diff = diffJourneys(before, after);
  let journey: Journey = mode === 'before' ? before : after;
  if (mode === 'both') {
    const removedStages = new Set(diff.stages.removed.map((s) => s.id));
    const { phases, stages } = mergePhases(before.phases ?? [], after.phases ?? [], mergeOrder(before.stages, after.stages), removedStages);
    journey = {
      ...after,
      stages,
      ...(phases.length > 0 ? { phases } : {}),
      lanes: mergeOrder<Lane>(before.lanes, after.lanes),
      personas: mergeOrder(before.personas, after.personas),
      cards: [...after.cards, ...diff.cards.removed],
      ...(before.evidence || after.evidence ? { evidence: mergeOrder(before.evidence ?? [], after.evidence ?? []) } : {}),
    };
  }

  const cards = new Map<string, CardMark>();
  if (mode !== 'before') for (const c of diff.cards.added) cards.set(c.id, { change: 'added', fields: [] });
  if (mode !== 'after') for (const c of diff.cards.removed) cards.set(c.id, { change: 'removed', fields: [] });
  for (const c of diff.cards.changed) cards.set(c.id, { change: 'changed', fields: c.fields });
  for (const m of diff.cards.moved) {
    const mark = cards.get(m.id);
    const move = { before: m.before, after: m.after };
    cards.set(m.id, mark ? { ...mark, move } : { change: 'moved', fields: [], move });
  }

  const curves = new Map<string, CompareCurve>();
  const curve = (e: Emotion) => {
    const key = curveKey(e);
    let c = curves.get(key);
    if (!c) {
      c = { key, ...(e.persona !== undefined ? { persona: e.persona } : {}), scenario: e.scenario ?? 'current', before: [], after: [] };
      curves.set(key, c);
    }
    return c;
  };
  for (const e of before.emotions) curve(e).before.push({ stage: e.stage, score: e.score });
  for (const e of after.emotions) curve(e).after.push({ stage: e.stage, score: e.score });

  const deltas = new Map<string, StageDelta[]>();
  for (const e of diff.emotions) {
    // A curve only one version has is new or gone as a whole: it has no change per stage.
    const c = curves.get(curveKey(e))!;
    if (e.before === e.after || c.before.length === 0 || c.after.length === 0) continue;
    const list = deltas.get(e.stage) ?? [];
    list.push({
      key: curveKey(e),
      ...(e.persona !== undefined ? { persona: e.persona } : {}),
      scenario: e.scenario,
      ...(e.before !== undefined ? { before: e.before } : {}),
      ...(e.after !== undefined ? { after: e.after } : {}),
      text: deltaText(e.before, e.after),
    });
    deltas.set(e.stage, list);
  }

  return {
    journey,
    diff,
    cards,
    stages: partMarks(diff.stages, mode),
    lanes: partMarks(diff.lanes, mode),
    curves: [...curves.values()],
    deltas,
  };
}

/** The words a comparison's marks are written in (see the views' labels). */
export interface CompareWords {
  /** "New". */
  added: string;
  /** "Removed". */
  removed: string;
  /** "Changed". */
  changed: string;
  /** "Moved from Checkout · Pains" (`place` is the old place in words). */
  movedFrom: (place: string) => string;
  /** "Moves to Checkout · Pains", said in the old version. */
  movesTo: (place: string) => string;
  /** A field's name, e.g. "Title". */
  fieldName: (field: string) => string;
  /** A field's value in words; `undefined` when absent. */
  fieldValue: (field: string, value: unknown) => string;
  /** The arrow from an old value to a new one: "→", or "←" in right-to-left text. */
  arrow: string;
}

/** The lines of a card's mark: its change, then where it moved from (or to), then each field "Title: old → new". */
export function cardMarkLines(
  mark: CardMark,
  mode: CompareMode,
  words: CompareWords,
  placeName: (place: CardPlace) => string,
): { change: string; details: string[] } {
  const details: string[] = [];
  if (mark.move) details.push(mode === 'before' ? words.movesTo(placeName(mark.move.after)) : words.movedFrom(placeName(mark.move.before)));
  for (const f of mark.fields) {
    details.push(
      `${words.fieldName(f.field)}: ${words.fieldValue(f.field, f.before)} ${words.arrow} ${words.fieldValue(f.field, f.after)}`,
    );
  }
  return { change: mark.change === 'moved' ? '' : words[mark.change], details };
}

/** A field's value in plain words: text quoted and cut to `max` characters, lists joined, absent as "–". */
export function plainValue(value: unknown, max = 48): string {
  if (value === undefined || value === null || value === '') return '\u2013';
  if (Array.isArray(value)) return value.length === 0 ? '\u2013' : value.map((v) => plainValue(v, max)).join(', ');
  if (typeof value === 'string') return `\u201c${value.length > max ? `${value.slice(0, max - 1).trimEnd()}\u2026` : value}\u201d`;
  if (typeof value === 'object') return plainValue(JSON.stringify(value), max);
  return String(value);
}
