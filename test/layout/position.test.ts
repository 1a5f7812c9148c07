// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cardPlace } from '../../src/layout/position';
import { normalizeJourney } from '../../src/model/normalize';
import { defaultLabels } from '../../src';
import { smallJourney } from '../fixtures';

const model = () => normalizeJourney(smallJourney());

describe('cardPlace', () => {
  it('given a card in one stage → its stage and lane, in the journey’s words', () => {
    expect(cardPlace({ stage: 'search', lane: 'touch' }, model())).toEqual({ stage: 'Search', lane: 'Touchpoints' });
  });

  it('given a card spanning stages → its first and last stage', () => {
    expect(cardPlace({ stage: 'search', endStage: 'checkout', lane: 'pain' }, model())).toEqual({
      stage: 'Search',
      endStage: 'Checkout',
      lane: 'Pain points',
    });
  });

  it('an end stage that is the card’s own, before it, or unknown spans nothing', () => {
    const m = model();
    expect(cardPlace({ stage: 'search', endStage: 'search', lane: 'touch' }, m)).toEqual({ stage: 'Search', lane: 'Touchpoints' });
    expect(cardPlace({ stage: 'checkout', endStage: 'search', lane: 'touch' }, m)).toEqual({ stage: 'Checkout', lane: 'Touchpoints' });
    expect(cardPlace({ stage: 'search', endStage: 'delivery', lane: 'touch' }, m)).toEqual({ stage: 'Search', lane: 'Touchpoints' });
  });

  it('reads the span from the stage order alone, whichever lookup lacks a stage', () => {
    const lookups = {
      stages: new Map([
        ['a', { name: 'A' }],
        ['b', { name: 'B' }],
        ['c', { name: 'C' }],
        ['orderless', { name: 'Orderless' }],
      ]),
      stageIndex: new Map([
        ['a', 0],
        ['b', 1],
        ['c', 2],
        ['nameless', 5],
      ]),
      lanes: new Map([['l', { label: 'L' }]]),
    };
    expect(cardPlace({ stage: 'b', endStage: 'c', lane: 'l' }, lookups)).toEqual({ stage: 'B', endStage: 'C', lane: 'L' });
    expect(cardPlace({ stage: 'a', endStage: 'orderless', lane: 'l' }, lookups)).toEqual({ stage: 'A', lane: 'L' });
    expect(cardPlace({ stage: 'a', endStage: 'nameless', lane: 'l' }, lookups)).toEqual({ stage: 'A', lane: 'L' });
    expect(cardPlace({ stage: 'orderless', endStage: 'c', lane: 'l' }, lookups)).toEqual({ stage: 'Orderless', lane: 'L' });
  });

  it('an unknown stage or lane → no place', () => {
    expect(cardPlace({ stage: 'delivery', lane: 'touch' }, model())).toBeUndefined();
    expect(cardPlace({ stage: 'search', lane: 'nowhere' }, model())).toBeUndefined();
  });
});

describe('the English words for places', () => {
  it('names a header by its stage or phase and its place', () => {
    expect(defaultLabels.stageHeader({ name: 'Awareness', index: 2, count: 7 })).toBe('Awareness, stage 2 of 7');
    expect(defaultLabels.phaseHeader({ name: 'Buy', index: 1, count: 3 })).toBe('Buy, phase 1 of 3');
  });

  it('says where a card sits, its span first, then its lane', () => {
    expect(defaultLabels.cardPosition({ stage: 'Awareness', lane: 'Actions' })).toBe('Awareness · Actions');
    expect(defaultLabels.cardPosition({ stage: 'Awareness', endStage: 'Purchase', lane: 'Actions' })).toBe(
      'Awareness → Purchase · Actions',
    );
  });

  it('says which side of the blueprint lines a lane is on, as one sentence', () => {
    const { blueprintSide } = defaultLabels;
    expect(blueprintSide({ lineBelow: 'Line of interaction' })).toBe('Above the line of interaction.');
    expect(blueprintSide({ lineAbove: 'Line of visibility', lineBelow: 'Line of internal interaction' })).toBe(
      'Below the line of visibility, above the line of internal interaction.',
    );
    expect(blueprintSide({ lineAbove: 'Line of internal interaction' })).toBe('Below the line of internal interaction.');
  });

  it('says what a filter shows, or that it shows everything', () => {
    const { filterStatus } = defaultLabels;
    const none: string[] = [];
    expect(filterStatus({ personas: ['Marcus Chen'], channels: none, lanes: none, shown: 39, total: 65 })).toBe(
      'Showing Marcus Chen: 39 of 65 cards',
    );
    expect(filterStatus({ personas: none, channels: ['Email', 'Chat'], lanes: ['Touchpoints'], shown: 1, total: 1 })).toBe(
      'Showing Email, Chat, Touchpoints: 1 of 1 card',
    );
    expect(filterStatus({ personas: none, channels: none, lanes: none, shown: 65, total: 65 })).toBe('Showing all 65 cards');
  });
});
