import type { JourneyLabels } from '../labels';
import { ValenceStops } from './CurvePlot';
import type { CurveGeometry } from './useCurveGeometry';

/**
 * The curve's legend, in its row header: a swatch for each line when several are drawn
 * (the line's own stroke, dash and width, so it always looks like the line it names),
 * then the marks the curve shows: a ring for a stage's score, a filled dot for the highest
 * and lowest, and a shaded column for a stage with a moment of truth. The map's legend
 * explains the cards; this one only the curve. Under a custom drawing (`withMarks` false)
 * only the lines are named.
 */
export function CurveLegend({
  geometry,
  idPrefix,
  labels,
  withMarks,
  name,
}: {
  geometry: CurveGeometry;
  idPrefix: string;
  labels: JourneyLabels;
  withMarks: boolean;
  /** The curve's own name (the lane's label): the list is named "Legend: Emotion", apart from the map's legend. */
  name: string;
}) {
  const { series, paint, momentStages } = geometry;
  const marks = [
    withMarks && series.some((g) => g.points.length > 0) && (['score', labels.legendScore] as const),
    withMarks && series.some((g) => g.high !== undefined) && (['high-low', labels.legendHighLow] as const),
    withMarks && momentStages.size > 0 && (['moment', labels.momentOfTruth] as const),
  ].filter((m) => m !== false);
  if (series.length < 2 && marks.length === 0) return null;
  return (
    <ul className="jm-EmotionCurve-legend" aria-label={`${labels.legend}: ${name}`}>
      {series.length > 1 &&
        series.map((g, i) => (
          <li key={g.key} data-mark="line" data-series={g.key} data-scenario={g.scenario}>
            <svg className="jm-EmotionCurve-swatch" width="20" height="8" viewBox="0 0 20 8" aria-hidden="true" focusable="false">
              {paint === 'valence' && (
                <defs>
                  {/* In user space: a gradient in a horizontal line's bounding box, which has no height, paints nothing. */}
                  <linearGradient id={`${idPrefix}-swatch-${i}`} gradientUnits="userSpaceOnUse" x1="1" y1="0" x2="19" y2="0">
                    <ValenceStops middle={50} />
                  </linearGradient>
                </defs>
              )}
              <line
                className="jm-EmotionCurve-line"
                data-scenario={g.scenario}
                x1="1"
                y1="4"
                x2="19"
                y2="4"
                stroke={paint === 'valence' ? `url(#${idPrefix}-swatch-${i})` : g.color}
              />
            </svg>
            {/* One persona's two curves are told apart by scenario alone. */}
            {paint === 'valence' ? (g.scenario === 'future' ? labels.futureState : labels.currentState) : g.name}
          </li>
        ))}
      {marks.map(([mark, text]) => (
        <li key={mark} data-mark={mark}>
          <span className="jm-EmotionCurve-mark" aria-hidden="true" />
          {text}
        </li>
      ))}
    </ul>
  );
}
