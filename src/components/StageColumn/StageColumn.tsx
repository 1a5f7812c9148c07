import { clsx } from 'clsx';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useJourneyContext } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { formatMetric } from '../format';
import { named } from '../refs';
import { domId } from '../ids';
import { useNote } from '../notes';
import { useFreshness } from '../freshness';

/** The props {@link StageColumn} adds to a `div`'s. */
export interface StageColumnOwnProps {
  /** The id of the stage. */
  stageId: string;
  /** `header`: the stage's column header in the grid (default). `stacked`: the whole stage as one named group, for narrow screens. */
  variant?: 'header' | 'stacked';
  /** Content under the header in the stacked variant (the stage's cells); default none. */
  children?: ReactNode;
}

/** Props of {@link StageColumn}. */
export type StageColumnProps = StageColumnOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof StageColumnOwnProps>;

/** The stage header's text fields, in the order they are shown. */
const STAGE_FIELDS = ['goal', 'trigger', 'duration'] as const;

/**
 * A stage's header — phase, name, goal, trigger, duration and metrics — and, in the
 * stacked narrow layout, the stage's cells one under another. Must be used inside
 * `JourneyGrid`.
 */
export const StageColumn = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, StageColumnProps>(function StageColumn(
    { stageId, variant = 'header', children, className, style, ...rest },
    ref,
  ) {
    const { model, wholeJourney, idPrefix } = useJourneyContext('StageColumn');
    const { labels, locale } = useJourneyConfig();
    const [note, noteId] = useNote('stage', stageId, idPrefix);
    const stage = model.stages.get(stageId);
    const index = model.stageIndex.get(stageId);
    // Judged on the whole journey, as the map's header is: a filter hides research, it does not age it.
    const { staleStages, periodDays } = useFreshness(wholeJourney);
    if (!stage || index === undefined) {
      return (
        <div ref={ref} role="alert" className={clsx('jm-PartError', className)} style={style} {...rest}>
          {labels.partError}
        </div>
      );
    }
    const phase = model.phaseOfStage.get(stageId);
    const stacked = variant === 'stacked';
    const fields = STAGE_FIELDS.filter((field) => stage[field]);
    const hasMetrics = stage.metrics !== undefined && stage.metrics.length > 0;
    // Named by the stage and its place, read on every change of column; the header's
    // details, however long, are its description.
    const detailsId = domId(`${idPrefix}-stage`, stageId);
    const stale = staleStages.includes(stageId);
    const describedBy = [
      noteId,
      stale && `${detailsId}-stale`,
      fields.length > 0 && `${detailsId}-fields`,
      hasMetrics && `${detailsId}-metrics`,
    ]
      .filter(Boolean)
      .join(' ');
    const details = (
      <>
        {stacked && phase && <span className="jm-StageColumn-phase">{phase.name}</span>}
        <span className="jm-StageColumn-index" aria-hidden="true">
          {index + 1}
        </span>
        <h3 className="jm-StageColumn-name">{stage.name}</h3>
        {note}
        {stale && (
          <span id={`${detailsId}-stale`} className="jm-StageColumn-stale" data-state="stale">
            {labels.staleStage(periodDays!)}
          </span>
        )}
        {fields.length > 0 && (
          <dl id={`${detailsId}-fields`} className="jm-StageColumn-fields">
            {fields.map((field) => (
              <div key={field} data-field={field}>
                <dt>{labels[field]}</dt>
                <dd>{stage[field]}</dd>
              </div>
            ))}
          </dl>
        )}
        {hasMetrics && (
          <ul id={`${detailsId}-metrics`} className="jm-StageColumn-metrics">
            {stage.metrics!.map((m, i) => (
              <li key={i} data-trend={m.trend}>
                <span className="jm-StageColumn-metricValue">{formatMetric(m.value, m.unit, locale)}</span>{' '}
                <span className="jm-StageColumn-metricLabel">{m.label}</span>
                {m.target !== undefined && <span className="jm-StageColumn-metricTarget"> → {formatMetric(m.target, m.unit, locale)}</span>}
              </li>
            ))}
          </ul>
        )}
      </>
    );

    // Undefined attributes are left out, so each variant renders only its own.
    return (
      <div
        ref={ref}
        // Stacked, a named group rather than a landmark: a map of many stages must not flood the landmark list.
        role={stacked ? 'group' : 'columnheader'}
        aria-colindex={stacked ? undefined : index + 2}
        className={clsx('jm-StageColumn', className)}
        data-variant={stacked ? 'stacked' : 'header'}
        data-stage-id={stageId}
        data-stale={stale ? '' : undefined}
        data-phase-id={stacked ? undefined : phase?.id}
        aria-label={labels.stageHeader({ name: stage.name, index: index + 1, count: model.journey.stages.length })}
        // Stacked, the details follow the name in the region itself; a note (hidden from the content) is still its description.
        aria-describedby={(stacked ? noteId : describedBy) || undefined}
        style={stacked ? style : { gridColumn: index + 2, ...style }}
        {...rest}
      >
        {stacked ? (
          <>
            <div className="jm-StageColumn-header">{details}</div>
            {children}
          </>
        ) : (
          details
        )}
      </div>
    );
  }),
  'StageColumn',
);
