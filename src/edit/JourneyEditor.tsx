import { clsx } from 'clsx';
import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { JourneyMap } from '../components/JourneyMap/JourneyMap';
import { resolveLabels } from '../components/labels';
import { preloadWhenIdle } from '../components/lazy';
import { useComposedRefs } from '../components/refs';
import { allowed, EDITABLE_PARTS, editableParts, partOf } from '../layout/readOnly';
import {
  addCardChange,
  editCommand,
  editTargetOf,
  focusKeyAfter,
  stageFocusAfter,
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
import { defaultEditorLabels, describeSummary } from './labels';
import { useEditorLocaleLabels } from './useEditorLabels';
import { useLocaleLabels } from '../components/useLocaleLabels';
import { useJourneyConfig } from '../components/JourneyConfigProvider/JourneyConfigProvider';
import { navElement, useOverlayBox } from './overlay';
import { EditToolbar } from './EditToolbar';
import { DropIndicator } from './DropIndicator';
import { CurveHandles } from './CurveHandles';
import { StructureControls, type StructureTask } from './StructureControls';
import { StageControls } from './StageControls';
import { CardDetailsPanel, RemoveStageDialog } from './dialogs';
import { fieldLabel } from './fieldLabel';
import { focusAtOf, useFocusFollow, useFocusReport, type FocusAt } from './useFocusFollow';
import { useDragAndDrop } from './useDragAndDrop';
import { usePickUp } from './usePickUp';
import { useLinkMode } from './useLinkMode';
import { LinkLayer } from './LinkLayer';
import { useJourneyHistory } from './useJourneyHistory';
import { useMapColorScheme } from './useMapColorScheme';
import type { JourneyEditorProps } from './props';
import { PersonaControls } from './PersonaControls';
import { PeerOutlines } from './PeerOutlines';
import { SHOWN } from '../components/parked';

export type { JourneyEditorOwnProps, JourneyEditorProps } from './props';

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
  {
    journey: journeyProp,
    defaultJourney,
    onJourneyChange,
    onUndo,
    onRedo,
    editorLabels,
    readOnly,
    onFocusChange,
    peers,
    className,
    dir,
    ...mapProps
  },
  ref,
) {
  const history = useJourneyHistory((journeyProp ?? defaultJourney)!);
  const controlled = journeyProp !== undefined;
  const journey = controlled ? journeyProp : history.journey;
  // The journey's language gives the strings (loaded on demand; English meanwhile); the host's win.
  const locale = useJourneyConfig().locale ?? journey.locale;
  const labels = { ...defaultEditorLabels, ...useEditorLocaleLabels(locale), ...editorLabels };
  const mapLanguage = useLocaleLabels(locale);
  const root = useRef<HTMLDivElement | null>(null);
  const composedRef = useComposedRefs(ref, root);
  useMapColorScheme(root);
  // The dialogs load on demand: fetched once the browser is idle, or as soon as the user reaches for the editor.
  useEffect(() => preloadWhenIdle(root.current), []);
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [details, setDetails] = useState<string | null>(null);
  const [focusAt, setFocusAt] = useState<FocusAt | null>(null);
  const editable = editableParts(readOnly);
  const { setFocusKey, setFocusStage } = useFocusFollow(root, setActive);
  useFocusReport(
    journey,
    focusAt,
    editing ? { kind: 'title', key: editing.key } : details ? { kind: 'details', key: cardKey(details) } : { kind: null, key: null },
    onFocusChange,
  );
  const helpId = useId();
  const rtl = (dir ?? journey.dir) === 'rtl';
  const [removing, setRemoving] = useState<string | null>(null);
  const [task, setTask] = useState<StructureTask | null>(null);
  const laneOrder = () => {
    const order = [
      ...new Set(Array.from(root.current?.querySelectorAll(`[data-lane-id]${SHOWN}`) ?? [], (e) => e.getAttribute('data-lane-id')!)),
    ];
    return order.length ? order : undefined;
  };

  const commit = (changes: JourneyChange[], say?: string) => {
    let next: Journey;
    try {
      next = applyJourneyChanges(journey, changes);
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!controlled) history.onJourneyChange(next, changes);
    onJourneyChange?.(next, changes);
    announce(say ?? describeSummary(summarizeChanges(journey, changes, next), labels));
    const key = focusKeyAfter(journey, changes, next);
    if (key) setFocusKey(key);
    const stage = stageFocusAfter(journey, changes, next);
    if (stage) setFocusStage(stage);
  };
  const pickUp = usePickUp(journey, labels, { rtl, laneOrder }, announce, commit);
  const links = useLinkMode(journey, labels, { root, rtl, laneOrder }, announce, commit);
  const dragSpot = useDragAndDrop(root, journey, rtl, commit, {
    card: !editing && !details && editable.cards,
    stage: !editing && !details && editable.stages,
  });

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
    if (key) setFocusKey(key);
  };

  const run = (command: EditCommand) => {
    if (!allowed(command, editable)) {
      const part = partOf(command);
      return part ? announce(labels.readOnly(part)) : undefined;
    }
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
      case 'link':
      case 'links':
        return links.run(command);
      case 'details':
        setEditing(null);
        return setDetails(command.cardId);
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
    if (pickUp.onKeyDown(event) || links.onKeyDown(event)) return;
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
    setFocusKey(key);
  };
  const closeDetails = () => {
    if (details) setFocusKey(cardKey(details));
    setDetails(null);
  };

  const editingBox = useOverlayBox(root, editing?.key ?? null, journey);
  // The field stays where it was when its card is gone: the user's text in it is not lost.
  const editingBoxKept = useRef<CSSProperties | null>(null);
  editingBoxKept.current = editing ? (editingBox ?? editingBoxKept.current) : null;
  const detailsBox = useOverlayBox(root, details ? cardKey(details) : null, journey);
  // The panel stays where it was when its card is gone: the user's text in it is not lost.
  const detailsTop = useRef(0);
  if (detailsBox) detailsTop.current = Number(detailsBox.top);
  const anyEditable = Object.values(editable).some(Boolean);
  const mapLabels = resolveLabels(mapProps.labels, mapLanguage);
  return (
    <div
      ref={composedRef}
      className={clsx('jm-JourneyEditor', className)}
      // The help above the map and the buttons below it read in the map's direction.
      dir={dir ?? journey.dir}
      style={{ position: 'relative' }}
      onKeyDownCapture={onKeyDownCapture}
      onKeyUpCapture={(event) => {
        pickUp.onKeyUp(event);
        links.onKeyUp(event);
      }}
      onFocusCapture={(event) => {
        track(event);
        const at = focusAtOf(event.target);
        if (at) setFocusAt(at);
      }}
      onBlurCapture={(event) => {
        // Focus leaving what is picked up puts it back (Tab, a click elsewhere); leaving the editor, the host hears of it.
        if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
        if (pickUp.state) pickUp.cancel();
        if (links.state) links.cancel();
        setFocusAt(null);
      }}
      onPointerOver={track}
      onDoubleClick={(event: MouseEvent) => {
        const target = editTargetOf((event.target as HTMLElement).closest?.('[data-nav-key]')?.getAttribute('data-nav-key'));
        if (target.type === 'card') run({ type: 'rename', cardId: target.cardId });
        else if (target.type === 'cell') run({ type: 'add', laneId: target.laneId, stage: target.stage });
      }}
    >
      {anyEditable && (
        <p
          id={helpId}
          className="jm-JourneyEditor-help"
          style={{ margin: '0 0 0.5em', fontSize: '0.85em', fontFamily: 'system-ui, sans-serif' }}
        >
          {[labels.help, ...EDITABLE_PARTS.filter((part) => !editable[part]).map((part) => `${labels.readOnly(part)}.`)].join(' ')}
        </p>
      )}
      <JourneyMap {...mapProps} dir={dir} journey={journey} aria-describedby={anyEditable ? helpId : undefined} />
      {!editing && !pickUp.state && !links.state && !links.drag && anyEditable && (
        <EditToolbar root={root} activeKey={active} journey={journey} labels={labels} run={run} editable={editable} />
      )}
      {editable.stages && (
        <StageControls
          root={root}
          journey={journey}
          labels={labels}
          picked={pickUp.state?.kind === 'stage' ? pickUp.state.stageId : null}
          onMove={(id) => (pickUp.state ? undefined : pickUp.start('stage', id))}
          onRemove={setRemoving}
          onTask={setTask}
        />
      )}
      {(editable.stages || editable.lanes) && (
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
      )}
      {editable.personas && <PersonaControls root={root} journey={journey} labels={labels} commit={commit} announce={announce} />}
      {peers && <PeerOutlines root={root} journey={journey} peers={peers} labels={labels} />}
      {editable.emotions && <CurveHandles root={root} journey={journey} labels={labels} commit={commit} />}
      {editable.cards && (
        <LinkLayer
          root={root}
          journey={journey}
          labels={labels}
          links={links}
          activeKey={active}
          rtl={rtl}
          busy={Boolean(editing || details || pickUp.state)}
        />
      )}
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
      {editing && editingBoxKept.current && (
        <InlineTitle
          key={editing.key}
          initial={editing.type === 'rename' ? editing.initial : ''}
          label={editing.type === 'rename' ? labels.titleField : labels.newCardField}
          emptyMessage={labels.emptyTitle}
          box={editingBoxKept.current}
          current={editing.type === 'rename' ? (journey.cards.find((c) => c.id === editing.cardId)?.title ?? null) : undefined}
          underneathMessage={labels.titleUnderneath}
          onCancel={() => stopEditing(editing.key)}
          onCommit={(title) => {
            const change =
              editing.type === 'rename'
                ? renameCardChange(journey, editing.cardId, title)
                : addCardChange(journey, editing.laneId, editing.stage, title);
            setEditing(null);
            if (change) commit([change]);
            else setFocusKey(editing.key);
          }}
        />
      )}
      {details && (
        <CardDetailsPanel
          key={details}
          journey={journey}
          cardId={details}
          top={detailsTop.current}
          spanEditable={editable.cards}
          rtl={rtl}
          labels={labels}
          mapLabels={mapLabels}
          onClose={closeDetails}
          onSave={(changes, fields) => {
            const title = journey.cards.find((c) => c.id === details)?.title ?? details;
            closeDetails();
            if (changes.length === 0) return announce(labels.nothingChanged);
            commit(changes, labels.detailsSaved({ title, fields: fields.map((f) => fieldLabel(f, labels, mapLabels)) }));
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
