import type { JourneyLabels } from '../labels';
import type { EmotionSeriesGeometry } from './types';
import type { CurveTooltip as Tooltip } from './useCurveTooltip';

/**
 * The curve's one tooltip: the stage, the series (persona and scenario), the score and
 * the feeling of the point hovered or focused. Rendered outside the plot and fixed to the
 * viewport, so that neither the plot nor the map's scroller clips it and it shows above
 * the sticky headers.
 */
export function CurveTooltip({
  tooltip,
  series,
  stageName,
  labels,
}: {
  tooltip: Tooltip;
  series: readonly EmotionSeriesGeometry[];
  stageName: (stageId: string) => string;
  labels: JourneyLabels;
}) {
  const { shown } = tooltip;
  const line = shown ? series[shown.series] : undefined;
  const point = shown ? line?.points[shown.point] : undefined;
  if (!line || !point) return null;
  return (
    <div className="jm-EmotionCurve-tooltip" {...tooltip.tooltipProps}>
      <strong>{stageName(point.stageId)}</strong>
      <span>{line.name}</span>
      <span>
        {labels.score}: {point.score}
        {point.label ? ` — ${point.label}` : ''}
      </span>
    </div>
  );
}
