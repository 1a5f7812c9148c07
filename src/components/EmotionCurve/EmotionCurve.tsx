import { clsx } from 'clsx';
import { forwardRef, useMemo, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { EmotionScenario } from '../../model/types';
import type { EmotionSeries } from '../../model/normalize';
import {
  columnCenters,
  emotionArea,
  emotionPath,
  emotionYScale,
  equalColumns,
  extremes,
  valence,
  type ColumnBox,
  type CurvePoint,
  type Valence,
} from '../../layout/emotion';
import { personaColor } from '../../layout/persona';
import { curveKey } from '../../layout/navigation';
import { useJourneyContext } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { useInteraction } from '../store';
import { useGridPart } from '../JourneyGrid/parts';
import { named } from '../refs';

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
  points: Array<CurvePoint & { stageId: string; label?: string; valence: Valence }>;
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
  /** Width and height of the drawing. */
  width: number;
  /** Height of the drawing. */
  height: number;
  /** The y of the neutral baseline. */
  baseline: number;
}

/** The props {@link EmotionCurve} adds to a `div`'s. */
export interface EmotionCurveOwnProps {
  /** The emotion lane whose label heads the row. Default: the journey's first emotion lane. */
  laneId?: string;
  /** Personas whose curves are drawn. Default: every persona with scores. */
  personas?: readonly string[];
  /** Scenarios drawn. Default: both, when the journey has future-state scores. */
  scenarios?: readonly EmotionScenario[];
  /** Height of the drawing in pixels. Default 168. */
  height?: number;
  /** Shades the area between curve and baseline by valence. Default `true`. */
  showArea?: boolean;
  /** Writes each point's feeling under it when one curve is drawn. Default `true`. */
  showPointLabels?: boolean;
  /** Replaces the drawing; receives the computed geometry. The text alternative stays. */
  children?: (props: EmotionCurveRenderProps) => ReactNode;
}

/** Props of {@link EmotionCurve}. */
export type EmotionCurveProps = EmotionCurveOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof EmotionCurveOwnProps>;

/** The theme colour of a valence. */
const valenceColor = (v: Valence) => `var(--jm-emotion-${v})`;

/**
 * The emotional journey: a smooth curve through each stage's score, its points over
 * the centres of the stage columns (measured, whatever their widths), a neutral
 * baseline, shading by valence, the highs, lows and moments of truth marked, a
 * curve per persona with a legend, and a summary and table for screen readers.
 * Must be used inside `JourneyGrid`, where it is a row of the grid.
 */
export const EmotionCurve = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, EmotionCurveProps>(function EmotionCurve(
    { laneId, personas, scenarios, height = 168, showArea = true, showPointLabels = true, children, className, ...rest },
    ref,
  ) {
    const { model, store, idPrefix, firstNavKey } = useJourneyContext('EmotionCurve');
    const { labels, dir } = useJourneyConfig();
    const partRef = useGridPart({ kind: 'curve', laneId }, ref);
    const measured = useInteraction(store, (s) => s.columns);
    const [hovered, setHovered] = useState<{ series: number; point: number } | null>(null);
    const journey = model.journey;
    const lane = laneId ? model.lanes.get(laneId) : journey.lanes.find((l) => l.kind === 'emotion');
    const stageCount = journey.stages.length;
    // The curve's cell takes part in the grid's roving tab stop (and holds it when nothing else can).
    const navKey = curveKey(lane?.id ?? '');
    const tabbable = useInteraction(
      store,
      (st) => st.focusKey === navKey || (st.focusKey === null && (firstNavKey === navKey || firstNavKey === null)),
    );
    const { min, max, neutral } = model.scale;

    const columns = useMemo(() => {
      if (measured && measured.length === stageCount) return measured;
      // Before measuring (and on the server): equal columns, mirrored for right-to-left maps.
      return equalColumns({ count: stageCount, width: stageCount * 220, rtl: dir === 'rtl' });
    }, [measured, stageCount, dir]);
    const width = columns.reduce((w, c) => Math.max(w, c.left + c.width), 0);
    const centers = columnCenters(columns);
    const momentStages = useMemo(() => {
      const set = new Set<number>();
      for (const card of journey.cards) if (card.momentOfTruth) set.add(model.stageIndex.get(card.stage) ?? 0);
      return set;
    }, [journey.cards, model.stageIndex]);

    const seriesList: EmotionSeries[] = model.emotionSeries.filter(
      (s) => (!personas || !s.persona || personas.includes(s.persona.id)) && (!scenarios || scenarios.includes(s.scenario)),
    );
    const bothScenarios = new Set(seriesList.map((s) => s.scenario)).size > 1;
    const y = emotionYScale({ min, max, height });
    const baseline = y(neutral);

    const geometry: EmotionSeriesGeometry[] = seriesList.map((s) => {
      const points = s.points.map((p) => ({
        x: centers[p.index] ?? 0,
        y: y(p.score),
        score: p.score,
        stageId: p.stage,
        label: p.label,
        valence: valence(p.score, neutral),
      }));
      // Draw the curve from the first stage to the last whatever the direction.
      const ordered = [...points].sort((a, b) => a.x - b.x);
      const { high, low } = extremes(points.map((p) => p.score));
      const personaName = s.persona?.name ?? journey.title;
      return {
        key: s.key,
        name: bothScenarios ? `${personaName} — ${s.scenario === 'future' ? labels.futureState : labels.currentState}` : personaName,
        scenario: s.scenario,
        color: personaColor(journey, s.persona?.id),
        points,
        path: emotionPath({ points: ordered }),
        area: emotionArea({ points: ordered, baseline }),
        high,
        low,
      };
    });
    const single = geometry.length === 1;
    const gradientId = `${idPrefix}-emotion-gradient`;

    const drawing = children ? (
      children({ series: geometry, columns, y, width, height, baseline })
    ) : (
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
          <linearGradient id={gradientId} gradientUnits="userSpaceOnUse" x1="0" y1={y(max)} x2="0" y2={y(min)}>
            <stop offset="0%" stopColor={valenceColor('positive')} />
            <stop offset={`${((baseline - y(max)) / Math.max(1, y(min) - y(max))) * 100}%`} stopColor={valenceColor('neutral')} />
            <stop offset="100%" stopColor={valenceColor('negative')} />
          </linearGradient>
          {showArea &&
            geometry.map((g, i) => (
              <clipPath key={g.key} id={`${idPrefix}-emotion-clip-${i}`}>
                <path d={g.area} />
              </clipPath>
            ))}
        </defs>
        {/* Column guides and moments of truth. */}
        {columns.map((c, i) => (
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
        {showArea &&
          geometry.map((g, i) =>
            g.scenario === 'future' && bothScenarios ? null : (
              <g
                key={g.key}
                clipPath={`url(#${idPrefix}-emotion-clip-${i})`}
                className="jm-EmotionCurve-area"
                data-single={single ? '' : undefined}
              >
                <rect x={0} y={0} width={width} height={baseline} fill={valenceColor('positive')} />
                <rect x={0} y={baseline} width={width} height={Math.max(0, height - baseline)} fill={valenceColor('negative')} />
              </g>
            ),
          )}
        {geometry.map((g) => (
          <path
            key={g.key}
            className="jm-EmotionCurve-line"
            data-scenario={g.scenario}
            d={g.path}
            stroke={single || (bothScenarios && geometry.length === 2) ? `url(#${gradientId})` : g.color}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
    );

    // Points and their labels are HTML over the SVG so that they keep their shape
    // whatever the drawing's aspect ratio, and text wraps and mirrors naturally.
    const pct = (x: number) => `${width > 0 ? (x / width) * 100 : 0}%`;
    const hoveredPoint = hovered ? geometry[hovered.series]?.points[hovered.point] : undefined;
    const hoveredSeries = hovered ? geometry[hovered.series] : undefined;

    return (
      <div
        ref={partRef}
        role="row"
        className={clsx('jm-Lane', 'jm-EmotionCurve', className)}
        data-kind="emotion"
        data-lane-id={lane?.id}
        data-series={geometry.length}
        {...rest}
      >
        <div role="rowheader" className="jm-Lane-header">
          <span className="jm-Lane-label">{lane?.label ?? labels.emotion}</span>
          {geometry.length > 1 && (
            <ul className="jm-EmotionCurve-legend" aria-label={labels.legend}>
              {geometry.map((g) => (
                <li key={g.key} data-scenario={g.scenario}>
                  <span className="jm-EmotionCurve-swatch" style={{ color: single ? undefined : g.color }} aria-hidden="true" />
                  {g.name}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div
          role="gridcell"
          className="jm-EmotionCurve-cell"
          aria-colindex={2}
          aria-colspan={stageCount > 1 ? stageCount : undefined}
          style={{ gridColumn: `2 / span ${stageCount}` }}
          data-nav-key={navKey}
          tabIndex={tabbable ? 0 : -1}
          onFocus={(event) => {
            if (event.target === event.currentTarget) store.set({ focusKey: navKey });
          }}
        >
          <div className="jm-EmotionCurve-plot" style={{ height }} onPointerLeave={() => setHovered(null)}>
            {drawing}
            {!children &&
              geometry.map((g, si) =>
                g.points.map((p, pi) => {
                  // With several curves, highs and lows are marked by shape only; words would collide.
                  const extreme = pi === g.high ? 'high' : pi === g.low ? 'low' : undefined;
                  const mark = single ? extreme : undefined;
                  return (
                    <span
                      key={`${g.key}-${p.stageId}`}
                      className="jm-EmotionCurve-point"
                      data-valence={p.valence}
                      data-scenario={g.scenario}
                      data-extreme={extreme}
                      data-stage-id={p.stageId}
                      data-moment-of-truth={momentStages.has(model.stageIndex.get(p.stageId) ?? -1) ? '' : undefined}
                      style={{
                        left: pct(p.x),
                        top: p.y,
                        color: single || bothScenarios ? valenceColor(p.valence) : g.color,
                      }}
                      aria-hidden="true"
                      onPointerEnter={() => setHovered({ series: si, point: pi })}
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
            {hoveredPoint && hoveredSeries && (
              <div className="jm-EmotionCurve-tooltip" style={{ left: pct(hoveredPoint.x), top: hoveredPoint.y }} aria-hidden="true">
                <strong>{model.stages.get(hoveredPoint.stageId)?.name}</strong>
                <span>{hoveredSeries.name}</span>
                <span>
                  {labels.score}: {hoveredPoint.score}
                  {hoveredPoint.label ? ` — ${hoveredPoint.label}` : ''}
                </span>
              </div>
            )}
          </div>
          <div className="jm-visually-hidden">
            {geometry.map((g) => {
              if (g.high === undefined || g.low === undefined) return null;
              const hi = g.points[g.high]!;
              const lo = g.points[g.low]!;
              return (
                <p key={g.key}>
                  {labels.emotionSummary({
                    name: g.name,
                    highStage: model.stages.get(hi.stageId)?.name ?? '',
                    highScore: hi.score,
                    lowStage: model.stages.get(lo.stageId)?.name ?? '',
                    lowScore: lo.score,
                    min,
                    max,
                  })}
                </p>
              );
            })}
            <table>
              <caption>{lane?.label ?? labels.emotion}</caption>
              <thead>
                <tr>
                  <th scope="col">{labels.stage}</th>
                  {geometry.map((g) => (
                    <th key={g.key} scope="col">
                      {g.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {journey.stages.map((stage) => (
                  <tr key={stage.id}>
                    <th scope="row">{stage.name}</th>
                    {geometry.map((g) => {
                      const p = g.points.find((q) => q.stageId === stage.id);
                      return <td key={g.key}>{p ? `${p.score}${p.label ? ` (${p.label})` : ''}` : '—'}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    );
  }),
  'EmotionCurve',
);
