import { clsx } from 'clsx';
import { forwardRef, useEffect, useId, useMemo, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { personaColor } from '../../layout/persona';
import type { Journey } from '../../model/types';
import type { JourneyThemeProp } from '../../theme/theme';
import { journeyProblems } from '../problems';
import type { ChannelIconMap } from '../icons';
import type { JourneyLabelsOverrides } from '../labels';
import { themeRootProps, useLocalConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { useControllableState } from '../useControllableState';
import { named } from '../refs';
import { PersonaCard, type Level } from './PersonaCard';
import { Switcher } from './Switcher';

/** How many persona panels have mounted on this page. */
let panels = 0;

/** The props `PersonaPanel` adds to those of a `<section>`. */
interface PersonaPanelOwnProps {
  /** The journey whose personas are shown, any value (such as a `.json` file's); required. An invalid journey shows a small notice instead. */
  journey: unknown;
  /** The persona shown while none is chosen in the switcher; default: the active persona, else the first. */
  personaId?: string;
  /** `full` shows every field, `compact` is a small card for a sidebar, `strip` one row of name, role and quote (with "All personas" chosen, the switcher alone); default `'full'`. */
  variant?: 'full' | 'compact' | 'strip';
  /** The active persona, controlled; `null` means "all personas"; default: uncontrolled. */
  activePersonaId?: string | null;
  /** The active persona when uncontrolled; `null` means "all personas"; default: `personaId`, else the first persona. */
  defaultActivePersonaId?: string | null;
  /** Called with the chosen persona id, or `null` for "all personas"; default: none. */
  onActivePersonaChange?: (id: string | null) => void;
  /** Whether to show the persona switcher; default: `true` when the journey has more than one persona. */
  showSwitcher?: boolean;
  /** Overrides of the built-in strings, merged onto those of the enclosing map or `JourneyConfigProvider`; default: theirs, else English. */
  labels?: JourneyLabelsOverrides;
  /** `'light'`, `'dark'` or theme overrides, applied only when `standalone`; default: a `JourneyConfigProvider`'s, else `'light'`. */
  theme?: JourneyThemeProp;
  /** Spacing density, applied only when `standalone`; default: a `JourneyConfigProvider`'s, else `'comfortable'`. */
  density?: 'comfortable' | 'compact';
  /** Whether the panel is its own `.jm-root` (theme, density, direction); default: `true`, or `false` inside a `JourneyMap`/`JourneyGrid`. */
  standalone?: boolean;
  /** Icons that replace the built-in channel icons, by channel id; default: the enclosing map's or `JourneyConfigProvider`'s, else the built-in ones. */
  channelIcons?: ChannelIconMap;
  /** The heading level of the persona's name; its section headings are one level below; default `3`. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * Props of {@link PersonaPanel}: its own props plus any attribute of a `<section>`,
 * which lands on the root element.
 */
export interface PersonaPanelProps extends PersonaPanelOwnProps, Omit<ComponentPropsWithoutRef<'section'>, keyof PersonaPanelOwnProps> {}

/**
 * A persona card: photo or initials, name, role, age, situation, quote, goals,
 * needs, frustrations, behaviours and channels — or, with `variant="compact"`, a
 * small card for a sidebar.
 *
 * When the journey has several personas, a switcher above the card chooses whom to
 * show. Choosing "All personas" (`null`) shows every persona side by side as compact
 * cards in a wrapping grid, so that personas can be compared at a glance (with
 * `variant="strip"`, the switcher alone); choosing one persona shows it in the chosen `variant`. The active
 * persona is controlled with `activePersonaId` + `onActivePersonaChange`, or left to
 * the panel with `defaultActivePersonaId`.
 *
 * Invalid data never throws: a journey that fails `validateJourney`, or a persona id
 * the journey does not have, shows a short notice (`role="alert"`).
 */
export const PersonaPanel = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, PersonaPanelProps>(function PersonaPanel(
    {
      journey: journeyProp,
      personaId,
      variant: variantProp = 'full',
      activePersonaId,
      defaultActivePersonaId,
      onActivePersonaChange,
      showSwitcher,
      labels,
      theme,
      density,
      standalone: standaloneProp,
      channelIcons,
      headingLevel = 3,
      className,
      style,
      ...rest
    },
    ref,
  ) {
    // Read as a Journey only where `valid` says it is one.
    const journey = journeyProp as Journey;
    const valid = useMemo(() => journeyProblems(journey).length === 0, [journey]);
    const config = useLocalConfig({ theme, density, labels, channelIcons }, { locale: valid ? journey.locale : undefined });
    // Inside a map or grid (or any part that declares the theme) the panel is one of its parts.
    const standalone = standaloneProp ?? !config.themed;
    const idPrefix = useId();
    // Radio buttons group by name across the whole document. Separate React roots give the
    // same useId values unless each has its own identifierPrefix, so once mounted every
    // panel's switcher takes a name no other panel on the page has.
    const [instance, setInstance] = useState('');
    useEffect(() => setInstance(`-${++panels}`), []);
    const [active, select] = useControllableState<string | null | undefined>({
      prop: activePersonaId,
      defaultProp: defaultActivePersonaId,
      onChange: (id) => onActivePersonaChange?.(id ?? null),
    });

    const variant = variantProp === 'compact' || variantProp === 'strip' ? variantProp : 'full';
    const level: Level = headingLevel === 2 || headingLevel === 4 ? headingLevel : 3;
    const personas = valid ? journey.personas : [];
    const several = personas.length > 1;
    const all = several && active === null;
    const shownId = all ? undefined : (active ?? personaId ?? personas[0]?.id);
    const shown = shownId === undefined ? undefined : personas.find((persona) => persona.id === shownId);
    const locale = valid ? journey.locale : undefined;

    let body: ReactNode;
    if (all) {
      // The switcher already names every persona: a strip adds nothing to it.
      body = variant !== 'strip' && (
        <ul className="jm-PersonaPanel-grid" role="list">
          {personas.map((persona, i) => (
            <li key={persona.id} className="jm-PersonaPanel-gridItem">
              <PersonaCard
                persona={persona}
                color={personaColor(journey, persona.id)}
                variant="compact"
                labels={config.labels}
                level={level}
                locale={locale}
                channelIcons={config.channelIcons}
                idPrefix={`${idPrefix}-${i}`}
              />
            </li>
          ))}
        </ul>
      );
    } else if (shown) {
      body = (
        <PersonaCard
          persona={shown}
          color={personaColor(journey, shown.id)}
          variant={variant}
          labels={config.labels}
          level={level}
          locale={locale}
          channelIcons={config.channelIcons}
          idPrefix={idPrefix}
        />
      );
    } else {
      body = (
        <div role="alert" className="jm-PartError">
          {config.labels.partError}
        </div>
      );
    }

    return (
      <section
        ref={ref}
        className={clsx(standalone && 'jm-root', 'jm-PersonaPanel', className)}
        data-variant={variant}
        data-view={all ? 'all' : 'single'}
        {...themeRootProps({ ...config, themed: !standalone }, style)}
        dir={standalone ? (config.dir ?? (valid ? journey.dir : undefined)) : undefined}
        lang={standalone && valid ? journey.locale : undefined}
        aria-label={all ? config.labels.allPersonas : shown?.name}
        {...rest}
      >
        {valid && several && (showSwitcher ?? true) && (
          <Switcher
            journey={journey}
            value={all ? null : shownId}
            onChange={select}
            labels={config.labels}
            name={`${idPrefix}-persona${instance}`}
          />
        )}
        {body}
      </section>
    );
  }),
  'PersonaPanel',
);
