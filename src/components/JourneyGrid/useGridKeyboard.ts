import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { findNavPosition, nextNavKey, type NavRow } from '../../layout/navigation';
import { useIsomorphicLayoutEffect } from '../context';
import type { InteractionStore } from '../store';

/**
 * The grid's arrow-key navigation over its rows (the keyboard model is the pure delegate
 * in `layout/navigation`; this moves the DOM focus it decides on), and the roving tab
 * stop kept valid. Returns the handler for the grid's keydown events; it handles only
 * navigation keys pressed on an element of the grid that holds a roving-focus key.
 */
export function useGridKeyboard(
  grid: RefObject<HTMLElement | null>,
  rows: readonly NavRow[],
  store: InteractionStore,
  rtl: boolean,
): (event: KeyboardEvent<HTMLElement>) => void {
  // When filtering removes the cell or card holding the tab stop, give it back to the
  // first cell; otherwise nothing in the grid could be reached with Tab.
  useIsomorphicLayoutEffect(() => {
    const key = store.get().focusKey;
    if (key !== null && !findNavPosition(rows, key)) store.set({ focusKey: null });
  }, [rows, store]);

  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const root = grid.current;
      const target = event.target as HTMLElement;
      const from = target.getAttribute('data-nav-key');
      if (!root || !from || !root.contains(target)) return;
      const next = nextNavKey(rows, from, event.key, { rtl, ctrl: event.ctrlKey || event.metaKey });
      if (next === undefined) return;
      event.preventDefault();
      const el = Array.from(root.querySelectorAll<HTMLElement>('[data-nav-key]')).find((e) => e.getAttribute('data-nav-key') === next);
      if (!el) return;
      store.set({ focusKey: next });
      el.focus();
      el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    },
    [grid, rows, store, rtl],
  );
}
