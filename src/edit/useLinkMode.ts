import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { EditCommand } from '../layout/editing';
import { cardKey } from '../layout/navigation';
import { addLinkChange, linkProblem, linkStep, linkWords, startLink, unlinkChange, type LinkMode } from '../layout/linking';
import type { JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';
import { navElement } from './overlay';

/** A drag from a card's connect handle: where the pointer is (client coordinates) and the card under it. */
export interface LinkDrag {
  from: string;
  x: number;
  y: number;
  over: string | null;
}

/** Linking cards, by keyboard and by pointer: the state drawn and the handlers the editor wires. */
export interface LinkModeApi {
  /** The keyboard's link mode (the card linked and its target), or `null`. */
  state: LinkMode | null;
  /** The pointer's drag from a connect handle, or `null`. */
  drag: LinkDrag | null;
  /** Runs the toolbar's and the keys' commands: `link` starts the keyboard's link mode on the card (focused, announced), `links` opens its list of links. */
  run: (command: Extract<EditCommand, { type: 'link' | 'links' }>) => void;
  /** Handles a key press in link mode; `true` when it did. */
  onKeyDown: (event: KeyboardEvent) => boolean;
  /** Swallows the key-up of the Space that connected, so that it does not press the focused card. */
  onKeyUp: (event: KeyboardEvent) => void;
  /** Ends link mode, announced as cancelled (focus left the card). */
  cancel: () => void;
  /** The pointer pressed a card's connect handle. */
  dragStart: (from: string, x: number, y: number) => void;
  /** The pointer moved, over card `over` or none. */
  dragMove: (x: number, y: number, over: string | null) => void;
  /** The pointer let go: links to the card under it, or cancels off the cards. */
  dragEnd: () => void;
  /** Escape, or the pointer lost: the drag ends changing nothing. */
  dragCancel: () => void;
  /** Removes one link (from the card's list of links). */
  remove: (change: JourneyChange) => void;
  /** The card whose list of links is open, or `null`. */
  listOf: string | null;
  /** Opens the list of a card's links, or closes it (`null`). */
  showList: (cardId: string | null) => void;
}

/**
 * Link mode: L (or the toolbar's Connect) starts it on a focused card, arrow keys choose the
 * target, Enter or Space links them (one `link/add`), Delete removes the link between them,
 * Escape cancels; a drag from a card's connect handle does the same by pointer. Every step is
 * said through `announce`; what cannot be linked is refused with a message. The keyboard
 * model is `layout/linking`'s.
 */
export function useLinkMode(
  journey: Journey,
  labels: EditorLabels,
  options: { root: RefObject<HTMLElement | null>; rtl: boolean; laneOrder: () => readonly string[] | undefined },
  announce: (text: string) => void,
  commit: (changes: JourneyChange[], say?: string) => void,
): LinkModeApi {
  const [state, setState] = useState<LinkMode | null>(null);
  const [drag, setDrag] = useState<LinkDrag | null>(null);
  const [listOf, showList] = useState<string | null>(null);
  const swallowSpace = useRef(false);
  /** Focuses a card (where the keys go on: undo, link mode); its preview would cover the cards around it, so Escape closes it, as for a user. */
  const focusCard = (cardId: string, focus: boolean, later = false) => {
    const card = navElement(options.root.current, cardKey(cardId));
    if (focus) card?.focus({ preventScroll: true });
    const close = () => card?.dispatchEvent(new globalThis.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    close();
    // After a drag, a preview that opens on focus is open only once React has drawn it.
    if (later) setTimeout(close, 0);
  };
  const title = (id: string) => journey.cards.find((c) => c.id === id)?.title ?? id;

  const connect = (from: string, to: string) => {
    const change = addLinkChange(journey, from, to);
    if (change) return commit([change], labels.linked({ from: title(from), to: title(to) }));
    announce(labels.linkRefused({ from: title(from), to: title(to), problem: linkProblem(journey, from, to) ?? 'missing' }));
  };
  const run = ({ type, cardId }: Extract<EditCommand, { type: 'link' | 'links' }>) => {
    if (type === 'links') return showList(cardId);
    const s = startLink(journey, cardId);
    if (!s) return;
    focusCard(cardId, true);
    setDrag(null);
    setState(s);
    announce(labels.linkStarted(title(cardId)));
  };
  const cancel = () => {
    if (!state) return;
    setState(null);
    announce(labels.linkCancelled(title(state.from)));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!state) return false;
    const step = linkStep(journey, state, event.key, { rtl: options.rtl, laneOrder: options.laneOrder() });
    if (!step || event.ctrlKey || event.metaKey || event.altKey) return false;
    event.preventDefault();
    event.stopPropagation();
    if (event.key === ' ') swallowSpace.current = true;
    if (step.type === 'move') {
      setState(step.state);
      announce(labels.linkTarget(linkWords(journey, step.state)));
    } else if (step.type === 'edge') {
      announce(labels.noCardThatWay);
    } else if (step.type === 'cancel') {
      cancel();
    } else if (step.type === 'unlink') {
      const change = unlinkChange(journey, state.from, state.to);
      if (!change) announce(labels.noLinkBetween({ from: title(state.from), to: title(state.to) }));
      else {
        setState(null);
        commit([change], labels.unlinked({ from: title(change.from), to: title(change.to) }));
      }
    } else {
      // A refused link keeps the mode on, so that another target can be chosen.
      if (linkProblem(journey, state.from, state.to) === null) setState(null);
      connect(state.from, state.to);
    }
    return true;
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key === ' ' && swallowSpace.current) {
      swallowSpace.current = false;
      event.preventDefault();
    }
  };

  // The drag read by the pointer's handlers between renders.
  const dragNow = useRef<LinkDrag | null>(null);
  const putDrag = (d: LinkDrag | null) => {
    dragNow.current = d;
    setDrag(d);
  };
  const dragStart = (from: string, x: number, y: number) => {
    setState(null);
    focusCard(from, false);
    putDrag({ from, x, y, over: null });
    announce(labels.linkDragStarted(title(from)));
  };
  const dragMove = (x: number, y: number, over: string | null) => {
    const d = dragNow.current;
    if (!d) return;
    if (over !== d.over && over !== null) announce(labels.linkTarget(linkWords(journey, { from: d.from, to: over })));
    putDrag({ ...d, x, y, over });
  };
  const dragEnd = () => {
    const d = dragNow.current;
    if (!d) return;
    putDrag(null);
    focusCard(d.from, true, true);
    if (d.over) connect(d.from, d.over);
    else announce(labels.linkCancelled(title(d.from)));
  };
  const dragCancel = () => {
    const d = dragNow.current;
    if (!d) return;
    putDrag(null);
    focusCard(d.from, true, true);
    announce(labels.linkCancelled(title(d.from)));
  };
  const remove = (change: JourneyChange) => {
    if (change.type === 'link/remove') commit([change], labels.unlinked({ from: title(change.from), to: title(change.to) }));
  };
  return { state, drag, run, onKeyDown, onKeyUp, cancel, dragStart, dragMove, dragEnd, dragCancel, remove, listOf, showList };
}
