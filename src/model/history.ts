import { applyJourneyChanges, invertJourneyChanges } from './changes';
import type { JourneyChange } from './changes';
import type { Journey } from './types';

/** One step of an editing history: the changes made and those that undo them. */
export interface HistoryStep {
  /** The changes as they were made. */
  changes: readonly JourneyChange[];
  /** The changes that undo them, computed against the journey before them. */
  inverse: readonly JourneyChange[];
}

/** An editing history: the journey now, the steps that led to it, and the steps undone. */
export interface JourneyHistoryState {
  /** The journey now. */
  journey: Journey;
  /** Steps that can be undone, the latest last. */
  past: readonly HistoryStep[];
  /** Steps that were undone and can be redone, the latest undone last. */
  future: readonly HistoryStep[];
}

/** How many steps a history keeps by default. */
export const HISTORY_LIMIT = 100;

/** A history that starts at `journey`, with nothing to undo or redo. */
export function startHistory(journey: Journey): JourneyHistoryState {
  return { journey, past: [], future: [] };
}

/**
 * Records `changes` made to the history's journey, with their inverse (computed against
 * the journey before them), and makes `next` the journey; what was undone can no longer
 * be redone. `next` defaults to the changes applied; `limit` keeps the latest steps only.
 * Throws `JourneyValidationError` when the changes do not apply; an empty list records nothing.
 */
export function recordChanges(
  state: JourneyHistoryState,
  changes: readonly JourneyChange[],
  next: Journey = applyJourneyChanges(state.journey, changes),
  limit: number = HISTORY_LIMIT,
): JourneyHistoryState {
  if (changes.length === 0) return state;
  const step: HistoryStep = { changes: [...changes], inverse: invertJourneyChanges(state.journey, changes) };
  const past = [...state.past, step];
  return { journey: next, past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** Undoes the latest step (applying its inverse), or returns the history as it is when there is none. */
export function undoHistory(state: JourneyHistoryState): JourneyHistoryState {
  const step = state.past.at(-1);
  if (!step) return state;
  return { journey: applyJourneyChanges(state.journey, step.inverse), past: state.past.slice(0, -1), future: [...state.future, step] };
}

/** Redoes the latest undone step (applying its changes again), or returns the history as it is when there is none. */
export function redoHistory(state: JourneyHistoryState): JourneyHistoryState {
  const step = state.future.at(-1);
  if (!step) return state;
  return { journey: applyJourneyChanges(state.journey, step.changes), past: [...state.past, step], future: state.future.slice(0, -1) };
}
