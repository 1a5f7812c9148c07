import { useState, useSyncExternalStore, type CSSProperties, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../context';
import { measureOnResize } from '../measure';

const subscribeToNothing = () => () => {};
const HIDDEN: CSSProperties = { display: 'none' };

/** Whether the grid's body waits, not yet styled, for the header to be measured. */
export interface BodyGate {
  /** True once the body is shown (at once when the markup came from the server). */
  open: boolean;
}

/**
 * The gate of a grid's body. A grid mounted on the client puts its lanes in the document
 * undisplayed, measures its header and sets the scroll margin (see useStickyHeadRoom),
 * then shows them, all within the commit: the browser styles every card once, margin
 * included. Setting the margin after the cards were styled made it restyle the whole map
 * (150–250 ms at 1,000 cards). Markup from the server, hydrated, is shown as it came.
 * Returns the gate and the style the body takes while it is closed.
 */
export function useBodyGate(): [BodyGate, CSSProperties | undefined] {
  // True on the server and while hydrating; false when mounting on the client.
  const fromServer = useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
  const [gate] = useState<BodyGate>(() => ({ open: fromServer }));
  return [gate, gate.open ? undefined : HIDDEN];
}

/**
 * Keeps two measures of the grid's sticky header (phase and stage rows), whenever the
 * grid or the scroller resizes:
 * - `--jm-JourneyGrid-head-height` on the scroller, the header's height: each card and
 *   cell keeps that much scroll margin, so that one scrolled into view as focus moves
 *   comes to rest below the header rather than under it;
 * - `--jm-JourneyGrid-follow` on the header itself, the only element that reads it: how
 *   far the header may follow the page down as it scrolls, the scroller's visible height
 *   less the header's.
 *
 * Both are measured before either is written, and each is written only when it changes:
 * a read after a write, or a new value on the scroller, restyles the whole map. Called
 * from a component between the header and the body, so that it runs before anything in
 * the body is measured (the header's ref is attached by then; the grid's and the body's
 * are not): on its first run it opens the body's gate.
 */
export function useStickyHeadRoom(headRef: RefObject<HTMLElement | null>, gate: BodyGate): void {
  useIsomorphicLayoutEffect(() => {
    const head = headRef.current;
    const grid = head?.parentElement;
    const scroller = grid?.parentElement;
    if (!head || !grid || !scroller) return;
    let written = ['', ''];
    const cleanup = measureOnResize(
      grid,
      () => {
        const height = head.offsetHeight;
        const next = [`${height}px`, `${Math.max(0, scroller.clientHeight - height)}px`];
        if (next[0] !== written[0]) scroller.style.setProperty('--jm-JourneyGrid-head-height', next[0]!);
        if (next[1] !== written[1]) head.style.setProperty('--jm-JourneyGrid-follow', next[1]!);
        written = next;
      },
      scroller,
    );
    if (!gate.open) {
      gate.open = true;
      grid.querySelector<HTMLElement>(':scope > .jm-JourneyGrid-body')?.style.removeProperty('display');
    }
    return cleanup;
  }, [headRef, gate]);
}
