import { useId, useMemo, useState, type SyntheticEvent } from 'react';

/** The events floating-ui's hover, focus and dismiss hooks listen to on the curve's plot. */
const AREA_EVENTS = ['onPointerDown', 'onPointerEnter', 'onMouseMove', 'onMouseLeave', 'onFocus', 'onBlur', 'onKeyDown'] as const;

/** Event handlers by prop name. */
export type AreaHandlers = Partial<Record<(typeof AREA_EVENTS)[number], (event: SyntheticEvent) => void>>;

/** Everything the curve wires its one tooltip with. */
export interface CurveTooltip {
  /** The index of the stage the tooltip describes, while it is shown. */
  shown: number | null;
  /** The tooltip element's id, for the described stage's `aria-describedby`. */
  id: string;
  /** Props of the hover area: the plot, points included. */
  areaProps: AreaHandlers & { ref: (el: HTMLElement | null) => void };
  /** Makes a stage the tooltip's subject, anchored to `el`; call it when the stage's cell is hovered or focused. */
  stage(index: number, el: HTMLElement): void;
  /** The hover area (the plot) and the described stage's anchor. */
  area: HTMLElement | null;
  anchor: HTMLElement | null;
  /** Whether the tooltip is open: set by its interaction hooks. */
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Where the tooltip's interaction hooks, once loaded, put the handlers the plot forwards its events to. */
  handlers: { current: AreaHandlers | null };
}

/**
 * One tooltip for every stage of a curve. The pointer over the plot, or focus on a stage's
 * cell (from the keyboard), opens it; it describes the last stage hovered or focused, its
 * anchor moving from stage to stage, and closes when the pointer or focus leaves the
 * plot, on Escape or on a press elsewhere. This holds its state; the tooltip itself, with
 * floating-ui's hooks, is loaded on demand (`CurveTooltip`) and binds to it.
 */
export function useCurveTooltip(): CurveTooltip {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const [area, setArea] = useState<HTMLElement | null>(null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = `${useId()}-tooltip`;
  const [handlers] = useState<CurveTooltip['handlers']>(() => ({ current: null }));
  // Stable handlers that forward to whatever the loaded hooks registered.
  const forward = useMemo(() => {
    const props: AreaHandlers = {};
    for (const key of AREA_EVENTS) props[key] = (event) => handlers.current?.[key]?.(event);
    return props;
  }, [handlers]);
  return {
    shown: open ? active : null,
    id,
    areaProps: { ...forward, ref: setArea },
    stage(index, el) {
      setAnchor(el);
      setActive(index);
    },
    area,
    anchor,
    open,
    onOpenChange(next) {
      setOpen(next);
      if (!next) setActive(null);
    },
    handlers,
  };
}
