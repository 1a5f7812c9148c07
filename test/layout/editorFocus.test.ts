// What the host hears of the user's focus in the editor.
import { describe, expect, it } from 'vitest';
import { editorFocusOf, NO_FOCUS, sameFocus } from '../../src/layout/editorFocus';
import { cardKey, cellKey } from '../../src/layout/navigation';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;

describe('editor focus', () => {
  it('a focused card names itself, its stage and lane, and what is edited', () => {
    expect(editorFocusOf(kitchen, { navKey: cardKey('pain-co-returns') }, 'details')).toEqual({
      cardId: 'pain-co-returns',
      stageId: 'consideration',
      laneId: 'pains',
      editing: 'details',
    });
  });

  it('a focused cell names its stage and lane; a stage control its stage; anything else nothing', () => {
    expect(editorFocusOf(kitchen, { navKey: cellKey('pains', 2) }, null)).toEqual({
      cardId: null,
      stageId: 'purchase',
      laneId: 'pains',
      editing: null,
    });
    expect(editorFocusOf(kitchen, { stageId: 'usage' }, null)).toEqual({ ...NO_FOCUS, stageId: 'usage' });
    expect(editorFocusOf(kitchen, { navKey: cardKey('gone'), stageId: 'gone' }, null)).toEqual(NO_FOCUS);
  });

  it('tells a change from the same focus', () => {
    expect(sameFocus(NO_FOCUS, { ...NO_FOCUS })).toBe(true);
    expect(sameFocus(NO_FOCUS, { ...NO_FOCUS, editing: 'title' })).toBe(false);
  });
});
