// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cardKey, curveStageKey } from '../../src/layout/navigation';
import { buildStackStops, type StackStop } from '../../src/layout/stacked';
import { nextStackKey } from '../../src/layout/stackedMoves';

/**
 * Three stages stacked one under another, each listing its lanes:
 *
 *   stage 0: touch [t1 t2]   feel (score)   pains [p1]
 *   stage 1: touch [t3]      feel (none)    pains [p3]
 *   stage 2: touch —         feel (score)   pains [p2]
 */
const stops: StackStop[] = buildStackStops({
  lanes: [
    { id: 'touch', kind: 'touchpoints' },
    { id: 'feel', kind: 'emotion' },
    { id: 'pains', kind: 'pains' },
  ],
  stageCount: 3,
  cards: new Map([
    [
      'touch',
      [
        { id: 't1', start: 0 },
        { id: 't2', start: 0 },
        { id: 't3', start: 1 },
      ],
    ],
    [
      'pains',
      [
        { id: 'p1', start: 0 },
        { id: 'p3', start: 1 },
        { id: 'p2', start: 2 },
      ],
    ],
  ]),
  scored: new Set([0, 2]),
});

const walk = (from: string, keys: string[], options?: { rtl?: boolean; ctrl?: boolean }) => {
  const out: string[] = [];
  let at = from;
  for (const key of keys) {
    at = nextStackKey(stops, at, key, options)!;
    out.push(at);
  }
  return out;
};

describe('buildStackStops', () => {
  it('lists the stops in reading order: stage by stage, lane by lane, the scores where a stage has any', () => {
    expect(stops.map((s) => s.key)).toEqual([
      cardKey('t1'),
      cardKey('t2'),
      curveStageKey('feel', 0),
      cardKey('p1'),
      cardKey('t3'),
      cardKey('p3'),
      curveStageKey('feel', 2),
      cardKey('p2'),
    ]);
    expect(stops.find((s) => s.key === cardKey('p2'))).toEqual({ key: cardKey('p2'), stage: 2, lane: 'pains' });
  });
});

describe('nextStackKey', () => {
  it('Up and Down go through every stop in reading order, and stay put at the ends', () => {
    expect(walk(cardKey('t1'), Array<string>(8).fill('ArrowDown'))).toEqual([
      cardKey('t2'),
      curveStageKey('feel', 0),
      cardKey('p1'),
      cardKey('t3'),
      cardKey('p3'),
      curveStageKey('feel', 2),
      cardKey('p2'),
      cardKey('p2'),
    ]);
    expect(walk(cardKey('t1'), ['ArrowUp'])).toEqual([cardKey('t1')]);
  });

  it('Right and Left go to the same lane in the next or previous stage that has stops, or to its first stop', () => {
    expect(walk(cardKey('p1'), ['ArrowRight', 'ArrowRight', 'ArrowLeft'])).toEqual([cardKey('p3'), cardKey('p2'), cardKey('p3')]);
    expect(walk(curveStageKey('feel', 0), ['ArrowRight', 'ArrowRight'])).toEqual([cardKey('t3'), curveStageKey('feel', 2)]);
  });

  it('right to left, Left is the next stage', () => {
    expect(walk(cardKey('t1'), ['ArrowLeft', 'ArrowRight'], { rtl: true })).toEqual([cardKey('t3'), cardKey('t1')]);
  });

  it('PageDown and PageUp go to the first stop of the next or previous stage', () => {
    expect(walk(cardKey('p1'), ['PageDown', 'PageDown', 'PageDown', 'PageUp'])).toEqual([
      cardKey('t3'),
      curveStageKey('feel', 2),
      curveStageKey('feel', 2),
      cardKey('t3'),
    ]);
  });

  it('Home and End go to the ends of the stage, and with Ctrl to the ends of the map', () => {
    expect(walk(cardKey('t2'), ['End', 'Home'])).toEqual([cardKey('p1'), cardKey('t1')]);
    expect(walk(cardKey('t3'), ['End'], { ctrl: true })).toEqual([cardKey('p2')]);
    expect(walk(cardKey('t3'), ['Home'], { ctrl: true })).toEqual([cardKey('t1')]);
  });

  it('is undefined for other keys and for keys that are not stops', () => {
    expect(nextStackKey(stops, cardKey('t1'), 'Enter')).toBeUndefined();
    expect(nextStackKey(stops, cardKey('gone'), 'ArrowDown')).toBeUndefined();
  });
});
