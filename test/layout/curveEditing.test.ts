// The emotion curve's editing model: steps and snapping on the scale, the score a key or a
// pointer gives, the curves a point can be added to, the changes made and what is announced.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges, invertJourneyChanges } from '../../src';
import {
  editableCurves,
  newPointScore,
  pointValueText,
  removeScoreChange,
  scoreAtY,
  scoreScale,
  setFeelingChange,
  setScoreChange,
  snapScore,
  stepScore,
} from '../../src/layout/curveEditing';
import { emotionYScale } from '../../src/layout/emotion';
import { summarizeChanges } from '../../src/layout/editing';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;
const future = examples['ecommerce-kitchen-future']!;
const health = examples['healthcare-back-pain']!;
const agency = examples['marketing-agency']!;
const sarah = { persona: 'sarah' };

describe('the scale a point moves on', () => {
  it('steps by one on whole-number scales and by a tenth on short or fractional ones', () => {
    expect(scoreScale(kitchen)).toEqual({ min: -3, max: 3, step: 1 });
    expect(scoreScale(health)).toEqual({ min: 1, max: 5, step: 1 });
    expect(scoreScale({ emotionScale: { min: 0, max: 1 } }).step).toBeCloseTo(0.1);
    expect(scoreScale({ emotionScale: { min: 0, max: 2.5 } }).step).toBeCloseTo(0.25);
  });

  it('snaps to the nearest step from the minimum and keeps within the scale', () => {
    const s = scoreScale(kitchen);
    expect(snapScore(1.4, s)).toBe(1);
    expect(snapScore(1.6, s)).toBe(2);
    expect(snapScore(-2.5, s)).toBe(-2);
    expect(snapScore(9, s)).toBe(3);
    expect(snapScore(-9, s)).toBe(-3);
    expect(snapScore(Number.NaN, s)).toBe(-3);
    // No binary fractions leak into a score: 0.1 × 3 is 0.3.
    expect(snapScore(0.29, scoreScale({ emotionScale: { min: 0, max: 1 } }))).toBe(0.3);
  });
});

describe('keys on a focused point (the slider pattern)', () => {
  const s = scoreScale(kitchen);
  it('Up and Right raise it a step, Down and Left lower it, never past the ends', () => {
    expect(stepScore(1, 'ArrowUp', s)).toBe(2);
    expect(stepScore(1, 'ArrowRight', s)).toBe(2);
    expect(stepScore(1, 'ArrowDown', s)).toBe(0);
    expect(stepScore(1, 'ArrowLeft', s)).toBe(0);
    expect(stepScore(3, 'ArrowUp', s)).toBe(3);
    expect(stepScore(-3, 'ArrowDown', s)).toBe(-3);
  });
  it('Home and End go to the ends; Page Up and Page Down take larger steps', () => {
    expect(stepScore(1, 'Home', s)).toBe(-3);
    expect(stepScore(1, 'End', s)).toBe(3);
    expect(stepScore(-1, 'PageUp', s)).toBe(1);
    expect(stepScore(-1, 'PageDown', s)).toBe(-3);
    expect(stepScore(2, 'PageUp', scoreScale({ emotionScale: { min: 0, max: 10 } }))).toBe(4);
  });
  it('leaves other keys alone', () => {
    for (const key of ['Enter', 'a', 'Tab', 'Escape']) expect(stepScore(1, key, s)).toBeUndefined();
  });
});

describe('dragging a point', () => {
  it('reads the score under the pointer through the drawn scale’s invert, snapped', () => {
    const s = scoreScale(kitchen);
    const y = emotionYScale({ min: -3, max: 3, height: 168 });
    expect(scoreAtY(y(2), (v) => y.invert(v), s)).toBe(2);
    expect(scoreAtY(y(2) + 4, (v) => y.invert(v), s)).toBe(2);
    expect(scoreAtY(y(-1.6), (v) => y.invert(v), s)).toBe(-2);
    // Above the drawing: the top of the scale.
    expect(scoreAtY(-50, (v) => y.invert(v), s)).toBe(3);
    expect(scoreAtY(500, (v) => y.invert(v), s)).toBe(-3);
  });
});

describe('the curves a point belongs to', () => {
  it('one per persona and scenario scored, current state first, in the personas’ order', () => {
    expect(editableCurves(kitchen)).toEqual([sarah]);
    expect(editableCurves(future)).toEqual([
      { ...sarah, scenario: 'current' },
      { persona: 'sarah', scenario: 'future' },
    ]);
    expect(editableCurves(agency).map((c) => c.persona)).toEqual(
      agency.personas.map((p) => p.id).filter((id) => ['david', 'karen'].includes(id)),
    );
  });
  it('a journey with no scores has one curve, naming a persona only when it has several', () => {
    expect(editableCurves({ ...kitchen, emotions: [] })).toEqual([{}]);
    expect(editableCurves({ ...agency, emotions: [] })).toEqual([{ persona: agency.personas[0]!.id }]);
  });
});

describe('the changes a point makes', () => {
  it('sets a score keeping the feeling; none when it is the same; undone exactly', () => {
    const change = setScoreChange(kitchen, sarah, 'awareness', 3)!;
    expect(change).toEqual({ type: 'emotion/set', emotion: { stage: 'awareness', persona: 'sarah', score: 3, label: 'Curious' } });
    expect(setScoreChange(kitchen, sarah, 'awareness', 1)).toBeUndefined();
    const after = applyJourneyChanges(kitchen, [change]);
    expect(after.emotions.indexOf(after.emotions.find((e) => e.stage === 'awareness')!)).toBe(0);
    expect(applyJourneyChanges(after, invertJourneyChanges(kitchen, [change]))).toEqual(kitchen);
  });
  it('adds a point at a stage without one, at the neutral score, on the future curve too', () => {
    const without = applyJourneyChanges(future, [removeScoreChange(future, { persona: 'sarah', scenario: 'future' }, 'usage')!]);
    const add = setScoreChange(without, { persona: 'sarah', scenario: 'future' }, 'usage', newPointScore(without))!;
    expect(add.emotion).toEqual({ stage: 'usage', persona: 'sarah', score: 0, scenario: 'future' });
    expect(newPointScore(health)).toBe(3);
  });
  it('sets and clears a feeling, trimmed; removes a point', () => {
    expect(setFeelingChange(kitchen, sarah, 'awareness', '  Intrigued ')!.emotion.label).toBe('Intrigued');
    expect(setFeelingChange(kitchen, sarah, 'awareness', '')!.emotion).toEqual({ stage: 'awareness', persona: 'sarah', score: 1 });
    expect(setFeelingChange(kitchen, sarah, 'awareness', 'Curious')).toBeUndefined();
    expect(removeScoreChange(kitchen, sarah, 'awareness')).toEqual({ type: 'emotion/remove', stage: 'awareness', persona: 'sarah' });
    expect(removeScoreChange({ ...kitchen, emotions: [] }, sarah, 'awareness')).toBeUndefined();
  });
  it('says a point’s value with its sign and feeling', () => {
    expect(pointValueText(2, 'Delighted')).toBe('+2, Delighted');
    expect(pointValueText(-1)).toBe('\u22121');
    expect(pointValueText(0)).toBe('0');
  });
});

describe('what a change to the curve announces', () => {
  it('a score set, added or removed, a feeling set or cleared, with the stage (and persona when several)', () => {
    expect(summarizeChanges(kitchen, [setScoreChange(kitchen, sarah, 'awareness', 3)!])).toEqual({
      action: 'scoreSet',
      stage: 'Awareness',
      persona: null,
      future: false,
      score: '+3',
      previous: '+1',
      feeling: 'Curious',
    });
    expect(summarizeChanges(kitchen, [removeScoreChange(kitchen, sarah, 'purchase')!])).toMatchObject({
      action: 'scoreRemoved',
      stage: 'Purchase',
      score: '\u22122',
    });
    expect(summarizeChanges(kitchen, [setFeelingChange(kitchen, sarah, 'awareness', '')!])).toMatchObject({
      action: 'feelingSet',
      feeling: null,
    });
    const karen = agency.emotions.find((e) => e.persona === 'karen')!;
    const change = setScoreChange(agency, { persona: 'karen' }, karen.stage, karen.score === 3 ? 2 : 3)!;
    expect(summarizeChanges(agency, [change])).toMatchObject({
      action: 'scoreSet',
      persona: agency.personas.find((p) => p.id === 'karen')!.name,
    });
    const empty = { ...kitchen, emotions: [] };
    expect(summarizeChanges(empty, [setScoreChange(empty, sarah, 'usage', 0)!])).toMatchObject({ action: 'scoreSet', previous: null });
  });
});
