import type { RefObject } from 'react';
import { editTargetOf, type EditCommand } from '../layout/editing';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';
import { useOverlayBox } from './overlay';

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
}

/** The pointer's way to the editing keys: buttons at the top corner of the card or cell pointed at. */
export function EditToolbar({ root, activeKey, journey, labels, run }: EditToolbarProps) {
  const box = useOverlayBox(root, activeKey, journey);
  const target = editTargetOf(activeKey);
  if (!box || target.type === 'none') return null;
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
        gap: 2,
        zIndex: 2,
      }}
    >
      {/* Plain buttons in system colours: readable in every theme and in forced colours. */}
      {target.type === 'card' ? (
        <>
          <button type="button" onClick={() => run({ type: 'rename', cardId: target.cardId })}>
            {labels.rename}
          </button>
          <button type="button" onClick={() => run({ type: 'pickUp', cardId: target.cardId })}>
            {labels.move}
          </button>
          <button type="button" onClick={() => run({ type: 'remove', cardId: target.cardId })}>
            {labels.remove}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => run({ type: 'add', laneId: target.laneId, stage: target.stage })}>
          {labels.add}
        </button>
      )}
    </div>
  );
}
