import { area, curveMonotoneX, line } from 'd3-shape';

/** A point of the emotion curve in pixels, with the score it stands for. */
export interface CurvePoint {
  /** Horizontal position: the centre of its stage column. */
  x: number;
  /** Vertical position. */
  y: number;
  /** The score. */
  score: number;
}

/** Whether a score is above, at or below the neutral line. */
export type Valence = 'positive' | 'neutral' | 'negative';

/**
 * The vertical scale of the emotion lane: `max` at the top, `min` at the bottom,
 * scores outside the scale clamped to its edges. The same arithmetic as d3-scale's
 * clamped `scaleLinear` — written out because that one scale would pull d3-scale,
 * d3-interpolate, d3-color, d3-format and d3-array (≈ 10 KB min+gzip) into every
 * host's bundle.
 */
export function emotionYScale({
  min,
  max,
  height,
  padding = 16,
}: {
  min: number;
  max: number;
  height: number;
  padding?: number;
}): (score: number) => number {
  const top = padding;
  const bottom = height - padding;
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const span = max - min;
  return (score) => {
    const t = span ? (Math.max(lo, Math.min(hi, score)) - min) / span : 0.5;
    return bottom * (1 - t) + top * t;
  };
}

/** The SVG path of a smooth curve through the points (monotone, so it never overshoots a score). */
export function emotionPath({ points }: { points: readonly CurvePoint[] }): string {
  if (points.length === 0) return '';
  if (points.length === 1) {
    const p = points[0]!;
    return `M${p.x - 12},${p.y}L${p.x + 12},${p.y}`;
  }
  return (
    line<CurvePoint>()
      .x((p) => p.x)
      .y((p) => p.y)
      .curve(curveMonotoneX)(points as CurvePoint[]) ?? ''
  );
}

/** The area between the curve and the neutral baseline, for valence shading. */
export function emotionArea({ points, baseline }: { points: readonly CurvePoint[]; baseline: number }): string {
  if (points.length < 2) return '';
  return (
    area<CurvePoint>()
      .x((p) => p.x)
      .y0(baseline)
      .y1((p) => p.y)
      .curve(curveMonotoneX)(points as CurvePoint[]) ?? ''
  );
}

/** Which side of neutral a score is on. */
export function valence(score: number, neutral: number): Valence {
  return score > neutral ? 'positive' : score < neutral ? 'negative' : 'neutral';
}

/**
 * Indices of the curve's highs and lows: the single highest and lowest points, when
 * the curve varies at all. Ties go to the earliest stage.
 */
export function extremes(scores: readonly number[]): { high?: number; low?: number } {
  if (scores.length < 2) return {};
  let high = 0;
  let low = 0;
  scores.forEach((s, i) => {
    if (s > scores[high]!) high = i;
    if (s < scores[low]!) low = i;
  });
  return scores[high] === scores[low] ? {} : { high, low };
}

/** A column's horizontal extent in pixels. */
export interface ColumnBox {
  /** Left edge. */
  left: number;
  /** Width. */
  width: number;
}

/**
 * Equal-width columns across `width`: the layout before the real columns are measured
 * (and on the server). With `rtl`, the first stage's column is the rightmost.
 */
export function equalColumns({ count, width, rtl = false }: { count: number; width: number; rtl?: boolean }): ColumnBox[] {
  const w = count > 0 ? width / count : 0;
  return Array.from({ length: count }, (_, i) => ({ left: (rtl ? count - 1 - i : i) * w, width: w }));
}

/** The centre of each column. */
export function columnCenters(columns: readonly ColumnBox[]): number[] {
  return columns.map((c) => c.left + c.width / 2);
}
