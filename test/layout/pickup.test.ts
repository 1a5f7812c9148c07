// The pick-up mode's keyboard model: where a picked-up card or stage would land as arrow keys
// are pressed, and the one change a drop makes.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges } from '../../src';
import { summarizeChanges } from '../../src/layout/editing';
import {
  cellCards,
  dropChanges,
  moveStageChanges,
  pickUpCard,
  pickUpStage,
  pickUpStep,
  slotAt,
  spotWords,
  stageIndexAt,
  type PickUp,
} from '../../src/layout/pickup';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;
const step = (state: PickUp, key: string, rtl = false) => {
  const next = pickUpStep(kitchen, state, key, { rtl });
  if (next?.type !== 'move') throw new Error(`expected a move, got ${JSON.stringify(next)}`);
  return next.state;
};

describe('picking up', () => {
  it('starts where the card is: its stage, lane and place among the other cards of its cell', () => {
    expect(pickUpCard(kitchen, 'tp-aw-social')).toEqual({
      kind: 'card',
      cardId: 'tp-aw-social',
      at: { stage: 0, lane: 'touchpoints', position: 1 },
    });
    expect(pickUpCard(kitchen, 'nope')).toBeUndefined();
    expect(pickUpStage(kitchen, 'purchase')).toEqual({ kind: 'stage', stageId: 'purchase', at: 2 });
    expect(pickUpStage(kitchen, 'nope')).toBeUndefined();
    expect(cellCards(kitchen, 'touchpoints', 'awareness', 'tp-aw-social')).toEqual(['tp-aw-search']);
  });
});

describe('arrow keys while a card is picked up', () => {
  const start = pickUpCard(kitchen, 'tp-aw-social')!;

  it('Up and Down go through the places in the cell, then to the lane above (last place) or below (first place)', () => {
    const top = step(start, 'ArrowUp');
    expect(top.at).toEqual({ stage: 0, lane: 'touchpoints', position: 0 });
    expect(step(top, 'ArrowUp').at).toEqual({ stage: 0, lane: 'actions', position: 1 });
    expect(step(start, 'ArrowDown').at).toEqual({ stage: 0, lane: 'thoughts', position: 0 });
    expect(pickUpStep(kitchen, step(step(top, 'ArrowUp'), 'ArrowUp'), 'ArrowUp')).toEqual({ type: 'edge' });
  });

  it('Left and Right go to the neighbouring stage, keeping the place as far as the cell allows; mirrored right to left', () => {
    expect(step(start, 'ArrowRight').at).toEqual({ stage: 1, lane: 'touchpoints', position: 1 });
    expect(step(start, 'ArrowLeft', true).at).toEqual({ stage: 1, lane: 'touchpoints', position: 1 });
    expect(pickUpStep(kitchen, start, 'ArrowLeft')).toEqual({ type: 'edge' });
    expect(pickUpStep(kitchen, start, 'ArrowRight', { rtl: true })).toEqual({ type: 'edge' });
    // The Up and Down keys are not mirrored.
    expect(step(start, 'ArrowUp', true).at).toMatchObject({ position: 0 });
  });

  it('Enter and Space drop, Escape cancels, other keys are left alone', () => {
    expect(pickUpStep(kitchen, start, 'Enter')).toEqual({ type: 'drop' });
    expect(pickUpStep(kitchen, start, ' ')).toEqual({ type: 'drop' });
    expect(pickUpStep(kitchen, start, 'Escape')).toEqual({ type: 'cancel' });
    expect(pickUpStep(kitchen, start, 'Tab')).toBeUndefined();
  });

  it('says where it would land', () => {
    expect(spotWords(kitchen, step(start, 'ArrowRight'))).toEqual({
      title: 'Sponsored kitchen make-over reels',
      stage: 'Consideration',
      lane: 'Touchpoints',
      position: 2,
      count: 3,
    });
  });
});

describe('dropping a card', () => {
  const start = pickUpCard(kitchen, 'tp-aw-social')!;
  const drop = (state: PickUp) => applyJourneyChanges(kitchen, dropChanges(kitchen, state));
  const cell = (j: typeof kitchen, stage: string, lane: string) => cellCards(j, lane, stage);

  it('where it started changes nothing', () => {
    expect(dropChanges(kitchen, start)).toEqual([]);
  });

  it('puts it at the chosen place: before a card, or last in a cell that has cards, or in an empty cell', () => {
    expect(cell(drop(step(start, 'ArrowUp')), 'awareness', 'touchpoints')).toEqual(['tp-aw-social', 'tp-aw-search']);
    const right = step(start, 'ArrowRight');
    expect(cell(drop(right), 'consideration', 'touchpoints')).toEqual(['tp-co-pdp', 'tp-aw-social', 'tp-co-video']);
    const last = step(right, 'ArrowDown');
    expect(last.at).toMatchObject({ position: 2 });
    expect(cell(drop(last), 'consideration', 'touchpoints')).toEqual(['tp-co-pdp', 'tp-co-video', 'tp-aw-social']);
    const emptyCell = { kind: 'card', cardId: 'tp-aw-social', at: { stage: 0, lane: 'metrics', position: 0 } } as const;
    expect(cell(drop(emptyCell), 'awareness', 'metrics')).toEqual(['tp-aw-social']);
  });

  it('last in its own cell moves it after the others', () => {
    const first = pickUpCard(kitchen, 'tp-aw-search')!;
    const after = step(first, 'ArrowDown');
    expect(cell(drop(after), 'awareness', 'touchpoints')).toEqual(['tp-aw-social', 'tp-aw-search']);
  });
});

describe('moving a stage', () => {
  it('arrow keys move it one place, mirrored right to left, to the ends and no further', () => {
    const start = pickUpStage(kitchen, 'awareness')!;
    expect(step(start, 'ArrowRight')).toEqual({ ...start, at: 1 });
    expect(step(start, 'ArrowLeft', true)).toEqual({ ...start, at: 1 });
    expect(pickUpStep(kitchen, start, 'ArrowLeft')).toEqual({ type: 'edge' });
    expect(pickUpStep(kitchen, start, 'ArrowDown')).toEqual({ type: 'edge' });
    expect(spotWords(kitchen, step(start, 'ArrowRight'))).toEqual({ name: 'Awareness', position: 2, count: 7 });
  });

  it('keeps phases whole: within its phase the phase lists the new order; past its edge it joins the phase it lands in', () => {
    const within = applyJourneyChanges(kitchen, moveStageChanges(kitchen, 'awareness', 2));
    expect(within.stages.map((s) => s.id).slice(0, 3)).toEqual(['consideration', 'purchase', 'awareness']);
    expect(within.phases![0]!.stages).toEqual(['consideration', 'purchase', 'awareness']);
    const across = applyJourneyChanges(kitchen, moveStageChanges(kitchen, 'purchase', 4));
    expect(across.phases!.find((p) => p.id === 'own')!.stages).toEqual(['delivery', 'usage', 'purchase', 'support']);
    expect(across.phases!.find((p) => p.id === 'buy')!.stages).toEqual(['awareness', 'consideration']);
    const alone = applyJourneyChanges(kitchen, moveStageChanges(kitchen, 'advocacy', 0));
    // A phase of one stage goes with it.
    expect(alone.stages[0]!.id).toBe('advocacy');
    expect(alone.phases!.find((p) => p.id === 'advocate')!.stages).toEqual(['advocacy']);
    expect(moveStageChanges(kitchen, 'awareness', 0)).toEqual([]);
    expect(summarizeChanges(kitchen, moveStageChanges(kitchen, 'awareness', 2))).toEqual({
      action: 'stageMoved',
      name: 'Awareness',
      position: 3,
      count: 7,
    });
  });
});

describe('pointer positions', () => {
  it('a point falls before the first midpoint past it', () => {
    expect(slotAt([10, 30, 50], 5)).toBe(0);
    expect(slotAt([10, 30, 50], 31)).toBe(2);
    expect(slotAt([10, 30, 50], 99)).toBe(3);
    expect(slotAt([], 99)).toBe(0);
  });

  it('a stage dropped at x takes the index it is dropped at, right to left too', () => {
    const centres = [50, 150, 250, 350];
    expect(stageIndexAt(centres, 260, 0)).toBe(2);
    expect(stageIndexAt(centres, 10, 3)).toBe(0);
    expect(stageIndexAt(centres, 160, 1)).toBe(1);
    // Right to left, the first stage is on the right.
    expect(stageIndexAt([350, 250, 150, 50], 140, 0, true)).toBe(2);
  });
});
