import { useEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Journey } from '../model/types';
import { stageHeaders } from './geometry';
import type { EditorLabels } from './labels';
import { CONTROL_ATTR } from './StructureControls';
import { TARGET } from './target';

/** Props of {@link StageControls}. */
export interface StageControlsProps {
  root: RefObject<HTMLElement | null>;
  journey: Journey;
  labels: EditorLabels;
  /** The stage picked up by the keyboard, if any. */
  picked: string | null;
  /** Picks a stage up (its Move button pressed). */
  onMove: (stageId: string) => void;
  /** Asks to remove a stage (its Remove button pressed). */
  onRemove: (stageId: string) => void;
  /** Asks to rename a stage, add one beside it or choose its phase. */
  onTask: (task: { type: 'renameStage' | 'addStage' | 'stagePhase'; id: string }) => void;
}

/** Every control at least 24 by 24 pixels (WCAG 2.5.8). */

/** The id of the stage whose Move button is `el`'s, as the editor marks it. */
export const STAGE_MOVE_ATTR = 'data-jm-stage-move';

/**
 * A Move and a Remove button in every stage header of the grid. Move picks the stage up for
 * the arrow keys (the header itself can be dragged); Remove opens the dialog.
 */
export function StageControls({ root, journey, labels, picked, onMove, onRemove, onTask }: StageControlsProps) {
  const [headers, setHeaders] = useState<HTMLElement[]>([]);
  // After the commit (not in layout): the editor's root ref is attached after its children's layout effects.
  useEffect(() => {
    const find = () => {
      const found = stageHeaders(root.current);
      setHeaders((old) => (old.length === found.length && old.every((h, i) => h === found[i]) ? old : found));
    };
    find();
    // The map may draw its grid after this (once it has measured its width), or redraw it in another layout.
    const observer = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(find);
    if (root.current) observer?.observe(root.current, { childList: true, subtree: true });
    return () => observer?.disconnect();
  }, [root, journey]);
  return (
    <>
      {headers.map((header) => {
        const id = header.getAttribute('data-stage-id')!;
        const name = journey.stages.find((s) => s.id === id)?.name;
        if (name === undefined) return null;
        return createPortal(
          <span className="jm-JourneyEditor-stageControls" style={{ display: 'flex', gap: 4, marginTop: 4 }}>
            <button
              type="button"
              {...{ [STAGE_MOVE_ATTR]: id }}
              style={TARGET}
              aria-label={labels.moveStage(name)}
              aria-pressed={picked === id}
              onClick={() => onMove(id)}
            >
              ⇆
            </button>
            {(
              [
                ['renameStage', labels.renameStage(name), '✎'],
                ['addStage', labels.addStage(name), '+'],
                ['stagePhase', labels.stagePhase(name), '▦'],
              ] as const
            ).map(([type, label, text]) => (
              <button
                key={type}
                type="button"
                {...{ [CONTROL_ATTR]: `${type}:${id}` }}
                style={TARGET}
                aria-label={label}
                onClick={() => onTask({ type, id })}
              >
                {text}
              </button>
            ))}
            <button type="button" aria-label={labels.removeStage(name)} style={TARGET} onClick={() => onRemove(id)}>
              ✕
            </button>
          </span>,
          header,
          id,
        );
      })}
    </>
  );
}
