import { useEffect, useState, type CSSProperties, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useIsomorphicLayoutEffect } from '../components/context';
import {
  describeLaneChange,
  moveLaneChange,
  removePhaseChanges,
  renameLaneChange,
  renamePhaseChange,
  renameStageChange,
} from '../layout/structureEditing';
import type { JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';
import { InlineTitle } from './InlineTitle';
import type { EditorLabels } from './labels';
import { AddLaneDialog, AddStageDialog, RemoveLaneDialog, StagePhaseDialog } from './dialogs';
import { useLaneDrag } from './useLaneDrag';
import { TARGET } from './target';
import { SHOWN } from '../components/parked';

/** What the user asked to do to the journey's structure: a name edited in place, or a dialog. */
export type StructureTask =
  | { type: 'renameStage' | 'addStage' | 'stagePhase'; id: string }
  | { type: 'renamePhase'; id: string }
  | { type: 'renameLane' | 'describeLane' | 'removeLane'; id: string }
  | { type: 'addLane' };

/** The attribute naming an editing control (`renameStage:<id>`…), to give focus to it once drawn. */
export const CONTROL_ATTR = 'data-jm-control';

/** Props of {@link StructureControls}. */
export interface StructureControlsProps {
  root: RefObject<HTMLElement | null>;
  journey: Journey;
  labels: EditorLabels;
  task: StructureTask | null;
  setTask: (task: StructureTask | null) => void;
  /** Applies changes through the editor (announced and undoable). */
  commit: (changes: JourneyChange[]) => void;
  announce: (text: string) => void;
  /** The lanes' ids in the order drawn. */
  laneOrder: () => string[] | undefined;
}

const small: CSSProperties = { minWidth: 24, minHeight: 24, padding: '0 4px', font: 'inherit', fontSize: 12, lineHeight: 1 };

/**
 * The headers the controls go in: each phase's, and each lane's first row header (an
 * emotion lane holding cards has a second row for them, under its curve: its controls are
 * drawn once).
 */
function headers(root: HTMLElement | null): HTMLElement[] {
  const seen = new Set<string>();
  return Array.from(
    root?.querySelectorAll<HTMLElement>(`.jm-JourneyGrid-phase[data-phase-id], [role="row"][data-lane-id]${SHOWN} > .jm-Lane-header`) ?? [],
  ).filter((header) => {
    const key = header.getAttribute('data-phase-id') ?? `lane:${header.parentElement?.getAttribute('data-lane-id') ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A box over `el` relative to `root`, as style. */
function boxOver(root: HTMLElement | null, el: Element | null | undefined): CSSProperties | null {
  const origin = root?.getBoundingClientRect();
  const r = el?.getBoundingClientRect();
  if (!origin || !r) return null;
  return { position: 'absolute', top: r.top - origin.top, left: r.left - origin.left, width: Math.max(r.width, 160), minHeight: 32 };
}

/**
 * Editing the journey's structure: in each phase header a Rename and a Remove button; in each
 * lane header Rename, Describe, Move up, Move down and Remove; an Add lane button under the
 * map; the names edited in place and the dialogs that add a stage or lane, choose a stage's
 * phase and remove a lane. Focus goes to the control of what was added or changed.
 */
export function StructureControls({ root, journey, labels, task, setTask, commit, announce, laneOrder }: StructureControlsProps) {
  const [found, setFound] = useState<HTMLElement[]>([]);
  const [focus, setFocus] = useState<{ control: string } | null>(null);
  const landing = useLaneDrag(root, journey, commit, (id) => setFocus({ control: `laneUp:${id}` }));
  useEffect(() => {
    const find = () => {
      const now = headers(root.current);
      setFound((old) => (old.length === now.length && old.every((h, i) => h === now[i]) ? old : now));
    };
    find();
    const observer = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(find);
    if (root.current) observer?.observe(root.current, { childList: true, subtree: true });
    return () => observer?.disconnect();
  }, [root, journey]);
  useIsomorphicLayoutEffect(() => {
    if (!focus) return;
    const go = () => root.current?.querySelector<HTMLElement>(`[${CONTROL_ATTR}="${CSS.escape(focus.control)}"]`)?.focus();
    go();
    const frame = requestAnimationFrame(go);
    return () => cancelAnimationFrame(frame);
  }, [root, focus, found]);

  const apply = (changes: JourneyChange[], control?: string) => {
    setTask(null);
    if (changes.length) commit(changes);
    if (control) setFocus({ control });
  };
  const button = (control: string, label: string, text: string, onClick: () => void) => (
    <button key={control} type="button" {...{ [CONTROL_ATTR]: control }} aria-label={label} style={small} onClick={onClick}>
      {text}
    </button>
  );

  const controls = found.map((header) => {
    const phaseId = header.getAttribute('data-phase-id');
    if (phaseId !== null) {
      const phase = journey.phases?.find((p) => p.id === phaseId);
      if (!phase) return null;
      return createPortal(
        <span className="jm-JourneyEditor-phaseControls" style={{ display: 'inline-flex', gap: 2, marginInlineStart: 6 }}>
          {button(`renamePhase:${phase.id}`, labels.renamePhase(phase.name), '✎', () => setTask({ type: 'renamePhase', id: phase.id }))}
          {button(`removePhase:${phase.id}`, labels.removePhase(phase.name), '✕', () =>
            apply(removePhaseChanges(journey, phase.id), `stagePhase:${phase.stages[0]}`),
          )}
        </span>,
        header,
        `phase:${phase.id}`,
      );
    }
    const laneId = header.parentElement?.getAttribute('data-lane-id');
    const lane = journey.lanes.find((l) => l.id === laneId);
    if (!lane) return null;
    const move = (direction: 'up' | 'down') => {
      const change = moveLaneChange(journey, lane.id, direction, laneOrder());
      if (change) apply([change], `${direction === 'up' ? 'laneUp' : 'laneDown'}:${lane.id}`);
      else announce(labels.cannotMoveLane);
    };
    return createPortal(
      <span className="jm-JourneyEditor-laneControls" style={{ display: 'flex', flexWrap: 'wrap', gap: 2, marginTop: 4 }}>
        {button(`renameLane:${lane.id}`, labels.renameLane(lane.label), '✎', () => setTask({ type: 'renameLane', id: lane.id }))}
        {button(`describeLane:${lane.id}`, labels.describeLane(lane.label), '¶', () => setTask({ type: 'describeLane', id: lane.id }))}
        {button(`laneUp:${lane.id}`, labels.moveLaneUp(lane.label), '↑', () => move('up'))}
        {button(`laneDown:${lane.id}`, labels.moveLaneDown(lane.label), '↓', () => move('down'))}
        {button(`removeLane:${lane.id}`, labels.removeLane(lane.label), '✕', () => setTask({ type: 'removeLane', id: lane.id }))}
      </span>,
      header,
      `lane:${lane.id}`,
    );
  });

  const dialogProps = { journey, labels, onCommit: apply, onClose: () => setTask(null) };
  return (
    <>
      {controls}
      {landing && (
        <div
          className="jm-JourneyEditor-laneDrop"
          aria-hidden="true"
          style={{ ...landing, boxSizing: 'border-box', border: '2px dashed var(--jm-color-accent)', pointerEvents: 'none', zIndex: 10 }}
        />
      )}
      <p style={{ margin: '0.5em 0 0' }}>
        <button type="button" style={TARGET} {...{ [CONTROL_ATTR]: 'addLane' }} onClick={() => setTask({ type: 'addLane' })}>
          {labels.addLane}
        </button>
      </p>
      {task?.type === 'addStage' && <AddStageDialog {...dialogProps} stageId={task.id} />}
      {task?.type === 'stagePhase' && <StagePhaseDialog {...dialogProps} stageId={task.id} />}
      {task?.type === 'addLane' && <AddLaneDialog {...dialogProps} after={laneOrder()?.at(-1)} />}
      {task?.type === 'removeLane' && <RemoveLaneDialog {...dialogProps} laneId={task.id} />}
      {task && <NameField root={root} journey={journey} labels={labels} task={task} apply={apply} />}
    </>
  );
}

/** The field that edits a stage's, phase's or lane's name, or a lane's description, in place. */
function NameField({
  root,
  journey,
  labels,
  task,
  apply,
}: Pick<StructureControlsProps, 'root' | 'journey' | 'labels'> & {
  task: StructureTask;
  apply: (changes: JourneyChange[], control?: string) => void;
}) {
  const [box, setBox] = useState<CSSProperties | null>(null);
  const id = 'id' in task ? task.id : '';
  const over =
    task.type === 'renameStage'
      ? `.jm-StageColumn[data-variant="header"][data-stage-id="${CSS.escape(id)}"]`
      : task.type === 'renamePhase'
        ? `.jm-JourneyGrid-phase[data-phase-id="${CSS.escape(id)}"]`
        : `[role="row"][data-lane-id="${CSS.escape(id)}"] > .jm-Lane-header`;
  useIsomorphicLayoutEffect(() => setBox(boxOver(root.current, root.current?.querySelector(over))), [root, over]);
  const field =
    task.type === 'renameStage'
      ? { label: labels.stageNameField, initial: journey.stages.find((s) => s.id === id)?.name, change: renameStageChange }
      : task.type === 'renamePhase'
        ? { label: labels.phaseNameField, initial: journey.phases?.find((p) => p.id === id)?.name, change: renamePhaseChange }
        : task.type === 'renameLane'
          ? { label: labels.laneNameField, initial: journey.lanes.find((l) => l.id === id)?.label, change: renameLaneChange }
          : task.type === 'describeLane'
            ? {
                label: labels.laneDescriptionField,
                initial: journey.lanes.find((l) => l.id === id)?.description ?? '',
                change: describeLaneChange,
                optional: true,
              }
            : undefined;
  if (!field || field.initial === undefined || !box) return null;
  return (
    <InlineTitle
      initial={field.initial}
      label={field.label}
      emptyMessage={labels.emptyName}
      optional={'optional' in field}
      box={box}
      onCancel={() => apply([], `${task.type}:${id}`)}
      onCommit={(text) => {
        const change = field.change(journey, id, text);
        apply(change ? [change] : [], `${task.type}:${id}`);
      }}
    />
  );
}
