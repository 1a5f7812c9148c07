import type { Journey } from '../model/types';
import { editTargetOf } from './editing';

/**
 * What the user is on and editing in the editor, as the host's `onFocusChange` hears it
 * (to show collaborators where someone is, or to hold back updates to what they edit).
 */
export interface EditorFocus {
  /** The card focused or edited, or `null`. */
  cardId: string | null;
  /** The stage of that card (its first), of the focused cell, or of the focused stage control; or `null`. */
  stageId: string | null;
  /** The lane of that card or cell, or `null`. */
  laneId: string | null;
  /** What is being edited: the card's title in place, its details panel, or nothing. */
  editing: 'title' | 'details' | null;
}

/** Nothing focused, nothing edited. */
export const NO_FOCUS: EditorFocus = { cardId: null, stageId: null, laneId: null, editing: null };

/**
 * The focus the host hears of: from the roving-focus key of the focused card or cell
 * (`card:<id>`, `cell:<lane>:<stage index>`), or a stage's id (its header's controls),
 * and what is being edited.
 */
export function editorFocusOf(
  journey: Journey,
  at: { navKey?: string | null; stageId?: string | null },
  editing: EditorFocus['editing'],
): EditorFocus {
  const target = editTargetOf(at.navKey);
  if (target.type === 'card') {
    const card = journey.cards.find((c) => c.id === target.cardId);
    if (card) return { cardId: card.id, stageId: card.stage, laneId: card.lane, editing };
  }
  if (target.type === 'cell') {
    const stage = journey.stages[target.stage];
    if (stage) return { cardId: null, stageId: stage.id, laneId: target.laneId, editing };
  }
  const stageId = at.stageId && journey.stages.some((s) => s.id === at.stageId) ? at.stageId : null;
  return { ...NO_FOCUS, stageId, editing };
}

/** Whether two focuses say the same (the host hears only changes). */
export const sameFocus = (a: EditorFocus, b: EditorFocus): boolean =>
  a.cardId === b.cardId && a.stageId === b.stageId && a.laneId === b.laneId && a.editing === b.editing;
