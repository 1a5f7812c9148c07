// The editor's keyboard model: which key asks for what, and the changes each command makes.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges } from '../../src';
import {
  addCardChange,
  editCommand,
  editTargetOf,
  focusKeyAfter,
  moveCardChange,
  newCardId,
  removeStageChange,
  renameCardChange,
  stageFocusAfter,
  stageRemoval,
  summarizeChanges,
} from '../../src/layout/editing';
import { cardKey, cellKey } from '../../src/layout/navigation';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;
const card = { type: 'card', cardId: 'th-aw' } as const;
const cell = { type: 'cell', laneId: 'pains', stage: 4 } as const;

describe('what a focused element is', () => {
  it('reads cards and cells from their roving-focus keys, lane ids with colons too', () => {
    expect(editTargetOf(cardKey('th-aw'))).toEqual(card);
    expect(editTargetOf(cellKey('pains', 4))).toEqual(cell);
    expect(editTargetOf(cellKey('a:b', 0))).toEqual({ type: 'cell', laneId: 'a:b', stage: 0 });
    for (const other of ['curve:emotion:2', 'cell:x', null, undefined]) expect(editTargetOf(other)).toEqual({ type: 'none' });
  });
});

describe('which key asks for what', () => {
  it('undoes with Ctrl or ⌘+Z and redoes with Ctrl or ⌘+Shift+Z and Ctrl+Y, anywhere', () => {
    for (const target of [card, cell, { type: 'none' } as const]) {
      expect(editCommand(target, { key: 'z', ctrlKey: true })).toEqual({ type: 'undo' });
      expect(editCommand(target, { key: 'z', metaKey: true })).toEqual({ type: 'undo' });
      expect(editCommand(target, { key: 'Z', ctrlKey: true, shiftKey: true })).toEqual({ type: 'redo' });
      expect(editCommand(target, { key: 'z', metaKey: true, shiftKey: true })).toEqual({ type: 'redo' });
      expect(editCommand(target, { key: 'y', ctrlKey: true })).toEqual({ type: 'redo' });
      expect(editCommand(target, { key: 'z' })).toBeUndefined();
    }
  });

  it('on a card: F2 renames, Delete removes, Ctrl+Arrow moves; Enter, Space and arrows stay the map’s', () => {
    expect(editCommand(card, { key: 'F2' })).toEqual({ type: 'rename', cardId: 'th-aw' });
    expect(editCommand(card, { key: 'Delete' })).toEqual({ type: 'remove', cardId: 'th-aw' });
    expect(editCommand(card, { key: 'Backspace' })).toEqual({ type: 'remove', cardId: 'th-aw' });
    expect(editCommand(card, { key: 'ArrowRight', ctrlKey: true })).toEqual({ type: 'move', cardId: 'th-aw', direction: 'right' });
    expect(editCommand(card, { key: 'ArrowUp', metaKey: true })).toEqual({ type: 'move', cardId: 'th-aw', direction: 'up' });
    for (const key of ['Enter', ' ', 'ArrowRight', 'Home', 'n', 'Escape']) expect(editCommand(card, { key }), key).toBeUndefined();
    expect(editCommand(card, { key: 'ArrowRight', ctrlKey: true, altKey: true })).toBeUndefined();
    expect(editCommand(card, { key: 'Delete', altKey: true })).toBeUndefined();
  });

  it('on a cell: N or Insert adds a card; a card’s keys do nothing there', () => {
    expect(editCommand(cell, { key: 'n' })).toEqual({ type: 'add', laneId: 'pains', stage: 4 });
    expect(editCommand(cell, { key: 'N' })).toEqual({ type: 'add', laneId: 'pains', stage: 4 });
    expect(editCommand(cell, { key: 'Insert' })).toEqual({ type: 'add', laneId: 'pains', stage: 4 });
    for (const key of ['F2', 'Delete', 'Enter']) expect(editCommand(cell, { key })).toBeUndefined();
    expect(editCommand(cell, { key: 'n', ctrlKey: true })).toBeUndefined();
    expect(editCommand({ type: 'none' }, { key: 'n' })).toBeUndefined();
  });
});

describe('the changes commands make', () => {
  it('moves a card to the neighbouring stage keeping its span, mirrored right to left, and not past an edge', () => {
    expect(moveCardChange(kitchen, 'th-aw', 'right')).toEqual({ type: 'card/move', id: 'th-aw', stage: 'consideration' });
    expect(moveCardChange(kitchen, 'th-aw', 'left', { rtl: true })).toEqual({ type: 'card/move', id: 'th-aw', stage: 'consideration' });
    expect(moveCardChange(kitchen, 'th-aw', 'left')).toBeUndefined();
    expect(moveCardChange(kitchen, 'pain-co-returns', 'right')).toEqual({
      type: 'card/move',
      id: 'pain-co-returns',
      stage: 'purchase',
      endStage: 'delivery',
    });
    expect(moveCardChange(kitchen, 'opp-de-hub', 'right')).toEqual({
      type: 'card/move',
      id: 'opp-de-hub',
      stage: 'usage',
      endStage: 'advocacy',
    });
    expect(
      moveCardChange(applyJourneyChanges(kitchen, [moveCardChange(kitchen, 'opp-de-hub', 'right')!]), 'opp-de-hub', 'right'),
    ).toBeUndefined();
    expect(moveCardChange(kitchen, 'nope', 'right')).toBeUndefined();
  });

  it('moves a card to the lane above or below in the order drawn', () => {
    expect(moveCardChange(kitchen, 'th-aw', 'up')).toEqual({ type: 'card/move', id: 'th-aw', lane: 'touchpoints' });
    expect(moveCardChange(kitchen, 'th-aw', 'down')).toEqual({ type: 'card/move', id: 'th-aw', lane: 'emotion' });
    expect(moveCardChange(kitchen, 'act-aw-search', 'up')).toBeUndefined();
    expect(moveCardChange(kitchen, 'th-aw', 'down', { laneOrder: ['thoughts', 'pains'] })).toEqual({
      type: 'card/move',
      id: 'th-aw',
      lane: 'pains',
    });
  });

  it('adds a card of its lane’s kind with a new id and a trimmed title, and refuses an empty one', () => {
    const add = addCardChange(kitchen, 'pains', 4, '  Lid too stiff ');
    expect(add).toEqual({
      type: 'card/add',
      card: { id: newCardId(kitchen), stage: 'usage', lane: 'pains', kind: 'pain', title: 'Lid too stiff' },
    });
    expect(kitchen.cards.some((c) => c.id === add!.card.id)).toBe(false);
    expect(() => applyJourneyChanges(kitchen, [add!])).not.toThrow();
    expect(addCardChange(kitchen, 'emotion', 0, 'A note')?.card.kind).toBe('text');
    expect(addCardChange(kitchen, 'pains', 4, '   ')).toBeUndefined();
    expect(addCardChange(kitchen, 'pains', 99, 'x')).toBeUndefined();
    expect(newCardId({ ...kitchen, cards: [{ ...kitchen.cards[0]!, id: `card-${kitchen.cards.length + 1}` }, ...kitchen.cards] })).not.toBe(
      `card-${kitchen.cards.length + 1}`,
    );
  });

  it('renames with a trimmed title, and not to an empty or the same one', () => {
    expect(renameCardChange(kitchen, 'th-aw', ' Where? ')).toEqual({ type: 'card/update', id: 'th-aw', set: { title: 'Where?' } });
    expect(renameCardChange(kitchen, 'th-aw', ' ')).toBeUndefined();
    expect(renameCardChange(kitchen, 'th-aw', 'There are hundreds of fridges. Where do I even start?')).toBeUndefined();
  });
});

describe('what an announcement says', () => {
  it('names the card, and the stage and lane it was added to, removed from or moved to', () => {
    expect(summarizeChanges(kitchen, [renameCardChange(kitchen, 'th-aw', 'Where?')!])).toEqual({
      action: 'renamed',
      title: 'Where?',
      previous: 'There are hundreds of fridges. Where do I even start?',
    });
    expect(summarizeChanges(kitchen, [addCardChange(kitchen, 'pains', 4, 'Stiff lid')!])).toEqual({
      action: 'added',
      title: 'Stiff lid',
      stage: 'Usage',
      lane: 'Pain points',
    });
    expect(summarizeChanges(kitchen, [{ type: 'card/remove', id: 'th-aw' }])).toMatchObject({
      action: 'removed',
      stage: 'Awareness',
      lane: 'Thoughts',
    });
    const move = moveCardChange(kitchen, 'th-aw', 'right')!;
    expect(summarizeChanges(kitchen, [move], applyJourneyChanges(kitchen, [move]))).toMatchObject({
      action: 'moved',
      stage: 'Consideration',
      lane: 'Thoughts',
    });
    // Several changes of one card are told by its title; of several cards, by their count.
    expect(summarizeChanges(kitchen, [move, move])).toEqual({
      action: 'updated',
      title: kitchen.cards.find((c) => c.id === 'th-aw')!.title,
    });
    expect(summarizeChanges(kitchen, [move, moveCardChange(kitchen, 'th-co', 'right')!])).toEqual({ action: 'changed', count: 2 });
  });
});

describe('where focus goes after an edit', () => {
  it('to the card changed, or to the cell a deleted card left, and nowhere for other changes', () => {
    const add = addCardChange(kitchen, 'pains', 4, 'Stiff lid')!;
    expect(focusKeyAfter(kitchen, [add], applyJourneyChanges(kitchen, [add]))).toBe(cardKey(add.card.id));
    const remove = { type: 'card/remove', id: 'th-aw' } as const;
    expect(focusKeyAfter(kitchen, [remove], applyJourneyChanges(kitchen, [remove]))).toBe(cellKey('thoughts', 0));
    expect(focusKeyAfter(kitchen, [{ type: 'stage/update', id: 'usage', set: { name: 'Use' } }], kitchen)).toBeUndefined();
  });
});

describe('moving and removing', () => {
  it('M on a focused card picks it up; not with a modifier, not on a cell', () => {
    expect(editCommand(card, { key: 'm' })).toEqual({ type: 'pickUp', cardId: 'th-aw' });
    expect(editCommand(card, { key: 'M', shiftKey: true })).toBeUndefined();
    expect(editCommand(card, { key: 'm', ctrlKey: true })).toBeUndefined();
    expect(editCommand(cell, { key: 'm' })).toBeUndefined();
  });

  it('removing a stage asks about its cards and the stages either side; the change moves them or removes them', () => {
    expect(stageRemoval(kitchen, 'awareness')).toEqual({ cards: 6, next: { id: 'consideration', name: 'Consideration' } });
    expect(stageRemoval(kitchen, 'nope')).toBeUndefined();
    const moved = applyJourneyChanges(kitchen, [removeStageChange('awareness', 'consideration')]);
    expect(moved.cards.filter((c) => c.stage === 'consideration')).toHaveLength(
      6 + kitchen.cards.filter((c) => c.stage === 'consideration').length,
    );
    const removed = applyJourneyChanges(kitchen, [removeStageChange('awareness', null)]);
    expect(removed.cards).toHaveLength(kitchen.cards.length - 6);
    expect(summarizeChanges(kitchen, [removeStageChange('awareness', 'consideration')])).toEqual({
      action: 'stageRemoved',
      name: 'Awareness',
      cards: 6,
      moveTo: 'Consideration',
    });
    expect(summarizeChanges(kitchen, [removeStageChange('awareness', null)])).toMatchObject({ moveTo: null });
  });
});

describe('editing details', () => {
  it('E on a focused card opens its details; not with a modifier, not on a cell', () => {
    expect(editCommand(card, { key: 'e' })).toEqual({ type: 'details', cardId: 'th-aw' });
    expect(editCommand(card, { key: 'e', ctrlKey: true })).toBeUndefined();
    expect(editCommand(cell, { key: 'e' })).toBeUndefined();
  });
});

describe('announcing a save of the details panel', () => {
  it('several changes of one card are told by its title', () => {
    const changes = [
      { type: 'card/update', id: 'th-aw', set: { owner: 'Team' } },
      { type: 'card/cite', id: 'th-aw', evidence: 'ev-survey' },
      { type: 'link/add', from: 'th-aw', to: 'th-co' },
    ] as const;
    expect(summarizeChanges(kitchen, [...changes])).toEqual({
      action: 'updated',
      title: kitchen.cards.find((c) => c.id === 'th-aw')!.title,
    });
    expect(summarizeChanges(kitchen, [changes[0], { type: 'card/remove', id: 'th-co' }])).toEqual({ action: 'changed', count: 2 });
  });
});

describe('which stage control takes focus after a stage change', () => {
  it('the moved stage, the neighbour of a removed one (the one before at the end), none otherwise', () => {
    const move = { type: 'stage/move', id: 'usage', index: 1 } as const;
    expect(stageFocusAfter(kitchen, [move], kitchen)).toBe('usage');
    const remove = removeStageChange('usage', null);
    expect(stageFocusAfter(kitchen, [remove], applyJourneyChanges(kitchen, [remove]))).toBe('support');
    const last = removeStageChange('advocacy', null);
    expect(stageFocusAfter(kitchen, [last], applyJourneyChanges(kitchen, [last]))).toBe('support');
    expect(stageFocusAfter(kitchen, [{ type: 'card/remove', id: 'th-aw' }], kitchen)).toBeUndefined();
  });
});
