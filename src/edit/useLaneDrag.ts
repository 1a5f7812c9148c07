import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { moveLaneToChange } from '../layout/structureEditing';
import type { JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';

/** The lane row of the grid under an element, if any. */
const laneRow = (el: Element | null | undefined) => el?.closest<HTMLElement>('[role="row"][data-lane-id]') ?? null;

/**
 * Pointer reordering of lanes: press on a lane header (not on its buttons), drag it over
 * another lane and let go; it takes that lane's place, as one `lane/move`. Returns the box
 * of the lane it would land on, relative to `root`, for an outline. The keyboard reorders
 * lanes with the header's Move up and Move down buttons.
 */
export function useLaneDrag(
  root: RefObject<HTMLElement | null>,
  journey: Journey,
  commit: (changes: JourneyChange[]) => void,
  /** Called with the id of a lane moved, to give focus to one of its controls. */
  onMoved: (laneId: string) => void,
): CSSProperties | null {
  const [box, setBox] = useState<CSSProperties | null>(null);
  const latest = useRef({ journey, commit, onMoved });
  latest.current = { journey, commit, onMoved };
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let dragging: string | null = null;
    let over: string | null = null;
    const target = (event: PointerEvent) => laneRow(document.elementFromPoint(event.clientX, event.clientY));
    const move = (event: PointerEvent) => {
      const row = target(event);
      const header = row?.querySelector(':scope > .jm-Lane-header');
      over = row && el.contains(row) ? row.getAttribute('data-lane-id') : null;
      const origin = el.getBoundingClientRect();
      const r = row && over ? row.getBoundingClientRect() : null;
      const h = header?.getBoundingClientRect();
      setBox(
        r && h ? { position: 'absolute', top: r.top - origin.top, left: h.left - origin.left, width: h.width, height: r.height } : null,
      );
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      const change = dragging && over ? moveLaneToChange(latest.current.journey, dragging, over) : undefined;
      dragging = over = null;
      setBox(null);
      if (change) {
        latest.current.commit([change]);
        latest.current.onMoved(change.id);
      }
    };
    const cancel = () => {
      over = null;
      up();
    };
    const down = (event: PointerEvent) => {
      const t = event.target instanceof Element ? event.target : null;
      if (event.button !== 0 || !t?.closest('.jm-Lane-header') || t.closest('button, input, select, textarea, a')) return;
      const row = laneRow(t);
      if (!row || row.querySelector(':scope > .jm-Lane-header') !== t.closest('.jm-Lane-header')) return;
      dragging = row.getAttribute('data-lane-id');
      // No text selection while the lane is dragged.
      event.preventDefault();
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', cancel);
    };
    el.addEventListener('pointerdown', down);
    return () => {
      el.removeEventListener('pointerdown', down);
      cancel();
    };
  }, [root]);
  return box;
}
