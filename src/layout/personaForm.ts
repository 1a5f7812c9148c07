import { applyJourneyChanges, type JourneyChange } from '../model/changes';
import type { Journey, Persona, PersonaGoal } from '../model/types';
import { JourneyValidationError } from '../model/validate';
import { freshId } from './structureEditing';

/**
 * The persona form, as pure functions: a persona read into text fields, the fields read
 * back into one typed change, the problems that keep it from being saved, and what
 * removing a persona does to the cards, lanes and emotion points that name it.
 */

/** The text fields of a persona that the form edits, in the form's order. */
export const PERSONA_TEXT_FIELDS = [
  'name',
  'initials',
  'role',
  'situation',
  'location',
  'age',
  'quote',
  'description',
  'color',
  'photo',
] as const;
/** The list fields of a persona, one item a line in the form. */
export const PERSONA_LIST_FIELDS = ['goals', 'needs', 'frustrations', 'behaviours', 'channels'] as const;
/** A field of the persona form. */
export type PersonaField = (typeof PERSONA_TEXT_FIELDS)[number] | (typeof PERSONA_LIST_FIELDS)[number];
/** The persona form: every field as the text in its control (lists one item a line). */
export type PersonaForm = Record<PersonaField, string>;
/** What is wrong with the form, by field: the message shown under it. */
export type PersonaFormProblems = Partial<Record<PersonaField, string>>;
/** The form's own messages (the rest come from the journey's validation). */
export interface PersonaFormMessages {
  /** The name is empty. */
  emptyName: string;
  /** The age is not a whole number of years. */
  badAge: string;
  /** The colour is not one the page can draw (said when `isColor` is given and says no). */
  badColor?: string;
  /** The photo URL is not one a journey allows (in the user's language; else the journey's own English message). */
  badPhoto?: string;
  /** Whether the page can draw a colour (e.g. `CSS.supports('color', value)`); the journey's own check is made either way. */
  isColor?: (value: string) => boolean;
}

const FIELDS: readonly PersonaField[] = [...PERSONA_TEXT_FIELDS, ...PERSONA_LIST_FIELDS];
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The form of `persona` (an empty form when left out): fields it leaves out are empty. */
export function personaFormOf(persona?: Persona): PersonaForm {
  const form = Object.fromEntries(FIELDS.map((f) => [f, ''])) as PersonaForm;
  if (!persona) return form;
  for (const f of PERSONA_TEXT_FIELDS) form[f] = persona[f] === undefined ? '' : String(persona[f]);
  form.goals = (persona.goals ?? []).map((g) => g.text).join('\n');
  for (const f of ['needs', 'frustrations', 'behaviours', 'channels'] as const) form[f] = (persona[f] ?? []).join('\n');
  return form;
}

/** The persona's fields the form sets (`undefined`: left out), goals keeping the kind of a goal of the same text. */
function fieldsOf(form: PersonaForm, before?: Persona): Omit<Persona, 'id'> {
  const fields: Record<string, unknown> = {};
  for (const f of PERSONA_TEXT_FIELDS) {
    const text = form[f].trim();
    fields[f] = f === 'age' ? (text ? Number(text) : undefined) : text || undefined;
  }
  const goals = lines(form.goals).map((text): PersonaGoal => {
    const kind = before?.goals?.find((g) => g.text === text)?.kind;
    return kind ? { text, kind } : { text };
  });
  fields.goals = goals.length ? goals : undefined;
  for (const f of ['needs', 'frustrations', 'behaviours', 'channels'] as const) {
    const items = lines(form[f]);
    fields[f] = items.length ? items : undefined;
  }
  return fields as unknown as Omit<Persona, 'id'>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The change that saves `form` on persona `id`: one `persona/update`, or none when nothing changed. */
export function personaFormChanges(journey: Journey, id: string, form: PersonaForm): JourneyChange[] {
  const before = journey.personas.find((p) => p.id === id);
  if (!before) return [];
  const after = fieldsOf(form, before);
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const f of FIELDS) {
    const value = after[f as keyof typeof after];
    if (same(value, before[f as keyof Persona])) continue;
    if (value === undefined) unset.push(f);
    else set[f] = value;
  }
  if (!Object.keys(set).length && !unset.length) return [];
  return [
    {
      type: 'persona/update',
      id,
      ...(Object.keys(set).length && { set: set as Partial<Omit<Persona, 'id'>> }),
      ...(unset.length && { unset: unset as Array<Exclude<keyof Persona, 'id'>> }),
    },
  ];
}

/** The change that adds a persona from `form`, at the end of the list, with a fresh id. */
export function addPersonaChange(journey: Journey, form: PersonaForm): JourneyChange {
  const fields = Object.fromEntries(Object.entries(fieldsOf(form)).filter(([, v]) => v !== undefined));
  return { type: 'persona/add', persona: { id: freshId('persona', journey.personas), ...fields } as Persona };
}

/**
 * What keeps `form` from being saved, by field: an empty name or an age that is no whole
 * number (the form's own checks), else what the journey's validation says of the changes
 * it makes (a colour that is not a CSS colour, a photo URL that is not allowed).
 * `id` is the persona edited; left out, the form adds one. Empty: it can be saved.
 */
export function personaFormProblems(
  journey: Journey,
  id: string | undefined,
  form: PersonaForm,
  messages: PersonaFormMessages,
): PersonaFormProblems {
  const problems: PersonaFormProblems = {};
  if (!form.name.trim()) problems.name = messages.emptyName;
  const age = form.age.trim();
  if (age && !(/^\d{1,3}$/.test(age) && Number(age) > 0)) problems.age = messages.badAge;
  const color = form.color.trim();
  if (color && messages.isColor && messages.badColor && !messages.isColor(color)) problems.color = messages.badColor;
  // The journey checks the rest: fields already found wrong are left out of what it checks.
  const rest = { ...form };
  for (const f of Object.keys(problems) as PersonaField[]) rest[f] = f === 'name' ? '?' : '';
  const changes = id === undefined ? [addPersonaChange(journey, rest)] : personaFormChanges(journey, id, rest);
  try {
    applyJourneyChanges(journey, changes);
  } catch (error) {
    if (!(error instanceof JourneyValidationError)) throw error;
    for (const problem of error.problems) {
      const field = /^personas\[\d+\]\.(\w+)/.exec(problem.path)?.[1] as PersonaField | undefined;
      const at = field && FIELDS.includes(field) ? field : 'name';
      problems[at] ??= at === 'photo' && messages.badPhoto ? messages.badPhoto : problem.message;
    }
  }
  return problems;
}

/** What removing a persona does: the cards and lanes that name it (which stop naming a persona) and its emotion points (removed with it). */
export interface PersonaRemoval {
  /** The persona's name. */
  name: string;
  /** Cards that name it: they stay, naming no persona. */
  cards: number;
  /** Lanes that name it: they stay, naming no persona. */
  lanes: number;
  /** Its points on the emotion curve: removed with it. */
  points: number;
}

/** What removing persona `id` would do, or `undefined` when it cannot be removed (unknown, or the journey's only persona). */
export function personaRemoval(journey: Journey, id: string): PersonaRemoval | undefined {
  const persona = journey.personas.find((p) => p.id === id);
  if (!persona || journey.personas.length < 2) return undefined;
  return {
    name: persona.name,
    cards: journey.cards.filter((c) => c.persona === id).length,
    lanes: journey.lanes.filter((l) => l.persona === id).length,
    points: journey.emotions.filter((e) => e.persona === id).length,
  };
}

/** What a change to the personas did, in the terms an announcement uses. */
export type PersonaSummary =
  | { action: 'personaAdded'; name: string }
  | { action: 'personaUpdated'; name: string; fields: PersonaField[] }
  | { action: 'personaRemoved'; removal: PersonaRemoval };

/**
 * What `changes` did to the personas (from `before` to `after`): the one persona added,
 * removed or updated (with the form's fields that differ), read from the journeys so that
 * an undo or redo (whose changes are computed) is said as the edit was; `undefined` when
 * the changes touch no persona or several.
 */
export function summarizePersonas(before: Journey, changes: readonly JourneyChange[], after: Journey): PersonaSummary | undefined {
  if (!changes.some((c) => c.type.startsWith('persona/'))) return undefined;
  const was = new Map(before.personas.map((p) => [p.id, p]));
  const now = new Map(after.personas.map((p) => [p.id, p]));
  const added = after.personas.filter((p) => !was.has(p.id));
  const removed = before.personas.filter((p) => !now.has(p.id));
  const updated = after.personas.filter((p) => was.has(p.id) && !same(p, was.get(p.id)));
  if (added.length + removed.length + updated.length !== 1) return undefined;
  if (added[0]) return { action: 'personaAdded', name: added[0].name };
  if (removed[0]) {
    const { id, name } = removed[0];
    const removal = personaRemoval(before, id) ?? { name, cards: 0, lanes: 0, points: 0 };
    return { action: 'personaRemoved', removal };
  }
  const persona = updated[0]!;
  const old = was.get(persona.id)!;
  const form = personaFormOf(persona);
  const oldForm = personaFormOf(old);
  return { action: 'personaUpdated', name: persona.name, fields: FIELDS.filter((f) => form[f] !== oldForm[f]) };
}
