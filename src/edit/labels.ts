import type { EditSummary } from '../layout/editing';
import type { CardSpotWords, StageSpotWords } from '../layout/pickup';
import { defaultCurveLabels, defaultStructureLabels, type CurveLabels, type StructureLabels } from './partLabels';

export type { PointWords } from './partLabels';

/** Every string the editor shows or announces; override any of them with `JourneyEditor`'s `editorLabels`. */
export interface EditorLabels extends CurveLabels, StructureLabels {
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
}

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
  ...defaultCurveLabels,
  ...defaultStructureLabels,
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
