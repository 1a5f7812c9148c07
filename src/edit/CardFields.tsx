import { useState, type CSSProperties, type ReactNode } from 'react';
import type { JourneyLabels } from '../components/labels';
import { toggleId, type CardForm, type CardFormField, type CardFormProblem } from '../layout/cardForm';
import { CARD_KINDS, CHANNELS, LEVELS, OPPORTUNITY_STATUSES, type Journey } from '../model/types';
import type { EditorLabels } from './labels';

export { fieldLabel } from './fieldLabel';

/** Props of {@link CardFields}. */
export interface CardFieldsProps {
  /** The journey (its stages, evidence and cards are the choices). */
  journey: Journey;
  /** The card edited. */
  cardId: string;
  /** The form's state. */
  form: CardForm;
  /** Sets some fields of the form. */
  onChange: (patch: Partial<CardForm>) => void;
  /** The problems shown, each under its field. */
  problems: readonly CardFormProblem[];
  /** The id prefix of the controls (`<prefix>-<field>`), so that a problem can focus its field. */
  idPrefix: string;
  /** Whether the span (first and last stage) may change (`cards` is editable). */
  spanEditable: boolean;
  labels: EditorLabels;
  mapLabels: JourneyLabels;
}

const FIELD: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 2, margin: '0 0 0.6em' };
const CONTROL: CSSProperties = { font: 'inherit', boxSizing: 'border-box', width: '100%', unicodeBidi: 'plaintext' };
const GROUP: CSSProperties = { border: '1px solid GrayText', borderRadius: 4, margin: '0 0 0.6em', padding: '0.25em 0.5em' };
const LIST: CSSProperties = { maxHeight: '9em', overflowY: 'auto', margin: 0, padding: 0, listStyle: 'none' };

/** The id of the control of `field`. */
export const fieldId = (prefix: string, field: CardFormField) => `${prefix}-${field}`;

/** Every field of a card as a labelled control: text fields, choices, checkboxes; each problem under its field. */
export function CardFields({ journey, cardId, form, onChange, problems, idPrefix, spanEditable, labels, mapLabels }: CardFieldsProps) {
  const id = (field: CardFormField) => fieldId(idPrefix, field);
  const errorId = (field: CardFormField) => `${id(field)}-error`;
  const errors = (field: CardFormField) => problems.filter((p) => p.field === field);
  // The state and description of a control: invalid, and the message under it, when its field has a problem.
  const a11y = (field: CardFormField) =>
    errors(field).length ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : { 'aria-invalid': undefined };
  const message = (field: CardFormField) =>
    errors(field).length > 0 && (
      <span id={errorId(field)} className="jm-JourneyEditor-error" style={{ fontWeight: 600, fontSize: '0.9em' }}>
        ⚠ {errors(field).map(labels.problem).join(' ')}
      </span>
    );
  const field = (name: CardFormField, label: string, control: ReactNode) => (
    <div style={FIELD}>
      <label htmlFor={id(name)}>{label}</label>
      {control}
      {message(name)}
    </div>
  );
  const text = (name: 'title' | 'owner' | 'channel', label: string, extra: object = {}) =>
    field(
      name,
      label,
      <input
        id={id(name)}
        style={CONTROL}
        value={form[name]}
        onChange={(e) => onChange({ [name]: e.target.value })}
        {...a11y(name)}
        {...extra}
      />,
    );
  const choice = <K extends 'kind' | 'severity' | 'impact' | 'effort' | 'status' | 'stage' | 'endStage'>(
    name: K,
    label: string,
    options: ReadonlyArray<readonly [string, string]>,
    { empty = true, disabled = false } = {},
  ) =>
    field(
      name,
      label,
      <select
        id={id(name)}
        style={CONTROL}
        value={form[name]}
        disabled={disabled}
        onChange={(e) => onChange({ [name]: e.target.value } as Partial<CardForm>)}
        {...a11y(name)}
        {...(disabled ? { 'aria-describedby': `${idPrefix}-span-note` } : {})}
      >
        {empty && <option value="">{labels.notSet}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>,
    );
  const levels = LEVELS.map((l) => [l, mapLabels.levels[l]] as const);
  const stages = journey.stages.map((s) => [s.id, s.name] as const);
  const checks = (name: 'evidence', legend: string, items: ReadonlyArray<readonly [string, string]>) => (
    <fieldset style={GROUP} {...(errors(name).length ? { 'aria-describedby': errorId(name) } : {})}>
      <legend>{legend}</legend>
      <ul style={LIST}>
        {[...items, ...form[name].filter((v) => !items.some(([i]) => i === v)).map((v) => [v, v] as const)].map(([value, text]) => (
          <li key={value}>
            <label>
              <input
                type="checkbox"
                checked={form[name].includes(value)}
                onChange={(e) => onChange({ [name]: toggleId(form[name], value, e.target.checked) })}
              />{' '}
              {text}
            </label>
          </li>
        ))}
      </ul>
      {message(name)}
    </fieldset>
  );
  const channelList = `${idPrefix}-channels`;
  return (
    <>
      {text('title', labels.fieldTitle, { required: true })}
      {field(
        'description',
        labels.fieldDescription,
        <textarea
          id={id('description')}
          style={CONTROL}
          rows={3}
          value={form.description}
          onChange={(e) => onChange({ description: e.target.value })}
        />,
      )}
      {choice(
        'kind',
        labels.fieldKind,
        CARD_KINDS.map((k) => [k, mapLabels.cardKinds[k]] as const),
        { empty: false },
      )}
      {text('channel', mapLabels.channel, { list: channelList })}
      <datalist id={channelList}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {mapLabels.channels[c] ?? c}
          </option>
        ))}
      </datalist>
      {choice('severity', mapLabels.severity, levels)}
      {choice('impact', mapLabels.impact, levels)}
      {choice('effort', mapLabels.effort, levels)}
      {choice(
        'status',
        mapLabels.status,
        OPPORTUNITY_STATUSES.map((s) => [s, mapLabels.statuses[s]] as const),
      )}
      {text('owner', mapLabels.owner)}
      <div style={FIELD}>
        <label>
          <input
            type="checkbox"
            id={id('momentOfTruth')}
            checked={form.momentOfTruth}
            onChange={(e) => onChange({ momentOfTruth: e.target.checked })}
          />{' '}
          {mapLabels.momentOfTruth}
        </label>
      </div>
      {choice('stage', labels.fieldStage, stages, { empty: false, disabled: !spanEditable })}
      {choice('endStage', labels.fieldEndStage, stages, { empty: false, disabled: !spanEditable })}
      {!spanEditable && (
        <p id={`${idPrefix}-span-note`} style={{ margin: '-0.3em 0 0.6em', fontSize: '0.9em' }}>
          {labels.readOnly('cards')}
        </p>
      )}
      {(journey.evidence?.length ?? 0) > 0 &&
        checks(
          'evidence',
          labels.fieldEvidence,
          (journey.evidence ?? []).map((e) => [e.id, e.label] as const),
        )}
      <LinkFields
        journey={journey}
        cardId={cardId}
        form={form}
        onChange={onChange}
        idPrefix={idPrefix}
        labels={labels}
        message={message('links')}
      />
    </>
  );
}

/** How many cards a search for a link offers at once: the list stays a few Tab stops long on a map of any size. */
const LINK_MATCHES = 8;

/**
 * The cards this one leads to: each linked card as a checked box, and a search field that
 * offers up to {@link LINK_MATCHES} other cards whose title or stage matches what is typed.
 */
function LinkFields({
  journey,
  cardId,
  form,
  onChange,
  idPrefix,
  labels,
  message,
}: Pick<CardFieldsProps, 'journey' | 'cardId' | 'form' | 'onChange' | 'idPrefix' | 'labels'> & { message: ReactNode }) {
  const [query, setQuery] = useState('');
  const stageName = (sid: string) => journey.stages.find((s) => s.id === sid)?.name ?? sid;
  const text = (id: string) => {
    const card = journey.cards.find((c) => c.id === id);
    return card ? `${card.title} (${stageName(card.stage)})` : id;
  };
  const q = query.trim().toLowerCase();
  const matches = q
    ? journey.cards
        .filter((c) => c.id !== cardId && !form.links.includes(c.id) && text(c.id).toLowerCase().includes(q))
        .slice(0, LINK_MATCHES)
        .map((c) => c.id)
    : [];
  const searchId = fieldId(idPrefix, 'links');
  return (
    <fieldset style={GROUP}>
      <legend>{labels.fieldLinks}</legend>
      <ul style={LIST}>
        {[...form.links, ...matches].map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked={form.links.includes(id)}
                onChange={(e) => onChange({ links: toggleId(form.links, id, e.target.checked) })}
              />{' '}
              {text(id)}
            </label>
          </li>
        ))}
      </ul>
      <div style={FIELD}>
        <label htmlFor={searchId}>{labels.findCard}</label>
        <input id={searchId} type="search" style={CONTROL} value={query} onChange={(e) => setQuery(e.target.value)} />
        <span role="status" style={{ fontSize: '0.9em' }}>
          {q ? labels.cardsFound(matches.length) : ''}
        </span>
      </div>
      {message}
    </fieldset>
  );
}
