import { autoUpdate, flip, offset, shift, useDismiss, useFloating, useFocus, useHover, useInteractions, useRole } from '@floating-ui/react';
import { createPortal } from 'react-dom';
import type { JourneyLabels } from '../labels';
import type { StageScore } from '../../layout/emotion';
import { useIsomorphicLayoutEffect } from '../context';
import type { AreaHandlers, CurveTooltip as Tooltip } from './useCurveTooltip';

/**
 * The curve's one tooltip: the stage, and each curve's score and feeling there (whose
 * curve it is when several are drawn), for the stage hovered or focused. Fixed to the
 * viewport, so that neither the plot nor the map's scroller clips it and it shows above
 * the sticky headers; and put in the map's root, outside its grid, where the curve's row
 * may hold only cells (ARIA). Loaded on demand, with floating-ui: its hooks bind to the
 * plot and to the state `useCurveTooltip` holds.
 */
export function CurveTooltip({
  tooltip,
  stages,
  labels,
}: {
  tooltip: Tooltip;
  stages: ReadonlyArray<{ name: string; scores: readonly StageScore[] }>;
  labels: JourneyLabels;
}) {
  const { shown, area, anchor, handlers } = tooltip;
  const { refs, floatingStyles, context } = useFloating({
    open: shown !== null,
    onOpenChange: tooltip.onOpenChange,
    elements: { reference: area },
    placement: 'top',
    // Fixed to the viewport: the map's scroller does not clip it.
    strategy: 'fixed',
    middleware: [offset(14), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  useIsomorphicLayoutEffect(() => refs.setPositionReference(anchor), [refs, anchor]);
  const { getReferenceProps, getFloatingProps } = useInteractions([
    useHover(context),
    useFocus(context),
    useDismiss(context),
    useRole(context, { role: 'tooltip' }),
  ]);
  useIsomorphicLayoutEffect(() => {
    handlers.current = getReferenceProps() as AreaHandlers;
    return () => {
      handlers.current = null;
    };
  }, [handlers, getReferenceProps]);

  const stage = shown === null ? undefined : stages[shown];
  if (!stage || stage.scores.length === 0) return null;
  const several = stage.scores.length > 1;
  const box = (
    <div className="jm-EmotionCurve-tooltip" {...getFloatingProps()} id={tooltip.id} ref={refs.setFloating} style={floatingStyles}>
      <strong>{stage.name}</strong>
      {stage.scores.map((s) => (
        <span key={s.key}>
          {several ? `${s.name} · ` : `${s.name} · ${labels.score}: `}
          {s.score}
          {s.label ? ` — ${s.label}` : ''}
        </span>
      ))}
    </div>
  );
  const root = area?.closest<HTMLElement>('.jm-JourneyGrid');
  return root ? createPortal(box, root) : box;
}
