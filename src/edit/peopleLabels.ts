import { defaultPeerLabels, type PeerLabels } from '../layout/peers';
import type { PersonaField, PersonaRemoval } from '../layout/personaForm';

/** The strings of the persona editor (part of `EditorLabels`). */
export interface PersonaEditLabels {
  /** Name of the group of persona buttons in the persona panel. */
  personaControls: string;
  /** Name of the button beside a persona that opens its form. */
  editPersona: (name: string) => string;
  /** Name of the button that adds a persona. */
  addPersona: string;
  /** Name of the button beside a persona that removes it. */
  removePersona: (name: string) => string;
  /** Title of the form that edits a persona. */
  editPersonaTitle: (name: string) => string;
  /** Title of the form that adds a persona. */
  addPersonaTitle: string;
  /** The persona form's fields. */
  personaFields: Record<PersonaField, string>;
  /** The hint under a list field. */
  onePerLine: string;
  /** The persona form's save button. */
  savePersona: string;
  /** Shown under the age field when it is not a whole number of years. */
  badAge: string;
  /** Shown under the colour field when it is not a colour the page can draw. */
  badColor: string;
  /** Shown under the photo field when its address is not allowed. */
  badPhoto: string;
  /** Title of the dialog that removes a persona. */
  removePersonaTitle: (name: string) => string;
  /** What removing a persona does, said in its dialog. */
  removePersonaEffects: (removal: PersonaRemoval) => string;
  /** The remove-persona dialog's button. */
  confirmRemovePersona: string;
  /** Announced when a persona is saved, with the names of the fields changed. */
  personaSaved: (args: { name: string; fields: readonly string[] }) => string;
  /** Announced when a persona is added. */
  personaAdded: (name: string) => string;
  /** Announced when a persona is removed, with what happened to what named it. */
  personaRemoved: (removal: PersonaRemoval) => string;
}

/** The strings of the persona editor and of other people on the map (part of `EditorLabels`). */
export interface PeopleLabels extends PersonaEditLabels, PeerLabels {}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The built-in English strings of the persona editor and of peers. */
export const defaultPeopleLabels: PeopleLabels = {
  personaControls: 'Edit personas',
  editPersona: (name) => `Edit persona ${name}`,
  addPersona: 'Add a persona',
  removePersona: (name) => `Remove persona ${name}`,
  editPersonaTitle: (name) => `Persona “${name}”`,
  addPersonaTitle: 'Add a persona',
  personaFields: {
    name: 'Name',
    initials: 'Initials',
    role: 'Role',
    situation: 'Situation',
    location: 'Location',
    age: 'Age',
    quote: 'Quote',
    description: 'Description',
    color: 'Colour (CSS)',
    photo: 'Photo URL',
    goals: 'Goals',
    needs: 'Needs',
    frustrations: 'Frustrations',
    behaviours: 'Behaviours',
    channels: 'Channels',
  },
  onePerLine: 'Goals, needs, frustrations, behaviours and channels: one a line.',
  savePersona: 'Save',
  badAge: 'The age is a whole number of years.',
  badColor: 'Not a CSS colour: try “#1f6feb” or “rgb(31 111 235)”.',
  badPhoto: 'Not an address a photo can have: use an http(s) address or a relative path.',
  removePersonaTitle: (name) => `Remove persona “${name}”`,
  removePersonaEffects: ({ cards, lanes, points }) =>
    [
      points ? `Its ${count(points, 'score', 'scores')} on the emotion curve go with it.` : 'It has no scores on the emotion curve.',
      cards || lanes
        ? `${[cards && count(cards, 'card', 'cards'), lanes && count(lanes, 'lane', 'lanes')].filter(Boolean).join(' and ')} that name it stay, naming no persona.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  confirmRemovePersona: 'Remove persona',
  personaSaved: ({ name, fields }) => `Persona “${name}” updated: ${fields.join(', ')}`,
  personaAdded: (name) => `Persona “${name}” added`,
  personaRemoved: ({ name, cards, lanes, points }) =>
    `Persona “${name}” removed${points ? ` with ${count(points, 'score', 'scores')}` : ''}${
      cards || lanes
        ? `; ${[cards && count(cards, 'card', 'cards'), lanes && count(lanes, 'lane', 'lanes')].filter(Boolean).join(' and ')} no longer name it`
        : ''
    }`,
  ...defaultPeerLabels,
};
