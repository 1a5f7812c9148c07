import { Fragment, memo, type CSSProperties, type ReactNode, type RefObject } from 'react';
import type { Lane } from '../../model/types';
import { laneGroups } from '../../layout/rows';
import { useJourneyContext } from '../context';
import { EmotionCurve } from '../EmotionCurve/EmotionCurve';
import { ServiceBlueprintLane } from '../ServiceBlueprintLane/ServiceBlueprintLane';
import { GridHeader } from './GridHeader';
import { LaneRow, type LaneRenderContext } from './LaneRow';
import { PartRegistryContext, type PartRegistry } from './parts';
import { useBodyGate } from './useStickyHeadRoom';

/** What the grid's drawing needs; everything else comes from the map's context. */
export interface GridViewProps {
  /** The grid's accessible name. */
  title: string;
  /** The lanes the grid puts in the page itself, in order (not those its parts draw): those it draws, and the parked ones. */
  lanes: readonly Lane[];
  /** Shows the phase row. */
  showPhases: boolean;
  /** The host's lane renderer. */
  renderLane: ((lane: Lane, context: LaneRenderContext) => ReactNode | undefined) | undefined;
  /** Whether the grid has nothing that takes focus: its scroller then does, to scroll with the keyboard. */
  unfocusable: boolean;
  /** The register the host's children add parts to. */
  registry: PartRegistry;
  /** The grid element, measured and navigated. */
  gridRef: RefObject<HTMLDivElement | null>;
  /** The host's rows, after the lanes. */
  children: ReactNode;
}

/**
 * The grid layout: a scroller around the grid, whose header (screen and print) and
 * lanes it draws, with the host's rows after the lanes. Memoised: selecting a card
 * re-renders the grid's root, not its drawing.
 */
export const GridView = /* @__PURE__ */ memo(function GridView({
  title,
  lanes,
  showPhases,
  renderLane,
  unfocusable,
  registry,
  gridRef,
  children,
}: GridViewProps) {
  const { model, cells, parked } = useJourneyContext('JourneyGrid');
  const stageCount = model.journey.stages.length;
  const gate = useBodyGate();
  return (
    <div
      className="jm-JourneyGrid-scroller"
      // With nothing focusable inside, the scroller itself takes focus so the keyboard can scroll it.
      {...(unfocusable ? { tabIndex: 0, role: 'region', 'aria-label': title } : {})}
    >
      <div
        ref={gridRef}
        role="grid"
        aria-label={title}
        aria-colcount={stageCount + 1}
        className="jm-JourneyGrid-grid"
        style={{ '--jm-stage-count': stageCount } as CSSProperties}
      >
        <GridHeader print showPhases={showPhases} />
        <GridHeader print={false} showPhases={showPhases} gate={gate} />
        <div role="rowgroup" className="jm-JourneyGrid-body" hidden={!gate.open}>
          {/* The grid's own curve and blueprint are not parts registered by the host. */}
          <PartRegistryContext.Provider value={null}>
            {laneGroups(lanes, (lane) => parked.has(lane.id)).map((group) =>
              group.kind === 'blueprint' ? (
                // A block whose lanes are all parked is not drawn: its lines and arrows would show.
                group.lanes.some((lane) => !parked.has(lane.id)) && (
                  <ServiceBlueprintLane
                    key={`blueprint:${group.lanes[0]!.id}`}
                    lanes={group.lanes.map((l) => l.id)}
                    renderLane={renderLane}
                  />
                )
              ) : group.kind === 'emotion' ? (
                <Fragment key={`emotion:${group.lane.id}`}>
                  {renderLane?.(group.lane, { cells: cells.get(group.lane.id) ?? [], stageCount, renderCells: () => null }) ?? (
                    <EmotionCurve laneId={group.lane.id} />
                  )}
                  {/* Cards placed in an emotion lane are drawn under its curve, never dropped. */}
                  {(model.cardsByLane.get(group.lane.id)?.length ?? 0) > 0 && (
                    <LaneRow lane={group.lane} renderLane={renderLane} className="jm-Lane jm-EmotionCards" />
                  )}
                </Fragment>
              ) : (
                <LaneRow key={`lane:${group.lane.id}`} lane={group.lane} renderLane={renderLane} parked={parked.has(group.lane.id)} />
              ),
            )}
          </PartRegistryContext.Provider>
          <PartRegistryContext.Provider value={registry}>{children}</PartRegistryContext.Provider>
        </div>
      </div>
    </div>
  );
});
