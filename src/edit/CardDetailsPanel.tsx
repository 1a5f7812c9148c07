import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { useIsomorphicLayoutEffect } from '../components/context';
import type { JourneyLabels } from '../components/labels';
import {
  cardFormChanges,
  cardFormOf,
  changedFields,
  formConflict,
  rebaseForm,
  validateCardForm,
  type CardForm,
  type CardFormField,
  type CardFormProblem,
} from '../layout/cardForm';
import type { JourneyChange } from '../model/changes';
import type { Card, Journey } from '../model/types';
import { CardFields, fieldId } from './CardFields';
import type { EditorLabels } from './labels';
import { TARGET } from './target';

/** Props of {@link CardDetailsPanel}. */
export interface CardDetailsPanelProps {
  /** The journey as it is now (the host may replace it while the panel is open). */
  journey: Journey;
  /** The card edited. */
  cardId: string;
  /** Where the panel's top is drawn, relative to the editor (the card's top). */
  top: number;
  /** Whether the span may change. */
  spanEditable: boolean;
  /** Right to left: the panel is drawn on the left, its text runs right to left. */
  rtl: boolean;
  labels: EditorLabels;
  mapLabels: JourneyLabels;
  /** Called with the changes the form makes and the fields changed (both empty when nothing changed); the panel then closes. */
  onSave: (changes: JourneyChange[], fields: CardFormField[]) => void;
  /** Called on Cancel or Escape: nothing is saved. */
  onClose: () => void;
}

const PANEL: CSSProperties = {
  position: 'absolute',
  zIndex: 4,
  width: 'min(22rem, 100%)',
  boxSizing: 'border-box',
  padding: '0.75em 1em',
  background: 'Canvas',
  color: 'CanvasText',
  border: '1px solid CanvasText',
  borderRadius: 6,
  boxShadow: '0 4px 16px rgb(0 0 0 / 0.25)',
  fontFamily: 'system-ui, sans-serif',
  fontSize: 14,
};

/**
 * A non-modal dialog that edits every field of a card: it takes focus when it opens,
 * Escape or Cancel closes it, Save emits the typed changes as one undoable step. A field
 * with bad input is marked with its message and focused; nothing invalid is saved. When
 * the host replaces the card while the user has unsaved edits, the edits stay and the
 * panel says so, offering to keep them or take the new card.
 */
export function CardDetailsPanel({ journey, cardId, top, spanEditable, rtl, labels, mapLabels, onSave, onClose }: CardDetailsPanelProps) {
  const current = journey.cards.find((c) => c.id === cardId);
  // The card the form started from: what "changed underneath" is measured against.
  const [base, setBase] = useState<Card | undefined>(current);
  const [form, setForm] = useState<CardForm | null>(current ? cardFormOf(current) : null);
  const [problems, setProblems] = useState<CardFormProblem[]>([]);
  const [summary, setSummary] = useState('');
  const idPrefix = useId();
  const titleId = `${idPrefix}-heading`;
  const panel = useRef<HTMLDivElement>(null);
  const notice = useRef<HTMLDivElement>(null);

  const dirty = base !== undefined && form !== null && changedFields(cardFormOf(base), form).length > 0;
  const conflict = base ? formConflict(base, current) : 'none';
  // Untouched, the form follows the card as the host changes it; with edits, it waits for the user's choice.
  if (conflict === 'changed' && !dirty && current) {
    setBase(current);
    setForm(cardFormOf(current));
  }

  // The panel takes the map's colour scheme: a dark theme draws it, and its controls, dark.
  const [scheme, setScheme] = useState<string | undefined>();
  useIsomorphicLayoutEffect(() => {
    const map = panel.current?.parentElement?.querySelector('.jm-JourneyMap');
    if (map) setScheme(getComputedStyle(map).colorScheme || undefined);
  }, []);
  useEffect(() => {
    // APG dialog: focus moves into the dialog when it opens, to its first field.
    panel.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);

  if (!base || !form) return null;
  const showConflict = conflict !== 'none' && (dirty || conflict === 'removed');
  const save = () => {
    if (showConflict) return notice.current?.focus();
    const found = validateCardForm(journey, cardId, form);
    setProblems(found);
    if (found.length) {
      setSummary(labels.fixProblems(found.length));
      panel.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(idPrefix, found[0]!.field))}`)?.focus();
      return;
    }
    const changes = cardFormChanges(journey, cardId, form);
    onSave(changes, changes.length ? changedFields(cardFormOf(current!), form) : []);
  };

  return (
    <div
      ref={panel}
      role="dialog"
      aria-labelledby={titleId}
      className="jm-JourneyEditor-details"
      dir={rtl ? 'rtl' : 'ltr'}
      // At the end of the map's reading direction: over the last stages, away from where a reader starts.
      style={{ ...PANEL, top, [rtl ? 'left' : 'right']: 0, colorScheme: scheme }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id={titleId} style={{ fontSize: '1.1em', margin: '0 0 0.75em', overflowWrap: 'anywhere' }}>
        {labels.detailsTitle(base.title)}
      </h2>
      {showConflict && (
        <div
          ref={notice}
          role="alert"
          tabIndex={-1}
          className="jm-JourneyEditor-conflict"
          style={{ border: '2px solid CanvasText', padding: '0.5em', margin: '0 0 0.75em' }}
        >
          <p style={{ margin: '0 0 0.5em' }}>{conflict === 'removed' ? labels.removedUnderneath : labels.changedUnderneath}</p>
          {conflict === 'changed' && current && (
            <div style={{ display: 'flex', gap: '0.5em', flexWrap: 'wrap' }}>
              <button
                type="button"
                onClick={() => {
                  setForm(rebaseForm(base, form, current));
                  setBase(current);
                }}
              >
                {labels.keepMine}
              </button>
              <button
                type="button"
                onClick={() => {
                  setForm(cardFormOf(current));
                  setBase(current);
                  setProblems([]);
                }}
              >
                {labels.takeTheirs}
              </button>
            </div>
          )}
        </div>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <CardFields
          journey={journey}
          cardId={cardId}
          form={form}
          onChange={(patch) => {
            setForm((f) => (f ? { ...f, ...patch } : f));
            // A field's message goes as soon as the field is changed; the rest stay until the next Save.
            setProblems((list) => list.filter((p) => !(p.field in patch)));
          }}
          problems={problems}
          idPrefix={idPrefix}
          spanEditable={spanEditable}
          labels={labels}
          mapLabels={mapLabels}
        />
        <p role="alert" style={{ margin: problems.length ? '0 0 0.5em' : 0, fontWeight: 600 }}>
          {problems.length ? summary : ''}
        </p>
        <div style={{ display: 'flex', gap: '0.5em', justifyContent: 'flex-end' }}>
          <button type="button" style={TARGET} onClick={onClose}>
            {labels.cancel}
          </button>
          <button type="submit" style={TARGET} disabled={conflict === 'removed'}>
            {labels.save}
          </button>
        </div>
      </form>
    </div>
  );
}
