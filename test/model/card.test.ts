// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isInOwnLane } from '../../src/model/card';
import { CARD_KINDS, LANE_KINDS } from '../../src/model/types';

describe('isInOwnLane: whether a card’s kind label would only repeat its lane’s name', () => {
  it('pairs each lane kind with the card kind it is made for', () => {
    expect(isInOwnLane('action', 'actions')).toBe(true);
    expect(isInOwnLane('action', 'customer')).toBe(true);
    expect(isInOwnLane('touchpoint', 'touchpoints')).toBe(true);
    expect(isInOwnLane('pain', 'pains')).toBe(true);
    expect(isInOwnLane('metric', 'metrics')).toBe(true);
    expect(isInOwnLane('evidence', 'evidence')).toBe(true);
    for (const lane of ['frontstage', 'backstage', 'support']) expect(isInOwnLane('process', lane)).toBe(true);
  });

  it('is false for a card in a lane made for another kind, in the emotion lane, or in no known lane', () => {
    expect(isInOwnLane('pain', 'actions')).toBe(false);
    expect(isInOwnLane('process', 'customer')).toBe(false);
    expect(isInOwnLane('touchpoint', 'emotion')).toBe(false);
    expect(isInOwnLane('action', undefined)).toBe(false);
    expect(isInOwnLane('action', '__proto__')).toBe(false);
    expect(isInOwnLane('constructor', 'constructor')).toBe(false);
  });

  it('gives every lane kind but the emotion lane one card kind, and every card kind a lane', () => {
    const own = LANE_KINDS.filter((lane) => CARD_KINDS.some((kind) => isInOwnLane(kind, lane)));
    expect(own).toEqual(LANE_KINDS.filter((lane) => lane !== 'emotion'));
    for (const lane of own) expect(CARD_KINDS.filter((kind) => isInOwnLane(kind, lane))).toHaveLength(1);
    expect(CARD_KINDS.filter((kind) => LANE_KINDS.some((lane) => isInOwnLane(kind, lane)))).toEqual([...CARD_KINDS]);
  });
});
