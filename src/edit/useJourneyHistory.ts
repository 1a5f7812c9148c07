import { useCallback, useMemo, useRef, useState } from 'react';
import type { JourneyChange } from '../model/changes';
import { recordChanges, redoHistory, startHistory, undoHistory, HISTORY_LIMIT, type HistoryStep } from '../model/history';
import type { Journey } from '../model/types';

/** What an undo or a redo did: the journey it gave, the changes it applied, and the step it walked. */
export interface HistoryMove {
  /** The journey after the undo or redo. */
  journey: Journey;
  /** The changes applied to get there (a step's inverse on undo, its changes on redo). */
  changes: readonly JourneyChange[];
  /** The step undone or redone. */
  step: HistoryStep;
  /** The journey before the step was first made, for describing it. */
  before: Journey;
}

/** What {@link useJourneyHistory} returns. */
export interface JourneyHistory {
  /** The journey now. */
  journey: Journey;
  /** Records changes the editor made (pass it as `JourneyEditor`'s `onJourneyChange`). */
  onJourneyChange: (next: Journey, changes: readonly JourneyChange[]) => void;
  /** Undoes the latest step, applying its inverse; returns what it did, or `undefined` with nothing to undo. */
  undo: () => HistoryMove | undefined;
  /** Redoes the latest undone step; returns what it did, or `undefined` with nothing to redo. */
  redo: () => HistoryMove | undefined;
  /** Whether there is a step to undo. */
  canUndo: boolean;
  /** Whether there is a step to redo. */
  canRedo: boolean;
  /** Starts again from `journey` (default: the initial journey), forgetting every step. */
  reset: (journey?: Journey) => void;
}

/**
 * An undo history for an editable journey: a stack of steps, each the changes made and
 * their inverse (from `invertJourneyChanges`). Undo applies the inverse, redo the changes
 * again. Pass `onJourneyChange` to a controlled `JourneyEditor` and keep `journey` where
 * you like (storage, a server). `limit` steps are kept (default 100).
 */
export function useJourneyHistory(initial: Journey, { limit = HISTORY_LIMIT }: { limit?: number } = {}): JourneyHistory {
  const [state, setState] = useState(() => startHistory(initial));
  // Undo and redo return what they did at once, so they read the latest state, not a render's.
  const latest = useRef(state);
  latest.current = state;
  const initialRef = useRef(initial);
  const set = useCallback((next: typeof state) => {
    latest.current = next;
    setState(next);
  }, []);

  const onJourneyChange = useCallback(
    (next: Journey, changes: readonly JourneyChange[]) => set(recordChanges(latest.current, changes, next, limit)),
    [set, limit],
  );
  const walk = useCallback(
    (direction: 'undo' | 'redo'): HistoryMove | undefined => {
      const from = latest.current;
      const to = direction === 'undo' ? undoHistory(from) : redoHistory(from);
      if (to === from) return undefined;
      set(to);
      const step = direction === 'undo' ? to.future.at(-1)! : to.past.at(-1)!;
      return {
        journey: to.journey,
        changes: direction === 'undo' ? step.inverse : step.changes,
        step,
        before: direction === 'undo' ? to.journey : from.journey,
      };
    },
    [set],
  );
  const undo = useCallback(() => walk('undo'), [walk]);
  const redo = useCallback(() => walk('redo'), [walk]);
  const reset = useCallback((journey?: Journey) => set(startHistory(journey ?? initialRef.current)), [set]);

  return useMemo(
    () => ({
      journey: state.journey,
      onJourneyChange,
      undo,
      redo,
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
      reset,
    }),
    [state, onJourneyChange, undo, redo, reset],
  );
}
