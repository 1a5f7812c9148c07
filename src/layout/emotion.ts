import { scaleDiverging, scaleLinear, scaleOrdinal, type ScaleLinear } from 'd3-scale';
import { area, curveMonotoneX, line } from 'd3-shape';
import type { Persona } from '../model/types';
import { ownPersonaColor, paletteColor } from './persona';
import { formatScore } from './score';

/** A linear scale from numbers to numbers (d3's `scaleLinear`). */
export type LinearScale = ScaleLinear<number, number>;

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
 * The vertical scale of the emotion lane: `max` at the top, `min` at the bottom, inside
 * `padding`; scores outside the scale are clamped to its edges. The domain is made nice
 * (a scale declared from 0 to 9.5 is drawn from 0 to 10) so that the axis ends on
 * round numbers; the usual integer scales (-3…3, 1…5, 0…10) stay as they are.
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
}): LinearScale {
  return scaleLinear([min, max], [height - padding, padding])
    .nice()
    .clamp(true);
}

/** A score's bar in a meter that runs either side of the neutral score, in percent of its length from its start edge. */
export interface EmotionBar {
  /** Where the neutral score sits: the bar's centre line. */
  zero: number;
  /** Where the bar starts: at `zero` for a score above neutral, before it for one below. */
  start: number;
  /** The bar's length: 0 for a neutral score, up to `zero` for the lowest, `100 - zero` for the highest. */
  size: number;
}

/**
 * The bar of a score in a meter from `min` (at its start edge, the left, or the right
 * right to left) to `max`: it runs from the neutral score towards the score, so a low
 * score fills the side before the centre line and a high one the side after; clamped.
 */
export function emotionBar({ min, max, neutral, score }: { min: number; max: number; neutral: number; score: number }): EmotionBar {
  const at = scaleLinear([min, max], [0, 100]).clamp(true);
  const zero = at(neutral);
  const end = at(score);
  return { zero, start: Math.min(zero, end), size: Math.abs(end - zero) };
}

/**
 * The scores to label on the axis of `scale`: round numbers within its domain, never
 * closer together than `spacing` pixels (so never more than fit its range), and only
 * whole numbers when both ends of the domain are whole.
 */
export function emotionTicks({ scale, spacing = 16 }: { scale: LinearScale; spacing?: number }): number[] {
  const [lo = 0, hi = 0] = scale.domain();
  const [top = 0, bottom = 0] = scale.range();
  const whole = Number.isInteger(lo) && Number.isInteger(hi);
  // d3 treats the count as a hint and may return a few more: ask for fewer until they are far enough apart.
  for (let count = Math.floor(Math.abs(bottom - top) / spacing) + 1; count > 0; count--) {
    const ticks = scale.ticks(count).filter((t) => !whole || Number.isInteger(t));
    const gap = ticks.length > 1 ? Math.abs(scale(ticks[1]!) - scale(ticks[0]!)) : Infinity;
    if (gap >= spacing - 1e-6) return ticks;
  }
  return [];
}

/**
 * Which side of the neutral line a score is on: a diverging scale from `min` through
 * `neutral` to `max`, read as negative below the midpoint, positive above it and
 * neutral on it.
 */
export function valenceScale({ min, max, neutral }: { min: number; max: number; neutral: number }): (score: number) => Valence {
  return scaleDiverging<Valence>([min, neutral, max], (t) => (t < 0.5 ? 'negative' : t > 0.5 ? 'positive' : 'neutral')).clamp(true);
}

/**
 * The colour of each persona's curve: an ordinal scale from persona id to colour, in the
 * order of `personas`: a persona's own safe `color`, else the theme's persona palette at
 * its position (cycling past its end). An unknown or missing id (a journey-wide curve)
 * gets the first palette colour. Gives the same colours as `personaColor`, which the
 * persona panel uses without d3.
 */
export function personaColorScale({ personas }: { personas: readonly Persona[] }): (personaId: string | undefined) => string {
  const scale = scaleOrdinal(
    personas.map((p) => p.id),
    personas.map((p, i) => ownPersonaColor(p) ?? paletteColor(i)),
  ).unknown(paletteColor(0));
  return (personaId) => scale(personaId ?? '');
}

/**
 * How the curves are painted and which one is shaded. One persona's curve (or its current
 * and future state) is painted by valence, with the area between its current-state curve
 * and the baseline shaded. Several personas' curves are each painted in the persona's
 * colour and none is shaded: translucent fills stacked over each other blend into colours
 * that belong to no curve, while the axis already says how far a point is from neutral.
 */
export function curvePaint({ series }: { series: ReadonlyArray<{ persona?: string; scenario: string }> }): {
  /** `'valence'`: coloured by score, green above neutral to red below; `'persona'`: each line its persona's colour. */
  paint: 'valence' | 'persona';
  /** Index of the one series whose area is shaded, if any. */
  filled?: number;
} {
  const people = new Set(series.map((s) => s.persona ?? ''));
  if (series.length === 0 || people.size > 1) return { paint: 'persona' };
  const current = series.findIndex((s) => s.scenario === 'current');
  return { paint: 'valence', filled: current < 0 ? 0 : current };
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

export { formatScore };

/** A curve's score at a stage, as shown and read out. */
export interface StageScore {
  /** The series' key. */
  key: string;
  /** Whose curve: the persona (and scenario when both are drawn). */
  name: string;
  /** The score, signed, with a true minus sign ({@link formatScore}). */
  score: string;
  /** The feeling. */
  label?: string;
  /** The point's height in the drawing. */
  y: number;
}

/**
 * Every stage in order, with the score of each curve that scored it — what a stage's cell
 * of the curve says, its tooltip shows and its table view writes.
 */
export function stageScores({
  stages,
  series,
}: {
  stages: ReadonlyArray<{ id: string; name: string }>;
  series: ReadonlyArray<{
    key: string;
    name: string;
    points: ReadonlyArray<{ stageId: string; score: number; label?: string; y: number }>;
  }>;
}): Array<{ id: string; name: string; scores: StageScore[] }> {
  return stages.map((stage) => ({
    id: stage.id,
    name: stage.name,
    scores: series.flatMap((g) => {
      const p = g.points.find((q) => q.stageId === stage.id);
      return p ? [{ key: g.key, name: g.name, score: formatScore(p.score), label: p.label, y: p.y }] : [];
    }),
  }));
}
