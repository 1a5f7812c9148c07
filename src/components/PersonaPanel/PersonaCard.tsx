import type { ReactNode } from 'react';
import type { Persona, PersonaGoal } from '../../model/types';
import { channelIcon, type ChannelIconMap } from '../icons';
import { channelName, type JourneyLabels } from '../labels';
import { Avatar, personaColorStyle } from './Avatar';

/** The heading level of a persona's name. */
export type Level = 2 | 3 | 4;
type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5';

const headingTag = (level: Level): HeadingTag => `h${level}`;
const subheadingTag = (level: Level): HeadingTag => `h${(level + 1) as 3 | 4 | 5}`;

/**
 * "a · b · c", with the dots hidden from screen readers. The spaces stay outside the
 * hidden dots, so that the words are still read apart ("Designer 32 years", never "Designer32 years").
 */
function dotted(parts: readonly string[]): ReactNode[] {
  return parts.flatMap((part, i) =>
    i === 0
      ? [part]
      : [
          ' ',
          <span key={`sep${i}`} className="jm-PersonaPanel-separator" aria-hidden="true">
            ·
          </span>,
          ` ${part}`,
        ],
  );
}

/** Whether a value is text worth showing. */
const nonEmpty = (value: string | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** What {@link PersonaCard} draws, and how. */
interface CardProps {
  persona: Persona;
  color: string;
  variant: 'full' | 'compact' | 'strip';
  labels: JourneyLabels;
  level: Level;
  locale: string | undefined;
  channelIcons: ChannelIconMap | undefined;
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

/** One persona: the full card, the compact one for a sidebar or the all-personas grid, or the one-row strip atop a map. */
export function PersonaCard({ persona, color, variant, labels, level, locale, channelIcons, idPrefix }: CardProps) {
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

  if (variant !== 'full') {
    const topGoal = variant === 'compact' && persona.goals?.find((goal) => nonEmpty(goal.text));
    return (
      <div className="jm-PersonaPanel-card" data-variant={variant} data-persona={persona.id} style={personaColorStyle(color)}>
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
    <div className="jm-PersonaPanel-card" data-variant="full" data-persona={persona.id} style={personaColorStyle(color)}>
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
                    {channelIcon(channel, channelIcons)}
                  </span>
                  {channelName(channel, labels)}
                </li>
              ))}
            </ListSection>
          )}
        </div>
      )}
    </div>
  );
}
