import { useEffect, useRef, useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../components/context';
import { editorFocusOf, NO_FOCUS, sameFocus, type EditorFocus } from '../layout/editorFocus';
import type { Journey } from '../model/types';
import { navElement } from './overlay';
import { STAGE_MOVE_ATTR } from './StageControls';

/** How long focus keeps following a card that was drawn anew, at the least. */
const FOLLOW_MS = 2000;

/**
 * Focus that follows an edit: `setFocusKey` focuses the map's card or cell with that
 * roving-focus key (again for a few frames, while a moved card is drawn anew, unless the
 * user has gone elsewhere); `setFocusStage` focuses a stage's Move button. `onKey` hears
 * each key focused.
 */
export function useFocusFollow(root: RefObject<HTMLElement | null>, onKey: (key: string) => void) {
  const [focusKey, setFocusKey] = useState<{ key: string } | null>(null);
  const [focusStage, setFocusStage] = useState<{ id: string } | null>(null);
  const latest = useRef(onKey);
  latest.current = onKey;
  useIsomorphicLayoutEffect(() => {
    if (!focusKey) return;
    const focus = () => navElement(root.current, focusKey.key)?.focus();
    focus();
    latest.current(focusKey.key);
    let frame = 0;
    let left = 10;
    const until = performance.now() + FOLLOW_MS;
    // A pointer pressed anywhere is the user going elsewhere: focus stops following then.
    const stop = () => cancelAnimationFrame(frame);
    const follow = () => {
      // Only when focus was lost with the old card, never taken from where the user has gone since.
      const now = document.activeElement;
      if (!now || now === document.body || now === root.current || !now.isConnected) focus();
      // At least ten frames and two seconds: a busy page may draw the card anew, or close
      // the old card's preview (which hands focus back to it), a good while later.
      if (--left > 0 || performance.now() < until) frame = requestAnimationFrame(follow);
    };
    frame = requestAnimationFrame(follow);
    document.addEventListener('pointerdown', stop, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('pointerdown', stop, true);
    };
  }, [root, focusKey]);
  // A moved stage's header is put back in the page: its Move button takes focus again.
  useIsomorphicLayoutEffect(() => {
    if (!focusStage) return;
    const focus = () => root.current?.querySelector<HTMLElement>(`[${STAGE_MOVE_ATTR}="${CSS.escape(focusStage.id)}"]`)?.focus();
    focus();
    const frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  }, [root, focusStage]);
  return { setFocusKey: (key: string) => setFocusKey({ key }), setFocusStage: (id: string) => setFocusStage({ id }) };
}

/** Where focus is in the editor, as the focus events say: the focused card or cell's key, or a stage control's stage. */
export interface FocusAt {
  navKey: string | null;
  stageId: string | null;
}

/** Reads where a focus event's target is; `null` for an element that is neither (a panel's field keeps the last). */
export function focusAtOf(target: EventTarget | null): FocusAt | null {
  const el = target as HTMLElement | null;
  const navKey = el?.closest?.('[data-nav-key]')?.getAttribute('data-nav-key') ?? null;
  const stageId = el?.closest?.(`[${STAGE_MOVE_ATTR}]`)?.getAttribute(STAGE_MOVE_ATTR) ?? null;
  return navKey || stageId ? { navKey, stageId } : null;
}

/** Tells the host (`onFocusChange`) what the user is on and editing, each time that changes. */
export function useFocusReport(
  journey: Journey,
  at: FocusAt | null,
  editing: { kind: EditorFocus['editing']; key: string | null },
  onFocusChange: ((focus: EditorFocus) => void) | undefined,
) {
  // Nothing focused at first: the host hears from the first focus on.
  const last = useRef<EditorFocus>(NO_FOCUS);
  const focus = editorFocusOf(journey, editing.key ? { navKey: editing.key } : (at ?? {}), editing.kind);
  useEffect(() => {
    if (!onFocusChange || sameFocus(last.current, focus)) return;
    last.current = focus;
    onFocusChange(focus);
  });
}
