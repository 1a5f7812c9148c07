import { clsx } from 'clsx';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useJourneyContext } from '../context';
import { formatMetric } from '../format';

/** The props {@link StageColumn} adds to a `div`'s. */
export interface StageColumnOwnProps {
  /** The id of the stage. */
  stageId: string;
  /** `header`: the stage's column header in the grid (default). `stacked`: the whole stage as one column, for narrow screens. */
  variant?: 'header' | 'stacked';
  /** Content under the header in the stacked variant (the stage's cells); default none. */
  children?: ReactNode;
}

/** Props of {@link StageColumn}. */
export type StageColumnProps = StageColumnOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof StageColumnOwnProps>;

/**
 * A stage's header — phase, name, goal, trigger, duration and metrics — and, in the
 * stacked narrow layout, the stage's cells one under another. Must be used inside
 * `JourneyGrid`.
 */
export const StageColumn = /* @__PURE__ */ forwardRef<HTMLDivElement, StageColumnProps>(function StageColumn(
  { stageId, variant = 'header', children, className, style, ...rest },
  ref,
) {
  const { model, labels } = useJourneyContext('StageColumn');
  const stage = model.stages.get(stageId);
  const index = model.stageIndex.get(stageId);
  if (!stage || index === undefined) {
    return (
      <div ref={ref} role="alert" className={clsx('jm-PartError', className)} style={style} {...rest}>
        {labels.partError}
      </div>
    );
  }
  const phase = model.phaseOfStage.get(stageId);
  const details = (
    <>
      {variant === 'stacked' && phase && <span className="jm-StageColumn-phase">{phase.name}</span>}
      <span className="jm-StageColumn-index" aria-hidden="true">
        {index + 1}
      </span>
      <h3 className="jm-StageColumn-name">{stage.name}</h3>
      {(stage.goal || stage.trigger || stage.duration) && (
        <dl className="jm-StageColumn-fields">
          {stage.goal && (
            <div data-field="goal">
              <dt>{labels.goal}</dt>
              <dd>{stage.goal}</dd>
            </div>
          )}
          {stage.trigger && (
            <div data-field="trigger">
              <dt>{labels.trigger}</dt>
              <dd>{stage.trigger}</dd>
            </div>
          )}
          {stage.duration && (
            <div data-field="duration">
              <dt>{labels.duration}</dt>
              <dd>{stage.duration}</dd>
            </div>
          )}
        </dl>
      )}
      {stage.metrics && stage.metrics.length > 0 && (
        <ul className="jm-StageColumn-metrics">
          {stage.metrics.map((m, i) => (
            <li key={i} data-trend={m.trend}>
              <span className="jm-StageColumn-metricValue">{formatMetric(m.value, m.unit)}</span>{' '}
              <span className="jm-StageColumn-metricLabel">{m.label}</span>
              {m.target !== undefined && (
                <span className="jm-StageColumn-metricTarget">
                  {' '}
                  → {formatMetric(m.target, m.unit)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );

  if (variant === 'stacked') {
    return (
      <div
        ref={ref}
        role="region"
        className={clsx('jm-StageColumn', className)}
        data-variant="stacked"
        data-stage-id={stageId}
        aria-label={stage.name}
        style={style}
        {...rest}
      >
        <div className="jm-StageColumn-header">{details}</div>
        {children}
      </div>
    );
  }
  return (
    <div
      ref={ref}
      role="columnheader"
      aria-colindex={index + 2}
      className={clsx('jm-StageColumn', className)}
      data-variant="header"
      data-stage-id={stageId}
      data-phase-id={phase?.id}
      style={{ gridColumn: index + 2, ...style }}
      {...rest}
    >
      {details}
    </div>
  );
});
