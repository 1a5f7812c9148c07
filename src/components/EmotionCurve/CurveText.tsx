import type { NormalizedJourney } from '../../model/normalize';
import type { JourneyLabels } from '../labels';
import type { EmotionSeriesGeometry } from './types';

/**
 * The curve in words, for screen readers: a sentence per series saying where it is highest
 * and lowest. Each stage's scores are its cell's name (`CurveStages`).
 */
export function CurveText({
  id,
  series,
  model,
  labels,
}: {
  id?: string;
  series: readonly EmotionSeriesGeometry[];
  model: NormalizedJourney;
  labels: JourneyLabels;
}) {
  const { min, max, minLabel, maxLabel } = model.scale;
  const stageName = (id: string) => model.stages.get(id)?.name ?? '';
  return (
    <span id={id} className="jm-visually-hidden">
      {series.map((g) => {
        if (g.high === undefined || g.low === undefined) return null;
        const hi = g.points[g.high]!;
        const lo = g.points[g.low]!;
        return (
          <span key={g.key} className="jm-EmotionCurve-summary">
            {' '}
            {labels.emotionSummary({
              name: g.name,
              highStage: stageName(hi.stageId),
              highScore: hi.score,
              lowStage: stageName(lo.stageId),
              lowScore: lo.score,
              min,
              max,
              minLabel,
              maxLabel,
            })}
          </span>
        );
      })}
    </span>
  );
}
