import { clsx } from 'clsx';
import { forwardRef, useId, useMemo, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { EmotionScenario } from '../../model/types';
import { stageScores } from '../../layout/emotion';
import { curveViewKey } from '../../layout/navigation';
import { useJourneyContext } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { useInteraction } from '../store';
import { useGridPart } from '../JourneyGrid/parts';
import { named } from '../refs';
import { useControllableState } from '../useControllableState';
import { CurveAxis } from './CurveAxis';
import { CurveLegend } from './CurveLegend';
import { CurvePlot } from './CurvePlot';
import { CurvePoints } from './CurvePoints';
import { CurveStages } from './CurveStages';
import { CurveText } from './CurveText';
import { CurveTooltip } from '../onDemand';
import type { EmotionCurveRenderProps } from './types';
import { useCurveGeometry } from './useCurveGeometry';
import { useCurveTooltip } from './useCurveTooltip';

export type { EmotionCurveRenderProps, EmotionSeriesGeometry } from './types';

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
  /** Replaces the drawing (curves, points and axis); receives the computed geometry. The stage cells and the text alternative stay. */
  children?: (props: EmotionCurveRenderProps) => ReactNode;
  /** `'chart'` draws the curve; `'table'` writes each stage's scores under it instead (controlled). Default: uncontrolled. */
  view?: 'chart' | 'table';
  /** The view shown at first (uncontrolled). Default `'chart'`. */
  defaultView?: 'chart' | 'table';
  /** Called with the view the user chose with the row header's "View as table" / "View as chart" button. */
  onViewChange?: (view: 'chart' | 'table') => void;
}

/** Props of {@link EmotionCurve}. */
export type EmotionCurveProps = EmotionCurveOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof EmotionCurveOwnProps>;

/**
 * The emotional journey: a smooth curve through each stage's score, its points over
 * the centres of the stage columns (measured, whatever their widths), a labelled score
 * axis, a neutral baseline, shading by valence, the highs, lows and moments of truth
 * marked, a curve per persona with a legend, and a tooltip for each stage. Each stage
 * column is a cell of the grid's row, a keyboard stop named by the stage's scores; a
 * button in the row header shows the scores as a table in place of the chart. Must be
 * used inside `JourneyGrid`, where it is a row of the grid.
 */
export const EmotionCurve = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, EmotionCurveProps>(function EmotionCurve(
    {
      laneId,
      personas,
      scenarios,
      height = 168,
      showArea = true,
      showPointLabels = true,
      children,
      view: viewProp,
      defaultView = 'chart',
      onViewChange,
      className,
      ...rest
    },
    ref,
  ) {
    const { model, store, idPrefix, firstNavKey } = useJourneyContext('EmotionCurve');
    const { labels, dir } = useJourneyConfig();
    const partRef = useGridPart({ kind: 'curve', laneId }, ref);
    // Each curve's gradient and clip paths get ids of their own: two curves in one grid
    // (two emotion lanes, or two EmotionCurves) must not draw through each other's.
    const plotId = `${idPrefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
    const [view, setView] = useControllableState({ prop: viewProp, defaultProp: defaultView, onChange: onViewChange });
    const measured = useInteraction(store, (s) => s.columns);
    const journey = model.journey;
    const lane = laneId ? model.lanes.get(laneId) : journey.lanes.find((l) => l.kind === 'emotion');
    const stageCount = journey.stages.length;
    const navId = lane?.id ?? '';
    const viewKey = curveViewKey(navId);
    // The toggle is its row's first stop: it holds the map's tab stop when the curve is the first row.
    const toggleTabbable = useInteraction(store, (st) => st.focusKey === viewKey || (st.focusKey === null && firstNavKey === viewKey));
    const geometry = useCurveGeometry({ model, labels, measured, rtl: dir === 'rtl', height, personas, scenarios });
    const tooltip = useCurveTooltip();
    const { series, columns, y, ticks, width, baseline } = geometry;
    const stages = useMemo(() => stageScores({ stages: journey.stages, series }), [journey.stages, series]);
    const title = lane?.label ?? labels.emotion;
    const chart = view === 'chart';
    const cells = { laneId: navId, stages, columns, width, labels, store, firstNavKey };

    return (
      <div
        ref={partRef}
        role="row"
        className={clsx('jm-Lane', 'jm-EmotionCurve', className)}
        data-kind="emotion"
        data-lane-id={lane?.id}
        data-series={series.length}
        data-view={view}
        {...rest}
      >
        {/* Named by the lane's label alone, described by the curve's summary; the legend and the button are read in browse mode. */}
        <div
          role="rowheader"
          className="jm-Lane-header"
          aria-label={title}
          aria-describedby={series.some((g) => g.high !== undefined) ? `${plotId}-summary` : undefined}
        >
          <span className="jm-Lane-label">{title}</span>
          {chart && <CurveLegend geometry={geometry} idPrefix={plotId} labels={labels} withMarks={!children} name={title} />}
          {stageCount > 0 && (
            <button
              type="button"
              className="jm-EmotionCurve-view"
              data-nav-key={viewKey}
              tabIndex={toggleTabbable ? 0 : -1}
              onFocus={() => store.set({ focusKey: viewKey })}
              onClick={() => setView(chart ? 'table' : 'chart')}
            >
              {chart ? labels.viewAsTable : labels.viewAsChart}
            </button>
          )}
          <CurveText id={`${plotId}-summary`} series={series} model={model} labels={labels} />
        </div>
        {chart ? (
          <div className="jm-EmotionCurve-cell" style={{ gridColumn: `2 / span ${stageCount}`, gridRow: 1 }}>
            <div className="jm-EmotionCurve-plot" style={{ height }} {...tooltip.areaProps}>
              {children ? (
                children({ series, columns, y, ticks, width, height, baseline })
              ) : (
                <>
                  <CurvePlot geometry={geometry} height={height} showArea={showArea} idPrefix={plotId} />
                  <CurveAxis
                    y={y}
                    ticks={ticks}
                    min={model.scale.min}
                    max={model.scale.max}
                    neutral={model.scale.neutral}
                    minLabel={model.scale.minLabel}
                    maxLabel={model.scale.maxLabel}
                    room={geometry.room}
                  />
                  <CurvePoints geometry={geometry} height={height} model={model} labels={labels} showPointLabels={showPointLabels} />
                </>
              )}
              <CurveStages {...cells} view="chart" tooltip={tooltip} />
            </div>
            <CurveTooltip tooltip={tooltip} stages={stages} labels={labels} />
          </div>
        ) : (
          <CurveStages {...cells} view="table" tooltip={null} />
        )}
      </div>
    );
  }),
  'EmotionCurve',
);
