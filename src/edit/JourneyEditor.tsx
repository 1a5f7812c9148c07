import { clsx } from 'clsx';
import { forwardRef, useCallback, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { JourneyMap, type JourneyMapProps } from '../components/JourneyMap/JourneyMap';
import { useIsomorphicLayoutEffect } from '../components/context';
import { useComposedRefs } from '../components/refs';
import {
  addCardChange,
  editCommand,
  editTargetOf,
  focusKeyAfter,
  moveCardChange,
  removeCardChange,
  removeStageChange,
  renameCardChange,
  summarizeChanges,
  type EditCommand,
} from '../layout/editing';
import { cardKey } from '../layout/navigation';
import { applyJourneyChanges, type JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';
import { InlineTitle } from './InlineTitle';
import { defaultEditorLabels, describeSummary, type EditorLabels } from './labels';
import { navElement, useOverlayBox } from './overlay';
import { EditToolbar } from './EditToolbar';
import { DropIndicator } from './DropIndicator';
import { CurveHandles } from './CurveHandles';
import { StructureControls, type StructureTask } from './StructureControls';
import { RemoveStageDialog } from './RemoveStageDialog';
import { StageControls, STAGE_MOVE_ATTR } from './StageControls';
import { useDragAndDrop } from './useDragAndDrop';
import { usePickUp } from './usePickUp';
import { useJourneyHistory, type HistoryMove } from './useJourneyHistory';

/** The props {@link JourneyEditor} adds to `JourneyMap`'s. */
export interface JourneyEditorOwnProps {
  /** The journey (controlled): the host applies what `onJourneyChange` reports. Default: uncontrolled. */
  journey?: Journey;
  /** The journey to start from (uncontrolled): the editor keeps it and its undo history. */
  defaultJourney?: Journey;
  /** Called with the next journey and the changes that made it, for every edit, undo and redo. */
  onJourneyChange?: (next: Journey, changes: readonly JourneyChange[]) => void;
  /**
   * The host's undo, called on Ctrl/⌘+Z when it keeps the history (controlled); return what
   * it did (`useJourneyHistory`'s `undo` does) to have it announced by name. Default: the
   * editor's own history when uncontrolled.
   */
  onUndo?: () => HistoryMove | undefined | void;
  /** The host's redo, called on Ctrl/⌘+Shift+Z and Ctrl+Y; like `onUndo`. Default: the editor's own history when uncontrolled. */
  onRedo?: () => HistoryMove | undefined | void;
  /** Overrides of the editor's strings. Default: {@link defaultEditorLabels} (English). */
  editorLabels?: Partial<EditorLabels>;
}

/** Props of {@link JourneyEditor}: every `JourneyMap` prop, with the journey given as editable data. */
export type JourneyEditorProps = JourneyEditorOwnProps & Omit<JourneyMapProps, 'journey'>;

/** What the inline title field is editing: a card's title, or the title of a new card in a cell. */
type Editing =
  { type: 'rename'; cardId: string; key: string; initial: string } | { type: 'add'; laneId: string; stage: number; key: string };

/**
 * The map, editable: rename a card in place (F2 or the toolbar), delete it (Delete), add
 * one in a cell (N or Insert), move it to the neighbouring cell (Ctrl/⌘+Arrow keys), undo
 * and redo (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y), every action announced politely. Emits
 * typed changes; controlled (`journey` + `onJourneyChange`) or uncontrolled (`defaultJourney`).
 */
export const JourneyEditor = /* @__PURE__ */ forwardRef<HTMLDivElement, JourneyEditorProps>(function JourneyEditor(
  { journey: journeyProp, defaultJourney, onJourneyChange, onUndo, onRedo, editorLabels, className, dir, ...mapProps },
  ref,
) {
  const labels = { ...defaultEditorLabels, ...editorLabels };
  const history = useJourneyHistory((journeyProp ?? defaultJourney)!);
  const controlled = journeyProp !== undefined;
  const journey = controlled ? journeyProp : history.journey;
  const root = useRef<HTMLDivElement | null>(null);
  const composedRef = useComposedRefs(ref, root);
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [focusKey, setFocusKey] = useState<{ key: string } | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const helpId = useId();
  const rtl = (dir ?? journey.dir) === 'rtl';
  const [removing, setRemoving] = useState<string | null>(null);
  const [task, setTask] = useState<StructureTask | null>(null);
  const [focusStage, setFocusStage] = useState<{ id: string } | null>(null);
  const laneOrder = () => {
    const order = [...new Set(Array.from(root.current?.querySelectorAll('[data-lane-id]') ?? [], (e) => e.getAttribute('data-lane-id')!))];
    return order.length ? order : undefined;
  };

  // Focus follows the edit: the card changed, or the cell a deleted card left.
  useIsomorphicLayoutEffect(() => {
    if (!focusKey) return;
    const focus = () => navElement(root.current, focusKey.key)?.focus();
    focus();
    setActive(focusKey.key);
    // A card that changed cell is drawn anew once the map has caught up (a few frames at most): focus that one.
    let frame = 0;
    let left = 10;
    const follow = () => {
      // Only when focus was lost with the old card, never taken from where the user has gone since.
      const now = document.activeElement;
      if (!now || now === document.body || !now.isConnected) focus();
      if (--left > 0) frame = requestAnimationFrame(follow);
    };
    frame = requestAnimationFrame(follow);
    return () => cancelAnimationFrame(frame);
  }, [focusKey]);

  // A moved stage's header is put back in the page: its Move button takes focus again.
  useIsomorphicLayoutEffect(() => {
    if (!focusStage) return;
    const focus = () => root.current?.querySelector<HTMLElement>(`[${STAGE_MOVE_ATTR}="${CSS.escape(focusStage.id)}"]`)?.focus();
    focus();
    const frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  }, [focusStage]);

  const commit = (changes: JourneyChange[]) => {
    let next: Journey;
    try {
      next = applyJourneyChanges(journey, changes);
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!controlled) history.onJourneyChange(next, changes);
    onJourneyChange?.(next, changes);
    announce(describeSummary(summarizeChanges(journey, changes, next), labels));
    const key = focusKeyAfter(journey, changes, next);
    if (key) setFocusKey({ key });
    const first = changes[0];
    // What was moved keeps (or, after a pointer drag, takes) focus: a stage by its Move button.
    if (first?.type === 'stage/move') setFocusStage({ id: first.id });
    // A removed stage's Remove button is gone: focus goes to the neighbouring stage's Move button.
    if (first?.type === 'stage/remove') {
      const at = journey.stages.findIndex((s) => s.id === first.id);
      const neighbour = next.stages[Math.min(at, next.stages.length - 1)];
      if (neighbour) setFocusStage({ id: neighbour.id });
    }
  };
  const pickUp = usePickUp(journey, labels, { rtl, laneOrder }, announce, commit);
  const dragSpot = useDragAndDrop(root, journey, rtl, commit, !editing);

  const walk = (direction: 'undo' | 'redo') => {
    const host = direction === 'undo' ? onUndo : onRedo;
    const say = direction === 'undo' ? labels.undone : labels.redone;
    if (controlled && !host) return;
    const move = host ? host() : direction === 'undo' ? history.undo() : history.redo();
    if (!move) {
      // The host's history said nothing of what it did; ours had nothing to do.
      return announce(host ? say(null) : direction === 'undo' ? labels.nothingToUndo : labels.nothingToRedo);
    }
    if (!host) onJourneyChange?.(move.journey, move.changes);
    const after = applyJourneyChanges(move.before, move.step.changes);
    announce(say(describeSummary(summarizeChanges(move.before, move.step.changes, after), labels)));
    const key = focusKeyAfter(journey, move.changes, move.journey);
    if (key) setFocusKey({ key });
  };

  const run = (command: EditCommand) => {
    switch (command.type) {
      case 'undo':
      case 'redo':
        return walk(command.type);
      case 'remove':
        return commit([removeCardChange(command.cardId)]);
      case 'move': {
        const change = moveCardChange(journey, command.cardId, command.direction, { rtl, laneOrder: laneOrder() });
        return change ? commit([change]) : announce(labels.cannotMove);
      }
      case 'pickUp': {
        const card = navElement(root.current, cardKey(command.cardId));
        card?.focus();
        // The card's preview would cover the cells it moves over: Escape closes it, as for a user.
        card?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        return pickUp.start('card', command.cardId);
      }
      case 'rename': {
        const card = journey.cards.find((c) => c.id === command.cardId);
        if (card) setEditing({ type: 'rename', cardId: card.id, key: cardKey(card.id), initial: card.title });
        return;
      }
      default:
        setEditing({ type: 'add', laneId: command.laneId, stage: command.stage, key: `cell:${command.laneId}:${command.stage}` });
    }
  };

  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (pickUp.onKeyDown(event)) return;
    if (editing || target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const command = editCommand(editTargetOf(target.getAttribute('data-nav-key')), event);
    if (!command) return;
    // The map's own navigation must not also act on the key (Ctrl+Arrow moves its focus).
    event.preventDefault();
    event.stopPropagation();
    run(command);
  };

  // The toolbar follows the card or cell pointed at or focused.
  const track = (event: { target: EventTarget }) => {
    const key = (event.target as HTMLElement).closest?.('[data-nav-key]')?.getAttribute('data-nav-key');
    if (key && editTargetOf(key).type !== 'none') setActive(key);
  };

  const stopEditing = (key: string) => {
    setEditing(null);
    setFocusKey({ key });
  };

  const editingBox = useOverlayBox(root, editing?.key ?? null, journey);
  return (
    <div
      ref={composedRef}
      className={clsx('jm-JourneyEditor', className)}
      style={{ position: 'relative' }}
      // Every cell drawn: the overlays (toolbar, drop indicator, stage controls) are placed
      // from measured boxes, which cells skipped out of view would move as they render.
      data-jm-render-all=""
      onKeyDownCapture={onKeyDownCapture}
      onKeyUpCapture={pickUp.onKeyUp}
      onBlurCapture={(event) => {
        // Focus leaving what is picked up puts it back (Tab, a click elsewhere).
        if (pickUp.state && !(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) pickUp.cancel();
      }}
      onFocusCapture={track}
      onPointerOver={track}
      onDoubleClick={(event: MouseEvent) => {
        const target = editTargetOf((event.target as HTMLElement).closest?.('[data-nav-key]')?.getAttribute('data-nav-key'));
        if (target.type === 'card') run({ type: 'rename', cardId: target.cardId });
        else if (target.type === 'cell') run({ type: 'add', laneId: target.laneId, stage: target.stage });
      }}
    >
      <p
        id={helpId}
        className="jm-JourneyEditor-help"
        style={{ margin: '0 0 0.5em', fontSize: '0.85em', fontFamily: 'system-ui, sans-serif' }}
      >
        {labels.help}
      </p>
      <JourneyMap {...mapProps} dir={dir} journey={journey} aria-describedby={helpId} />
      {!editing && !pickUp.state && <EditToolbar root={root} activeKey={active} journey={journey} labels={labels} run={run} />}
      <StageControls
        root={root}
        journey={journey}
        labels={labels}
        picked={pickUp.state?.kind === 'stage' ? pickUp.state.stageId : null}
        onMove={(id) => (pickUp.state ? undefined : pickUp.start('stage', id))}
        onRemove={setRemoving}
        onTask={setTask}
      />
      <StructureControls
        root={root}
        journey={journey}
        labels={labels}
        task={task}
        setTask={setTask}
        commit={commit}
        announce={announce}
        laneOrder={laneOrder}
      />
      <CurveHandles root={root} journey={journey} labels={labels} commit={commit} />
      <DropIndicator root={root} journey={journey} spot={pickUp.state ?? dragSpot} rtl={rtl} follow={pickUp.state !== null} />
      {removing && (
        <RemoveStageDialog
          journey={journey}
          stageId={removing}
          labels={labels}
          onClose={() => setRemoving(null)}
          onConfirm={(moveTo) => {
            setRemoving(null);
            commit([removeStageChange(removing, moveTo)]);
          }}
        />
      )}
      {editing && editingBox && (
        <InlineTitle
          key={editing.key}
          initial={editing.type === 'rename' ? editing.initial : ''}
          label={editing.type === 'rename' ? labels.titleField : labels.newCardField}
          emptyMessage={labels.emptyTitle}
          box={editingBox}
          onCancel={() => stopEditing(editing.key)}
          onCommit={(title) => {
            const change =
              editing.type === 'rename'
                ? renameCardChange(journey, editing.cardId, title)
                : addCardChange(journey, editing.laneId, editing.stage, title);
            setEditing(null);
            if (change) commit([change]);
            else setFocusKey({ key: editing.key });
          }}
        />
      )}
      <div role="status" aria-live="polite" className="jm-JourneyEditor-status jm-visually-hidden">
        {message.text}
        {message.n % 2 ? '\u00a0' : ''}
      </div>
    </div>
  );
});
