import { forwardRef } from 'react';
import type { Level } from '../../model/types';
import { matrixItemKey, matrixCellKey, type MatrixItem, type OpportunityMatrixModel } from '../../layout/matrix';
import { cellKey } from '../../layout/navigation';
import type { JourneyLabels } from '../../components/labels';
import type { ViewLabels } from '../labels';

/** The quadrant a corner cell names, by impact and effort. */
function quadrantOf(impact: Level, effort: Level): keyof ViewLabels['quadrants'] | undefined {
  if (impact === 'medium' || effort === 'medium') return undefined;
  if (impact === 'high') return effort === 'low' ? 'quickWins' : 'bigBets';
  return effort === 'low' ? 'fillIns' : 'moneyPits';
}

interface GridProps {
  matrix: OpportunityMatrixModel;
  selectedId: string | null;
  onSelect: (id: string) => void;
  tabStop: string | null;
  onFocusKey: (key: string) => void;
  labels: JourneyLabels;
  text: ViewLabels;
  idPrefix: string;
}

/** The matrix itself: a WAI-ARIA grid of impact rows and effort columns; its cells hold the opportunities. */
export const MatrixGrid = forwardRef<HTMLDivElement, GridProps>(function MatrixGrid(
  { matrix, selectedId, onSelect, tabStop, onFocusKey, labels, text, idPrefix },
  ref,
) {
  const item = (entry: MatrixItem) => (
    <Item
      key={entry.card.id}
      item={entry}
      selected={entry.card.id === selectedId}
      tabbable={tabStop === matrixItemKey(entry.card.id)}
      onSelect={onSelect}
      labels={labels}
      text={text}
      idPrefix={idPrefix}
    />
  );
  return (
    <div
      ref={ref}
      role="grid"
      aria-label={text.matrixGrid}
      className="jm-OpportunityMatrix-grid"
      onFocus={(e) => {
        const key = (e.target as HTMLElement).dataset.navKey;
        if (key) onFocusKey(key);
      }}
    >
      <div role="row" className="jm-OpportunityMatrix-head">
        <div role="columnheader" className="jm-OpportunityMatrix-corner">
          <span data-axis="effort">{labels.effort}</span>
          <span data-axis="impact">{labels.impact}</span>
        </div>
        {matrix.efforts.map((effort) => (
          <div key={effort} role="columnheader" aria-label={`${labels.effort}: ${labels.levels[effort]}`} data-level={effort}>
            {labels.levels[effort]}
          </div>
        ))}
      </div>
      {matrix.rows.map((cells, r) => {
        const impact = matrix.impacts[r]!;
        return (
          <div key={impact} role="row" className="jm-OpportunityMatrix-row">
            <div role="rowheader" aria-label={`${labels.impact}: ${labels.levels[impact]}`} data-level={impact}>
              {labels.levels[impact]}
            </div>
            {cells.map((cell) => {
              const key = matrixCellKey(cell.impact, cell.effort);
              const quadrant = quadrantOf(cell.impact, cell.effort);
              return (
                <div
                  key={cell.effort}
                  role="gridcell"
                  className="jm-OpportunityMatrix-cell"
                  data-nav-key={key}
                  data-quadrant={quadrant}
                  data-impact={cell.impact}
                  data-effort={cell.effort}
                  tabIndex={tabStop === key ? 0 : -1}
                >
                  {quadrant && <span className="jm-OpportunityMatrix-quadrant">{text.quadrants[quadrant]}</span>}
                  {cell.items.length === 0 && <span className="jm-OpportunityMatrix-empty">{text.emptyCell}</span>}
                  {cell.items.map(item)}
                </div>
              );
            })}
          </div>
        );
      })}
      {matrix.unrated.length > 0 && (
        <div role="row" className="jm-OpportunityMatrix-row" data-unrated="">
          <div role="rowheader">{text.unrated}</div>
          <div
            role="gridcell"
            aria-colspan={3}
            className="jm-OpportunityMatrix-cell"
            data-nav-key={cellKey('unrated', 0)}
            tabIndex={tabStop === cellKey('unrated', 0) ? 0 : -1}
          >
            {matrix.unrated.map(item)}
          </div>
        </div>
      )}
    </div>
  );
});

/**
 * An opportunity: a toggle button named by its title and described by its stage, owner,
 * status and the pain points it answers, drawn beside it. A click anywhere on it selects.
 */
function Item({
  item,
  selected,
  tabbable,
  onSelect,
  labels,
  text,
  idPrefix,
}: {
  item: MatrixItem;
  selected: boolean;
  tabbable: boolean;
  onSelect: (id: string) => void;
  labels: JourneyLabels;
  text: ViewLabels;
  idPrefix: string;
}) {
  const { card, stage, status, answers } = item;
  const id = `${idPrefix}-${card.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    // The button inside takes the keys; a click on the rest of the item is a larger target for the same action.
    <div
      className="jm-OpportunityMatrix-item"
      data-card-id={card.id}
      data-status={status}
      data-selected={selected ? '' : undefined}
      onClick={() => onSelect(card.id)}
    >
      <button
        type="button"
        className="jm-OpportunityMatrix-itemTitle"
        data-nav-key={matrixItemKey(card.id)}
        aria-pressed={selected}
        aria-describedby={`${id}-meta ${id}-answers`}
        tabIndex={tabbable ? 0 : -1}
        dir="auto"
      >
        {card.title}
      </button>
      <span id={`${id}-meta`} className="jm-OpportunityMatrix-meta">
        <span className="jm-OpportunityMatrix-statusChip" data-status={status}>
          {labels.statuses[status]}
        </span>
        <span dir="auto">{stage}</span>
        {card.owner && (
          <span className="jm-OpportunityMatrix-itemOwner" dir="auto">
            {`${labels.owner}: ${card.owner}`}
          </span>
        )}
      </span>
      <span id={`${id}-answers`} className="jm-OpportunityMatrix-answers">
        {answers.length === 0 ? (
          text.noAnswers
        ) : (
          <>
            {`${text.answers}: `}
            {answers.map((a, i) => (
              <span key={a.id} data-severity={a.severity} dir="auto">
                {a.title}
                {a.severity && ` (${labels.levels[a.severity]})`}
                {i < answers.length - 1 && '; '}
              </span>
            ))}
          </>
        )}
      </span>
    </div>
  );
}
