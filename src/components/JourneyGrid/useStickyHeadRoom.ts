import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../context';
import { measureOnResize } from '../measure';

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
 * Both are measured before either is written: a read after a write would make the
 * browser restyle the whole map in between.
 */
export function useStickyHeadRoom(grid: RefObject<HTMLElement | null>, enabled: boolean): void {
  useIsomorphicLayoutEffect(() => {
    const el = grid.current;
    const scroller = el?.parentElement;
    if (!el || !scroller || !enabled) return;
    return measureOnResize(
      el,
      () => {
        const head = el.querySelector<HTMLElement>('.jm-JourneyGrid-head');
        const height = head?.offsetHeight ?? 0;
        const follow = `${Math.max(0, scroller.clientHeight - height)}px`;
        scroller.style.setProperty('--jm-JourneyGrid-head-height', `${height}px`);
        head?.style.setProperty('--jm-JourneyGrid-follow', follow);
      },
      scroller,
    );
  }, [grid, enabled]);
}
