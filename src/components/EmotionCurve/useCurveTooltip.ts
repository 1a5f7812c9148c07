import { autoUpdate, flip, offset, shift, useDismiss, useFloating, useFocus, useHover, useInteractions, useRole } from '@floating-ui/react';
import { useState, type CSSProperties } from 'react';

/** Everything the curve wires its one tooltip with. */
export interface CurveTooltip {
  /** The index of the stage the tooltip describes, while it is shown. */
  shown: number | null;
  /** The tooltip element's id, for the described stage's `aria-describedby`. */
  id: string;
  /** Props of the hover area: the plot, points included. */
  areaProps: Record<string, unknown> & { ref: (el: HTMLElement | null) => void };
  /** Props of the tooltip element. */
  tooltipProps: Record<string, unknown> & { ref: (el: HTMLElement | null) => void; style: CSSProperties };
  /** Makes a stage the tooltip's subject, anchored to `el`; call it when the stage's cell is hovered or focused. */
  stage(index: number, el: HTMLElement): void;
}

/**
 * One tooltip for every stage of a curve. The pointer over the plot, or focus on a stage's
 * cell (from the keyboard), opens it; it describes the last stage hovered or focused, its
 * anchor moving from stage to stage, and closes when the pointer or focus leaves the
 * plot, on Escape or on a press elsewhere.
 */
export function useCurveTooltip(): CurveTooltip {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const shown = open ? active : null;
  const { refs, floatingStyles, context } = useFloating({
    open: shown !== null,
    onOpenChange(next) {
      setOpen(next);
      if (!next) setActive(null);
    },
    placement: 'top',
    // Fixed to the viewport: the map's scroller does not clip it.
    strategy: 'fixed',
    middleware: [offset(14), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  const hover = useHover(context);
  const focus = useFocus(context);
  const dismiss = useDismiss(context);
  const role = useRole(context, { role: 'tooltip' });
  const { getReferenceProps, getFloatingProps } = useInteractions([hover, focus, dismiss, role]);
  // The described stage's cell, not the plot around it, carries aria-describedby.
  const { 'aria-describedby': _describedBy, ...areaProps } = getReferenceProps();
  const floatingProps = getFloatingProps();
  return {
    shown,
    id: String(floatingProps.id),
    areaProps: { ...areaProps, ref: refs.setReference },
    tooltipProps: { ...floatingProps, ref: refs.setFloating, style: floatingStyles },
    stage(index, el) {
      refs.setPositionReference(el);
      setActive(index);
    },
  };
}
