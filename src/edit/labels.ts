import type { CardFormProblem } from '../layout/cardForm';
import type { EditSummary } from '../layout/editing';
import type { EditablePart } from '../layout/readOnly';
import type { CardSpotWords, StageSpotWords } from '../layout/pickup';
import { defaultCurveLabels, defaultStructureLabels, type CurveLabels, type StructureLabels } from './partLabels';
import { defaultLinkLabels, type LinkLabels } from './linkLabels';
import { defaultPeopleLabels, type PeopleLabels } from './peopleLabels';

export type { PointWords } from './partLabels';

/** Every string the editor shows or announces; override any of them with `JourneyEditor`'s `editorLabels`. */
export interface EditorLabels extends CurveLabels, StructureLabels, PeopleLabels, LinkLabels {
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
  /** Announced when several fields of one card change (undoing or redoing a save of its details). */
  updated: (title: string) => string;
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
  /** Toolbar button: open the card's details panel (the E key does the same). */
  details: string;
  /** Title of the details panel of card `title`. */
  detailsTitle: (title: string) => string;
  /** The details form's title field. */
  fieldTitle: string;
  /** The details form's description field. */
  fieldDescription: string;
  /** The details form's kind field. */
  fieldKind: string;
  /** The details form's first stage of the span. */
  fieldStage: string;
  /** The details form's last stage of the span. */
  fieldEndStage: string;
  /** The details form's group of evidence checkboxes (shown when the journey has evidence). */
  fieldEvidence: string;
  /** The details form's group of link checkboxes: the cards this one leads to. */
  fieldLinks: string;
  /** The search field that finds a card to link to. */
  findCard: string;
  /** How many cards the link search offers. */
  cardsFound: (count: number) => string;
  /** The empty choice of a select: the field is not set. */
  notSet: string;
  /** The details panel's button that saves the form. */
  save: string;
  /** What is wrong with a field of the details form, shown under it. */
  problem: (problem: CardFormProblem) => string;
  /** Shown (as an alert) when saving a form with problems: where they are. */
  fixProblems: (count: number) => string;
  /** Shown in the panel when the host replaced the card while the user was editing it. */
  changedUnderneath: string;
  /** Shown in the panel when the card was deleted while the user was editing it: their text stays to copy. */
  removedUnderneath: string;
  /** Button: keep the user's edits over the changed card. */
  keepMine: string;
  /** Button: drop the user's edits and take the changed card. */
  takeTheirs: string;
  /** Said under the inline title field when the card changed while the user typed: its new title, or `null` when it was deleted. */
  titleUnderneath: (title: string | null) => string;
  /** Announced when the details panel saves, with the names of the fields changed. */
  detailsSaved: (args: { title: string; fields: readonly string[] }) => string;
  /** Announced when saving changed nothing. */
  nothingChanged: string;
  /** Why an editing key does nothing: the host made that part read-only. */
  readOnly: (part: EditablePart) => string;
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
  updated: (title) => `Card “${title}” updated`,
  changed: (count) => `${count} change${count === 1 ? '' : 's'} made`,
  undone: (what) => (what ? `Undone: ${what}` : 'Undone'),
  redone: (what) => (what ? `Redone: ${what}` : 'Redone'),
  nothingToUndo: 'Nothing to undo',
  nothingToRedo: 'Nothing to redo',
  cannotMove: 'The card cannot move further that way',
  help: 'Editing: F2 renames the focused card, E edits its details, Delete deletes it, Ctrl+Arrow keys move it one cell; M picks it up, then Arrow keys choose where it goes, Enter or Space drops it and Escape cancels; L links it to another card: Arrow keys choose the card, Enter or Space connects, Delete removes their link, Escape cancels; cards and stage headers can be dragged too, and a card’s round handle dragged to another card links them. N adds a card in the focused cell. On the emotion curve, Tab to a point: Up and Down arrows change its score, Home and End go to the ends of the scale, F2 edits its feeling, Delete removes it; points can be dragged up and down. The buttons in the stage, phase and lane headers rename, add, group, reorder and remove them. Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes.',
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
  details: 'Details',
  detailsTitle: (title) => `Card details: ${title}`,
  fieldTitle: 'Title',
  fieldDescription: 'Description',
  fieldKind: 'Kind',
  fieldStage: 'First stage',
  fieldEndStage: 'Last stage (span)',
  fieldEvidence: 'Evidence cited',
  fieldLinks: 'Leads to cards',
  findCard: 'Find a card to link to',
  cardsFound: (count) => (count === 0 ? 'No card found' : count === 1 ? '1 card found' : `${count} cards found`),
  notSet: 'Not set',
  save: 'Save',
  problem: (p) => {
    switch (p.problem) {
      case 'emptyTitle':
        return 'A card needs a title.';
      case 'spanBackwards':
        return 'The last stage cannot come before the first stage.';
      case 'unknownStage':
        return 'Choose a stage of this journey.';
      case 'selfLink':
        return 'A card cannot lead to itself.';
      case 'removed':
        return 'This card is no longer in the journey.';
      default:
        return `“${p.id}” is no longer in the journey; clear it.`;
    }
  },
  fixProblems: (count) => (count === 1 ? 'One field needs fixing before saving.' : `${count} fields need fixing before saving.`),
  changedUnderneath: 'This card was changed by someone else while you were editing it. Your edits are kept here.',
  removedUnderneath: 'This card was deleted while you were editing it. Your text is kept here to copy; it cannot be saved.',
  keepMine: 'Keep my edits',
  titleUnderneath: (title) =>
    title === null
      ? 'This card was deleted while you were typing; your title cannot be saved. Escape closes.'
      : `Someone else renamed this card to “${title}” meanwhile. Enter saves your title; Escape keeps theirs.`,
  takeTheirs: 'Take the new version',
  detailsSaved: ({ title, fields }) => `Card “${title}” updated: ${fields.join(', ')}`,
  nothingChanged: 'Nothing changed',
  readOnly: (part) =>
    ({
      cards: 'Cards cannot be added, moved or deleted in this map',
      fields: 'Card details cannot be edited in this map',
      stages: 'Stages cannot be changed in this map',
      lanes: 'Lanes cannot be changed in this map',
      emotions: 'The emotion curve cannot be changed in this map',
      personas: 'Personas cannot be changed in this map',
    })[part],
  ...defaultCurveLabels,
  ...defaultStructureLabels,
  ...defaultPeopleLabels,
  ...defaultLinkLabels,
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
    case 'updated':
      return labels.updated(summary.title);
    case 'linked':
      return labels.linked(summary);
    case 'unlinked':
      return labels.unlinked(summary);
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
    case 'personaAdded':
      return labels.personaAdded(summary.name);
    case 'personaUpdated':
      return labels.personaSaved({ name: summary.name, fields: summary.fields.map((f) => labels.personaFields[f]) });
    case 'personaRemoved':
      return labels.personaRemoved(summary.removal);
    default:
      return labels.changed(summary.count);
  }
}
