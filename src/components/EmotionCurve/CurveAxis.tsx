import type { CSSProperties } from 'react';

/** Pixels kept free around the first stage's point (its radius, its moment-of-truth ring and a gap). */
const POINT_CLEARANCE = 20;

/**
 * The score axis at the lane's start edge (the right under right-to-left): the scale's
 * numbers as ticks, and the journey's words for the scale's ends beyond its top and
 * bottom. It keeps to the room before the first stage's point. Hidden from assistive
 * technology: the summary and the table say the same in words.
 */
export function CurveAxis({
  y,
  ticks,
  min,
  max,
  neutral,
  minLabel,
  maxLabel,
  room,
}: {
  /** Score → y. */
  y: (score: number) => number;
  /** The scores to label. */
  ticks: readonly number[];
  /** The scale's low end. */
  min: number;
  /** The scale's high end. */
  max: number;
  /** The score of the baseline. */
  neutral: number;
  /** The journey's word for the low end. */
  minLabel?: string;
  /** The journey's word for the high end. */
  maxLabel?: string;
  /** Pixels from the start edge to the first stage's point. */
  room: number;
}) {
  const style = {
    '--jm-EmotionCurve-axis-top': `${y(max)}px`,
    '--jm-EmotionCurve-axis-bottom': `${y(min)}px`,
    '--jm-EmotionCurve-axis-room': `${Math.max(0, room - POINT_CLEARANCE)}px`,
  } as CSSProperties;
  return (
    <div className="jm-EmotionCurve-axis" aria-hidden="true" style={style}>
      {ticks.map((tick) => (
        <span
          key={tick}
          className="jm-EmotionCurve-tick"
          data-score={tick}
          data-neutral={tick === neutral ? '' : undefined}
          style={{ top: y(tick) }}
        >
          {/* A number reads left to right in every language: "-1", never "1-". */}
          <bdi dir="ltr">{tick}</bdi>
        </span>
      ))}
      {maxLabel && (
        <span className="jm-EmotionCurve-axisEnd" data-end="max" style={{ top: y(max) }}>
          {maxLabel}
        </span>
      )}
      {minLabel && (
        <span className="jm-EmotionCurve-axisEnd" data-end="min" style={{ top: y(min) }}>
          {minLabel}
        </span>
      )}
    </div>
  );
}
