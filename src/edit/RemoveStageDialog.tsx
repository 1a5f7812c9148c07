import { useEffect, useId, useRef, useState } from 'react';
import { stageRemoval } from '../layout/editing';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';
import { TARGET } from './target';

/** Props of {@link RemoveStageDialog}. */
export interface RemoveStageDialogProps {
  journey: Journey;
  stageId: string;
  labels: EditorLabels;
  /** Called with where the stage's cards go: a stage id, or `null` to remove them with it. */
  onConfirm: (moveTo: string | null) => void;
  /** Called when the dialog closes without removing anything (Cancel or Escape). */
  onClose: () => void;
}

/** A modal dialog that removes a stage, asking whether its cards move to the previous or next stage or go with it. */
export function RemoveStageDialog({ journey, stageId, labels, onConfirm, onClose }: RemoveStageDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const removal = stageRemoval(journey, stageId);
  const name = journey.stages.find((s) => s.id === stageId)?.name ?? stageId;
  const [choice, setChoice] = useState<string | null>(removal?.previous?.id ?? removal?.next?.id ?? null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
    return () => el?.close?.();
  }, []);
  if (!removal) return null;
  const options: Array<[string | null, string]> = [
    ...(removal.previous ? [[removal.previous.id, labels.moveToPrevious(removal.previous.name)] as [string, string]] : []),
    ...(removal.next ? [[removal.next.id, labels.moveToNext(removal.next.name)] as [string, string]] : []),
    [null, labels.removeCards],
  ];
  return (
    <dialog
      ref={dialog}
      className="jm-JourneyEditor-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '28em' }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm(removal.cards > 0 ? choice : null);
        }}
      >
        <h2 id={titleId} style={{ fontSize: '1.1em', margin: '0 0 0.75em' }}>
          {labels.removeStageTitle(name)}
        </h2>
        {removal.cards > 0 && (
          <fieldset style={{ border: 0, padding: 0, margin: '0 0 1em' }}>
            <legend style={{ marginBottom: '0.5em' }}>{labels.removeStageCards(removal.cards)}</legend>
            {options.map(([id, text]) => (
              <label key={id ?? ''} style={{ display: 'block', margin: '0.25em 0' }}>
                <input type="radio" name="jm-stage-cards" checked={choice === id} onChange={() => setChoice(id)} /> {text}
              </label>
            ))}
          </fieldset>
        )}
        <div style={{ display: 'flex', gap: '0.5em', justifyContent: 'flex-end' }}>
          <button type="button" style={TARGET} onClick={onClose}>
            {labels.cancel}
          </button>
          <button type="submit" style={TARGET}>
            {labels.confirmRemove}
          </button>
        </div>
      </form>
    </dialog>
  );
}
