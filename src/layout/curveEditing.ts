import { DEFAULT_EMOTION_SCALE } from '../model/validate';
import type { EmotionRemove, EmotionSet, JourneyChange } from '../model/changes';
import type { Emotion, EmotionScenario, Journey } from '../model/types';
import { formatScore } from './score';

/**
 * The emotion curve's editing model, as pure functions: the scale a point moves on, the
 * score a key press or a pointer position gives, the curves a point can be added to, and
 * the changes that set, relabel or remove a score.
 */

/** The scale a score is edited on: its ends and the size of one step. */
export interface ScoreScale {
  min: number;
  max: number;
  /** One step of the arrow keys, and what a dragged point snaps to. */
  step: number;
}

/**
 * The journey's emotion scale with its step: 1 on the usual whole-number scales (−3…3, 1…5,
 * 0…10), a tenth of the scale on a short or fractional one (0…1 steps by 0.1).
 */
export function scoreScale(journey: Pick<Journey, 'emotionScale'>): ScoreScale {
  const min = journey.emotionScale?.min ?? DEFAULT_EMOTION_SCALE.min;
  const max = journey.emotionScale?.max ?? DEFAULT_EMOTION_SCALE.max;
  const whole = Number.isInteger(min) && Number.isInteger(max) && max - min >= 2;
  return { min, max, step: whole ? 1 : (max - min) / 10 };
}

/** `value` snapped to the nearest step of `scale` (counted from its minimum) and kept within it. */
export function snapScore(value: number, scale: ScoreScale): number {
  if (!Number.isFinite(value)) return scale.min;
  const steps = Math.round((value - scale.min) / scale.step);
  // Rounded to the step's precision: 0.1 * 3 is 0.30000000000000004.
  const snapped = Number((scale.min + steps * scale.step).toPrecision(12));
  return Math.min(scale.max, Math.max(scale.min, snapped));
}

/** How many steps Page Up and Page Down move: about a fifth of the scale, at least two. */
const pageSteps = (scale: ScoreScale) => Math.max(2, Math.round((scale.max - scale.min) / scale.step / 5));

/**
 * The score a key press gives a focused point, following the slider pattern: Arrow Up and
 * Right one step up, Arrow Down and Left one step down, Page Up and Page Down a larger
 * step, Home the lowest score and End the highest. `undefined` for other keys.
 */
export function stepScore(score: number, key: string, scale: ScoreScale): number | undefined {
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return snapScore(score + scale.step, scale);
    case 'ArrowDown':
    case 'ArrowLeft':
      return snapScore(score - scale.step, scale);
    case 'PageUp':
      return snapScore(score + pageSteps(scale) * scale.step, scale);
    case 'PageDown':
      return snapScore(score - pageSteps(scale) * scale.step, scale);
    case 'Home':
      return scale.min;
    case 'End':
      return scale.max;
    default:
      return undefined;
  }
}

/**
 * The score at vertical pixel `y` of a curve drawn by `invert` (the inverse of the lane's
 * score → y scale, d3's `scale.invert`), snapped to the scale.
 */
export function scoreAtY(y: number, invert: (y: number) => number, scale: ScoreScale): number {
  return snapScore(invert(y), scale);
}

/** One curve of the editor: a persona (when scores name one) in a scenario. */
export interface CurveKey {
  persona?: string;
  scenario?: EmotionScenario;
}

/** Whether an emotion belongs to curve `key`. */
export const onCurve = (emotion: Emotion, key: CurveKey): boolean =>
  (emotion.persona ?? '') === (key.persona ?? '') && (emotion.scenario ?? 'current') === (key.scenario ?? 'current');

/**
 * The curves a score can be edited on: each persona and scenario the journey scores, in
 * the order of the journey's personas, current state first; a journey with no scores has
 * one curve, of its first persona (of none, when it has a single persona).
 */
export function editableCurves(journey: Journey): CurveKey[] {
  const seen = new Map<string, CurveKey>();
  for (const e of journey.emotions) {
    const key = JSON.stringify([e.persona ?? '', e.scenario ?? 'current']);
    if (!seen.has(key)) seen.set(key, { ...(e.persona && { persona: e.persona }), ...(e.scenario && { scenario: e.scenario }) });
  }
  if (seen.size === 0) {
    const persona = journey.personas.length > 1 ? journey.personas[0]?.id : undefined;
    return [persona ? { persona } : {}];
  }
  const order = new Map(journey.personas.map((p, i) => [p.id, i]));
  return [...seen.values()].sort(
    (a, b) =>
      (order.get(a.persona ?? '') ?? -1) - (order.get(b.persona ?? '') ?? -1) ||
      Number(a.scenario === 'future') - Number(b.scenario === 'future'),
  );
}

/** The score of curve `key` at stage `stageId`, if it has one. */
export const scoreAt = (journey: Journey, key: CurveKey, stageId: string): Emotion | undefined =>
  journey.emotions.find((e) => e.stage === stageId && onCurve(e, key));

/** The point of curve `key` at stage `stageId` as an emotion: with the curve's persona and scenario. */
const pointOf = (key: CurveKey, stageId: string, score: number, label?: string): Emotion => ({
  stage: stageId,
  ...(key.persona && { persona: key.persona }),
  score,
  ...(label && { label }),
  ...(key.scenario && { scenario: key.scenario }),
});

/**
 * The change that gives curve `key` the score `score` at stage `stageId` (keeping its
 * feeling), or adds the point there; `undefined` when the score is already that.
 */
export function setScoreChange(journey: Journey, key: CurveKey, stageId: string, score: number): EmotionSet | undefined {
  const old = scoreAt(journey, key, stageId);
  if (old?.score === score) return undefined;
  return { type: 'emotion/set', emotion: { ...(old ?? pointOf(key, stageId, score)), score } };
}

/** The change that sets the feeling of an existing point (an empty text removes it), or `undefined` when nothing changes. */
export function setFeelingChange(journey: Journey, key: CurveKey, stageId: string, text: string): EmotionSet | undefined {
  const old = scoreAt(journey, key, stageId);
  const label = text.trim();
  if (!old || (old.label ?? '') === label) return undefined;
  const { label: _dropped, ...rest } = old;
  return { type: 'emotion/set', emotion: label ? { ...rest, label } : rest };
}

/** The change that removes the point of curve `key` at stage `stageId`, or `undefined` when there is none. */
export function removeScoreChange(journey: Journey, key: CurveKey, stageId: string): EmotionRemove | undefined {
  const old = scoreAt(journey, key, stageId);
  if (!old) return undefined;
  return {
    type: 'emotion/remove',
    stage: stageId,
    ...(old.persona && { persona: old.persona }),
    ...(old.scenario && { scenario: old.scenario }),
  };
}

/** The score a new point starts at: the neutral score, snapped to the scale. */
export function newPointScore(journey: Journey): number {
  const scale = scoreScale(journey);
  const neutral = journey.emotionScale?.neutral ?? scale.min + (scale.max - scale.min) / 2;
  return snapScore(neutral, scale);
}

/** A point's value as a slider says it: the signed score, with its feeling when it has one. */
export const pointValueText = (score: number, label?: string): string => (label ? `${formatScore(score)}, ${label}` : formatScore(score));

/** What a change to the curve did, in the terms an announcement uses. */
export type CurveSummary =
  | {
      action: 'scoreSet';
      /** The stage's name. */
      stage: string;
      /** The persona's name when the journey has several curves, else `null`. */
      persona: string | null;
      /** Whether it is the future-state curve. */
      future: boolean;
      /** The new score, signed. */
      score: string;
      /** The old score, signed, or `null` for a point added. */
      previous: string | null;
      /** The point's feeling, if it has one. */
      feeling: string | null;
    }
  | { action: 'scoreRemoved'; stage: string; persona: string | null; future: boolean; score: string }
  | { action: 'feelingSet'; stage: string; persona: string | null; future: boolean; feeling: string | null };

/** What one emotion change did to `before`, or `undefined` for any other change. */
export function summarizeCurveChange(before: Journey, change: JourneyChange | undefined): CurveSummary | undefined {
  if (change?.type !== 'emotion/set' && change?.type !== 'emotion/remove') return undefined;
  const point = change.type === 'emotion/set' ? change.emotion : change;
  const key: CurveKey = { ...(point.persona && { persona: point.persona }), ...(point.scenario && { scenario: point.scenario }) };
  const old = scoreAt(before, key, point.stage);
  const several = editableCurves(before).length > 1;
  const persona = several && point.persona ? (before.personas.find((p) => p.id === point.persona)?.name ?? point.persona) : null;
  const where = {
    stage: before.stages.find((s) => s.id === point.stage)?.name ?? point.stage,
    persona,
    future: point.scenario === 'future',
  };
  if (change.type === 'emotion/remove') return old ? { action: 'scoreRemoved', ...where, score: formatScore(old.score) } : undefined;
  const next = change.emotion;
  if (old && old.score === next.score) return { action: 'feelingSet', ...where, feeling: next.label ?? null };
  return {
    action: 'scoreSet',
    ...where,
    score: formatScore(next.score),
    previous: old ? formatScore(old.score) : null,
    feeling: next.label ?? null,
  };
}
