import { clsx } from 'clsx';
import { forwardRef, Fragment, useContext, useMemo, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { Lane } from '../../model/types';
import { isBlueprintLane } from '../../model/types';
import { blueprintLines, blueprintSides, type BlueprintLine } from '../../layout/links';
import type { Arrows } from './arrows';
import { lineName, sideText } from './lines';
import { CardContext, useJourneyContext, useIsomorphicLayoutEffect } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { measureOnResize } from '../measure';
import { useInteraction } from '../store';
import { LaneRow, type LaneRenderContext } from '../JourneyGrid/LaneRow';
import { useGridPart } from '../JourneyGrid/parts';
import { named, useComposedRefs } from '../refs';

/** The props {@link ServiceBlueprintLane} adds to a `div`'s. */
export interface ServiceBlueprintLaneOwnProps {
  /** Lane ids to draw, in this order. Default: every blueprint lane of the journey, physical evidence first, then customer actions, frontstage, backstage and support (as listed when the journey's `blueprintOrder` is `'journey'`). */
  lanes?: readonly string[];
  /** Which lines to draw between the lanes. Default: interaction, visibility and internal interaction. */
  lines?: readonly BlueprintLine[];
  /** Draws arrows for card links between these lanes. Default `true`. */
  showArrows?: boolean;
  /** Replaces a lane's content, as on `JourneyGrid`. */
  renderLane?: (lane: Lane, context: LaneRenderContext) => ReactNode | undefined;
}

/** Props of {@link ServiceBlueprintLane}. */
export type ServiceBlueprintLaneProps = ServiceBlueprintLaneOwnProps &
  Omit<ComponentPropsWithoutRef<'div'>, keyof ServiceBlueprintLaneOwnProps>;

/**
 * What draws the arrows, loaded when a blueprint first has arrows to draw (and cached
 * by the module loader after that): a map without a blueprint does not ship the router.
 */
const loadArrows = () => import('./arrows');

/**
 * The service-blueprint lanes — customer actions, frontstage, backstage, support
 * processes, physical evidence — separated by the labelled lines of interaction,
 * visibility and internal interaction, with arrows for the card links between them.
 * Must be used inside `JourneyGrid`, where its lanes are rows of the grid.
 */
export const ServiceBlueprintLane = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, ServiceBlueprintLaneProps>(function ServiceBlueprintLane(
    { lanes: laneIds, lines, showArrows = true, renderLane, className, ...rest },
    ref,
  ) {
    const { model, cardElements, store, cells, parked, idPrefix } = useJourneyContext('ServiceBlueprintLane');
    // Parked lanes are not in the filtered journey; the cards' lookups hold every lane.
    const allLanes = useContext(CardContext)?.model.lanes;
    const { labels } = useJourneyConfig();
    const partRef = useGridPart({ kind: 'blueprint', lanes: laneIds }, ref);
    // The lanes in the page: those drawn, and those of the given ids that are parked (hidden, see LaneRow).
    const slots: Lane[] = laneIds
      ? laneIds
          .map((id) => model.lanes.get(id) ?? (parked.has(id) ? allLanes?.get(id) : undefined))
          .filter((l): l is Lane => l !== undefined)
      : model.journey.lanes.filter(isBlueprintLane);
    const lanes = slots.filter((lane) => !parked.has(lane.id));
    const lineMap = blueprintLines(
      lanes.map((l) => l.kind),
      lines,
    );
    // Each lane's header says which side of the lines it is on.
    const sides = blueprintSides(lineMap, lanes.length).map((side) => sideText(side, labels));
    const stageCount = model.journey.stages.length;
    const selectedId = useInteraction(store, (s) => s.selectedId);

    // Arrows join measured card boxes; re-measured whenever the block resizes.
    const blockRef = useRef<HTMLDivElement | null>(null);
    const [arrows, setArrows] = useState<Arrows>({ width: 0, height: 0, items: [] });
    // The links drawn as arrows: between cards that both sit in these lanes. Keyed by the
    // lanes' ids, so that a re-render with the same lanes keeps the same list.
    const laneKey = JSON.stringify(lanes.map((l) => l.id));
    const links = useMemo(() => {
      const ids = new Set<string>(JSON.parse(laneKey) as string[]);
      const found: Array<[string, string]> = [];
      for (const card of model.journey.cards) {
        if (!ids.has(card.lane)) continue;
        for (const target of card.links ?? []) {
          const other = model.cards.get(target);
          if (other && ids.has(other.lane)) found.push([card.id, target]);
        }
      }
      return found;
    }, [laneKey, model]);
    useIsomorphicLayoutEffect(() => {
      const block = blockRef.current;
      if (!block || !showArrows || links.length === 0) return;
      let live = true;
      let stop: (() => void) | undefined;
      void loadArrows().then(({ measureArrows }) => {
        if (live) stop = measureOnResize(block, () => measureArrows(block, cardElements, links, setArrows));
      });
      return () => {
        live = false;
        stop?.();
      };
    }, [links, cells, showArrows, cardElements]);

    const setRef = useComposedRefs(partRef, blockRef);

    return (
      <div ref={setRef} className={clsx('jm-ServiceBlueprintLane', className)} {...rest}>
        {slots.map((lane) => {
          // A parked lane keeps its place (and so its element) with no lines around it.
          const index = lanes.indexOf(lane);
          return (
            <Fragment key={lane.id}>
              {index >= 0 &&
                lineMap.get(index)?.map((line) => (
                  <div key={line} role="row" className="jm-BlueprintLine" data-line={line}>
                    <div role="gridcell" className="jm-BlueprintLine-cell" aria-colindex={1} aria-colspan={stageCount + 1}>
                      <span className="jm-BlueprintLine-label">{lineName(line, labels)}</span>
                    </div>
                  </div>
                ))}
              <LaneRow
                lane={lane}
                renderLane={renderLane}
                className="jm-Lane jm-BlueprintLane"
                side={index >= 0 ? sides[index] : undefined}
                parked={index < 0}
              />
            </Fragment>
          );
        })}
        {showArrows && arrows.items.length > 0 && (
          <svg
            className="jm-ServiceBlueprintLane-arrows"
            width={arrows.width}
            height={arrows.height}
            viewBox={`0 0 ${arrows.width} ${arrows.height}`}
            aria-hidden="true"
            focusable="false"
          >
            <defs>
              {(['idle', 'active'] as const).map((state) => (
                <marker
                  key={state}
                  id={`${idPrefix}-arrowhead-${state}`}
                  className="jm-ServiceBlueprintLane-arrowhead"
                  data-active={state === 'active' ? '' : undefined}
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path d="M0,0L10,5L0,10z" />
                </marker>
              ))}
            </defs>
            {arrows.items.map((a) => {
              const active = selectedId === a.from || selectedId === a.to;
              return (
                <path
                  key={`${a.from}>${a.to}`}
                  className="jm-ServiceBlueprintLane-arrow"
                  data-from={a.from}
                  data-to={a.to}
                  data-active={active ? '' : undefined}
                  d={a.d}
                  markerEnd={`url(#${idPrefix}-arrowhead-${active ? 'active' : 'idle'})`}
                />
              );
            })}
          </svg>
        )}
      </div>
    );
  }),
  'ServiceBlueprintLane',
);
