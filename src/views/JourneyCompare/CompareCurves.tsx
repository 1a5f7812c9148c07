import type { EmotionCurveRenderProps } from '../../components/EmotionCurve/types';
import { columnCenters, emotionPath } from '../../layout/emotion';
import { paletteColor } from '../../layout/persona';
import type { CompareCurve, CurveScore, StageDelta } from '../../layout/compare';

/** What the overlay draws besides the curve's geometry. */
export interface CompareCurvesProps {
  /** The curve's computed geometry (columns and score scale of the drawn map). */
  geometry: EmotionCurveRenderProps;
  /** Each curve in both versions. */
  curves: readonly CompareCurve[];
  /** The drawn stages' column indices, by stage id. */
  stageIndex: ReadonlyMap<string, number>;
  /** The changed scores of each stage. */
  deltas: ReadonlyMap<string, readonly StageDelta[]>;
}

/** A curve's colour: the accent when there is one curve, else the persona palette by the curve's place. */
export const curveColor = (index: number, count: number): string => (count > 1 ? paletteColor(index) : 'var(--jm-color-accent)');

/**
 * Both versions' emotion curves over one another — the old one dashed and muted, the new
 * one solid — and at each stage whose score changed, the change in signed words
 * ("−2 → +1"). Decorative: the stage headers say the same changes, and the curve's stage
 * cells the scores.
 */
export function CompareCurves({ geometry: { columns, y, width, height, baseline }, curves, stageIndex, deltas }: CompareCurvesProps) {
  const centers = columnCenters(columns);
  const points = (scores: readonly CurveScore[]) =>
    scores
      .filter((s) => stageIndex.has(s.stage))
      .map((s) => ({ x: centers[stageIndex.get(s.stage)!] ?? 0, y: y(s.score), score: s.score, stage: s.stage }))
      .sort((a, b) => a.x - b.x);
  const pct = (x: number) => `${width > 0 ? (x / width) * 100 : 0}%`;
  const drawn = curves.map((c, i) => ({
    c,
    color: curveColor(i, curves.length),
    before: points(c.before),
    after: points(c.after),
  }));
  return (
    <>
      <svg
        className="jm-EmotionCurve-svg"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {centers.map((x, i) => (
          <line key={i} className="jm-EmotionCurve-guide" x1={x} x2={x} y1={0} y2={height} vectorEffect="non-scaling-stroke" />
        ))}
        <line className="jm-EmotionCurve-baseline" x1={0} x2={width} y1={baseline} y2={baseline} vectorEffect="non-scaling-stroke" />
        {drawn.map(({ c, color, before, after }) => (
          <g key={c.key} style={{ color }}>
            <path
              className="jm-JourneyCompare-line"
              data-version="before"
              d={emotionPath({ points: before })}
              vectorEffect="non-scaling-stroke"
            />
            <path
              className="jm-JourneyCompare-line"
              data-version="after"
              d={emotionPath({ points: after })}
              vectorEffect="non-scaling-stroke"
            />
          </g>
        ))}
      </svg>
      {drawn.flatMap(({ c, color, before, after }) =>
        (['before', 'after'] as const).flatMap((version) =>
          (version === 'before' ? before : after).map((p) => (
            <span
              key={`${c.key}-${version}-${p.stage}`}
              aria-hidden="true"
              className="jm-JourneyCompare-point"
              data-version={version}
              style={{ left: pct(p.x), top: p.y, color }}
            />
          )),
        ),
      )}
      {[...deltas].flatMap(([stage, list]) => {
        const index = stageIndex.get(stage);
        if (index === undefined) return [];
        return list.map((d, i) => {
          const top = Math.min(y(d.before ?? d.after ?? 0), y(d.after ?? d.before ?? 0));
          const trend = d.before === undefined || d.after === undefined ? undefined : d.after > d.before ? 'up' : 'down';
          return (
            <span
              key={`${stage}-${d.key}`}
              aria-hidden="true"
              className="jm-JourneyCompare-delta"
              dir="ltr"
              data-trend={trend}
              data-below={top < 28 + i * 20 ? '' : undefined}
              style={{
                left: pct(centers[index] ?? 0),
                top: top < 28 + i * 20 ? Math.max(y(d.before ?? 0), y(d.after ?? 0)) + 14 + i * 20 : top - 14 - i * 20,
              }}
            >
              {d.text}
            </span>
          );
        });
      })}
    </>
  );
}
