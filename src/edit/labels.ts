import type { EditSummary } from '../layout/editing';
import type { CardSpotWords, StageSpotWords } from '../layout/pickup';
import type { LaneKind } from '../model/types';

/** Where a point of the emotion curve is: its stage, and its curve when the map has several. */
export interface PointWords {
  /** The stage's name. */
  stage: string;
  /** The persona's name when the map has several curves, else `null`. */
  persona: string | null;
  /** Whether it is on the future-state curve. */
  future: boolean;
}

/** Every string the editor shows or announces; override any of them with `JourneyEditor`'s `editorLabels`. */
export interface EditorLabels {
  /** Accessible name of the inline field that renames a card. */
  titleField: string;
  /** Accessible name of the inline field that names a new card. */
  newCardField: string;
  /** Shown under the inline field when its title is empty; nothing is committed. */
  emptyTitle: string;
  /** Announced when a card is renamed. */
  renamed: (args: { title: string; previous: string }) => string;
  /** Announced when a card is added, with the names of its stage and lane. */
  added: (args: { title: string; stage: string; lane: string }) => string;
  /** Announced when a card is deleted, with the names of the stage and lane it was in. */
  removed: (args: { title: string; stage: string; lane: string }) => string;
  /** Announced when a card moves, with the names of its new stage and lane. */
  moved: (args: { title: string; stage: string; lane: string }) => string;
  /** Announced for other changes. */
  changed: (count: number) => string;
  /** Announced after an undo: what was undone, or `null` when the host's history did it. */
  undone: (what: string | null) => string;
  /** Announced after a redo: what was redone, or `null` when the host's history did it. */
  redone: (what: string | null) => string;
  /** Announced when there is nothing to undo. */
  nothingToUndo: string;
  /** Announced when there is nothing to redo. */
  nothingToRedo: string;
  /** Announced when a card is at the edge of the map and cannot move that way. */
  cannotMove: string;
  /** The editing keys, shown above the map and read as the map's description. */
  help: string;
  /** Name of the toolbar that edits the card or cell pointed at. */
  toolbar: string;
  /** Toolbar button: rename the card. */
  rename: string;
  /** Toolbar button: delete the card. */
  remove: string;
  /** Toolbar button: add a card in the cell. */
  add: string;
  /** Toolbar button: pick the card up to move it with the arrow keys (the M key does the same). */
  move: string;
  /** Announced when a card is picked up (M or the Move button), with where it is and how to move it. */
  pickedUp: (spot: CardSpotWords) => string;
  /** Announced each time the arrow keys or the pointer move a picked-up card's landing place. */
  over: (spot: CardSpotWords) => string;
  /** Announced when a stage is picked up, with where it is and how to move it. */
  stagePickedUp: (spot: StageSpotWords) => string;
  /** Announced each time the arrow keys move a picked-up stage. */
  stageOver: (spot: StageSpotWords) => string;
  /** Announced when a move is cancelled (Escape): nothing changed. */
  cancelled: (name: string) => string;
  /** Announced when a stage is at the end of the map and cannot move that way. */
  cannotMoveStage: string;
  /** Announced when a stage moves. */
  stageMoved: (args: { name: string; position: number; count: number }) => string;
  /** Announced when a stage is removed, with where its cards went (`moveTo`, or `null`: removed with it). */
  stageRemoved: (args: { name: string; cards: number; moveTo: string | null }) => string;
  /** Name of the button in a stage's header that moves it: drag it, or press it and use the arrow keys. */
  moveStage: (name: string) => string;
  /** Name of the button in a stage's header that removes it (asking what happens to its cards). */
  removeStage: (name: string) => string;
  /** Title of the dialog that removes a stage. */
  removeStageTitle: (name: string) => string;
  /** The question the dialog asks about the stage's cards. */
  removeStageCards: (count: number) => string;
  /** The dialog's choice: move the cards to the previous stage. */
  moveToPrevious: (name: string) => string;
  /** The dialog's choice: move the cards to the next stage. */
  moveToNext: (name: string) => string;
  /** The dialog's choice: remove the cards with the stage. */
  removeCards: string;
  /** The dialog's button that removes the stage. */
  confirmRemove: string;
  /** The dialog's button that closes it, changing nothing. */
  cancel: string;
  /** Name of a point of the emotion curve, a slider: Up and Down change its score. */
  point: (where: PointWords) => string;
  /** Name of the button that adds a point to the curve at a stage without one. */
  addPoint: (where: PointWords) => string;
  /** Name of the button that removes the focused point. */
  removePoint: (where: PointWords) => string;
  /** Name of the button that edits the focused point's feeling. */
  editFeeling: (where: PointWords) => string;
  /** Name of the inline field that edits a point's feeling. */
  feelingField: (where: PointWords) => string;
  /** Announced when a point's score is set, or a point added (`previous` is `null`). */
  scoreSet: (args: PointWords & { score: string; previous: string | null; feeling: string | null }) => string;
  /** Announced when a point is removed. */
  scoreRemoved: (args: PointWords & { score: string }) => string;
  /** Announced when a point's feeling is set or cleared (`null`). */
  feelingSet: (args: PointWords & { feeling: string | null }) => string;
  /** Name of the button in a stage's header that renames it in place. */
  renameStage: (name: string) => string;
  /** Name of the inline field that renames a stage. */
  stageNameField: string;
  /** Shown under a name field left empty; nothing is committed. */
  emptyName: string;
  /** Name of the button in a stage's header that adds a stage beside it. */
  addStage: (name: string) => string;
  /** Title of the dialog that adds a stage. */
  addStageTitle: string;
  /** The new stage's name field. */
  newStageName: string;
  /** The dialog's choice: the new stage goes before this one. */
  before: (name: string) => string;
  /** The dialog's choice: the new stage goes after this one. */
  after: (name: string) => string;
  /** The dialog's button that adds what it describes. */
  confirmAdd: string;
  /** Name of the button in a stage's header that chooses its phase. */
  stagePhase: (name: string) => string;
  /** Title of the dialog that chooses a stage's phase. */
  stagePhaseTitle: (name: string) => string;
  /** The phase dialog's choice: in no phase. */
  noPhase: string;
  /** The phase dialog's choice: a new phase, named in the field beside it. */
  newPhase: string;
  /** The new phase's name field. */
  newPhaseName: string;
  /** The dialog's button that applies the choice. */
  confirm: string;
  /** Name of the button in a phase's header that renames it. */
  renamePhase: (name: string) => string;
  /** Name of the inline field that renames a phase. */
  phaseNameField: string;
  /** Name of the button in a phase's header that removes it (its stages stay). */
  removePhase: (name: string) => string;
  /** Name of the button in a lane's header that renames it. */
  renameLane: (name: string) => string;
  /** Name of the inline field that renames a lane. */
  laneNameField: string;
  /** Name of the button in a lane's header that edits its description. */
  describeLane: (name: string) => string;
  /** Name of the inline field that edits a lane's description (empty removes it). */
  laneDescriptionField: string;
  /** Name of the button in a lane's header that moves it one place up. */
  moveLaneUp: (name: string) => string;
  /** Name of the button in a lane's header that moves it one place down. */
  moveLaneDown: (name: string) => string;
  /** Announced when a lane is at the top or bottom and cannot move that way. */
  cannotMoveLane: string;
  /** Name of the button in a lane's header that removes it (asking what happens to its cards). */
  removeLane: (name: string) => string;
  /** Title of the dialog that removes a lane. */
  removeLaneTitle: (name: string) => string;
  /** The remove-lane dialog's choice: move the cards to this lane. */
  moveToLane: (name: string) => string;
  /** The remove-lane dialog's choice: remove the cards with the lane. */
  removeCardsWithLane: string;
  /** The remove-lane dialog's button. */
  confirmRemoveLane: string;
  /** The button under the map that adds a lane. */
  addLane: string;
  /** Title of the dialog that adds a lane. */
  addLaneTitle: string;
  /** The new lane's kind field. */
  laneKind: string;
  /** The new lane's label field. */
  laneLabel: string;
  /** How each kind of lane is named in the kind field. */
  laneKinds: Record<LaneKind, string>;
  /** Announced when a stage is added. */
  stageAdded: (args: { name: string; position: number; count: number }) => string;
  /** Announced when a stage, phase or lane is renamed. */
  partRenamed: (args: { part: 'stage' | 'phase' | 'lane'; name: string; previous: string }) => string;
  /** Announced when a stage is put in a phase, or in none (`null`). */
  stagePhaseSet: (args: { name: string; phase: string | null }) => string;
  /** Announced when a phase is removed. */
  phaseRemoved: (name: string) => string;
  /** Announced when a lane is added. */
  laneAdded: (args: { name: string; kind: string }) => string;
  /** Announced when a lane's description is set or removed (`null`). */
  laneDescribed: (args: { name: string; description: string | null }) => string;
  /** Announced when a lane moves. */
  laneMoved: (args: { name: string; position: number; count: number }) => string;
  /** Announced when a lane is removed, with where its cards went (`moveTo`, or `null`: removed with it). */
  laneRemoved: (args: { name: string; cards: number; moveTo: string | null }) => string;
}

/** "Checkout", "Sarah at Checkout", "Checkout, future state". */
const pointPlace = ({ stage, persona, future }: PointWords) =>
  `${persona ? `${persona} at ` : ''}${stage}${future ? ', future state' : ''}`;

/** The built-in English editor labels. */
export const defaultEditorLabels: EditorLabels = {
  titleField: 'Card title',
  newCardField: 'New card title',
  emptyTitle: 'A card needs a title.',
  renamed: ({ title, previous }) => `Card “${previous}” renamed to “${title}”`,
  added: ({ title, stage, lane }) => `Card “${title}” added to ${stage} · ${lane}`,
  removed: ({ title, stage, lane }) => `Card “${title}” deleted from ${stage} · ${lane}`,
  moved: ({ title, stage, lane }) => `Card “${title}” moved to ${stage} · ${lane}`,
  changed: (count) => `${count} change${count === 1 ? '' : 's'} made`,
  undone: (what) => (what ? `Undone: ${what}` : 'Undone'),
  redone: (what) => (what ? `Redone: ${what}` : 'Redone'),
  nothingToUndo: 'Nothing to undo',
  nothingToRedo: 'Nothing to redo',
  cannotMove: 'The card cannot move further that way',
  help: 'Editing: F2 renames the focused card, Delete deletes it, Ctrl+Arrow keys move it one cell; M picks it up, then Arrow keys choose where it goes, Enter or Space drops it and Escape cancels; cards and stage headers can be dragged too. N adds a card in the focused cell. On the emotion curve, Tab to a point: Up and Down arrows change its score, Home and End go to the ends of the scale, F2 edits its feeling, Delete removes it; points can be dragged up and down. The buttons in the stage, phase and lane headers rename, add, group, reorder and remove them. Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes.',
  toolbar: 'Edit',
  rename: 'Rename',
  remove: 'Delete',
  add: 'Add card',
  move: 'Move',
  pickedUp: (spot) =>
    `Picked up card “${spot.title}” in ${spot.stage} · ${spot.lane}, place ${spot.position} of ${spot.count}. Arrow keys choose where it goes, Enter or Space drops it, Escape cancels.`,
  over: ({ stage, lane, position, count }) => `${stage} · ${lane}, place ${position} of ${count}`,
  stagePickedUp: ({ name, position, count }) =>
    `Picked up stage “${name}”, position ${position} of ${count}. Left and Right arrow keys choose where it goes, Enter or Space drops it, Escape cancels.`,
  stageOver: ({ position, count }) => `Position ${position} of ${count}`,
  cancelled: (name) => `Move of “${name}” cancelled; nothing changed`,
  cannotMoveStage: 'The stage cannot move further that way',
  stageMoved: ({ name, position, count }) => `Stage “${name}” moved to position ${position} of ${count}`,
  stageRemoved: ({ name, cards, moveTo }) =>
    cards === 0
      ? `Stage “${name}” removed`
      : moveTo === null
        ? `Stage “${name}” removed with its ${cards === 1 ? 'card' : `${cards} cards`}`
        : `Stage “${name}” removed; its ${cards === 1 ? 'card' : `${cards} cards`} moved to ${moveTo}`,
  moveStage: (name) => `Move stage ${name}`,
  removeStage: (name) => `Remove stage ${name}`,
  removeStageTitle: (name) => `Remove stage “${name}”`,
  removeStageCards: (count) => (count === 1 ? 'Its card:' : `Its ${count} cards:`),
  moveToPrevious: (name) => `Move to the previous stage, ${name}`,
  moveToNext: (name) => `Move to the next stage, ${name}`,
  removeCards: 'Remove with the stage',
  confirmRemove: 'Remove stage',
  cancel: 'Cancel',
  point: (where) => `Score at ${pointPlace(where)}`,
  addPoint: (where) => `Add a score at ${pointPlace(where)}`,
  removePoint: (where) => `Remove the score at ${pointPlace(where)}`,
  editFeeling: (where) => `Edit the feeling at ${pointPlace(where)}`,
  feelingField: (where) => `Feeling at ${pointPlace(where)}`,
  scoreSet: (args) =>
    args.previous === null
      ? `Score ${args.score} added at ${pointPlace(args)}`
      : `Score at ${pointPlace(args)} set to ${args.score}${args.feeling ? `, ${args.feeling}` : ''}`,
  scoreRemoved: (args) => `Score ${args.score} at ${pointPlace(args)} removed`,
  feelingSet: (args) =>
    args.feeling ? `Feeling at ${pointPlace(args)} set to “${args.feeling}”` : `Feeling at ${pointPlace(args)} cleared`,
  renameStage: (name) => `Rename stage ${name}`,
  stageNameField: 'Stage name',
  emptyName: 'A name is needed.',
  addStage: (name) => `Add a stage beside ${name}`,
  addStageTitle: 'Add a stage',
  newStageName: 'Name of the new stage',
  before: (name) => `Before ${name}`,
  after: (name) => `After ${name}`,
  confirmAdd: 'Add',
  stagePhase: (name) => `Phase of stage ${name}`,
  stagePhaseTitle: (name) => `Phase of stage “${name}”`,
  noPhase: 'In no phase',
  newPhase: 'A new phase',
  newPhaseName: 'Name of the new phase',
  confirm: 'Apply',
  renamePhase: (name) => `Rename phase ${name}`,
  phaseNameField: 'Phase name',
  removePhase: (name) => `Remove phase ${name}`,
  renameLane: (name) => `Rename lane ${name}`,
  laneNameField: 'Lane name',
  describeLane: (name) => `Describe lane ${name}`,
  laneDescriptionField: 'Lane description',
  moveLaneUp: (name) => `Move lane ${name} up`,
  moveLaneDown: (name) => `Move lane ${name} down`,
  cannotMoveLane: 'The lane cannot move further that way',
  removeLane: (name) => `Remove lane ${name}`,
  removeLaneTitle: (name) => `Remove lane “${name}”`,
  moveToLane: (name) => `Move to ${name}`,
  removeCardsWithLane: 'Remove with the lane',
  confirmRemoveLane: 'Remove lane',
  addLane: 'Add a lane',
  addLaneTitle: 'Add a lane',
  laneKind: 'Kind',
  laneLabel: 'Name',
  laneKinds: {
    actions: 'Actions',
    touchpoints: 'Touchpoints',
    thoughts: 'Thoughts',
    pains: 'Pain points',
    opportunities: 'Opportunities',
    metrics: 'Metrics',
    text: 'Text',
    images: 'Images',
    emotion: 'Emotion curve',
    customer: 'Customer actions',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Support processes',
    evidence: 'Physical evidence',
  },
  stageAdded: ({ name, position, count }) => `Stage “${name}” added at position ${position} of ${count}`,
  partRenamed: ({ part, name, previous }) => `${part[0]!.toUpperCase()}${part.slice(1)} “${previous}” renamed to “${name}”`,
  stagePhaseSet: ({ name, phase }) => (phase ? `Stage “${name}” put in phase ${phase}` : `Stage “${name}” taken out of its phase`),
  phaseRemoved: (name) => `Phase “${name}” removed; its stages stay`,
  laneAdded: ({ name, kind }) => `Lane “${name}” (${kind}) added`,
  laneDescribed: ({ name, description }) =>
    description ? `Lane “${name}” described: ${description}` : `Description of lane “${name}” removed`,
  laneMoved: ({ name, position, count }) => `Lane “${name}” moved to position ${position} of ${count}`,
  laneRemoved: ({ name, cards, moveTo }) =>
    cards === 0
      ? `Lane “${name}” removed`
      : moveTo === null
        ? `Lane “${name}” removed with its ${cards === 1 ? 'card' : `${cards} cards`}`
        : `Lane “${name}” removed; its ${cards === 1 ? 'card' : `${cards} cards`} moved to ${moveTo}`,
};

/** The sentence announcing what a list of changes did. */
export function describeSummary(summary: EditSummary, labels: EditorLabels): string {
  switch (summary.action) {
    case 'renamed':
      return labels.renamed(summary);
    case 'added':
      return labels.added(summary);
    case 'removed':
      return labels.removed(summary);
    case 'moved':
      return labels.moved(summary);
    case 'stageMoved':
      return labels.stageMoved(summary);
    case 'stageRemoved':
      return labels.stageRemoved(summary);
    case 'scoreSet':
      return labels.scoreSet(summary);
    case 'scoreRemoved':
      return labels.scoreRemoved(summary);
    case 'feelingSet':
      return labels.feelingSet(summary);
    case 'stageAdded':
      return labels.stageAdded(summary);
    case 'stageRenamed':
    case 'phaseRenamed':
    case 'laneRenamed':
      return labels.partRenamed({
        ...summary,
        part: summary.action === 'stageRenamed' ? 'stage' : summary.action === 'phaseRenamed' ? 'phase' : 'lane',
      });
    case 'stagePhase':
      return labels.stagePhaseSet(summary);
    case 'phaseRemoved':
      return labels.phaseRemoved(summary.name);
    case 'laneAdded':
      return labels.laneAdded({ name: summary.name, kind: labels.laneKinds[summary.kind] ?? summary.kind });
    case 'laneDescribed':
      return labels.laneDescribed(summary);
    case 'laneMoved':
      return labels.laneMoved(summary);
    case 'laneRemoved':
      return labels.laneRemoved(summary);
    default:
      return labels.changed(summary.count);
  }
}
