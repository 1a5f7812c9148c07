import type { NormalizedJourney } from '../../model/normalize';
import type { JourneyLabels } from '../labels';
import { valenceColor } from './CurvePlot';
import type { CurveGeometry } from './useCurveGeometry';

/**
 * The curve's points and their words, as HTML over the SVG so that they keep their shape
 * whatever the drawing's aspect ratio, and text wraps and mirrors naturally. Hidden from
 * assistive technology: the stage cells over them (`CurveStages`) are the keyboard stops
 * and say each stage's scores.
 */
export function CurvePoints({
  geometry,
  height,
  model,
  labels,
  showPointLabels,
}: {
  geometry: CurveGeometry;
  height: number;
  model: NormalizedJourney;
  labels: JourneyLabels;
  showPointLabels: boolean;
}) {
  const { width, series, paint, momentStages } = geometry;
  const single = series.length === 1;
  const pct = (x: number) => `${width > 0 ? (x / width) * 100 : 0}%`;
  return (
    <>
      {series.map((g) =>
        g.points.map((p, pi) => {
          // With several curves, highs and lows are marked by shape only; words would collide.
          const extreme = pi === g.high ? 'high' : pi === g.low ? 'low' : undefined;
          const mark = single ? extreme : undefined;
          return (
            <span
              key={`${g.key}-${p.stageId}`}
              aria-hidden="true"
              className="jm-EmotionCurve-point"
              data-valence={p.valence}
              data-scenario={g.scenario}
              data-extreme={extreme}
              data-stage-id={p.stageId}
              data-moment-of-truth={momentStages.has(model.stageIndex.get(p.stageId) ?? -1) ? '' : undefined}
              style={{ left: pct(p.x), top: p.y, color: paint === 'valence' ? valenceColor(p.valence) : g.color }}
            >
              {(mark || (single && showPointLabels && p.label)) && (
                <span className="jm-EmotionCurve-pointLabel" data-below={p.y < height / 2 ? '' : undefined}>
                  {mark && <strong>{mark === 'high' ? labels.high : labels.low}</strong>}
                  {mark && p.label && single ? ' · ' : ''}
                  {single && showPointLabels ? p.label : ''}
                </span>
              )}
            </span>
          );
        }),
      )}
    </>
  );
}
