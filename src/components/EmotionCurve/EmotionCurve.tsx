import { clsx } from 'clsx';
import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { EmotionScenario } from '../../model/types';
import { curveKey } from '../../layout/navigation';
import { useJourneyContext } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { useInteraction } from '../store';
import { useGridPart } from '../JourneyGrid/parts';
import { named } from '../refs';
import { CurveAxis } from './CurveAxis';
import { CurvePlot } from './CurvePlot';
import { CurvePoints } from './CurvePoints';
import { CurveText } from './CurveText';
import { CurveTooltip } from './CurveTooltip';
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
  /** Replaces the drawing (curves, points and axis); receives the computed geometry. The text alternative stays. */
  children?: (props: EmotionCurveRenderProps) => ReactNode;
}

/** Props of {@link EmotionCurve}. */
export type EmotionCurveProps = EmotionCurveOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof EmotionCurveOwnProps>;

/**
 * The emotional journey: a smooth curve through each stage's score, its points over
 * the centres of the stage columns (measured, whatever their widths), a labelled score
 * axis, a neutral baseline, shading by valence, the highs, lows and moments of truth
 * marked, a curve per persona with a legend, a tooltip on each point, and a summary
 * and table for screen readers. Must be used inside `JourneyGrid`, where it is a row
 * of the grid.
 */
export const EmotionCurve = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, EmotionCurveProps>(function EmotionCurve(
    { laneId, personas, scenarios, height = 168, showArea = true, showPointLabels = true, children, className, ...rest },
    ref,
  ) {
    const { model, store, idPrefix, firstNavKey } = useJourneyContext('EmotionCurve');
    const { labels, dir } = useJourneyConfig();
    const partRef = useGridPart({ kind: 'curve', laneId }, ref);
    // Each curve's gradient and clip paths get ids of their own: two curves in one grid
    // (two emotion lanes, or two EmotionCurves) must not draw through each other's.
    const plotId = `${idPrefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
    const measured = useInteraction(store, (s) => s.columns);
    const journey = model.journey;
    const lane = laneId ? model.lanes.get(laneId) : journey.lanes.find((l) => l.kind === 'emotion');
    const stageCount = journey.stages.length;
    // The curve's cell takes part in the grid's roving tab stop (and holds it when nothing else can).
    const navKey = curveKey(lane?.id ?? '');
    const tabbable = useInteraction(
      store,
      (st) => st.focusKey === navKey || (st.focusKey === null && (firstNavKey === navKey || firstNavKey === null)),
    );
    const geometry = useCurveGeometry({ model, labels, measured, rtl: dir === 'rtl', height, personas, scenarios });
    const tooltip = useCurveTooltip();
    const { series, columns, y, ticks, width, baseline } = geometry;
    const title = lane?.label ?? labels.emotion;

    return (
      <div
        ref={partRef}
        role="row"
        className={clsx('jm-Lane', 'jm-EmotionCurve', className)}
        data-kind="emotion"
        data-lane-id={lane?.id}
        data-series={series.length}
        {...rest}
      >
        <div role="rowheader" className="jm-Lane-header">
          <span className="jm-Lane-label">{title}</span>
          {series.length > 1 && (
            <ul className="jm-EmotionCurve-legend" aria-label={labels.legend}>
              {series.map((g) => (
                <li key={g.key} data-scenario={g.scenario}>
                  <span className="jm-EmotionCurve-swatch" style={{ color: g.color }} aria-hidden="true" />
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
          // Focus on the cell or on one of its points: the curve holds the map's tab stop.
          onFocus={() => store.set({ focusKey: navKey })}
        >
          {children ? (
            <div className="jm-EmotionCurve-plot" style={{ height }}>
              {children({ series, columns, y, ticks, width, height, baseline })}
            </div>
          ) : (
            <div className="jm-EmotionCurve-plot" style={{ height }} {...tooltip.areaProps}>
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
              <CurvePoints
                geometry={geometry}
                height={height}
                model={model}
                labels={labels}
                showPointLabels={showPointLabels}
                navKey={navKey}
                tooltip={tooltip}
              />
            </div>
          )}
          {!children && (
            <CurveTooltip tooltip={tooltip} series={series} stageName={(id) => model.stages.get(id)?.name ?? ''} labels={labels} />
          )}
          <CurveText series={series} model={model} labels={labels} caption={title} />
        </div>
      </div>
    );
  }),
  'EmotionCurve',
);
