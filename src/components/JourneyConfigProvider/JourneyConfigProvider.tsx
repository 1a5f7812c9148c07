import { createContext, useContext, useMemo, type CSSProperties, type ReactNode } from 'react';
import { resolveThemeProp, type JourneyThemeProp } from '../../theme/theme';
import type { ChannelIconMap } from '../icons';
import { defaultLabels, resolveLabels, type JourneyLabels, type JourneyLabelsOverrides } from '../labels';
import { useControllableState } from '../useControllableState';
import { useLocaleLabels } from '../useLocaleLabels';

/** What every part of a map reads: theme, density, labels, channel icons and direction. */
export interface JourneyConfig {
  /** `'light'`, `'dark'`, or theme overrides; declared by the outermost part (map, grid, panel or card). */
  theme?: JourneyThemeProp;
  /** Spacing density. */
  density?: 'comfortable' | 'compact';
  /** Strings to override; merged key by key onto those of any provider around this one. */
  labels?: JourneyLabelsOverrides;
  /** Icons that replace the built-in channel icons, by channel id. */
  channelIcons?: ChannelIconMap;
  /** Text direction. */
  dir?: 'ltr' | 'rtl';
  /** Today, to judge the age of evidence and validation (a `Date` or an ISO 8601 date): fixed for tests and server rendering. Default: the current date. */
  now?: Date | string;
  /** Days a validation or a source stays current. Default: the journey's `meta.reviewPeriodDays`; with neither, sources age out after 365 days and nothing else is judged stale. */
  reviewPeriodDays?: number;
}

/** The configuration as the parts read it: labels resolved, and whether the theme is already declared around them. */
export interface ResolvedJourneyConfig extends Omit<JourneyConfig, 'labels' | 'now'> {
  /** Today as an ISO 8601 string, when a part around fixed it. */
  now?: string;
  /** Every label, overrides applied. */
  labels: JourneyLabels;
  /** Whether an element around the part (a map's or grid's root) already declares the theme variables. */
  themed: boolean;
  /** The label overrides given by the providers and parts around, merged; the labels are these on top of the language's set. */
  overrides?: JourneyLabelsOverrides;
  /** The journey's language (a BCP 47 tag), once a part has applied it: it picks the label set and formats numbers and dates. */
  locale?: string;
  /** The selection a provider shares between the parts inside it (a map and a view beside it), when it shares one. */
  selection?: SharedSelection;
}

/** A selected card shared by the parts under one provider. */
export interface SharedSelection {
  /** The selected card's id, or `null`. */
  id: string | null;
  /** Selects a card (or nothing, with `null`) in every part that shares the selection. */
  select: (id: string | null) => void;
}

const NO_CONFIG: ResolvedJourneyConfig = { labels: defaultLabels, themed: false };

const ConfigContext = /* @__PURE__ */ createContext<ResolvedJourneyConfig>(NO_CONFIG);

/** The configuration around a part: the nearest provider's, or the defaults. */
export function useJourneyConfig(): ResolvedJourneyConfig {
  return useContext(ConfigContext);
}

/**
 * The configuration around a part with the part's own props on top: a prop given
 * locally wins over the provider's value (labels are merged key by key), and
 * `fallback` fills what neither gives. `fallback.locale`, the journey's language, picks
 * the shipped label set under every override (loaded on demand; English meanwhile). `themed` stays that of the surroundings:
 * whether the part itself must declare the theme.
 */
export function useLocalConfig(
  { theme, density, labels, channelIcons, dir, now, reviewPeriodDays }: JourneyConfig,
  fallback: Pick<JourneyConfig, 'dir' | 'reviewPeriodDays'> & { locale?: unknown } = {},
): ResolvedJourneyConfig {
  const outer = useJourneyConfig();
  // The journey's language applies unless a part around this one has applied one already.
  const locale = outer.locale ?? (typeof fallback.locale === 'string' && fallback.locale ? fallback.locale : undefined);
  const languageSet = useLocaleLabels(outer.locale ? undefined : locale);
  const overrides = useMemo(
    () =>
      labels && outer.overrides
        ? (resolveLabels(labels, outer.overrides as JourneyLabels) as JourneyLabelsOverrides)
        : (labels ?? outer.overrides),
    [labels, outer.overrides],
  );
  const resolvedLabels = useMemo(
    () => (outer.locale ? resolveLabels(labels, outer.labels) : resolveLabels(overrides, languageSet ?? defaultLabels)),
    [labels, outer.locale, outer.labels, overrides, languageSet],
  );
  // A Date made afresh on each render must not change the configuration: compare its text.
  const today = now instanceof Date ? now.toISOString() : now;
  return useMemo(
    () => ({
      now: today ?? outer.now,
      reviewPeriodDays: reviewPeriodDays ?? outer.reviewPeriodDays ?? fallback.reviewPeriodDays,
      theme: theme ?? outer.theme,
      density: density ?? outer.density,
      labels: resolvedLabels,
      channelIcons: channelIcons ?? outer.channelIcons,
      dir: dir ?? outer.dir ?? fallback.dir,
      themed: outer.themed,
      overrides,
      locale,
      selection: outer.selection,
    }),
    [
      today,
      reviewPeriodDays,
      fallback.reviewPeriodDays,
      theme,
      density,
      resolvedLabels,
      channelIcons,
      dir,
      outer,
      fallback.dir,
      overrides,
      locale,
    ],
  );
}

/**
 * Hands a part's resolved configuration to the parts inside it. A part that declares the
 * theme on its root passes `themed`, so that the parts inside do not declare it again.
 */
export function ConfigScope({ config, themed, children }: { config: ResolvedJourneyConfig; themed: boolean; children?: ReactNode }) {
  const value = useMemo(() => (config.themed === themed ? config : { ...config, themed }), [config, themed]);
  return <ConfigContext.Provider value={value}>{children}</ConfigContext.Provider>;
}

/**
 * The attributes of a part's root that declare the theme — `data-theme`, `data-density`
 * and the theme's variables before the host's own `style` — or only the host's style when
 * the theme is declared around the part already.
 */
export function themeRootProps(
  config: ResolvedJourneyConfig,
  style: CSSProperties | undefined,
): { 'data-theme'?: 'light' | 'dark'; 'data-density'?: 'comfortable' | 'compact'; style: CSSProperties | undefined } {
  if (config.themed) return { style };
  const { name, style: variables } = resolveThemeProp(config.theme);
  return {
    'data-theme': name,
    'data-density': config.density ?? 'comfortable',
    style: Object.keys(variables).length > 0 ? ({ ...variables, ...style } as CSSProperties) : style,
  };
}

/** Props of {@link JourneyConfigProvider}. */
export interface JourneyConfigProviderProps extends JourneyConfig {
  /** The parts that read this configuration. */
  children?: ReactNode;
  /**
   * The card selected in every part inside (controlled). Giving this, `defaultSelectedCardId`
   * or `onSelectedCardChange` makes the provider share one selection: selecting a card in a
   * map selects it in an `OpportunityMatrix` beside it, and back. A part's own
   * `selectedCardId` still wins.
   */
  selectedCardId?: string | null;
  /** The card selected at first when the host does not control the shared selection. */
  defaultSelectedCardId?: string | null;
  /** Called when a part inside selects a card (or `null`). */
  onSelectedCardChange?: (cardId: string | null) => void;
}

/**
 * Configuration for every part inside it — `theme`, `density`, `labels`,
 * `channelIcons`, `dir`, `now` and `reviewPeriodDays` — so that a page of separate parts (a `PersonaPanel` here,
 * a `JourneyGrid` there, a few `TouchpointCard`s) is configured once. A prop given on a
 * part wins over the provider's value; labels merge key by key, and providers nest the
 * same way. It renders no element: the outermost part declares the theme on its root.
 */
export function JourneyConfigProvider({
  children,
  selectedCardId,
  defaultSelectedCardId,
  onSelectedCardChange,
  ...config
}: JourneyConfigProviderProps) {
  const local = useLocalConfig(config);
  // A theme or density given here applies to the parts inside, so the next part declares it again.
  const themed = local.themed && config.theme === undefined && config.density === undefined;
  const shares = selectedCardId !== undefined || defaultSelectedCardId !== undefined || onSelectedCardChange !== undefined;
  const [id, select] = useControllableState<string | null>({
    prop: selectedCardId,
    defaultProp: defaultSelectedCardId ?? null,
    onChange: onSelectedCardChange,
  });
  const selection = useMemo(() => (shares ? { id, select } : local.selection), [shares, id, select, local.selection]);
  const scoped = useMemo(() => (selection === local.selection ? local : { ...local, selection }), [local, selection]);
  return (
    <ConfigScope config={scoped} themed={themed}>
      {children}
    </ConfigScope>
  );
}
