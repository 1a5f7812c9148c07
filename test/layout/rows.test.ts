// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Lane } from '../../src';
import {
  isLeftToParts,
  laneGroups,
  partCoverage,
  partLanes,
  partRows,
  storyLaneOrder,
  widenLaneFilter,
  type GridPart,
} from '../../src/layout/rows';

const lanes: Array<Pick<Lane, 'id' | 'kind'>> = [
  { id: 'touch', kind: 'touchpoints' },
  { id: 'feel', kind: 'emotion' },
  { id: 'customer', kind: 'customer' },
  { id: 'front', kind: 'frontstage' },
  { id: 'pain', kind: 'pains' },
  { id: 'back', kind: 'backstage' },
  { id: 'later', kind: 'emotion' },
];
const curve: GridPart = { kind: 'curve' };
const blueprint: GridPart = { kind: 'blueprint' };

describe('partCoverage', () => {
  it('covers the kinds of the parts there are, and both while they are not known yet', () => {
    expect(partCoverage([])).toEqual({ curve: false, blueprint: false });
    expect(partCoverage([curve])).toEqual({ curve: true, blueprint: false });
    expect(partCoverage([{ kind: 'blueprint', lanes: ['front'] }])).toEqual({ curve: false, blueprint: true });
    expect(partCoverage([], true)).toEqual({ curve: true, blueprint: true });
  });
});

describe('widenLaneFilter', () => {
  it('adds the kinds the parts draw to a lane filter', () => {
    expect(widenLaneFilter(['touch'], { curve: true, blueprint: false })).toEqual(['touch', 'emotion']);
    expect(widenLaneFilter([], { curve: false, blueprint: true })).toEqual(['customer', 'frontstage', 'backstage', 'support', 'evidence']);
  });

  it('leaves no filter, or no parts, as it is', () => {
    expect(widenLaneFilter(undefined, { curve: true, blueprint: true })).toBeUndefined();
    const filter = ['touch'];
    expect(widenLaneFilter(filter, { curve: false, blueprint: false })).toBe(filter);
  });
});

describe('isLeftToParts', () => {
  it('leaves every emotion lane to a curve part and every blueprint lane to a blueprint part', () => {
    const left = (coverage: { curve: boolean; blueprint: boolean }) => lanes.filter((l) => isLeftToParts(l, coverage)).map((l) => l.id);
    expect(left({ curve: true, blueprint: false })).toEqual(['feel', 'later']);
    expect(left({ curve: false, blueprint: true })).toEqual(['customer', 'front', 'back']);
    expect(left({ curve: false, blueprint: false })).toEqual([]);
  });
});

describe('partLanes', () => {
  it("lists the parts' lanes in the parts' order", () => {
    expect(partLanes([{ kind: 'blueprint', lanes: ['back', 'customer'] }, curve], lanes).map((l) => l.id)).toEqual([
      'back',
      'customer',
      'feel',
    ]);
  });

  it("defaults: a curve draws the first emotion lane, a blueprint every blueprint lane in the journey's order", () => {
    expect(partLanes([curve, blueprint], lanes).map((l) => l.id)).toEqual(['feel', 'customer', 'front', 'back']);
    expect(partLanes([{ kind: 'curve', laneId: 'later' }], lanes).map((l) => l.id)).toEqual(['later']);
  });

  it('skips lanes the journey (as filtered) does not have', () => {
    expect(
      partLanes(
        [
          { kind: 'curve', laneId: 'gone' },
          { kind: 'blueprint', lanes: ['gone', 'front'] },
        ],
        lanes,
      ).map((l) => l.id),
    ).toEqual(['front']);
    expect(partLanes([curve], [{ id: 'touch', kind: 'touchpoints' }])).toEqual([]);
  });
});

describe('laneGroups', () => {
  it('keeps lanes one by one, marks emotion lanes, and joins runs of blueprint lanes into one block', () => {
    expect(laneGroups(lanes)).toEqual([
      { kind: 'lane', lane: lanes[0] },
      { kind: 'emotion', lane: lanes[1] },
      { kind: 'blueprint', lanes: [lanes[2], lanes[3]] },
      { kind: 'lane', lane: lanes[4] },
      { kind: 'blueprint', lanes: [lanes[5]] },
      { kind: 'emotion', lane: lanes[6] },
    ]);
    expect(laneGroups([])).toEqual([]);
  });

  it('puts a parked lane after a blueprint lane into its block, so that it does not split the run; elsewhere it is a lane', () => {
    const parked = new Set(['pain', 'touch']);
    const isParked = (lane: Pick<Lane, 'id'>) => parked.has(lane.id);
    // lanes: touch, feel, customer, front, pain, back, later
    expect(laneGroups(lanes, isParked)).toEqual([
      { kind: 'lane', lane: lanes[0] },
      { kind: 'emotion', lane: lanes[1] },
      { kind: 'blueprint', lanes: [lanes[2], lanes[3], lanes[4], lanes[5]] },
      { kind: 'emotion', lane: lanes[6] },
    ]);
  });
});

describe('storyLaneOrder', () => {
  const ids = (list: ReadonlyArray<Pick<Lane, 'id'>>) => list.map((lane) => lane.id);

  it('puts the emotion lanes first, the pain lanes next, then the rest, each in the journey order', () => {
    expect(ids(storyLaneOrder(lanes))).toEqual(['feel', 'later', 'pain', 'touch', 'customer', 'front', 'back']);
  });

  it('joins blueprint lanes that a pain lane kept apart into one run', () => {
    expect(laneGroups(storyLaneOrder(lanes)).map((group) => group.kind)).toEqual(['emotion', 'emotion', 'lane', 'lane', 'blueprint']);
  });

  it('returns a new array and leaves the given one, and a journey without emotion or pains, in its order', () => {
    const before = ids(lanes);
    const plain = lanes.filter((lane) => lane.kind !== 'emotion' && lane.kind !== 'pains');
    expect(storyLaneOrder(lanes)).not.toBe(lanes);
    expect(ids(lanes)).toEqual(before);
    expect(storyLaneOrder(plain)).toEqual(plain);
    expect(storyLaneOrder([])).toEqual([]);
  });
});

describe('parts that draw rows of their own', () => {
  const row: GridPart = { kind: 'row', id: 'coverage' };

  it('take no lane of the journey and cover no kind of lane', () => {
    const lanes = [
      { id: 'feel', kind: 'emotion' as const },
      { id: 'back', kind: 'backstage' as const },
    ];
    expect(partLanes([row], lanes)).toEqual([]);
    expect(partCoverage([row])).toEqual({ curve: false, blueprint: false });
  });

  it('give the keyboard a row with a stop per stage', () => {
    expect(partRows([row, { kind: 'curve' }], 3)).toEqual([
      {
        id: 'coverage',
        cells: [
          { start: 0, end: 0, cards: [] },
          { start: 1, end: 1, cards: [] },
          { start: 2, end: 2, cards: [] },
        ],
      },
    ]);
    expect(partRows([{ kind: 'blueprint' }], 3)).toEqual([]);
  });
});
