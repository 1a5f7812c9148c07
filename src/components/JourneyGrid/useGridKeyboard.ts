import { useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';
import { findNavPosition, firstNavKey, type NavRow } from '../../layout/navigation';
import type { StackStop } from '../../layout/stacked';
import { useIsomorphicLayoutEffect } from '../context';
import { lazyModule } from '../lazy';
import type { InteractionStore } from '../store';

/**
 * Where a key moves focus: out of the first load, fetched with the map's other on-demand
 * code, once the browser is idle or as soon as focus enters the map, before a key is pressed.
 */
const moves = /* @__PURE__ */ lazyModule(() => import('./keyMoves'));

/** The map's stops in the page, by roving-focus key. */
const stopsIn = (el: HTMLElement) =>
  new Map(Array.from(el.querySelectorAll<HTMLElement>('[data-nav-key]'), (e) => [e.getAttribute('data-nav-key'), e]));

/** The keyboard model of the layout shown: the grid's rows, or the stacked layout's stops. */
export type KeyboardModel = { layout: 'grid'; rows: readonly NavRow[] } | { layout: 'stacked'; stops: readonly StackStop[] };

/**
 * The map's arrow-key navigation (the keyboard models are the pure delegates in
 * `layout/navigation` and `layout/stacked`; this moves the DOM focus they decide on),
 * and the roving tab stop kept valid. Returns the handler for the map's keydown events;
 * it handles only navigation keys pressed on an element of the map that holds a
 * roving-focus key.
 */
export function useGridKeyboard(
  root: RefObject<HTMLElement | null>,
  model: KeyboardModel,
  store: InteractionStore,
  rtl: boolean,
): (event: KeyboardEvent<HTMLElement>) => void {
  // When filtering (or a change of layout) removes the element holding the tab stop, give
  // it back to the first one; otherwise nothing in the map could be reached with Tab. The
  // stacked layout's first stop may be a card, which reads the tab stop from the store only.
  useIsomorphicLayoutEffect(() => {
    const key = store.get().focusKey;
    if (model.layout === 'grid') {
      if (key !== null && !findNavPosition(model.rows, key)) store.set({ focusKey: null });
      // Nor can a stop the page lacks hold it (a lane the host draws itself, first): the first one shown does.
      const first = firstNavKey(model.rows);
      const el = root.current;
      if (el && store.get().focusKey === null && el.querySelector('[data-nav-key]')?.getAttribute('data-nav-key') !== first) {
        const shown = stopsIn(el);
        if (!shown.has(first)) store.set({ focusKey: firstNavKey(model.rows, (k) => shown.has(k)) });
      }
    } else if (key === null || !model.stops.some((s) => s.key === key)) {
      store.set({ focusKey: model.stops[0]?.key ?? null });
    }
  }, [model, store, root]);

  // The stage column the user is in, kept while Up and Down move through spanning cells.
  const column = useRef<{ key: string; stage: number } | null>(null);

  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const el = root.current;
      const target = event.target as HTMLElement;
      const from = target.getAttribute('data-nav-key');
      if (!el || !from || !el.contains(target)) return;
      const { nextShownTarget, nextStackKey } = moves.get() ?? {};
      // Not arrived yet (focus came in a moment ago): the key does what it does on the page.
      if (!nextShownTarget || !nextStackKey) {
        moves.preload().catch(() => {});
        return;
      }
      const options = { rtl, ctrl: event.ctrlKey || event.metaKey };
      // The stops in the page, gathered once a key moves focus (Space or Enter on a card does not).
      let stops: Map<string | null, HTMLElement> | undefined;
      const inPage = () => (stops ??= stopsIn(el));
      let next: string | undefined;
      if (model.layout === 'grid') {
        const kept = column.current?.key === from ? column.current.stage : undefined;
        const found = nextShownTarget(model.rows, from, event.key, { ...options, stage: kept }, (k) => inPage().has(k));
        if (found) column.current = found;
        next = found?.key;
      } else {
        next = nextStackKey(model.stops, from, event.key, options);
      }
      if (next === undefined) return;
      event.preventDefault();
      const to = inPage().get(next);
      if (!to) return;
      store.set({ focusKey: next });
      to.focus();
      to.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    },
    [root, model, store, rtl],
  );
}
