import type { RefObject } from 'react';
import { editTargetOf, type EditCommand } from '../layout/editing';
import { cardLinks } from '../layout/linking';
import type { EditablePart } from '../layout/readOnly';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';
import { useOverlayBox } from './overlay';
import { TARGET } from './target';

/** Props of {@link EditToolbar}. */
export interface EditToolbarProps {
  /** The editor's positioned root. */
  root: RefObject<HTMLElement | null>;
  /** The roving-focus key of the card or cell pointed at or focused last. */
  activeKey: string | null;
  /** The journey drawn (the toolbar is measured again when it changes). */
  journey: Journey;
  /** The editor's labels. */
  labels: EditorLabels;
  /** Runs a command. */
  run: (command: EditCommand) => void;
  /** What the host lets the user edit: buttons of read-only parts are not drawn. */
  editable: Readonly<Record<EditablePart, boolean>>;
}

/** The pointer's way to the editing keys: buttons at the top corner of the card or cell pointed at. */
export function EditToolbar({ root, activeKey, journey, labels, run, editable }: EditToolbarProps) {
  const box = useOverlayBox(root, activeKey, journey);
  const target = editTargetOf(activeKey);
  if (
    !box ||
    target.type === 'none' ||
    (target.type === 'cell' && !editable.cards) ||
    (target.type === 'card' && !editable.cards && !editable.fields)
  )
    return null;
  const { top, left, width } = box as { top: number; left: number; width: number };
  return (
    <div
      role="toolbar"
      aria-label={labels.toolbar}
      className="jm-JourneyEditor-toolbar"
      style={{
        position: 'absolute',
        top,
        insetInlineStart: undefined,
        left: left + width,
        transform: 'translate(-100%, -50%)',
        display: 'flex',
        gap: 4,
        whiteSpace: 'nowrap',
        zIndex: 2,
      }}
    >
      {/* Plain buttons in system colours: readable in every theme and in forced colours. */}
      {target.type === 'card' ? (
        <>
          {editable.fields && (
            <>
              <button type="button" style={TARGET} onClick={() => run({ type: 'rename', cardId: target.cardId })}>
                {labels.rename}
              </button>
              <button type="button" style={TARGET} onClick={() => run({ type: 'details', cardId: target.cardId })}>
                {labels.details}
              </button>
            </>
          )}
          {editable.cards && (
            <>
              <button type="button" style={TARGET} onClick={() => run({ type: 'pickUp', cardId: target.cardId })}>
                {labels.move}
              </button>
              <button type="button" style={TARGET} onClick={() => run({ type: 'link', cardId: target.cardId })}>
                {labels.connect}
              </button>
              {cardLinks(journey, target.cardId).length > 0 && (
                <button type="button" style={TARGET} onClick={() => run({ type: 'links', cardId: target.cardId })}>
                  {labels.links(cardLinks(journey, target.cardId).length)}
                </button>
              )}
              <button type="button" style={TARGET} onClick={() => run({ type: 'remove', cardId: target.cardId })}>
                {labels.remove}
              </button>
            </>
          )}
        </>
      ) : (
        <button type="button" style={TARGET} onClick={() => run({ type: 'add', laneId: target.laneId, stage: target.stage })}>
          {labels.add}
        </button>
      )}
    </div>
  );
}
