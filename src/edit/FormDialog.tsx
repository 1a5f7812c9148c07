import { useEffect, useId, useRef, type ReactNode } from 'react';
import { TARGET } from './target';

/** Props of {@link FormDialog}. */
export interface FormDialogProps {
  /** The dialog's title, which names it. */
  title: string;
  /** The button that submits. */
  confirm: string;
  /** The button that closes it, changing nothing. */
  cancel: string;
  /** The fields. */
  children: ReactNode;
  /** Called on submit; the dialog stays open when it returns `false` (a field is not filled in). */
  onSubmit: () => boolean | void;
  /** Called on Cancel or Escape. */
  onClose: () => void;
  /** Its widest, as CSS (a long form lays its fields out in columns). Default: `28em`. */
  maxWidth?: string;
}

/** A modal dialog holding a small form: Enter submits, Escape and Cancel close it; the browser puts focus back where it was. */
export function FormDialog({ title, confirm, cancel, children, onSubmit, onClose, maxWidth = '28em' }: FormDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
    return () => el?.close?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="jm-JourneyEditor-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      style={{ fontFamily: 'system-ui, sans-serif', maxWidth }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <h2 id={titleId} style={{ fontSize: '1.1em', margin: '0 0 0.75em' }}>
          {title}
        </h2>
        <div style={{ display: 'grid', gap: '0.5em', margin: '0 0 1em' }}>{children}</div>
        <div style={{ display: 'flex', gap: '0.5em', justifyContent: 'flex-end' }}>
          <button type="button" style={TARGET} onClick={onClose}>
            {cancel}
          </button>
          <button type="submit" style={TARGET}>
            {confirm}
          </button>
        </div>
      </form>
    </dialog>
  );
}
