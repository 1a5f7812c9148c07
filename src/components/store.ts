import { useCallback, useSyncExternalStore } from 'react';
import type { ColumnBox } from '../layout/emotion';
import type { OpenReason } from '../layout/details';
import type { NormalizedJourney } from '../model/normalize';

export type { OpenReason };

/** Interaction state shared by the parts of one map. Kept outside React state so that
 * each card subscribes only to what concerns it and a selection re-renders only the
 * cards whose state changed. */
export interface InteractionState {
  /** The selected card. */
  selectedId: string | null;
  /** The card whose details are shown: the map's one source of truth for it. */
  openId: string | null;
  /** How they were opened: a preview (`hover`, `focus`) or the dialog (`click`, `keyboard`). */
  openReason: OpenReason | null;
  /** The roving-focus key (`cell:<lane>:<start>`, `curve:<lane>` or `card:<id>`, see `layout/navigation`) holding the map's one tab stop. */
  focusKey: string | null;
  /** Measured stage columns, relative to the first stage column's edge. */
  columns: readonly ColumnBox[] | null;
  /** The whole journey's cards and incoming links: which cards a selected card is linked with. */
  links: Pick<NormalizedJourney, 'cards' | 'incomingLinks'> | null;
}

/** A tiny external store. */
export interface InteractionStore {
  get(): InteractionState;
  set(patch: Partial<InteractionState>): void;
  subscribe(listener: () => void): () => void;
}

/** Creates the store of one map. */
export function createInteractionStore(initial: Partial<InteractionState> = {}): InteractionStore {
  let state: InteractionState = {
    selectedId: null,
    openId: null,
    openReason: null,
    focusKey: null,
    columns: null,
    links: null,
    ...initial,
  };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      let changed = false;
      for (const key of Object.keys(patch) as (keyof InteractionState)[]) {
        if (!Object.is(state[key], patch[key])) changed = true;
      }
      if (!changed) return;
      state = { ...state, ...patch };
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Subscribes to a slice of the store; re-renders only when the selected value changes. */
export function useInteraction<T>(store: InteractionStore, selector: (state: InteractionState) => T): T {
  // The selector is usually an inline closure; useSyncExternalStore compares results, not selectors.

  const get = useCallback(() => selector(store.get()), [store, selector]);
  return useSyncExternalStore(store.subscribe, get, get);
}
