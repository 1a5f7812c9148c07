import { clsx } from 'clsx';
import { forwardRef, useId, useMemo, useState, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react';
import { personaColor } from '../../layout/persona';
import type { Journey, Persona, PersonaGoal } from '../../model/types';
import { safeUrl } from '../../model/url';
import { journeyProblems } from '../problems';
import { resolveThemeProp, type JourneyThemeProp } from '../../theme/theme';
import { useOptionalJourneyContext } from '../context';
import { ChannelIcon } from '../icons';
import { defaultLabels, resolveLabels, type JourneyLabels, type JourneyLabelsOverrides } from '../labels';
import { named } from '../refs';

/** The props `PersonaPanel` adds to those of a `<section>`. */
interface PersonaPanelOwnProps {
  /** The journey whose personas are shown, any value (such as a `.json` file's); required. An invalid journey shows a small notice instead. */
  journey: unknown;
  /** The persona shown while none is chosen in the switcher; default: the active persona, else the first. */
  personaId?: string;
  /** `full` shows every field, `compact` is a small card for a sidebar; default `'full'`. */
  variant?: 'full' | 'compact';
  /** The active persona, controlled; `null` means "all personas"; default: uncontrolled. */
  activePersonaId?: string | null;
  /** The active persona when uncontrolled; `null` means "all personas"; default: `personaId`, else the first persona. */
  defaultActivePersonaId?: string | null;
  /** Called with the chosen persona id, or `null` for "all personas"; default: none. */
  onActivePersonaChange?: (id: string | null) => void;
  /** Whether to show the persona switcher; default: `true` when the journey has more than one persona. */
  showSwitcher?: boolean;
  /** Overrides of the built-in strings; default: the enclosing map's labels, else English. */
  labels?: JourneyLabelsOverrides;
  /** `'light'`, `'dark'` or theme overrides, applied only when `standalone`; default `'light'`. */
  theme?: JourneyThemeProp;
  /** Spacing density, applied only when `standalone`; default `'comfortable'`. */
  density?: 'comfortable' | 'compact';
  /** Whether the panel is its own `.jm-root` (theme, density, direction); default: `true`, or `false` inside a `JourneyMap`/`JourneyGrid`. */
  standalone?: boolean;
  /** Icons that replace the built-in channel icons, by channel id; default: the enclosing map's, else the built-in ones. */
  channelIcons?: Record<string, ReactNode>;
  /** The heading level of the persona's name; its section headings are one level below; default `3`. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * Props of {@link PersonaPanel}: its own props plus any attribute of a `<section>`,
 * which lands on the root element.
 */
export interface PersonaPanelProps extends PersonaPanelOwnProps, Omit<ComponentPropsWithoutRef<'section'>, keyof PersonaPanelOwnProps> {}

type Level = 2 | 3 | 4;
type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5';

const headingTag = (level: Level): HeadingTag => `h${level}`;
const subheadingTag = (level: Level): HeadingTag => `h${(level + 1) as 3 | 4 | 5}`;

const colorStyle = (color: string) => ({ '--jm-PersonaPanel-color': color }) as CSSProperties;

const has = (record: object | undefined, key: string): boolean => record !== undefined && Object.hasOwn(record, key);

const LETTER = /[\p{L}\p{N}]\p{M}*/u;

/**
 * The initials shown when a persona has no photo: its own `initials`, or the first
 * letter of each of the first two words of its name. Works by code point, not by
 * UTF-16 unit, so "王芳" gives "王", "Ольга Никифорова" gives "ОН", and a letter
 * outside the Basic Multilingual Plane is never cut in half.
 */
export function personaInitials(persona: Pick<Persona, 'name' | 'initials'>, locale?: string): string {
  const given = persona.initials?.trim();
  if (given) return given;
  const letters: string[] = [];
  for (const word of persona.name.normalize('NFC').split(/\s+/u)) {
    const letter = LETTER.exec(word)?.[0];
    if (letter !== undefined) letters.push(letter);
    if (letters.length === 2) break;
  }
  const initials = letters.join('');
  try {
    return initials.toLocaleUpperCase(locale);
  } catch {
    // An invalid locale tag throws a RangeError; the initials still deserve to show.
    return initials.toUpperCase();
  }
}

/** "a · b · c", with the separators hidden from screen readers. */
function dotted(parts: readonly string[]): ReactNode[] {
  return parts.flatMap((part, i) =>
    i === 0
      ? [part]
      : [
          <span key={`sep${i}`} className="jm-PersonaPanel-separator" aria-hidden="true">
            {' · '}
          </span>,
          part,
        ],
  );
}

const nonEmpty = (value: string | undefined): value is string => typeof value === 'string' && value.trim() !== '';

function Avatar({ persona, locale, small }: { persona: Persona; locale: string | undefined; small?: boolean }) {
  const src = safeUrl(persona.photo);
  // Remember which address failed, so that a new photo gets its own chance to load.
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const photo = src !== undefined && failed !== src;
  return (
    <span
      className="jm-PersonaPanel-avatar"
      data-kind={photo ? 'photo' : 'initials'}
      data-size={small ? 'small' : undefined}
      // The name is always next to the avatar, so the avatar itself is decorative.
      aria-hidden={photo ? undefined : true}
    >
      {photo ? <img src={src} alt="" onError={() => setFailed(src)} /> : personaInitials(persona, locale)}
    </span>
  );
}

interface CardProps {
  persona: Persona;
  color: string;
  variant: 'full' | 'compact';
  labels: JourneyLabels;
  level: Level;
  locale: string | undefined;
  channelIcons: Record<string, ReactNode> | undefined;
  idPrefix: string;
}

function goalTag(goal: PersonaGoal, labels: JourneyLabels): string | undefined {
  if (goal.kind === 'career') return labels.careerGoal;
  if (goal.kind === 'personal') return labels.personalGoal;
  return undefined;
}

function ListSection({
  id,
  kind,
  title,
  heading: Heading,
  bullets,
  children,
}: {
  id: string;
  kind: string;
  title: string;
  heading: HeadingTag;
  bullets: boolean;
  children: ReactNode;
}) {
  return (
    <div className="jm-PersonaPanel-section" data-section={kind}>
      <Heading id={id} className="jm-PersonaPanel-sectionTitle">
        {title}
      </Heading>
      {/* role="list" keeps list semantics in Safari when bullets are removed by CSS. */}
      <ul className="jm-PersonaPanel-list" data-section={kind} role={bullets ? undefined : 'list'} aria-labelledby={id}>
        {children}
      </ul>
    </div>
  );
}

function PersonaCard({ persona, color, variant, labels, level, locale, channelIcons, idPrefix }: CardProps) {
  const Heading = headingTag(level);
  const sub = subheadingTag(level);
  const age = typeof persona.age === 'number' ? labels.age(persona.age) : undefined;
  const quote = nonEmpty(persona.quote) ? (
    <blockquote className="jm-PersonaPanel-quote">
      <p>{persona.quote}</p>
    </blockquote>
  ) : null;
  const header = (meta: string[]) => (
    <div className="jm-PersonaPanel-header">
      <Avatar persona={persona} locale={locale} />
      <div className="jm-PersonaPanel-identity">
        <Heading className="jm-PersonaPanel-name">{persona.name}</Heading>
        {meta.length > 0 && <p className="jm-PersonaPanel-meta">{dotted(meta)}</p>}
      </div>
    </div>
  );

  if (variant === 'compact') {
    const topGoal = persona.goals?.find((goal) => nonEmpty(goal.text));
    return (
      <div className="jm-PersonaPanel-card" data-variant="compact" data-persona={persona.id} style={colorStyle(color)}>
        {header([persona.role, age].filter(nonEmpty))}
        {quote}
        {topGoal && (
          <p className="jm-PersonaPanel-topGoal">
            <span className="jm-PersonaPanel-topGoalLabel">{goalTag(topGoal, labels) ?? labels.goal}</span>
            <span className="jm-visually-hidden">: </span>
            <span className="jm-PersonaPanel-topGoalText">{topGoal.text}</span>
          </p>
        )}
      </div>
    );
  }

  const goals = persona.goals ?? [];
  const lists = (
    [
      ['needs', labels.needs, persona.needs ?? []],
      ['frustrations', labels.frustrations, persona.frustrations ?? []],
      ['behaviours', labels.behaviours, persona.behaviours ?? []],
    ] as const
  ).filter(([, , items]) => items.length > 0);
  const channels = persona.channels ?? [];

  return (
    <div className="jm-PersonaPanel-card" data-variant="full" data-persona={persona.id} style={colorStyle(color)}>
      {header([persona.role, age, persona.location].filter(nonEmpty))}
      {nonEmpty(persona.situation) && <p className="jm-PersonaPanel-situation">{persona.situation}</p>}
      {quote}
      {nonEmpty(persona.description) && <p className="jm-PersonaPanel-description">{persona.description}</p>}
      {(goals.length > 0 || lists.length > 0 || channels.length > 0) && (
        <div className="jm-PersonaPanel-sections">
          {goals.length > 0 && (
            <ListSection id={`${idPrefix}-goals`} kind="goals" title={labels.goals} heading={sub} bullets={false}>
              {goals.map((goal, i) => {
                const tag = goalTag(goal, labels);
                return (
                  <li key={i} className="jm-PersonaPanel-goal" data-kind={goal.kind}>
                    {tag !== undefined && (
                      <>
                        <span className="jm-PersonaPanel-goalTag" data-kind={goal.kind}>
                          {tag}
                        </span>
                        <span className="jm-visually-hidden">: </span>
                      </>
                    )}
                    <span className="jm-PersonaPanel-goalText">{goal.text}</span>
                  </li>
                );
              })}
            </ListSection>
          )}
          {lists.map(([kind, title, items]) => (
            <ListSection key={kind} id={`${idPrefix}-${kind}`} kind={kind} title={title} heading={sub} bullets>
              {items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ListSection>
          ))}
          {channels.length > 0 && (
            <ListSection id={`${idPrefix}-channels`} kind="channels" title={labels.channelsUsed} heading={sub} bullets={false}>
              {channels.map((channel, i) => (
                <li key={i} className="jm-PersonaPanel-channel" data-channel={channel}>
                  <span className="jm-PersonaPanel-channelIcon" aria-hidden="true">
                    {has(channelIcons, channel) ? channelIcons![channel] : <ChannelIcon channel={channel} />}
                  </span>
                  {has(labels.channels, channel) ? labels.channels[channel] : channel}
                </li>
              ))}
            </ListSection>
          )}
        </div>
      )}
    </div>
  );
}

function Switcher({
  journey,
  value,
  onChange,
  labels,
  name,
}: {
  journey: Journey;
  value: string | null | undefined;
  onChange: (id: string | null) => void;
  labels: JourneyLabels;
  name: string;
}) {
  const option = (id: string | null, content: ReactNode, style?: CSSProperties) => {
    const checked = value === id;
    return (
      <label
        key={id ?? ''}
        className="jm-PersonaPanel-option"
        data-state={checked ? 'checked' : 'unchecked'}
        data-value={id ?? undefined}
        style={style}
      >
        <input
          type="radio"
          className="jm-PersonaPanel-optionInput jm-visually-hidden"
          name={name}
          value={id ?? ''}
          checked={checked}
          onChange={() => onChange(id)}
        />
        <span className="jm-PersonaPanel-optionBody">{content}</span>
      </label>
    );
  };
  return (
    <div className="jm-PersonaPanel-switcher" role="radiogroup" aria-label={labels.personaSwitcher}>
      {option(
        null,
        <>
          <span className="jm-PersonaPanel-optionIcon" aria-hidden="true">
            <ChannelIcon channel="in-person" />
          </span>
          <span className="jm-PersonaPanel-optionLabel">{labels.allPersonas}</span>
        </>,
      )}
      {journey.personas.map((persona) =>
        option(
          persona.id,
          <>
            <Avatar persona={persona} locale={journey.locale} small />
            <span className="jm-PersonaPanel-optionLabel">{persona.name}</span>
          </>,
          colorStyle(personaColor(journey, persona.id)),
        ),
      )}
    </div>
  );
}

/**
 * A persona card: photo or initials, name, role, age, situation, quote, goals,
 * needs, frustrations, behaviours and channels — or, with `variant="compact"`, a
 * small card for a sidebar.
 *
 * When the journey has several personas, a switcher above the card chooses whom to
 * show. Choosing "All personas" (`null`) shows every persona side by side as compact
 * cards in a wrapping grid, whatever the `variant`, so that personas can be compared
 * at a glance; choosing one persona shows it in the chosen `variant`. The active
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
      labels: labelOverrides,
      theme,
      density = 'comfortable',
      standalone: standaloneProp,
      channelIcons: channelIconsProp,
      headingLevel = 3,
      className,
      style,
      ...rest
    },
    ref,
  ) {
    // Read as a Journey only where `valid` says it is one.
    const journey = journeyProp as Journey;
    const context = useOptionalJourneyContext();
    const contextLabels = context?.labels;
    const labels = useMemo(
      () => (labelOverrides !== undefined ? resolveLabels(labelOverrides) : (contextLabels ?? defaultLabels)),
      [labelOverrides, contextLabels],
    );
    const channelIcons = channelIconsProp ?? context?.channelIcons ?? undefined;
    const standalone = standaloneProp ?? context === null;
    const themed = useMemo(() => resolveThemeProp(theme), [theme]);
    const valid = useMemo(() => journeyProblems(journey).length === 0, [journey]);
    const idPrefix = useId();

    const [uncontrolled, setUncontrolled] = useState<string | null | undefined>(defaultActivePersonaId);
    const controlled = activePersonaId !== undefined;
    const active = controlled ? activePersonaId : uncontrolled;
    const select = (id: string | null) => {
      if (!controlled) setUncontrolled(id);
      onActivePersonaChange?.(id);
    };

    const variant = variantProp === 'compact' ? 'compact' : 'full';
    const level: Level = headingLevel === 2 || headingLevel === 4 ? headingLevel : 3;
    const personas = valid ? journey.personas : [];
    const several = personas.length > 1;
    const all = several && active === null;
    const shownId = all ? undefined : (active ?? personaId ?? personas[0]?.id);
    const shown = shownId === undefined ? undefined : personas.find((persona) => persona.id === shownId);
    const locale = valid ? journey.locale : undefined;

    let body: ReactNode;
    if (all) {
      body = (
        <ul className="jm-PersonaPanel-grid" role="list">
          {personas.map((persona, i) => (
            <li key={persona.id} className="jm-PersonaPanel-gridItem">
              <PersonaCard
                persona={persona}
                color={personaColor(journey, persona.id)}
                variant="compact"
                labels={labels}
                level={level}
                locale={locale}
                channelIcons={channelIcons}
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
          labels={labels}
          level={level}
          locale={locale}
          channelIcons={channelIcons}
          idPrefix={idPrefix}
        />
      );
    } else {
      body = (
        <div role="alert" className="jm-PartError">
          {labels.partError}
        </div>
      );
    }

    return (
      <section
        ref={ref}
        className={clsx(standalone && 'jm-root', 'jm-PersonaPanel', className)}
        data-variant={variant}
        data-view={all ? 'all' : 'single'}
        data-theme={standalone ? themed.name : undefined}
        data-density={standalone ? density : undefined}
        dir={standalone && valid ? journey.dir : undefined}
        lang={standalone && valid ? journey.locale : undefined}
        aria-label={all ? labels.allPersonas : shown?.name}
        style={standalone ? { ...themed.style, ...style } : style}
        {...rest}
      >
        {valid && several && (showSwitcher ?? true) && (
          <Switcher journey={journey} value={all ? null : shownId} onChange={select} labels={labels} name={`${idPrefix}-persona`} />
        )}
        {body}
      </section>
    );
  }),
  'PersonaPanel',
);
