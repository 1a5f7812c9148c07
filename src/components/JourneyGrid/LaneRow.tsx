import { memo, type CSSProperties, type ReactNode } from 'react';
import type { Lane } from '../../model/types';
import { cardPlacement, type LaneCell } from '../../layout/cells';
import { cellKey } from '../../layout/navigation';
import { useCardContext, useJourneyContext } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { useInteraction } from '../store';
import { domId } from '../ids';
import { useNote } from '../notes';
import { TouchpointCard } from '../TouchpointCard/TouchpointCard';

/** What a parked lane (or curve) adds to its root: hidden, for the browser to skip (see `LaneRow`). */
export const PARKED_PROPS = { hidden: true, 'aria-hidden': true, 'data-parked': '' } as const;

/** Everything a custom lane renderer receives. */
export interface LaneRenderContext {
  /** The lane's cells with their placed cards. */
  cells: readonly LaneCell[];
  /** Number of stage columns. */
  stageCount: number;
  /** Renders the lane's standard cells, to wrap or decorate them. */
  renderCells(): ReactNode;
}

// A cell reads the cards' context, which stays when only cards change, not the map's: an
// edit redraws only the cells it changes. `first` says whether it holds the map's first tab stop.
const Cell = /* @__PURE__ */ memo(function Cell({ lane, cell, first }: { lane: Lane; cell: LaneCell; first: boolean }) {
  const { store, select } = useCardContext('LaneRow');
  const { labels } = useJourneyConfig();
  const key = cellKey(lane.id, cell.start);
  const tabbable = useInteraction(store, (s) => s.focusKey === key || (s.focusKey === null && first));
  const span = cell.end - cell.start + 1;
  const style: CSSProperties = {
    gridColumn: `${cell.start + 2} / span ${span}`,
    gridTemplateRows: cell.tracks > 0 ? `repeat(${cell.tracks}, auto) 1fr` : undefined,
  };
  return (
    <div
      role="gridcell"
      className="jm-Cell"
      aria-colindex={cell.start + 2}
      aria-colspan={span > 1 ? span : undefined}
      data-nav-key={key}
      data-empty={cell.items.length === 0 ? '' : undefined}
      data-span={span > 1 ? span : undefined}
      tabIndex={tabbable ? 0 : -1}
      style={style}
      onFocus={(event) => {
        if (event.target === event.currentTarget) store.set({ focusKey: key });
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) select(null);
      }}
    >
      {cell.items.length === 0 && <span className="jm-visually-hidden">{labels.emptyCell}</span>}
      {cell.items.map((item) => (
        <TouchpointCard
          key={item.placed.card.id}
          card={item.placed.card}
          style={cardPlacement(cell, item)}
          data-span={item.span > 1 ? item.span : undefined}
        />
      ))}
    </div>
  );
});

/**
 * One lane as a grid row: its sticky label and its cells. A parked lane (a filter left
 * it out after it was drawn) keeps the cells it had and is hidden: the browser skips its
 * content, which keeps its styles for when it is shown again, and it takes no row.
 */
export const LaneRow = /* @__PURE__ */ memo(function LaneRow({
  lane,
  renderLane,
  className,
  side,
  parked = false,
}: {
  lane: Lane;
  renderLane?: (lane: Lane, context: LaneRenderContext) => ReactNode | undefined;
  className?: string;
  /** Which side of the blueprint lines the lane is on, in words; read first in the header's description. */
  side?: string;
  /** Whether the lane is parked: hidden, with the cells it last had. */
  parked?: boolean;
}) {
  const { cells, model, idPrefix, firstNavKey } = useJourneyContext('LaneRow');
  const laneCells = cells.get(lane.id) ?? [];
  const renderCells = () =>
    laneCells.map((cell) => <Cell key={cell.start} lane={lane} cell={cell} first={cellKey(lane.id, cell.start) === firstNavKey} />);
  const custom = renderLane?.(lane, { cells: laneCells, stageCount: model.journey.stages.length, renderCells });
  const persona = lane.persona ? model.personas.get(lane.persona) : undefined;
  // Named by its label (and persona), read on every change of row; the rest describes it.
  const id = domId(`${idPrefix}-lane`, lane.id);
  const [note, noteId] = useNote('lane', lane.id, idPrefix);
  const ids = (...parts: Array<string | false | undefined>) => parts.filter(Boolean).join(' ') || undefined;
  return (
    <div role="row" className={className ?? 'jm-Lane'} data-kind={lane.kind} data-lane-id={lane.id} {...(parked && PARKED_PROPS)}>
      <div
        role="rowheader"
        className="jm-Lane-header"
        id={id}
        aria-labelledby={ids(`${id}-label`, persona && `${id}-persona`)}
        aria-describedby={ids(side && `${id}-side`, noteId, lane.description && `${id}-description`)}
      >
        <span id={`${id}-label`} className="jm-Lane-label">
          {lane.label}
        </span>
        {persona && (
          <span id={`${id}-persona`} className="jm-Lane-persona">
            {persona.name}
          </span>
        )}
        {note}
        {lane.description && (
          <span id={`${id}-description`} className="jm-Lane-description">
            {lane.description}
          </span>
        )}
        {side && (
          <span id={`${id}-side`} hidden aria-hidden="true">
            {side}
          </span>
        )}
      </div>
      {custom === undefined ? (
        renderCells()
      ) : (
        // Custom content fills one cell across every stage column.
        <div
          role="gridcell"
          className="jm-Cell"
          data-custom=""
          aria-colindex={2}
          aria-colspan={laneCells.length > 0 ? model.journey.stages.length : undefined}
          style={{ gridColumn: '2 / -1' }}
        >
          {custom}
        </div>
      )}
    </div>
  );
});
