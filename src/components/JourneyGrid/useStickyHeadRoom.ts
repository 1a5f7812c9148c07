import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../context';
import { measureOnResize } from '../measure';

/**
 * Keeps `--jm-JourneyGrid-head-height` on the grid's scroller equal to the height of the
 * grid's sticky header (phase and stage rows), measured whenever the grid resizes. The
 * scroller's scroll-padding reads it, so that a card or cell scrolled into view, as focus
 * moves, comes to rest below the header rather than under it.
 */
export function useStickyHeadRoom(grid: RefObject<HTMLElement | null>, enabled: boolean): void {
  useIsomorphicLayoutEffect(() => {
    const el = grid.current;
    const scroller = el?.parentElement;
    if (!el || !scroller || !enabled) return;
    return measureOnResize(el, () => {
      const head = el.querySelector<HTMLElement>('.jm-JourneyGrid-head');
      scroller.style.setProperty('--jm-JourneyGrid-head-height', `${head?.offsetHeight ?? 0}px`);
    });
  }, [grid, enabled]);
}
