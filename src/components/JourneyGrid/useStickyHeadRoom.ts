import { useState, useSyncExternalStore, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../context';
import { measureOnResize } from '../measure';

const subscribeToNothing = () => () => {};

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
 * The body is hidden while `open` is false.
 */
export function useBodyGate(): BodyGate {
  // True on the server and while hydrating; false when mounting on the client.
  const fromServer = useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
  return useState<BodyGate>(() => ({ open: fromServer }))[0];
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
 * Both are measured before either is written: a read after a write would restyle the
 * whole map in between (the browser leaves a value set again unchanged alone). Called
 * by the header, whose layout effects run before those of the body after it (the
 * header's ref is attached by then; the grid's and the body's are not): on its first run
 * it opens the body's gate. Does nothing without a gate (the print header).
 */
export function useStickyHeadRoom(headRef: RefObject<HTMLElement | null>, gate: BodyGate | undefined): void {
  useIsomorphicLayoutEffect(() => {
    const head = headRef.current;
    const grid = head?.parentElement;
    const scroller = grid?.parentElement;
    if (!gate || !head || !grid || !scroller) return;
    const cleanup = measureOnResize(
      grid,
      () => {
        const height = head.offsetHeight;
        const follow = Math.max(0, scroller.clientHeight - height);
        scroller.style.setProperty('--jm-JourneyGrid-head-height', `${height}px`);
        head.style.setProperty('--jm-JourneyGrid-follow', `${follow}px`);
      },
      scroller,
    );
    if (!gate.open) {
      gate.open = true;
      // The body follows the header.
      (head.nextElementSibling as HTMLElement).hidden = false;
    }
    return cleanup;
  }, [headRef, gate]);
}
