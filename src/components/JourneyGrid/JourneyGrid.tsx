import { clsx } from 'clsx';
import {
  Children,
  Fragment,
  isValidElement,
  createContext,
  forwardRef,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Card, Journey, JourneyProblem, Lane } from '../../model/types';
import { BLUEPRINT_LANE_KINDS, isBlueprintLane } from '../../model/types';
import { journeyProblems } from '../problems';
import { normalizeJourney } from '../../model/normalize';
import { filterJourney } from '../../model/filter';
import { laneCells, phaseSpans, type LaneCell } from '../../layout/cells';
import { moveFocus, type NavKey, type NavPosition, type NavRow } from '../../layout/navigation';
import { resolveThemeProp, type JourneyThemeProp } from '../../theme/theme';
import { resolveLabels, type JourneyLabelsOverrides } from '../labels';
import type { ChannelIconMap } from '../icons';
import {
  CardContext,
  JourneyContext,
  measureOnResize,
  useIsomorphicLayoutEffect,
  type CardContextValue,
  type JourneyContextValue,
} from '../context';
import { createInteractionStore } from '../store';
import { StageColumn } from '../StageColumn/StageColumn';
import { CardPopover } from '../TouchpointCard/CardPopover';
import { useCardDetails } from '../TouchpointCard/useCardDetails';
import { EmotionCurve } from '../EmotionCurve/EmotionCurve';
import { ServiceBlueprintLane } from '../ServiceBlueprintLane/ServiceBlueprintLane';
import { LaneRow, cellKey, curveKey, type LaneRenderContext } from './LaneRow';
import { StackedLayout } from './StackedLayout';
import { MapErrorBoundary } from '../ErrorPanel/ErrorPanel';
import { assignRef, named } from '../refs';

/** Set by `JourneyMap` so that nested parts do not declare the theme variables again. */
export const ThemeScope = /* @__PURE__ */ createContext(false);

/** The props {@link JourneyGrid} adds to a `div`'s. */
export interface JourneyGridOwnProps {
  /** The journey to draw. It is validated; invalid data shows a notice and calls `onError`. */
  journey: Journey;
  /** Lanes to show, by id or kind, in the journey's order. Default: every lane. */
  lanes?: readonly string[];
  /** Personas to show; others' cards, lanes and curves are hidden. Default: all. */
  personas?: readonly string[];
  /** Channels to show; touchpoints on other channels are hidden. Default: all. */
  channels?: readonly string[];
  /** The selected card (controlled). `null` selects nothing. */
  selectedCardId?: string | null;
  /** The card selected at first (uncontrolled). Default none. */
  defaultSelectedCardId?: string | null;
  /** Called when the user selects a card or clears the selection. */
  onSelectCard?: (cardId: string | null, card: Card | null) => void;
  /** Replaces the face of every card. Default: the built-in card face. */
  renderCard?: (card: Card) => ReactNode;
  /** Replaces a lane's content; return `undefined` to keep the default. */
  renderLane?: (lane: Lane, context: LaneRenderContext) => ReactNode | undefined;
  /** `'light'` (default), `'dark'`, or theme overrides. */
  theme?: JourneyThemeProp;
  /** Spacing density. Default `'comfortable'`. */
  density?: 'comfortable' | 'compact';
  /** Strings to override. */
  labels?: JourneyLabelsOverrides;
  /** Icons that replace the built-in channel icons, by channel id. */
  channelIcons?: ChannelIconMap;
  /** Text direction. Default: the journey's `dir`, else `'ltr'`. */
  dir?: 'ltr' | 'rtl';
  /** `'grid'`, `'stacked'` (one stage under another), or `'auto'` (default): stacked below `stackBelow`. */
  layout?: 'auto' | 'grid' | 'stacked';
  /** Container width in pixels below which `layout="auto"` stacks the stages. Default 640. */
  stackBelow?: number;
  /** Shows the phase row when the journey has phases. Default `true`. */
  showPhases?: boolean;
  /** Called with every problem when the journey is not valid. */
  onError?: (problems: readonly JourneyProblem[]) => void;
  /** Rows added after the lanes, e.g. `<EmotionCurve />` or `<ServiceBlueprintLane />`. */
  children?: ReactNode;
}

/** Props of {@link JourneyGrid}. */
export type JourneyGridProps = JourneyGridOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof JourneyGridOwnProps>;

const NAV_KEYS = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
/** The roving-focus key of a navigable cell. */
const navKeyOf = (row: NavRow, cell: NavRow['cells'][number]) => cell.key ?? cellKey(row.id, cell.start);

/** Where the element with roving-focus key `key` (a cell's, or `card:<id>`) sits in the navigation model. */
function findNavPosition(rows: readonly NavRow[], key: string): NavPosition | undefined {
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of row.cells.entries()) {
      if (key === navKeyOf(row, cell)) return { row: r, cell: c, card: -1 };
      const card = cell.cards.findIndex((id) => key === `card:${id}`);
      if (card !== -1) return { row: r, cell: c, card };
    }
  }
  return undefined;
}

/** Groups lanes for rendering: runs of consecutive blueprint lanes become one block. */
function laneGroups(lanes: readonly Lane[]): Array<{ kind: 'lane' | 'emotion'; lane: Lane } | { kind: 'blueprint'; lanes: Lane[] }> {
  const groups: Array<{ kind: 'lane' | 'emotion'; lane: Lane } | { kind: 'blueprint'; lanes: Lane[] }> = [];
  for (const lane of lanes) {
    const last = groups[groups.length - 1];
    if (isBlueprintLane(lane)) {
      if (last?.kind === 'blueprint') last.lanes.push(lane);
      else groups.push({ kind: 'blueprint', lanes: [lane] });
    } else groups.push({ kind: lane.kind === 'emotion' ? 'emotion' : 'lane', lane });
  }
  return groups;
}

/**
 * The map's grid: a column per stage (with phase and stage headers, sticky on top),
 * a row per lane (labels sticky at the start), cards placed in their cells and
 * spanning stages. It shares the journey, layout and interaction state with the parts
 * inside it through context, so hosts compose their own maps from the parts.
 */
export const JourneyGrid = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, JourneyGridProps>(function JourneyGrid(
    {
      journey,
      lanes,
      personas,
      channels,
      selectedCardId,
      defaultSelectedCardId = null,
      onSelectCard,
      renderCard,
      renderLane,
      theme,
      density = 'comfortable',
      labels: labelsProp,
      channelIcons,
      dir: dirProp,
      layout = 'auto',
      stackBelow = 640,
      showPhases = true,
      onError,
      children,
      className,
      style,
      onKeyDown: onKeyDownProp,
      ...rest
    },
    ref,
  ) {
    const nested = useContext(ThemeScope);
    const reactId = useId();
    const idPrefix = `jm${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
    const labels = useMemo(() => resolveLabels(labelsProp), [labelsProp]);
    const problems = useMemo(() => journeyProblems(journey), [journey]);
    const valid = problems.length === 0;

    // Filters are usually inline arrays; compare them by content so memoised work survives re-renders.
    // An <EmotionCurve> or <ServiceBlueprintLane> among the children draws those lanes
    // itself: the grid then keeps their lanes in the model (whatever `lanes` says) and
    // does not draw them a second time.
    const childParts = useMemo(() => {
      const parts: Array<{ kind: 'curve'; laneId?: string } | { kind: 'blueprint'; lanes?: readonly string[] }> = [];
      Children.forEach(children, (child) => {
        if (!isValidElement(child)) return;
        if (child.type === EmotionCurve) parts.push({ kind: 'curve', laneId: (child.props as { laneId?: string }).laneId });
        if (child.type === ServiceBlueprintLane)
          parts.push({ kind: 'blueprint', lanes: (child.props as { lanes?: readonly string[] }).lanes });
      });
      return parts;
    }, [children]);
    const childCurve = childParts.some((p) => p.kind === 'curve');
    const childBlueprint = childParts.some((p) => p.kind === 'blueprint');
    const laneFilter =
      lanes && (childCurve || childBlueprint)
        ? [...lanes, ...(childCurve ? ['emotion'] : []), ...(childBlueprint ? BLUEPRINT_LANE_KINDS : [])]
        : lanes;
    const filterKey = JSON.stringify([laneFilter ?? null, personas ?? null, channels ?? null]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
    const filter = useMemo(() => ({ lanes: laneFilter, personas, channels }), [filterKey]);
    // The whole journey, normalised once per journey; the filtered one, per filter. Cards
    // read the whole one, so changing a filter re-renders only the cards that move.
    const fullModel = useMemo(() => (valid ? normalizeJourney(journey) : null), [valid, journey]);
    const model = useMemo(() => {
      if (!fullModel) return null;
      const filtered = filterJourney(journey, filter);
      return filtered === journey ? fullModel : normalizeJourney(filtered);
    }, [fullModel, journey, filter]);
    const cells = useMemo(() => {
      const map = new Map<string, readonly LaneCell[]>();
      if (!model) return map;
      const stageCount = model.journey.stages.length;
      for (const lane of model.journey.lanes) map.set(lane.id, laneCells({ placed: model.cardsByLane.get(lane.id) ?? [], stageCount }));
      return map;
    }, [model]);

    const [store] = useState(() => createInteractionStore({ selectedId: selectedCardId ?? defaultSelectedCardId }));
    const controlled = selectedCardId !== undefined;
    useIsomorphicLayoutEffect(() => {
      if (controlled) store.set({ selectedId: selectedCardId });
    }, [controlled, selectedCardId, store]);

    const onSelectRef = useRef(onSelectCard);
    onSelectRef.current = onSelectCard;
    const modelRef = useRef(model);
    modelRef.current = model;
    const select = useCallback(
      (id: string | null) => {
        if (store.get().selectedId === id) return;
        if (!controlled) store.set({ selectedId: id });
        onSelectRef.current?.(id, id ? (modelRef.current?.cards.get(id) ?? null) : null);
      },
      [controlled, store],
    );

    const onErrorRef = useRef(onError);
    onErrorRef.current = onError;
    useEffect(() => {
      if (!valid) onErrorRef.current?.(problems);
    }, [valid, problems]);

    // Container width decides the auto layout; measured, so it follows the host's layout.
    const rootRef = useRef<HTMLDivElement | null>(null);
    const [narrow, setNarrow] = useState(false);
    useIsomorphicLayoutEffect(() => {
      const el = rootRef.current;
      if (layout !== 'auto' || !el || typeof ResizeObserver === 'undefined') return;
      return measureOnResize(el, () => {
        const width = el.getBoundingClientRect().width;
        if (width > 0) setNarrow(width < stackBelow);
      });
    }, [layout, stackBelow]);
    const stacked = layout === 'stacked' || (layout === 'auto' && narrow);

    const [cardElements] = useState(() => new Map<string, HTMLElement>());
    const open = useCardDetails(store, cardElements);
    const dir = dirProp ?? journey?.dir ?? 'ltr';
    // The lanes the grid draws itself: all but those its children draw.
    const ownLanes = useMemo(
      () =>
        model?.journey.lanes.filter((lane) => !((childCurve && lane.kind === 'emotion') || (childBlueprint && isBlueprintLane(lane)))) ??
        [],
      [model, childCurve, childBlueprint],
    );
    const navRows = useMemo<NavRow[]>(() => {
      if (!model) return [];
      const stageCount = model.journey.stages.length;
      const rows: NavRow[] = [];
      // Rows in the order they appear: the grid's own lanes, then those its children draw.
      const ordered = [...ownLanes];
      for (const part of childParts) {
        if (part.kind === 'curve') {
          const lane = part.laneId ? model.lanes.get(part.laneId) : model.journey.lanes.find((l) => l.kind === 'emotion');
          if (lane) ordered.push(lane);
        } else {
          const ids = part.lanes ?? model.journey.lanes.filter(isBlueprintLane).map((l) => l.id);
          for (const id of ids) {
            const lane = model.lanes.get(id);
            if (lane) ordered.push(lane);
          }
        }
      }
      for (const lane of ordered) {
        const hasCards = (model.cardsByLane.get(lane.id)?.length ?? 0) > 0;
        if (lane.kind === 'emotion') {
          // The curve is one cell across every stage: reachable, and read through its table.
          const key = curveKey(lane.id);
          rows.push({ id: key, cells: [{ start: 0, end: stageCount - 1, cards: [], key }] });
          if (!hasCards) continue;
        }
        rows.push({
          id: lane.id,
          cells: (cells.get(lane.id) ?? []).map((cell) => ({
            start: cell.start,
            end: cell.end,
            cards: cell.items.map((i) => i.placed.card.id),
          })),
        });
      }
      return rows;
    }, [model, cells, childParts, ownLanes]);
    const firstRow = navRows.find((row) => row.cells.length > 0);
    const firstKey = firstRow ? navKeyOf(firstRow, firstRow.cells[0]!) : null;

    // What cards read stays the same when a filter changes; the map's parts read it too,
    // with the filtered model, its cells and the tab stop on top.
    const cardContext = useMemo<CardContextValue | null>(
      () =>
        fullModel && {
          model: fullModel,
          labels,
          store,
          channelIcons,
          renderCard,
          navigation: stacked ? 'natural' : 'grid',
          idPrefix,
          cardElements,
          select,
          open,
        },
      [fullModel, labels, store, channelIcons, renderCard, stacked, idPrefix, cardElements, select, open],
    );
    const context = useMemo<JourneyContextValue | null>(
      () => model && cardContext && { ...cardContext, model, cells, dir, firstNavKey: firstKey },
      [cardContext, model, cells, dir, firstKey],
    );

    // Measure the stage columns so that the emotion curve sits exactly over them.
    const gridRef = useRef<HTMLDivElement | null>(null);
    useIsomorphicLayoutEffect(() => {
      const grid = gridRef.current;
      if (!grid || stacked || !model) return;
      const measure = () => {
        const headers = grid.querySelectorAll<HTMLElement>('.jm-JourneyGrid-stageRow > [data-stage-id]');
        const rects = Array.from(headers, (h) => h.getBoundingClientRect());
        if (rects.length === 0 || rects.every((r) => r.width === 0)) return;
        const origin = Math.min(...rects.map((r) => r.left));
        const columns = rects.map((r) => ({ left: r.left - origin, width: r.width }));
        const previous = store.get().columns;
        const same =
          previous?.length === columns.length &&
          previous.every((c, i) => Math.abs(c.left - columns[i]!.left) < 0.5 && Math.abs(c.width - columns[i]!.width) < 0.5);
        if (!same) store.set({ columns });
      };
      return measureOnResize(grid, measure);
    }, [stacked, model, store]);

    // When filtering removes the cell or card holding the tab stop, give it back to the
    // first cell; otherwise nothing in the grid could be reached with Tab.
    useIsomorphicLayoutEffect(() => {
      const key = store.get().focusKey;
      if (key === null) return;
      if (!findNavPosition(navRows, key)) store.set({ focusKey: null });
    }, [navRows, store]);

    // On the root, so the host's handler runs once for every key and before ours.
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      onKeyDownProp?.(event);
      if (event.defaultPrevented) return;
      if (event.key === 'Escape') {
        if (store.get().openId) {
          open(null);
          event.preventDefault();
        }
        return;
      }
      if (!NAV_KEYS.has(event.key)) return;
      const target = event.target as HTMLElement;
      const key = target.getAttribute('data-nav-key');
      if (!key || !gridRef.current?.contains(target)) return;
      const at = findNavPosition(navRows, key);
      if (!at) return;
      event.preventDefault();
      const next = moveFocus(navRows, at, event.key as NavKey, { rtl: dir === 'rtl', ctrl: event.ctrlKey || event.metaKey });
      const row = navRows[next.row]!;
      const cell = row.cells[next.cell]!;
      const nextKey = next.card >= 0 ? `card:${cell.cards[next.card]}` : navKeyOf(row, cell);
      const el = Array.from(gridRef.current?.querySelectorAll<HTMLElement>('[data-nav-key]') ?? []).find(
        (e) => e.getAttribute('data-nav-key') === nextKey,
      );
      if (el) {
        store.set({ focusKey: nextKey });
        el.focus();
        el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      }
    };

    const { name: themeName, style: themeStyle } = resolveThemeProp(theme);
    const setRootRef = (el: HTMLDivElement | null) => {
      rootRef.current = el;
      assignRef(ref, el);
    };
    const rootProps = {
      ref: setRootRef,
      dir,
      // The host's lang wins: it knows the language of the page around the map.
      lang: rest.lang ?? journey?.locale,
      'data-theme': nested ? undefined : themeName,
      'data-density': nested ? undefined : density,
      'data-layout': stacked ? 'stacked' : 'grid',
      onKeyDown,
      style: { ...(nested ? {} : themeStyle), ...style } as CSSProperties,
    };

    if (!context || !model) {
      return (
        <div {...rest} {...rootProps} className={clsx(!nested && 'jm-root', 'jm-JourneyGrid', className)} data-invalid="">
          <div role="alert" className="jm-PartError">
            {labels.partError}
          </div>
        </div>
      );
    }

    const stageCount = model.journey.stages.length;
    const phases = showPhases ? phaseSpans({ phases: model.journey.phases ?? [], stageIndex: model.stageIndex }) : [];
    const groups = laneGroups(ownLanes);
    const title = rest['aria-label'] ?? journey.title;

    return (
      <JourneyContext.Provider value={context}>
        <CardContext.Provider value={cardContext}>
          <div {...rest} {...rootProps} className={clsx(!nested && 'jm-root', 'jm-JourneyGrid', className)}>
            <MapErrorBoundary
              fallback={() => (
                <div role="alert" className="jm-PartError">
                  {labels.partError}
                </div>
              )}
              onError={(list) => onErrorRef.current?.(list)}
              resetKey={model}
            >
              {stacked ? (
                <StackedLayout />
              ) : (
                <div
                  className="jm-JourneyGrid-scroller"
                  // With nothing focusable inside, the scroller itself takes focus so the keyboard can scroll it.
                  {...(firstKey === null && !children ? { tabIndex: 0, role: 'region', 'aria-label': title } : {})}
                >
                  <div
                    ref={gridRef}
                    role="grid"
                    aria-label={title}
                    aria-colcount={stageCount + 1}
                    className="jm-JourneyGrid-grid"
                    style={{ '--jm-stage-count': stageCount } as CSSProperties}
                  >
                    {/* A names-only header that print styles repeat on every page; hidden on screen. */}
                    <div className="jm-JourneyGrid-printHead" aria-hidden="true">
                      {phases.length > 0 && (
                        <div className="jm-JourneyGrid-phaseRow">
                          <div className="jm-JourneyGrid-corner">{labels.phase}</div>
                          {phases.map(({ phase, start, span }) => (
                            <div key={phase.id} className="jm-JourneyGrid-phase" style={{ gridColumn: `${start + 2} / span ${span}` }}>
                              <span className="jm-JourneyGrid-phaseName">{phase.name}</span>
                            </div>
                          ))}
                        </div>
                      )}
                      <div className="jm-JourneyGrid-stageRow">
                        <div className="jm-JourneyGrid-corner">{labels.stage}</div>
                        {model.journey.stages.map((stage, i) => (
                          <div key={stage.id} className="jm-JourneyGrid-printStage" style={{ gridColumn: i + 2 }}>
                            <span className="jm-StageColumn-index">{i + 1}</span> <span className="jm-StageColumn-name">{stage.name}</span>
                          </div>
                        ))}
                      </div>
                    </div>
                    <div role="rowgroup" className="jm-JourneyGrid-head">
                      {phases.length > 0 && (
                        <div role="row" className="jm-JourneyGrid-phaseRow">
                          <div role="columnheader" className="jm-JourneyGrid-corner" aria-colindex={1}>
                            {labels.phase}
                          </div>
                          {phases.map(({ phase, start, span }) => (
                            <div
                              key={phase.id}
                              role="columnheader"
                              className="jm-JourneyGrid-phase"
                              data-phase-id={phase.id}
                              aria-colindex={start + 2}
                              aria-colspan={span > 1 ? span : undefined}
                              style={{ gridColumn: `${start + 2} / span ${span}` }}
                            >
                              <span className="jm-JourneyGrid-phaseName">{phase.name}</span>
                            </div>
                          ))}
                        </div>
                      )}
                      <div role="row" className="jm-JourneyGrid-stageRow">
                        <div role="columnheader" className="jm-JourneyGrid-corner" aria-colindex={1}>
                          {labels.stage}
                        </div>
                        {model.journey.stages.map((stage) => (
                          <StageColumn key={stage.id} stageId={stage.id} />
                        ))}
                      </div>
                    </div>
                    <div role="rowgroup" className="jm-JourneyGrid-body">
                      {groups.map((group) =>
                        group.kind === 'blueprint' ? (
                          <ServiceBlueprintLane
                            key={`blueprint:${group.lanes[0]!.id}`}
                            lanes={group.lanes.map((l) => l.id)}
                            renderLane={renderLane}
                          />
                        ) : group.kind === 'emotion' ? (
                          <Fragment key={`emotion:${group.lane.id}`}>
                            {renderLane?.(group.lane, {
                              cells: cells.get(group.lane.id) ?? [],
                              stageCount,
                              renderCells: () => null,
                            }) ?? <EmotionCurve laneId={group.lane.id} />}
                            {/* Cards placed in an emotion lane are drawn under its curve, never dropped. */}
                            {(model.cardsByLane.get(group.lane.id)?.length ?? 0) > 0 && (
                              <LaneRow lane={group.lane} renderLane={renderLane} className="jm-Lane jm-EmotionCards" />
                            )}
                          </Fragment>
                        ) : (
                          <LaneRow key={`lane:${group.lane.id}`} lane={group.lane} renderLane={renderLane} />
                        ),
                      )}
                      {children}
                    </div>
                  </div>
                </div>
              )}
              <CardPopover />
            </MapErrorBoundary>
          </div>
        </CardContext.Provider>
      </JourneyContext.Provider>
    );
  }),
  'JourneyGrid',
);
