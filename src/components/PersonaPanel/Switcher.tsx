import type { CSSProperties, ReactNode } from 'react';
import { personaColor } from '../../layout/persona';
import type { Journey } from '../../model/types';
import { ChannelIcon } from '../icons';
import type { JourneyLabels } from '../labels';
import { Avatar, personaColorStyle } from './Avatar';

/** The persona switcher: "All personas" and one option per persona, as radio buttons. */
export function Switcher({
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
          personaColorStyle(personaColor(journey, persona.id)),
        ),
      )}
    </div>
  );
}
