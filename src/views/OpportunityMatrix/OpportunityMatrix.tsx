import { clsx } from 'clsx';
import { forwardRef, useMemo, useRef, useState, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { Card, OpportunityStatus } from '../../model/types';
import { buildOpportunityMatrix, matrixNavRows, type MatrixFilter } from '../../layout/matrix';
import { findNavPosition, firstNavKey } from '../../layout/navigation';
import { nextNavTarget } from '../../layout/navigationMoves';
import { ConfigScope, themeRootProps } from '../../components/JourneyConfigProvider/JourneyConfigProvider';
import { useControllableState } from '../../components/useControllableState';
import { composeEventHandlers } from '../../components/events';
import { named } from '../../components/refs';
import { useView, type ViewProps } from '../useView';
import { MatrixFilters } from './MatrixFilters';
import { MatrixGrid } from './MatrixGrid';

/** Props of {@link OpportunityMatrix}. */
export interface OpportunityMatrixProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'onError' | 'dir'>, ViewProps {
  /** Which opportunities to show (controlled). */
  filter?: MatrixFilter;
  /** The filter to start with when uncontrolled. Default: everything. */
  defaultFilter?: MatrixFilter;
  /** Called when the user changes the status or owner filter. */
  onFilterChange?: (filter: MatrixFilter) => void;
  /** Whether to draw the status and owner filters. Default: true. */
  showFilters?: boolean;
  /** The selected opportunity (controlled); a `JourneyConfigProvider` that shares a selection supplies it otherwise. */
  selectedCardId?: string | null;
  /** The opportunity selected at first when uncontrolled. */
  defaultSelectedCardId?: string | null;
  /** Called when the user selects an opportunity, or clears the selection (`null`). */
  onSelectedCardChange?: (cardId: string | null, card: Card | null) => void;
  /** Heading level of the matrix's title (2–6). Default: 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * The journey's opportunities on a 3 × 3 grid of expected impact (rows, high first) and
 * effort (columns, low first), each with its owner, status, stage and the pain points it
 * answers (its links), filterable by status and owner. The arrow keys walk it as they walk
 * a map; Enter or Space selects. Under a `JourneyConfigProvider` that shares a selection,
 * selecting here selects the card on the map beside it, and back.
 */
export const OpportunityMatrix = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, OpportunityMatrixProps>(function OpportunityMatrix(props, ref) {
    const {
      journey,
      config,
      text,
      idPrefix,
      rest: {
        filter: filterProp,
        defaultFilter = {},
        onFilterChange,
        showFilters = true,
        selectedCardId,
        defaultSelectedCardId = null,
        onSelectedCardChange,
        headingLevel = 2,
        className,
        style,
        onKeyDown,
        ...rest
      },
    } = useView(props);

    const [filter, setFilter] = useControllableState<MatrixFilter>({
      prop: filterProp,
      defaultProp: defaultFilter,
      onChange: onFilterChange,
    });
    const matrix = useMemo(() => (journey ? buildOpportunityMatrix(journey, filter) : null), [journey, filter]);
    const everything = useMemo(() => (journey ? buildOpportunityMatrix(journey) : null), [journey]);

    const shared = config.selection;
    const controlledId = selectedCardId === undefined ? shared?.id : selectedCardId;
    const [selectedId, select] = useControllableState<string | null>({
      prop: controlledId,
      defaultProp: defaultSelectedCardId,
      onChange: (id) => {
        onSelectedCardChange?.(id, id === null ? null : (journey?.cards.find((c) => c.id === id) ?? null));
        shared?.select(id);
      },
    });

    // One tab stop, moved by the arrow keys with the map's own keyboard model.
    const rows = useMemo(() => (matrix ? matrixNavRows(matrix) : []), [matrix]);
    const [focusKey, setFocusKey] = useState<string | null>(null);
    const tabStop = focusKey !== null && findNavPosition(rows, focusKey) ? focusKey : firstNavKey(rows);
    const gridRef = useRef<HTMLDivElement>(null);
    const column = useRef<{ key: string; stage: number } | null>(null);
    const navigate = (event: KeyboardEvent<HTMLElement>) => {
      const from = (event.target as HTMLElement).getAttribute('data-nav-key');
      if (!from || !gridRef.current?.contains(event.target as Node)) return;
      const kept = column.current?.key === from ? column.current.stage : undefined;
      const found = nextNavTarget(rows, from, event.key, { rtl: config.dir === 'rtl', ctrl: event.ctrlKey || event.metaKey, stage: kept });
      if (!found) return;
      event.preventDefault();
      column.current = found;
      setFocusKey(found.key);
      const to = [...gridRef.current.querySelectorAll<HTMLElement>('[data-nav-key]')].find((e) => e.dataset.navKey === found.key);
      to?.focus();
      to?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    };

    const Heading = `h${headingLevel}` as const;
    const headingId = `${idPrefix}-title`;
    const statuses: readonly OpportunityStatus[] | undefined = filter.statuses;
    return (
      <section
        ref={ref}
        className={clsx(!config.themed && 'jm-root', 'jm-OpportunityMatrix', className)}
        {...themeRootProps(config, style)}
        dir={config.dir}
        lang={journey?.locale}
        aria-labelledby={headingId}
        onKeyDown={composeEventHandlers(onKeyDown, navigate)}
        {...rest}
      >
        <ConfigScope config={config} themed>
          <Heading id={headingId} className="jm-OpportunityMatrix-title">
            {text.matrixTitle}
          </Heading>
          {!matrix || !everything ? (
            <div role="alert" className="jm-PartError">
              {config.labels.partError}
            </div>
          ) : (
            <>
              {showFilters && (
                <MatrixFilters
                  statuses={statuses}
                  owners={filter.owners}
                  allOwners={everything.owners}
                  unowned={everything.unowned}
                  onChange={setFilter}
                  labels={config.labels}
                  text={text}
                  idPrefix={idPrefix}
                />
              )}
              <p className="jm-OpportunityMatrix-count" role="status">
                {text.shownCount(matrix.counts.shown, matrix.counts.total)}
              </p>
              <MatrixGrid
                ref={gridRef}
                matrix={matrix}
                selectedId={selectedId}
                onSelect={(id) => select(id === selectedId ? null : id)}
                tabStop={tabStop}
                onFocusKey={setFocusKey}
                labels={config.labels}
                text={text}
                idPrefix={idPrefix}
              />
            </>
          )}
        </ConfigScope>
      </section>
    );
  }),
  'OpportunityMatrix',
);
