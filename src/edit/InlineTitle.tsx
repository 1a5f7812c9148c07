import { useId, useRef, useState, type CSSProperties } from 'react';
import { cleanTitle } from '../layout/editing';

/** Props of {@link InlineTitle}. */
export interface InlineTitleProps {
  /** The text to start with. */
  initial: string;
  /** The field's accessible name. */
  label: string;
  /** Shown when the title is empty. */
  emptyMessage: string;
  /**
   * The card's title now, when the host changed it while the user types (`null`: the card
   * is gone); with `underneathMessage`, the field says so and keeps the user's text.
   */
  current?: string | null;
  /** What the field says when the card changed underneath (its new title, or `null`: deleted). */
  underneathMessage?: (title: string | null) => string;
  /** Where it is drawn (over the card or cell). */
  box: CSSProperties;
  /** Called with the trimmed title on Enter (or on leaving the field with a title). */
  onCommit: (title: string) => void;
  /** Called on Escape (or on leaving the field empty). */
  onCancel: () => void;
  /** An empty text is committed (as `''`, clearing the field) instead of refused. Default `false`. */
  optional?: boolean;
}

/** A title field drawn in place of a card: Enter commits, Escape cancels, an empty title is refused with a message. */
export function InlineTitle({
  initial,
  label,
  emptyMessage,
  current,
  underneathMessage,
  box,
  onCommit,
  onCancel,
  optional = false,
}: InlineTitleProps) {
  const [text, setText] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  // Leaving the field after Enter or Escape must not commit or cancel a second time.
  const done = useRef(false);
  const finish = (title: string | null) => {
    done.current = true;
    if (title === null) onCancel();
    else onCommit(title);
  };
  // The card changed underneath while the user has text of their own: say so, and keep the text.
  const underneath =
    current !== undefined && current !== initial && text !== current && underneathMessage ? underneathMessage(current) : null;
  const commit = (leaving: boolean) => {
    // A deleted card's title cannot be saved: the field stays, with the user's text, until Escape.
    if (done.current || current === null) return;
    const title = optional ? text.trim() : cleanTitle(text);
    if (title !== null || leaving) finish(title);
    else setInvalid(true);
  };
  return (
    <div className="jm-JourneyEditor-field" style={{ ...box, zIndex: 3, display: 'flex', flexDirection: 'column' }}>
      <input
        // The field replaces the card the user chose to edit: it takes focus at once.
        autoFocus
        className="jm-JourneyEditor-input"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid || underneath ? errorId : undefined}
        value={text}
        style={{ font: 'inherit', minHeight: 'inherit', boxSizing: 'border-box', width: '100%', padding: '0.5em' }}
        onChange={(event) => {
          setText(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(false);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            if (!done.current) finish(null);
          }
        }}
        onBlur={() => commit(true)}
      />
      {(invalid || underneath) && (
        <span
          id={errorId}
          role="alert"
          className="jm-JourneyEditor-error"
          style={{ background: 'Canvas', color: '#b3261e', fontSize: '0.85em' }}
        >
          {invalid ? emptyMessage : underneath}
        </span>
      )}
    </div>
  );
}
