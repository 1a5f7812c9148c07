import { clsx } from 'clsx';
import {
  Children,
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Card, Journey, JourneyProblem, Lane } from '../../model/types';
import { buildNavRows, firstNavKey, isNavKey } from '../../layout/navigation';
import { buildStackStops } from '../../layout/stacked';
import type { JourneyThemeProp } from '../../theme/theme';
import { channelName, type JourneyLabelsOverrides } from '../labels';
import { summarizeFilter } from '../../model/filter';
import type { ChannelIconMap } from '../icons';
import { journeyProblems } from '../problems';
import { CardContext, JourneyContext, useIsomorphicLayoutEffect, type CardContextValue, type JourneyContextValue } from '../context';
import { ConfigScope, themeRootProps, useLocalConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { createInteractionStore } from '../store';
import { useControllableState } from '../useControllableState';
import { composeEventHandlers } from '../events';
import { named, useComposedRefs } from '../refs';
import { CardPopover } from '../onDemand';
import { preloadWhenIdle } from '../lazy';
import { useCardDetails } from '../TouchpointCard/useCardDetails';
import { MapErrorBoundary } from '../ErrorPanel/ErrorPanel';
import type { LaneRenderContext } from './LaneRow';
import { StackedLayout } from './StackedLayout';
import { GridView } from './GridView';
import { HiddenParts, useGridParts } from './parts';
import { partRows } from '../../layout/rows';
import { useGridModel } from './useGridModel';
import { useGridKeyboard, type KeyboardModel } from './useGridKeyboard';
import { useNarrowerThan } from './useNarrowerThan';
import { useStageColumns } from './useStageColumns';
import { FilterStatus } from './FilterStatus';

/** The props {@link JourneyGrid} adds to a `div`'s. */
export interface JourneyGridOwnProps {
  /** The journey to draw: any value, such as a `.json` file's. It is validated; invalid data shows a notice and calls `onError`. */
  journey: unknown;
  /**
   * Lanes to show, by id or kind, in the journey's order. Default: every lane. A lane left
   * out after it was drawn stays in the page, hidden from everyone and skipped by the
   * browser, so that showing it again is quick.
   */
  lanes?: readonly string[];
  /** Personas to show; others' cards, lanes and curves are hidden. Default: all. */
  personas?: readonly string[];
  /** Channels to show; touchpoints on other channels are hidden. Default: all. */
  channels?: readonly string[];
  /** The selected card (controlled); `null` selects nothing. Default: uncontrolled. */
  selectedCardId?: string | null;
  /** The card selected at first (uncontrolled). Default `null`: none. */
  defaultSelectedCardId?: string | null;
  /** Called with the card's id and the card when the user selects a card, or with `null, null` when the selection is cleared. */
  onSelectedCardChange?: (cardId: string | null, card: Card | null) => void;
  /** Replaces the face of every card. Default: the built-in card face. */
  renderCard?: (card: Card) => ReactNode;
  /** Replaces a lane's content; return `undefined` to keep the default. */
  renderLane?: (lane: Lane, context: LaneRenderContext) => ReactNode | undefined;
  /** `'light'`, `'dark'`, or theme overrides on top of either. Default: a `JourneyConfigProvider`'s, else `'light'`. */
  theme?: JourneyThemeProp;
  /** Spacing density. Default: a `JourneyConfigProvider`'s, else `'comfortable'`. */
  density?: 'comfortable' | 'compact';
  /** Strings to override (translations, renamed lanes…), merged onto a `JourneyConfigProvider`'s. */
  labels?: JourneyLabelsOverrides;
  /** Icons that replace the built-in channel icons, by channel id. Default: a `JourneyConfigProvider`'s. */
  channelIcons?: ChannelIconMap;
  /** Text direction. Default: a `JourneyConfigProvider`'s, else the journey's `dir`, else `'ltr'`. */
  dir?: 'ltr' | 'rtl';
  /** Today, for the age of evidence and validation (a `Date` or an ISO 8601 date); fix it for tests and server rendering. Default: a `JourneyConfigProvider`'s, else the current date. */
  now?: Date | string;
  /** Days a validation or a source stays current; older research marks its stage and lowers a card's confidence. Default: a `JourneyConfigProvider`'s, else the journey's `meta.reviewPeriodDays`. */
  reviewPeriodDays?: number;
  /** `'grid'`, `'stacked'` (one stage under another), or `'auto'` (default): stacked below `stackBelow`. */
  layout?: 'auto' | 'grid' | 'stacked';
  /** Container width in pixels below which `layout="auto"` stacks the stages. Default 640. */
  stackBelow?: number;
  /**
   * How wide the stage columns are. `'content'` (default): each at least `--jm-column-width`,
   * and the grid scrolls sideways when they do not all fit. `'width'`: the columns share the
   * width there is, down to a narrower minimum (120 px), their text wrapping, so that a
   * map of seven stages fits a 1280 px screen without scrolling.
   */
  fit?: 'content' | 'width';
  /** Shows the phase row when the journey has phases. Default `true`. */
  showPhases?: boolean;
  /** Called with every problem when the journey is invalid, or with one problem when drawing fails. */
  onError?: (problems: readonly JourneyProblem[]) => void;
  /**
   * Rows added after the lanes, e.g. `<EmotionCurve />` or `<ServiceBlueprintLane />`,
   * directly or inside the host's own components. The lanes such a part draws stay in
   * the grid whatever `lanes` says, and the grid does not draw them itself.
   */
  children?: ReactNode;
}

/** Props of {@link JourneyGrid}. */
export type JourneyGridProps = JourneyGridOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof JourneyGridOwnProps>;

/**
 * The map's grid: a column per stage (with phase and stage headers, sticky on top),
 * a row per lane (labels sticky at the start), cards placed in their cells and
 * spanning stages. It shares the journey, layout and interaction state with the parts
 * inside it through context, so hosts compose their own maps from the parts.
 */
export const JourneyGrid = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, JourneyGridProps>(function JourneyGrid(
    {
      journey: journeyProp,
      lanes,
      personas,
      channels,
      selectedCardId,
      defaultSelectedCardId = null,
      onSelectedCardChange,
      renderCard,
      renderLane,
      theme,
      density,
      labels,
      channelIcons,
      dir: dirProp,
      now,
      reviewPeriodDays,
      layout = 'auto',
      stackBelow = 640,
      fit,
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
    // Read as a Journey only once `valid` says it is one (before that, only `?.` reads).
    const journey = journeyProp as Journey;
    const problems = useMemo(() => journeyProblems(journey), [journey]);
    const config = useLocalConfig(
      { theme, density, labels, channelIcons, dir: dirProp, now, reviewPeriodDays },
      {
        dir: journey?.dir ?? 'ltr',
        locale: problems.length === 0 ? journey.locale : undefined,
        reviewPeriodDays: problems.length === 0 ? journey.meta?.reviewPeriodDays : undefined,
      },
    );
    const reactId = useId();
    const idPrefix = `jm${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
    const valid = problems.length === 0;
    const [registry, parts] = useGridParts(() => Children.toArray(children).length > 0);
    const { fullModel, model, cells, laneSlots, parked, drawnLanes } = useGridModel(journey, valid, { lanes, personas, channels }, parts);

    // Cards read the selection from the store, so that a selection re-renders only the cards it changes.
    // A provider around may share the selection with other parts (an opportunity matrix beside the map).
    const shared = config.selection;
    const controlledId = selectedCardId === undefined ? shared?.id : selectedCardId;
    const [store] = useState(() => createInteractionStore({ selectedId: controlledId ?? defaultSelectedCardId, links: fullModel }));
    useIsomorphicLayoutEffect(() => store.set({ links: fullModel }), [store, fullModel]);
    const [selectedId, select] = useControllableState<string | null>({
      prop: controlledId,
      defaultProp: defaultSelectedCardId,
      onChange: (id) => {
        // Uncontrolled, the cards change in the same render as the grid.
        if (controlledId === undefined) store.set({ selectedId: id });
        onSelectedCardChange?.(id, id === null ? null : (model?.cards.get(id) ?? null));
        shared?.select(id);
      },
    });
    useIsomorphicLayoutEffect(() => store.set({ selectedId }), [store, selectedId]);

    const onErrorRef = useRef(onError);
    onErrorRef.current = onError;
    useEffect(() => {
      if (!valid) onErrorRef.current?.(problems);
    }, [valid, problems]);

    const rootRef = useRef<HTMLDivElement | null>(null);
    const narrow = useNarrowerThan(rootRef, stackBelow, layout === 'auto');
    const stacked = layout === 'stacked' || narrow;
    const gridRef = useRef<HTMLDivElement | null>(null);
    useStageColumns(gridRef, store, !stacked && model !== null, model);

    const [cardElements] = useState(() => new Map<string, HTMLElement>());
    const open = useCardDetails(store, cardElements);
    const stageCount = model?.journey.stages.length ?? 0;
    const keyboard = useMemo((): KeyboardModel => {
      if (!stacked || !model)
        return { layout: 'grid', rows: [...buildNavRows({ lanes: drawnLanes, cells, stageCount }), ...partRows(parts.parts, stageCount)] };
      const cards = new Map([...model.cardsByLane].map(([lane, list]) => [lane, list.map((p) => ({ id: p.card.id, start: p.start }))]));
      const scored = new Set(model.emotionSeries.flatMap((series) => series.points.map((p) => p.index)));
      return { layout: 'stacked', stops: buildStackStops({ lanes: model.journey.lanes, stageCount, cards, scored }) };
    }, [stacked, model, drawnLanes, cells, stageCount, parts]);
    const firstKey = keyboard.layout === 'grid' ? firstNavKey(keyboard.rows) : (keyboard.stops[0]?.key ?? null);
    const navigate = useGridKeyboard(rootRef, keyboard, store, config.dir === 'rtl');
    // The popover's and the tooltip's code, out of the first load, arrives before the first hover or click needs it.
    useEffect(() => preloadWhenIdle(rootRef.current), []);

    // What cards read stays the same when a filter changes; the map's parts read it too,
    // with the filtered model, its cells and the tab stop on top.
    // The lookups change with the journey's own lists of evidence, stages and lanes only, so that
    // an edited journey whose cards alone changed re-renders only the cards that changed.
    const lookups = useMemo(
      () =>
        fullModel && { evidence: fullModel.evidence, stages: fullModel.stages, stageIndex: fullModel.stageIndex, lanes: fullModel.lanes },
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [valid, journey?.evidence, journey?.stages, journey?.lanes],
    );
    const cardContext = useMemo<CardContextValue | null>(
      () => lookups && { model: lookups, store, renderCard, idPrefix, cardElements, select, open },
      [lookups, store, renderCard, idPrefix, cardElements, select, open],
    );
    const context = useMemo<JourneyContextValue | null>(
      () =>
        model &&
        fullModel &&
        cardContext && { ...cardContext, model, wholeJourney: fullModel.journey, cells, parked, firstNavKey: firstKey },
      [cardContext, model, fullModel, cells, parked, firstKey],
    );

    // On the root, so the host's handler runs once for every key and before ours.
    const onKeyDown = composeEventHandlers(onKeyDownProp, (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key === 'Escape') {
        if (store.get().openId) {
          open(null);
          event.preventDefault();
        }
        return;
      }
      navigate(event);
      // Keys the grid answers never scroll the page: Space on a cell, and the navigation
      // keys even where focus can move no further. Space on a button stays its own: it
      // presses the button (and a button never scrolls the page).
      const key = event.key;
      const target = event.target as HTMLElement;
      if (target.hasAttribute('data-nav-key') && (isNavKey(key) || (key === ' ' && target.tagName !== 'BUTTON'))) event.preventDefault();
    });

    // What the filter shows, said when it changes.
    const filterKey = JSON.stringify([lanes ?? null, personas ?? null, channels ?? null]);
    const summary = model && summarizeFilter(journey, { lanes, personas, channels }, model.journey);
    const filterText = summary
      ? config.labels.filterStatus({ ...summary, channels: summary.channels.map((c) => channelName(c, config.labels)) })
      : '';

    const setRoot = useComposedRefs(ref, rootRef);
    const rootProps = {
      ...rest,
      ref: setRoot,
      dir: config.dir,
      // The host's lang wins: it knows the language of the page around the map.
      lang: rest.lang ?? journey?.locale,
      'data-layout': stacked ? 'stacked' : 'grid',
      'data-fit': fit,
      onKeyDown,
      ...themeRootProps(config, style),
      className: clsx(!config.themed && 'jm-root', 'jm-JourneyGrid', className),
    };
    const partError = (
      <div role="alert" className="jm-PartError">
        {config.labels.partError}
      </div>
    );
    const reportError = useCallback((list: readonly JourneyProblem[]) => onErrorRef.current?.(list), []);
    // The same element every render: selecting a card does not re-render the popover.
    const popover = useMemo(() => <CardPopover />, []);

    if (!context || !model) {
      return (
        <div {...rootProps} data-invalid="">
          {partError}
        </div>
      );
    }

    return (
      <ConfigScope config={config} themed>
        <JourneyContext.Provider value={context}>
          <CardContext.Provider value={cardContext}>
            <div {...rootProps}>
              <FilterStatus filterKey={filterKey} text={filterText} />
              <MapErrorBoundary fallback={() => partError} onError={reportError} resetKey={model}>
                {stacked ? (
                  <>
                    <StackedLayout />
                    <HiddenParts registry={registry}>{children}</HiddenParts>
                  </>
                ) : (
                  <GridView
                    title={rest['aria-label'] ?? journey.title}
                    lanes={laneSlots}
                    showPhases={showPhases}
                    renderLane={renderLane}
                    unfocusable={firstKey === null && !children}
                    registry={registry}
                    gridRef={gridRef}
                  >
                    {children}
                  </GridView>
                )}
                {popover}
              </MapErrorBoundary>
            </div>
          </CardContext.Provider>
        </JourneyContext.Provider>
      </ConfigScope>
    );
  }),
  'JourneyGrid',
);
