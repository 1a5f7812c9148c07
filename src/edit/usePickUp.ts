import { useRef, useState, type KeyboardEvent } from 'react';
import {
  dropChanges,
  pickUpCard,
  pickUpStage,
  pickUpStep,
  spotWords,
  type CardSpotWords,
  type PickUp,
  type StageSpotWords,
} from '../layout/pickup';
import type { JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';

/** The keyboard's pick-up mode: what is picked up, and the handlers the editor wires. */
export interface PickUpMode {
  /** What is picked up and where it would land, or `null`. */
  state: PickUp | null;
  /** Picks up a card or a stage (announced). */
  start: (kind: 'card' | 'stage', id: string) => void;
  /** Handles a key press while something is picked up; `true` when it did. */
  onKeyDown: (event: KeyboardEvent) => boolean;
  /** Swallows the key-up of the Space that dropped, so that it does not press the focused button again. */
  onKeyUp: (event: KeyboardEvent) => void;
  /** Puts back what is picked up, announced as cancelled (focus left it). */
  cancel: () => void;
}

/**
 * Pick up, move with the arrow keys, drop with Enter or Space (one change), cancel with
 * Escape; every step said through `announce`. The keyboard model is `layout/pickup`'s.
 */
export function usePickUp(
  journey: Journey,
  labels: EditorLabels,
  options: { rtl: boolean; laneOrder: () => readonly string[] | undefined },
  announce: (text: string) => void,
  commit: (changes: JourneyChange[]) => void,
): PickUpMode {
  const [state, setState] = useState<PickUp | null>(null);
  const swallowSpace = useRef(false);
  const nameOf = (s: PickUp) => {
    const words = spotWords(journey, s);
    return 'title' in words ? words.title : words.name;
  };
  const say = (s: PickUp, first: boolean) => {
    const words = spotWords(journey, s);
    if ('title' in words) announce(first ? labels.pickedUp(words) : labels.over(words as CardSpotWords));
    else announce(first ? labels.stagePickedUp(words as StageSpotWords) : labels.stageOver(words as StageSpotWords));
  };
  const start = (kind: 'card' | 'stage', id: string) => {
    const s = kind === 'card' ? pickUpCard(journey, id) : pickUpStage(journey, id);
    if (!s) return;
    setState(s);
    say(s, true);
  };
  const cancel = () => {
    if (!state) return;
    setState(null);
    announce(labels.cancelled(nameOf(state)));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!state) return false;
    const step = pickUpStep(journey, state, event.key, { rtl: options.rtl, laneOrder: options.laneOrder() });
    if (!step) return false;
    event.preventDefault();
    event.stopPropagation();
    if (event.key === ' ') swallowSpace.current = true;
    if (step.type === 'move') {
      setState(step.state);
      say(step.state, false);
    } else if (step.type === 'edge') {
      announce(state.kind === 'card' ? labels.cannotMove : labels.cannotMoveStage);
    } else if (step.type === 'cancel') {
      cancel();
    } else {
      setState(null);
      const changes = dropChanges(journey, state);
      if (changes.length > 0) commit(changes);
      else announce(labels.cancelled(nameOf(state)));
    }
    return true;
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key === ' ' && swallowSpace.current) {
      swallowSpace.current = false;
      event.preventDefault();
    }
  };
  return { state, start, onKeyDown, onKeyUp, cancel };
}
