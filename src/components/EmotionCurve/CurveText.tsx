import type { NormalizedJourney } from '../../model/normalize';
import type { JourneyLabels } from '../labels';
import type { EmotionSeriesGeometry } from './types';

/** The curve in words, for screen readers: a sentence per series, then a table of every score. */
export function CurveText({
  series,
  model,
  labels,
  caption,
}: {
  series: readonly EmotionSeriesGeometry[];
  model: NormalizedJourney;
  labels: JourneyLabels;
  caption: string;
}) {
  const { min, max, minLabel, maxLabel } = model.scale;
  const stageName = (id: string) => model.stages.get(id)?.name ?? '';
  return (
    <div className="jm-visually-hidden">
      {series.map((g) => {
        if (g.high === undefined || g.low === undefined) return null;
        const hi = g.points[g.high]!;
        const lo = g.points[g.low]!;
        return (
          <p key={g.key}>
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
          </p>
        );
      })}
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.stage}</th>
            {series.map((g) => (
              <th key={g.key} scope="col">
                {g.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.journey.stages.map((stage) => (
            <tr key={stage.id}>
              <th scope="row">{stage.name}</th>
              {series.map((g) => {
                const p = g.points.find((q) => q.stageId === stage.id);
                return <td key={g.key}>{p ? `${p.score}${p.label ? ` (${p.label})` : ''}` : '—'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
