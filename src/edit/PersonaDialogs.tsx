import { useId, useState, type CSSProperties } from 'react';
import {
  addPersonaChange,
  PERSONA_LIST_FIELDS,
  PERSONA_TEXT_FIELDS,
  personaFormChanges,
  personaFormOf,
  personaFormProblems,
  personaRemoval,
  type PersonaField,
  type PersonaForm,
  type PersonaFormProblems,
} from '../layout/personaForm';
import type { JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';
import { FormDialog } from './FormDialog';
import type { EditorLabels } from './labels';

/** What each persona dialog is given. */
export interface PersonaDialogProps {
  journey: Journey;
  labels: EditorLabels;
  /** Applies the changes (announced with `say`, undoable). */
  onCommit: (changes: JourneyChange[], say: string) => void;
  onClose: () => void;
}

const FIELD: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 };
// Short fields side by side, as many as fit; the quote and the description across the form.
const GRID: CSSProperties = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(13em, 1fr))', gap: '0.5em 1em' };
const WHOLE = new Set<PersonaField>(['situation', 'quote', 'description']);
const CONTROL: CSSProperties = { font: 'inherit', boxSizing: 'border-box', width: '100%', unicodeBidi: 'plaintext' };
const LONG = new Set<PersonaField>(['quote', 'description', ...PERSONA_LIST_FIELDS]);

/**
 * Every field of a persona in a modal form: text fields, and one item a line for its goals,
 * needs, frustrations, behaviours and channels. Saving checks the form first: an empty
 * name, an age that is no number, a colour or photo URL the journey does not allow is said
 * under its field (and the first such field focused); nothing invalid is committed.
 * Edits persona `personaId`, or adds one when it is left out.
 */
export function PersonaFormDialog({ journey, labels, personaId, onCommit, onClose }: PersonaDialogProps & { personaId?: string }) {
  const persona = personaId === undefined ? undefined : journey.personas.find((p) => p.id === personaId);
  const [form, setForm] = useState<PersonaForm>(() => personaFormOf(persona));
  const [problems, setProblems] = useState<PersonaFormProblems | null>(null);
  const prefix = useId();
  const messages = {
    emptyName: labels.emptyName,
    badAge: labels.badAge,
    badColor: labels.badColor,
    badPhoto: labels.badPhoto,
    isColor: (value: string) => typeof CSS === 'undefined' || !CSS.supports || CSS.supports('color', value),
  };
  const check = (next: PersonaForm) => personaFormProblems(journey, personaId, next, messages);
  const change = (field: PersonaField, value: string) => {
    const next = { ...form, [field]: value };
    setForm(next);
    // Once the user has tried to save, the messages follow what they type.
    if (problems) setProblems(check(next));
  };
  const control = (field: PersonaField) => {
    const error = problems?.[field];
    const common = {
      id: `${prefix}-${field}`,
      style: CONTROL,
      value: form[field],
      'aria-invalid': error ? (true as const) : undefined,
      'aria-describedby':
        [error && `${prefix}-${field}-error`, LONG.has(field) && PERSONA_LIST_FIELDS.includes(field as never) && `${prefix}-hint`]
          .filter(Boolean)
          .join(' ') || undefined,
    };
    return (
      <div key={field} style={WHOLE.has(field) ? { ...FIELD, gridColumn: '1 / -1' } : FIELD}>
        <label htmlFor={common.id}>{labels.personaFields[field]}</label>
        {LONG.has(field) ? (
          <textarea
            {...common}
            rows={PERSONA_LIST_FIELDS.includes(field as never) ? 3 : 2}
            onChange={(e) => change(field, e.target.value)}
          />
        ) : (
          <input
            {...common}
            inputMode={field === 'age' ? 'numeric' : undefined}
            type={field === 'photo' ? 'url' : 'text'}
            onChange={(e) => change(field, e.target.value)}
          />
        )}
        {error && (
          <span id={`${prefix}-${field}-error`} className="jm-JourneyEditor-error" style={{ fontWeight: 600, fontSize: '0.9em' }}>
            ⚠ {error}
          </span>
        )}
      </div>
    );
  };
  return (
    <FormDialog
      title={persona ? labels.editPersonaTitle(persona.name) : labels.addPersonaTitle}
      confirm={persona ? labels.savePersona : labels.confirmAdd}
      cancel={labels.cancel}
      onClose={onClose}
      maxWidth="46em"
      onSubmit={() => {
        const found = check(form);
        const first = [...PERSONA_TEXT_FIELDS, ...PERSONA_LIST_FIELDS].find((f) => found[f]);
        if (first) {
          setProblems(found);
          document.getElementById(`${prefix}-${first}`)?.focus();
          return false;
        }
        const name = form.name.trim();
        if (!persona) return onCommit([addPersonaChange(journey, form)], labels.personaAdded(name));
        const changes = personaFormChanges(journey, persona.id, form);
        if (!changes.length) return onCommit([], labels.nothingChanged);
        const update = changes[0]!.type === 'persona/update' ? changes[0]! : undefined;
        const fields = update ? [...Object.keys(update.set ?? {}), ...(update.unset ?? [])] : [];
        onCommit(changes, labels.personaSaved({ name, fields: fields.map((f) => labels.personaFields[f as PersonaField]) }));
      }}
    >
      <div style={GRID}>{PERSONA_TEXT_FIELDS.map(control)}</div>
      <p id={`${prefix}-hint`} style={{ margin: '0.25em 0 0', fontSize: '0.9em' }}>
        {labels.onePerLine}
      </p>
      <div style={GRID}>{PERSONA_LIST_FIELDS.map(control)}</div>
    </FormDialog>
  );
}

/** Removes persona `personaId`, saying first what goes with it (its scores) and what stays (cards and lanes naming it). */
export function RemovePersonaDialog({ journey, labels, personaId, onCommit, onClose }: PersonaDialogProps & { personaId: string }) {
  const removal = personaRemoval(journey, personaId);
  if (!removal) return null;
  return (
    <FormDialog
      title={labels.removePersonaTitle(removal.name)}
      confirm={labels.confirmRemovePersona}
      cancel={labels.cancel}
      onClose={onClose}
      onSubmit={() => onCommit([{ type: 'persona/remove', id: personaId }], labels.personaRemoved(removal))}
    >
      <p style={{ margin: 0 }}>{labels.removePersonaEffects(removal)}</p>
    </FormDialog>
  );
}
