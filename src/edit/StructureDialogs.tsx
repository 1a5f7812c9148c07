import { useId, useState, type ReactNode } from 'react';
import { addLaneChange, addStageChanges, assignPhaseChanges, phaseChoices, removeLaneChange } from '../layout/structureEditing';
import type { JourneyChange } from '../model/changes';
import { LANE_KINDS, type Journey, type LaneKind } from '../model/types';
import { FormDialog } from './FormDialog';
import type { EditorLabels } from './labels';

/** What every structure dialog is given. */
export interface StructureDialogProps {
  journey: Journey;
  labels: EditorLabels;
  /** Applies the changes (announced and undoable); `focus` names the control to focus once drawn. */
  onCommit: (changes: JourneyChange[], focus?: string) => void;
  onClose: () => void;
}

/** A text field with its label, saying when it is left empty. */
function TextField({ label, value, onChange, error }: { label: string; value: string; onChange: (v: string) => void; error?: string }) {
  const errorId = useId();
  return (
    <label style={{ display: 'grid', gap: '0.25em' }}>
      {label}
      <input
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <span id={errorId} role="alert" style={{ color: '#b3261e', fontSize: '0.85em' }}>
          {error}
        </span>
      )}
    </label>
  );
}

/** A radio button with its label. */
const Choice = ({ name, checked, onChange, children }: { name: string; checked: boolean; onChange: () => void; children: ReactNode }) => (
  <label style={{ display: 'block' }}>
    <input type="radio" name={name} checked={checked} onChange={onChange} /> {children}
  </label>
);

/** Adds a stage before or after stage `stageId`, named in the dialog. */
export function AddStageDialog({ journey, labels, stageId, onCommit, onClose }: StructureDialogProps & { stageId: string }) {
  const [name, setName] = useState('');
  const [side, setSide] = useState<'before' | 'after'>('after');
  const [error, setError] = useState(false);
  const group = useId();
  const stageName = journey.stages.find((s) => s.id === stageId)?.name ?? stageId;
  return (
    <FormDialog
      title={labels.addStageTitle}
      confirm={labels.confirmAdd}
      cancel={labels.cancel}
      onClose={onClose}
      onSubmit={() => {
        const changes = addStageChanges(journey, stageId, side, name);
        if (!changes.length) return setError(true);
        const added = changes[0]!.type === 'stage/add' ? changes[0]!.stage.id : '';
        onCommit(changes, `renameStage:${added}`);
      }}
    >
      <TextField label={labels.newStageName} value={name} onChange={setName} error={error ? labels.emptyName : undefined} />
      <Choice name={group} checked={side === 'before'} onChange={() => setSide('before')}>
        {labels.before(stageName)}
      </Choice>
      <Choice name={group} checked={side === 'after'} onChange={() => setSide('after')}>
        {labels.after(stageName)}
      </Choice>
    </FormDialog>
  );
}

/** Puts stage `stageId` in a phase: its own, a neighbour's, none or a new one (only choices that keep phases whole). */
export function StagePhaseDialog({ journey, labels, stageId, onCommit, onClose }: StructureDialogProps & { stageId: string }) {
  const choices = phaseChoices(journey, stageId);
  const own = journey.phases?.find((p) => p.stages.includes(stageId))?.id ?? null;
  const [target, setTarget] = useState<string | null | 'new'>(own);
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const group = useId();
  const stageName = journey.stages.find((s) => s.id === stageId)?.name ?? stageId;
  return (
    <FormDialog
      title={labels.stagePhaseTitle(stageName)}
      confirm={labels.confirm}
      cancel={labels.cancel}
      onClose={onClose}
      onSubmit={() => {
        if (target === 'new' && !name.trim()) return setError(true);
        const changes = assignPhaseChanges(journey, stageId, target, name);
        if (changes.length) onCommit(changes);
        else onClose();
      }}
    >
      {choices.map((c) => {
        const value = c.type === 'phase' ? c.id : c.type === 'none' ? null : 'new';
        return (
          <Choice key={String(value)} name={group} checked={target === value} onChange={() => setTarget(value)}>
            {c.type === 'phase' ? c.name : c.type === 'none' ? labels.noPhase : labels.newPhase}
          </Choice>
        );
      })}
      {target === 'new' && (
        <TextField label={labels.newPhaseName} value={name} onChange={setName} error={error ? labels.emptyName : undefined} />
      )}
    </FormDialog>
  );
}

/** Adds a lane of a chosen kind, named in the dialog, after lane `after` (or last). */
export function AddLaneDialog({ journey, labels, after, onCommit, onClose }: StructureDialogProps & { after?: string }) {
  const [kind, setKind] = useState<LaneKind>('touchpoints');
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  return (
    <FormDialog
      title={labels.addLaneTitle}
      confirm={labels.confirmAdd}
      cancel={labels.cancel}
      onClose={onClose}
      onSubmit={() => {
        const change = addLaneChange(journey, kind, name || labels.laneKinds[kind], after);
        if (!change) return setError(true);
        onCommit([change], change.type === 'lane/add' ? `renameLane:${change.lane.id}` : undefined);
      }}
    >
      <label style={{ display: 'grid', gap: '0.25em' }}>
        {labels.laneKind}
        <select value={kind} onChange={(event) => setKind(event.target.value as LaneKind)}>
          {LANE_KINDS.map((k) => (
            <option key={k} value={k}>
              {labels.laneKinds[k]}
            </option>
          ))}
        </select>
      </label>
      <TextField label={labels.laneLabel} value={name} onChange={setName} error={error ? labels.emptyName : undefined} />
    </FormDialog>
  );
}

/** Removes lane `laneId`, asking whether its cards move to another lane or go with it. */
export function RemoveLaneDialog({ journey, labels, laneId, onCommit, onClose }: StructureDialogProps & { laneId: string }) {
  const lane = journey.lanes.find((l) => l.id === laneId);
  const cards = journey.cards.filter((c) => c.lane === laneId).length;
  // Cards can go to another lane of cards; an emotion lane holds none.
  const others = journey.lanes.filter((l) => l.id !== laneId && l.kind !== 'emotion');
  const [moveTo, setMoveTo] = useState<string | null>(others[0]?.id ?? null);
  const group = useId();
  if (!lane) return null;
  return (
    <FormDialog
      title={labels.removeLaneTitle(lane.label)}
      confirm={labels.confirmRemoveLane}
      cancel={labels.cancel}
      onClose={onClose}
      onSubmit={() => {
        // Its controls are gone with it: focus goes to the next lane's (or the previous one's).
        const at = journey.lanes.findIndex((l) => l.id === laneId);
        const neighbour = journey.lanes[at + 1] ?? journey.lanes[at - 1];
        onCommit([removeLaneChange(laneId, cards > 0 ? moveTo : null)], neighbour && `renameLane:${neighbour.id}`);
      }}
    >
      {cards > 0 && (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ marginBottom: '0.5em' }}>{labels.removeStageCards(cards)}</legend>
          {others.map((l) => (
            <Choice key={l.id} name={group} checked={moveTo === l.id} onChange={() => setMoveTo(l.id)}>
              {labels.moveToLane(l.label)}
            </Choice>
          ))}
          <Choice name={group} checked={moveTo === null} onChange={() => setMoveTo(null)}>
            {labels.removeCardsWithLane}
          </Choice>
        </fieldset>
      )}
    </FormDialog>
  );
}
