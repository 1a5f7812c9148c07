import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../context';
import { measureOnResize } from '../measure';
import type { InteractionStore } from '../store';

/** A stage header of the grid (not the print header's copy, which carries no stage id). */
const STAGE_HEADERS = '.jm-JourneyGrid-stageRow > [data-stage-id]';

/**
 * Measures the grid's stage columns — left edge relative to the first and width — into
 * the store whenever the grid resizes, so that the emotion curve sits exactly over them.
 * Measures again when `redo` changes (the journey drawn); writes only when a column moved
 * by half a pixel or more.
 */
export function useStageColumns(grid: RefObject<HTMLElement | null>, store: InteractionStore, enabled: boolean, redo: unknown): void {
  useIsomorphicLayoutEffect(() => {
    const el = grid.current;
    if (!el || !enabled) return;
    const measure = () => {
      const rects = Array.from(el.querySelectorAll<HTMLElement>(STAGE_HEADERS), (h) => h.getBoundingClientRect());
      if (rects.length === 0 || rects.every((r) => r.width === 0)) return;
      const origin = Math.min(...rects.map((r) => r.left));
      const columns = rects.map((r) => ({ left: r.left - origin, width: r.width }));
      const previous = store.get().columns;
      const same =
        previous?.length === columns.length &&
        previous.every((c, i) => Math.abs(c.left - columns[i]!.left) < 0.5 && Math.abs(c.width - columns[i]!.width) < 0.5);
      if (!same) store.set({ columns });
    };
    return measureOnResize(el, measure);
  }, [grid, store, enabled, redo]);
}
