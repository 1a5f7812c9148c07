import type { Valence } from '../../layout/emotion';
import type { CurveGeometry } from './useCurveGeometry';

/** The theme colour of a valence. */
export const valenceColor = (v: Valence) => `var(--jm-emotion-${v})`;

/** The id of the gradient that paints a curve by valence. */
const valenceGradientId = (idPrefix: string) => `${idPrefix}-emotion-gradient`;

/** A valence gradient's stops: positive, neutral at `middle` (a percentage), negative. */
export function ValenceStops({ middle }: { middle: number }) {
  return (
    <>
      <stop offset="0%" stopColor={valenceColor('positive')} />
      <stop offset={`${middle}%`} stopColor={valenceColor('neutral')} />
      <stop offset="100%" stopColor={valenceColor('negative')} />
    </>
  );
}

/**
 * The curve's SVG: column guides, moments of truth, the neutral baseline, the valence
 * shading and one line per series. Decorative; the points, the axis and the text
 * alternative carry the data.
 */
export function CurvePlot({
  geometry,
  height,
  showArea,
  idPrefix,
}: {
  geometry: CurveGeometry;
  height: number;
  showArea: boolean;
  idPrefix: string;
}) {
  const { columns, centers, width, y, baseline, series, filled, momentStages } = geometry;
  const [lo = 0, hi = 0] = y.range();
  const top = Math.min(lo, hi);
  const bottom = Math.max(lo, hi);
  const single = series.length === 1;
  // One curve's shading at most: see `curvePaint`.
  const shaded = showArea && filled !== undefined ? series[filled] : undefined;
  return (
    <svg
      className="jm-EmotionCurve-svg"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <linearGradient id={valenceGradientId(idPrefix)} gradientUnits="userSpaceOnUse" x1="0" y1={top} x2="0" y2={bottom}>
          <ValenceStops middle={((baseline - top) / Math.max(1, bottom - top)) * 100} />
        </linearGradient>
        {shaded && (
          <clipPath id={`${idPrefix}-emotion-clip`}>
            <path d={shaded.area} />
          </clipPath>
        )}
      </defs>
      {/* Column guides and moments of truth. */}
      {columns.map((_, i) => (
        <line
          key={i}
          className="jm-EmotionCurve-guide"
          x1={centers[i]}
          x2={centers[i]}
          y1={0}
          y2={height}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      {[...momentStages].map((i) => (
        <rect
          key={`mot-${i}`}
          className="jm-EmotionCurve-moment"
          x={columns[i] ? columns[i].left + 1 : 0}
          width={columns[i] ? columns[i].width - 2 : 0}
          y={0}
          height={height}
        />
      ))}
      <line className="jm-EmotionCurve-baseline" x1={0} x2={width} y1={baseline} y2={baseline} vectorEffect="non-scaling-stroke" />
      {shaded && (
        <g clipPath={`url(#${idPrefix}-emotion-clip)`} className="jm-EmotionCurve-area" data-single={single ? '' : undefined}>
          <rect x={0} y={0} width={width} height={baseline} fill={valenceColor('positive')} />
          <rect x={0} y={baseline} width={width} height={Math.max(0, height - baseline)} fill={valenceColor('negative')} />
        </g>
      )}
      {series.map((g) => (
        <path
          key={g.key}
          className="jm-EmotionCurve-line"
          data-scenario={g.scenario}
          data-series={g.key}
          d={g.path}
          stroke={geometry.paint === 'valence' ? `url(#${valenceGradientId(idPrefix)})` : g.color}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  );
}
