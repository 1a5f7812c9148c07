import type { CSSProperties } from 'react';
import type { ColumnBox, StageScore } from '../../layout/emotion';
import { curveStageKey } from '../../layout/navigation';
import type { JourneyLabels } from '../labels';
import { useInteraction, type InteractionStore } from '../store';
import type { CurveTooltip } from './useCurveTooltip';

/** What every stage cell of one curve shares. */
export interface CurveStagesProps {
  /** The emotion lane's id, for the cells' roving-focus keys. */
  laneId: string;
  /** Every stage, with the scores of the curves drawn. */
  stages: ReadonlyArray<{ id: string; name: string; scores: readonly StageScore[] }>;
  /** `chart`: cells over the drawing, at the measured columns; `table`: cells of the row that write the scores. */
  view: 'chart' | 'table';
  /** The stage columns in pixels (chart view). */
  columns: readonly ColumnBox[];
  /** Width of the drawing (chart view). */
  width: number;
  /** The curve's tooltip (chart view). */
  tooltip: CurveTooltip | null;
  labels: JourneyLabels;
  store: InteractionStore;
  /** The key holding the map's tab stop before anything is focused. */
  firstNavKey: string | null;
}

/**
 * The curve's cells, one per stage column: each a keyboard stop of the map's grid, named
 * by its stage and every curve's score and feeling there. Over the chart they are
 * transparent columns that show the stage's tooltip on hover and focus; in the table
 * view they write the scores out under the stage headers.
 */
export function CurveStages(props: CurveStagesProps) {
  return (
    <>
      {props.stages.map((stage, index) => (
        <StageCell key={stage.id} index={index} {...props} />
      ))}
    </>
  );
}

function StageCell({
  index,
  laneId,
  stages,
  view,
  columns,
  width,
  tooltip,
  labels,
  store,
  firstNavKey,
}: CurveStagesProps & { index: number }) {
  const stage = stages[index]!;
  const key = curveStageKey(laneId, index);
  const tabbable = useInteraction(
    store,
    // The curve holds the map's tab stop when nothing else can.
    (s) => s.focusKey === key || (s.focusKey === null && (firstNavKey === key || (firstNavKey === null && index === 0))),
  );
  const chart = view === 'chart';
  const column = columns[index];
  const pct = (x: number) => `${width > 0 ? (x / width) * 100 : 0}%`;
  // The tooltip points at the stage's highest point.
  const top = Math.min(...stage.scores.map((s) => s.y));
  const style: CSSProperties = chart
    ? { left: pct(column?.left ?? 0), width: pct(column?.width ?? 0) }
    : { gridColumn: index + 2, gridRow: 1 };
  const show = (el: HTMLElement) => {
    const anchor = el.firstElementChild;
    if (tooltip && anchor instanceof HTMLElement) tooltip.stage(index, anchor);
  };
  const several = stage.scores.length > 1;
  return (
    <div
      role="gridcell"
      className="jm-EmotionCurve-stage"
      aria-colindex={index + 2}
      aria-label={labels.emotionStage({ stage: stage.name, scores: stage.scores })}
      aria-describedby={chart && tooltip?.shown === index ? tooltip.id : undefined}
      data-nav-key={key}
      data-stage-id={stage.id}
      data-view={view}
      tabIndex={tabbable ? 0 : -1}
      style={style}
      onFocus={(event) => {
        store.set({ focusKey: key });
        show(event.currentTarget);
      }}
      onPointerEnter={(event) => show(event.currentTarget)}
    >
      {chart ? (
        stage.scores.length > 0 && <span className="jm-EmotionCurve-anchor" style={{ top }} />
      ) : (
        <ul className="jm-EmotionCurve-scores">
          {stage.scores.map((s) => (
            <li key={s.key}>
              {several && <span className="jm-EmotionCurve-scoreName">{s.name}</span>}
              <strong className="jm-EmotionCurve-score">{s.score}</strong>
              {s.label && <span className="jm-EmotionCurve-scoreLabel">{s.label}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
