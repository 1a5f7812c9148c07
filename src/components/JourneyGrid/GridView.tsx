import { memo, useMemo, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import type { Lane } from '../../model/types';
import { laneGroups } from '../../layout/rows';
import { JourneyContext, useJourneyContext, type JourneyContextValue } from '../context';
import { EmotionCurve } from '../EmotionCurve/EmotionCurve';
import { ServiceBlueprintLane } from '../ServiceBlueprintLane/ServiceBlueprintLane';
import { GridHeader } from './GridHeader';
import { LaneRow, PARKED_PROPS, type LaneRenderContext } from './LaneRow';
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
  const { model, parked } = useJourneyContext('JourneyGrid');
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
                <EmotionLane
                  key={`emotion:${group.lane.id}`}
                  lane={group.lane}
                  renderLane={renderLane}
                  parked={parked.has(group.lane.id)}
                />
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

/**
 * An emotion lane: its curve (or the host's own drawing of it), then the cards placed in
 * it, under the curve, never dropped. Parked, the curve stays in the page as it was last
 * drawn: it reads the map's context of that moment, with no tab stop of the map's in it,
 * so the filter change that parks it draws nothing new in it, and showing it again draws
 * only what changed meanwhile. A host's own drawing is not kept.
 */
function EmotionLane({ lane, renderLane, parked }: { lane: Lane; renderLane: GridViewProps['renderLane']; parked: boolean }) {
  const context = useJourneyContext('JourneyGrid');
  const { model, cells } = context;
  // The context of the last render shown (state set while rendering: React renders again at once).
  const [shown, setShown] = useState(context);
  if (!parked && shown !== context) setShown(context);
  const kept = useMemo((): JourneyContextValue => ({ ...shown, firstNavKey: '' }), [shown]);
  const laneCells = cells.get(lane.id) ?? [];
  const own = renderLane?.(lane, { cells: laneCells, stageCount: model.journey.stages.length, renderCells: () => null });
  return (
    <>
      {own != null ? (
        !parked && own
      ) : (
        <JourneyContext.Provider value={parked ? kept : context}>
          <EmotionCurve laneId={lane.id} {...(parked && PARKED_PROPS)} />
        </JourneyContext.Provider>
      )}
      {laneCells.some((cell) => cell.items.length > 0) && (
        <LaneRow lane={lane} renderLane={renderLane} className="jm-Lane jm-EmotionCards" parked={parked} />
      )}
    </>
  );
}
