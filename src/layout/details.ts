/**
 * How a card's details are shown. `hover` and `focus` show a preview: a picture of the
 * details that takes no focus and is not in the tab order. `click` and `keyboard`
 * (Enter or Space) open the details dialog, which takes focus.
 */
export type OpenReason = 'hover' | 'focus' | 'click' | 'keyboard';

/** Which card's details are shown, and how. */
export interface DetailsState {
  /** The card whose details are shown, or null. */
  openId: string | null;
  /** How they were opened; null when closed. */
  openReason: OpenReason | null;
}

/**
 * Why something asks to close the details: the pointer left (`hover`), the card lost
 * focus (`focus`), focus left the dialog (`focus-out`), or a dismissal (Escape, a press
 * outside, the Close button, …).
 */
export type CloseReason = 'hover' | 'focus' | 'focus-out' | 'dismiss';

/** A request to show a card's details, or to close them. */
export type DetailsRequest =
  | { open: true; cardId: string; reason: OpenReason }
  /** `cardId`: the card a `focus` close comes from (the one that lost focus). */
  | { open: false; reason: CloseReason; cardId?: string | null };

/** Whether `reason` shows the details dialog rather than a preview. */
export const isDialog = (reason: OpenReason | null): boolean => reason === 'click' || reason === 'keyboard';

/**
 * The details state after `request`, or `current` itself when the request is refused.
 * The rules, after the WAI-ARIA patterns for tooltips and non-modal dialogs:
 *
 * - A click, Enter or Space opens the dialog of its card, moving it from any other card.
 * - Hover previews a card only while no dialog and no focus preview is shown; moving the
 *   pointer away closes only a preview that hover opened.
 * - Focus previews its card, replacing any preview, or a dialog of another card (focus
 *   left that dialog); it never turns the focused card's own dialog into a preview.
 *   A card losing focus closes only its own preview.
 * - Focus leaving the dialog, and every dismissal, close whatever is shown.
 */
export function nextDetails(current: DetailsState, request: DetailsRequest): DetailsState {
  const { openId, openReason } = current;
  if (request.open) {
    const { cardId, reason } = request;
    if (reason === 'hover' && openId !== null && openReason !== 'hover') return current;
    if (reason === 'focus' && openId === cardId && isDialog(openReason)) return current;
    return { openId: cardId, openReason: reason };
  }
  if (openId === null) return current;
  const { reason } = request;
  if (reason === 'hover' && openReason !== 'hover') return current;
  if (reason === 'focus' && (request.cardId !== openId || isDialog(openReason))) return current;
  return { openId: null, openReason: null };
}
