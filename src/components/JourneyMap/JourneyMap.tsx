import { clsx } from 'clsx';
import { forwardRef, useCallback, useEffect, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { storyLaneOrder } from '../../layout/rows';
import type { Journey, JourneyProblem } from '../../model/types';
import { journeyProblems } from '../problems';
import { ErrorPanel, MapErrorBoundary } from '../ErrorPanel/ErrorPanel';
import { ConfigScope, themeRootProps, useLocalConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { JourneyGrid, type JourneyGridOwnProps } from '../JourneyGrid/JourneyGrid';
import { PersonaPanel } from '../PersonaPanel/PersonaPanel';
import { useControllableState } from '../useControllableState';
import { named } from '../refs';
import { Disclosure } from './Disclosure';
import { Legend } from './Legend';
import { MapHeader } from './MapHeader';

/** The props {@link JourneyMap} adds to a `div`'s; those it shares with `JourneyGrid` mean the same there. */
export interface JourneyMapOwnProps extends Pick<
  JourneyGridOwnProps,
  | 'theme'
  | 'density'
  | 'labels'
  | 'channelIcons'
  | 'dir'
  | 'now'
  | 'reviewPeriodDays'
  | 'selectedCardId'
  | 'defaultSelectedCardId'
  | 'onSelectedCardChange'
  | 'lanes'
  | 'channels'
  | 'layout'
  | 'stackBelow'
  | 'fit'
  | 'renderCard'
  | 'renderLane'
  | 'onError'
  | 'children'
> {
  /** The journey: any value. Invalid data shows an error panel and calls `onError`; it never throws. */
  journey: unknown;
  /** The persona the map is filtered to (controlled); `null` shows all. Default: uncontrolled. */
  activePersonaId?: string | null;
  /** The persona shown at first (uncontrolled). Default `null`: all personas. */
  defaultActivePersonaId?: string | null;
  /** Called with the chosen persona's id, or `null` for all personas, when the persona switcher changes. */
  onActivePersonaChange?: (personaId: string | null) => void;
  /** Shows the title, kind and freshness header. Default `true`. */
  showHeader?: boolean;
  /** The host's logo (or any mark), drawn before the title in the header. Default: none. */
  logo?: ReactNode;
  /** The host's own controls (share, export, edit…), drawn at the end of the header's title row. Default: none. */
  actions?: ReactNode;
  /** Shows the persona panel. Default `true`. */
  showPersonas?: boolean;
  /** Whether the persona's whole card shows (controlled); folded, a one-row strip. Default: uncontrolled. */
  personaExpanded?: boolean;
  /** Whether the persona's whole card shows at first (uncontrolled). Default `false`: the strip, so the journey starts in the first screen. */
  defaultPersonaExpanded?: boolean;
  /** Called with `true` or `false` when the user shows or hides the persona's whole card. */
  onPersonaExpandedChange?: (expanded: boolean) => void;
  /**
   * The order of the lanes. `'journey'` (default): the journey's. `'story'`: the emotion
   * curve right under the stages, then the pains, then the other lanes in the journey's
   * order, so that the reader meets the stages, the emotional arc and the pains first.
   */
  laneOrder?: 'journey' | 'story';
  /** Shows the legend. Default `true`. */
  showLegend?: boolean;
}

/** Props of {@link JourneyMap}. */
export type JourneyMapProps = JourneyMapOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof JourneyMapOwnProps>;

/**
 * A whole journey map in one line: header, persona(s), phase and stage headers,
 * every lane in the journey's order, the emotion curve and the blueprint lanes,
 * with selection, details popovers, keyboard navigation and theming.
 */
export const JourneyMap = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, JourneyMapProps>(function JourneyMap(
    {
      journey,
      theme,
      density,
      labels,
      channelIcons,
      dir,
      now,
      reviewPeriodDays,
      selectedCardId,
      defaultSelectedCardId,
      onSelectedCardChange,
      activePersonaId,
      defaultActivePersonaId = null,
      onActivePersonaChange,
      lanes,
      channels,
      onError,
      showHeader = true,
      logo,
      actions,
      showPersonas = true,
      personaExpanded,
      defaultPersonaExpanded = false,
      onPersonaExpandedChange,
      laneOrder = 'journey',
      showLegend = true,
      layout,
      stackBelow,
      fit,
      renderCard,
      renderLane,
      children,
      className,
      style,
      ...rest
    },
    ref,
  ) {
    const problems = useMemo(() => journeyProblems(journey), [journey]);
    const valid = problems.length === 0 ? (journey as Journey) : null;
    const config = useLocalConfig(
      { theme, density, labels, channelIcons, dir, now, reviewPeriodDays },
      { dir: valid?.dir === 'rtl' ? 'rtl' : 'ltr', locale: valid?.locale, reviewPeriodDays: valid?.meta?.reviewPeriodDays },
    );
    const onErrorRef = useRef(onError);
    onErrorRef.current = onError;
    const reportError = useCallback((list: readonly JourneyProblem[]) => onErrorRef.current?.(list), []);
    useEffect(() => {
      if (problems.length > 0) reportError(problems);
    }, [problems, reportError]);

    const [persona, setPersona] = useControllableState({
      prop: activePersonaId,
      defaultProp: defaultActivePersonaId,
      onChange: onActivePersonaChange,
    });
    const personaFilter = useMemo(() => (persona ? [persona] : undefined), [persona]);
    const [expanded, setExpanded] = useControllableState({
      prop: personaExpanded,
      defaultProp: defaultPersonaExpanded,
      onChange: onPersonaExpandedChange,
    });
    // Folded, the stages' details are hidden on screen only: each header still reads them as its description.
    const [stageDetails, setStageDetails] = useState(false);
    const hasStageDetails = valid?.stages.some((s) => s.goal || s.trigger || s.duration || (s.metrics?.length ?? 0) > 0);
    const grid = useMemo(
      () => (valid && laneOrder === 'story' ? { ...valid, lanes: storyLaneOrder(valid.lanes) } : valid),
      [valid, laneOrder],
    );
    const id = useId();

    return (
      <div
        ref={ref}
        {...rest}
        className={clsx(!config.themed && 'jm-root', 'jm-JourneyMap', className)}
        {...themeRootProps(config, style)}
        data-kind={valid?.kind ?? undefined}
        data-stage-details={stageDetails ? 'shown' : 'folded'}
        dir={config.dir}
        lang={rest.lang ?? (typeof valid?.locale === 'string' ? valid.locale : undefined)}
      >
        {!valid ? (
          <ErrorPanel problems={problems} labels={config.labels} />
        ) : (
          <MapErrorBoundary
            fallback={(list) => <ErrorPanel problems={list} labels={config.labels} />}
            onError={reportError}
            resetKey={journey}
          >
            <ConfigScope config={config} themed>
              {showHeader && <MapHeader journey={valid} logo={logo} actions={actions} />}
              {showPersonas && (
                <div className="jm-JourneyMap-personaBar" data-state={expanded ? 'open' : 'closed'}>
                  <PersonaPanel
                    id={`${id}personas`}
                    journey={valid}
                    activePersonaId={persona}
                    onActivePersonaChange={setPersona}
                    variant={!expanded ? 'strip' : valid.personas.length > 2 ? 'compact' : 'full'}
                    className="jm-JourneyMap-personas"
                  />
                  <Disclosure expanded={expanded} controls={`${id}personas`} onToggle={setExpanded}>
                    {config.labels.personaDetails}
                  </Disclosure>
                </div>
              )}
              {(showLegend || hasStageDetails) && (
                <div className="jm-JourneyMap-bar">
                  {showLegend && <Legend journey={valid} />}
                  {hasStageDetails && (
                    <Disclosure expanded={stageDetails} controls={`${id}grid`} onToggle={setStageDetails}>
                      {config.labels.stageDetails}
                    </Disclosure>
                  )}
                </div>
              )}
              <JourneyGrid
                id={`${id}grid`}
                journey={grid!}
                selectedCardId={selectedCardId}
                defaultSelectedCardId={defaultSelectedCardId}
                onSelectedCardChange={onSelectedCardChange}
                personas={personaFilter}
                lanes={lanes}
                channels={channels}
                layout={layout}
                stackBelow={stackBelow}
                fit={fit}
                renderCard={renderCard}
                renderLane={renderLane}
                onError={reportError}
              >
                {children}
              </JourneyGrid>
            </ConfigScope>
          </MapErrorBoundary>
        )}
      </div>
    );
  }),
  'JourneyMap',
);
