import { clsx } from 'clsx';
import {
  forwardRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type ReactNode,
} from 'react';
import type { Card, Journey, JourneyProblem, Lane } from '../../model/types';
import { journeyProblems } from '../problems';
import { resolveThemeProp, type JourneyThemeProp } from '../../theme/theme';
import { resolveLabels, type JourneyLabels, type JourneyLabelsOverrides } from '../labels';
import { ErrorPanel, MapErrorBoundary } from '../ErrorPanel/ErrorPanel';
import type { ChannelIconMap } from '../icons';
import { Mark } from '../icons';
import { JourneyGrid, ThemeScope } from '../JourneyGrid/JourneyGrid';
import type { LaneRenderContext } from '../JourneyGrid/LaneRow';
import { PersonaPanel } from '../PersonaPanel/PersonaPanel';
import { named } from '../refs';

/** The props {@link JourneyMap} adds to a `div`'s. */
export interface JourneyMapOwnProps {
  /** The journey: any value. Invalid data shows an error panel and calls `onError`; it never throws. */
  journey: unknown;
  /** `'light'` (default), `'dark'`, or theme overrides on top of either. */
  theme?: JourneyThemeProp;
  /** Spacing density. Default `'comfortable'`. */
  density?: 'comfortable' | 'compact';
  /** Strings to override (translations, renamed lanes…). */
  labels?: JourneyLabelsOverrides;
  /** Icons that replace the built-in channel icons, by channel id. */
  channelIcons?: ChannelIconMap;
  /** The selected card (controlled). */
  selectedCardId?: string | null;
  /** The card selected at first (uncontrolled). */
  defaultSelectedCardId?: string | null;
  /** Called when the user selects a card or clears the selection. */
  onSelectCard?: (cardId: string | null, card: Card | null) => void;
  /** The persona the map is filtered to (controlled); `null` shows all. */
  activePersonaId?: string | null;
  /** The persona shown at first (uncontrolled). Default `null`: all personas. */
  defaultActivePersonaId?: string | null;
  /** Called when the persona switcher changes. */
  onActivePersonaChange?: (personaId: string | null) => void;
  /** Lanes to show, by id or kind. Default: all. */
  lanes?: readonly string[];
  /** Channels to show. Default: all. */
  channels?: readonly string[];
  /** Called with every problem when the journey is invalid, or with one problem when drawing fails. */
  onError?: (problems: readonly JourneyProblem[]) => void;
  /** Shows the title, kind and freshness header. Default `true`. */
  showHeader?: boolean;
  /** Shows the persona panel. Default `true`. */
  showPersonas?: boolean;
  /** Shows the legend. Default `true`. */
  showLegend?: boolean;
  /** `'auto'` (default), `'grid'` or `'stacked'`; see `JourneyGrid`. */
  layout?: 'auto' | 'grid' | 'stacked';
  /** Width in pixels below which the auto layout stacks stages. Default 640. */
  stackBelow?: number;
  /** Text direction. Default: the journey's `dir`. */
  dir?: 'ltr' | 'rtl';
  /** Replaces the face of every card. */
  renderCard?: (card: Card) => ReactNode;
  /** Replaces a lane's content; return `undefined` to keep the default. */
  renderLane?: (lane: Lane, context: LaneRenderContext) => ReactNode | undefined;
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
      density = 'comfortable',
      labels: labelsProp,
      channelIcons,
      selectedCardId,
      defaultSelectedCardId,
      onSelectCard,
      activePersonaId,
      defaultActivePersonaId = null,
      onActivePersonaChange,
      lanes,
      channels,
      onError,
      showHeader = true,
      showPersonas = true,
      showLegend = true,
      layout,
      stackBelow,
      dir: dirProp,
      renderCard,
      renderLane,
      className,
      style,
      ...rest
    },
    ref,
  ) {
    const labels = useMemo(() => resolveLabels(labelsProp), [labelsProp]);
    const problems = useMemo(() => journeyProblems(journey), [journey]);
    const onErrorRef = useRef(onError);
    onErrorRef.current = onError;
    const reportError = useCallback((list: readonly JourneyProblem[]) => onErrorRef.current?.(list), []);
    useEffect(() => {
      if (problems.length > 0) reportError(problems);
    }, [problems, reportError]);

    const [innerPersona, setInnerPersona] = useState<string | null>(defaultActivePersonaId);
    const persona = activePersonaId !== undefined ? activePersonaId : innerPersona;
    const changePersona = useCallback(
      (id: string | null) => {
        if (activePersonaId === undefined) setInnerPersona(id);
        onActivePersonaChange?.(id);
      },
      [activePersonaId, onActivePersonaChange],
    );
    const personaFilter = useMemo(() => (persona ? [persona] : undefined), [persona]);

    const valid = problems.length === 0 ? (journey as Journey) : null;
    const dir = dirProp ?? (valid?.dir === 'rtl' ? 'rtl' : 'ltr');
    const { name: themeName, style: themeStyle } = resolveThemeProp(theme);

    return (
      <div
        ref={ref}
        {...rest}
        className={clsx('jm-root', 'jm-JourneyMap', className)}
        data-theme={themeName}
        data-density={density}
        data-kind={valid?.kind ?? undefined}
        dir={dir}
        lang={rest.lang ?? (typeof valid?.locale === 'string' ? valid.locale : undefined)}
        style={{ ...themeStyle, ...style } as CSSProperties}
      >
        {!valid ? (
          <ErrorPanel problems={problems} labels={labels} />
        ) : (
          <MapErrorBoundary fallback={(list) => <ErrorPanel problems={list} labels={labels} />} onError={reportError} resetKey={journey}>
            <ThemeScope.Provider value={true}>
              {showHeader && <MapHeader journey={valid} labels={labels} />}
              {showPersonas && (
                <PersonaPanel
                  journey={valid}
                  standalone={false}
                  labels={labelsProp}
                  channelIcons={channelIcons}
                  activePersonaId={persona}
                  onActivePersonaChange={changePersona}
                  variant={valid.personas.length > 2 ? 'compact' : 'full'}
                  className="jm-JourneyMap-personas"
                />
              )}
              {showLegend && <Legend journey={valid} labels={labels} />}
              <JourneyGrid
                journey={valid}
                labels={labelsProp}
                channelIcons={channelIcons}
                selectedCardId={selectedCardId}
                defaultSelectedCardId={defaultSelectedCardId}
                onSelectCard={onSelectCard}
                personas={personaFilter}
                lanes={lanes}
                channels={channels}
                layout={layout}
                stackBelow={stackBelow}
                dir={dir}
                renderCard={renderCard}
                renderLane={renderLane}
                onError={reportError}
              />
            </ThemeScope.Provider>
          </MapErrorBoundary>
        )}
      </div>
    );
  }),
  'JourneyMap',
);

function MapHeader({ journey, labels }: { journey: Journey; labels: JourneyLabels }) {
  const meta = journey.meta;
  return (
    <header className="jm-JourneyMap-header">
      <div className="jm-JourneyMap-titleRow">
        <h2 className="jm-JourneyMap-title">{journey.title}</h2>
        {journey.kind && (
          <span className="jm-JourneyMap-kind" data-kind={journey.kind}>
            {labels.journeyKinds[journey.kind]}
          </span>
        )}
      </div>
      {journey.description && <p className="jm-JourneyMap-description">{journey.description}</p>}
      {meta && (meta.owner || meta.updatedAt || meta.validatedAt) && (
        <p className="jm-JourneyMap-meta">
          {meta.owner && <span>{meta.owner}</span>}
          {meta.updatedAt && (
            <span>
              {labels.updated} <time dateTime={meta.updatedAt}>{meta.updatedAt}</time>
            </span>
          )}
          {meta.validatedAt && (
            <span>
              {labels.validatedOn} <time dateTime={meta.validatedAt}>{meta.validatedAt}</time>
            </span>
          )}
        </p>
      )}
    </header>
  );
}

function Legend({ journey, labels }: { journey: Journey; labels: JourneyLabels }) {
  const kinds = [...new Set(journey.cards.map((c) => c.kind))];
  const hasMoment = journey.cards.some((c) => c.momentOfTruth);
  const cites = journey.cards.some((c) => (c.evidence?.length ?? 0) > 0);
  return (
    <ul className="jm-Legend" aria-label={labels.legend}>
      {kinds.map((kind) => (
        <li key={kind} className="jm-Legend-item" data-kind={kind}>
          <span className="jm-Legend-swatch" aria-hidden="true" />
          {labels.cardKinds[kind]}
        </li>
      ))}
      {hasMoment && (
        <li className="jm-Legend-item" data-badge="moment-of-truth">
          <Mark name="star" /> {labels.momentOfTruth}
        </li>
      )}
      {cites && (
        <>
          <li className="jm-Legend-item" data-badge="validated">
            <Mark name="check" /> {labels.validated}
          </li>
          <li className="jm-Legend-item" data-badge="assumption">
            <Mark name="question" /> {labels.assumption}
          </li>
        </>
      )}
    </ul>
  );
}
