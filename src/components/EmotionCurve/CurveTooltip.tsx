import type { JourneyLabels } from '../labels';
import type { StageScore } from '../../layout/emotion';
import type { CurveTooltip as Tooltip } from './useCurveTooltip';

/**
 * The curve's one tooltip: the stage, and each curve's score and feeling there (whose
 * curve it is when several are drawn), for the stage hovered or focused. Rendered outside
 * the plot and fixed to the viewport, so that neither the plot nor the map's scroller
 * clips it and it shows above the sticky headers.
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
  const stage = tooltip.shown === null ? undefined : stages[tooltip.shown];
  if (!stage || stage.scores.length === 0) return null;
  const several = stage.scores.length > 1;
  return (
    <div className="jm-EmotionCurve-tooltip" {...tooltip.tooltipProps}>
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
}
