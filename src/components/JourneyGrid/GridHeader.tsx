import { memo, useRef } from 'react';
import { phaseSpans } from '../../layout/cells';
import { useJourneyContext } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { StageColumn } from '../StageColumn/StageColumn';
import { useStickyHeadRoom, type BodyGate } from './useStickyHeadRoom';

/**
 * The grid's header: the phase row (when there are phases to show) and the stage row.
 * On screen it is the grid's column headers, each stage a `StageColumn`. For print it
 * is a names-only copy, hidden on screen and from assistive technology, that print
 * styles repeat at the top of every page.
 */
export const GridHeader = /* @__PURE__ */ memo(function GridHeader({
  print,
  showPhases,
  gate,
}: {
  print: boolean;
  showPhases: boolean;
  /** The screen header's: the gate of the grid's body, opened once the header is measured (see useStickyHeadRoom). */
  gate?: BodyGate;
}) {
  const headRef = useRef<HTMLDivElement>(null);
  useStickyHeadRoom(headRef, gate);
  const { model } = useJourneyContext('JourneyGrid');
  const { labels } = useJourneyConfig();
  const phases = showPhases ? phaseSpans({ phases: model.journey.phases ?? [], stageIndex: model.stageIndex }) : [];
  // Grid roles and column indices on screen only.
  const role = (name: 'rowgroup' | 'row' | 'columnheader') => (print ? undefined : name);
  const colIndex = (index: number) => (print ? undefined : index);
  return (
    <div
      ref={headRef}
      role={role('rowgroup')}
      className={print ? 'jm-JourneyGrid-printHead' : 'jm-JourneyGrid-head'}
      aria-hidden={print ? 'true' : undefined}
    >
      {phases.length > 0 && (
        <div role={role('row')} className="jm-JourneyGrid-phaseRow">
          <div role={role('columnheader')} className="jm-JourneyGrid-corner" aria-colindex={colIndex(1)}>
            {labels.phase}
          </div>
          {phases.map(({ phase, start, span }, i) => (
            <div
              key={phase.id}
              role={role('columnheader')}
              className="jm-JourneyGrid-phase"
              data-phase-id={print ? undefined : phase.id}
              aria-colindex={colIndex(start + 2)}
              aria-colspan={!print && span > 1 ? span : undefined}
              aria-label={print ? undefined : labels.phaseHeader({ name: phase.name, index: i + 1, count: phases.length })}
              style={{ gridColumn: `${start + 2} / span ${span}` }}
            >
              <span className="jm-JourneyGrid-phaseName">{phase.name}</span>
            </div>
          ))}
        </div>
      )}
      <div role={role('row')} className="jm-JourneyGrid-stageRow">
        <div role={role('columnheader')} className="jm-JourneyGrid-corner" aria-colindex={colIndex(1)}>
          {labels.stage}
        </div>
        {model.journey.stages.map((stage, i) =>
          print ? (
            <div key={stage.id} className="jm-JourneyGrid-printStage" style={{ gridColumn: i + 2 }}>
              <span className="jm-StageColumn-index">{i + 1}</span> <span className="jm-StageColumn-name">{stage.name}</span>
            </div>
          ) : (
            <StageColumn key={stage.id} stageId={stage.id} />
          ),
        )}
      </div>
    </div>
  );
});
