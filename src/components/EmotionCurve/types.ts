import type { EmotionScenario } from '../../model/types';
import type { ColumnBox, CurvePoint, Valence } from '../../layout/emotion';

/** A point of a drawn series: its place in pixels, its stage, feeling and valence. */
export type EmotionPointGeometry = CurvePoint & { stageId: string; label?: string; valence: Valence };

/** A series with its geometry, as handed to a custom renderer. */
export interface EmotionSeriesGeometry {
  /** Stable key of the series. */
  key: string;
  /** Display name: the persona's name (and scenario when both are drawn). */
  name: string;
  /** Current or future state. */
  scenario: EmotionScenario;
  /** Stroke colour (a CSS colour or variable). */
  color: string;
  /** The points in pixels. */
  points: EmotionPointGeometry[];
  /** SVG path of the curve. */
  path: string;
  /** SVG path of the area between the curve and the baseline. */
  area: string;
  /** Index in `points` of the highest and lowest point. */
  high?: number;
  /** Index in `points` of the lowest point. */
  low?: number;
}

/** What a custom renderer receives. */
export interface EmotionCurveRenderProps {
  /** Every series drawn. */
  series: EmotionSeriesGeometry[];
  /** Stage columns in pixels. */
  columns: readonly ColumnBox[];
  /** Score → y. */
  y: (score: number) => number;
  /** The scores the axis labels, in ascending order. */
  ticks: readonly number[];
  /** Width and height of the drawing. */
  width: number;
  /** Height of the drawing. */
  height: number;
  /** The y of the neutral baseline. */
  baseline: number;
}
