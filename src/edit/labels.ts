import type { EditSummary } from '../layout/editing';

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
  help: 'Editing: F2 renames the focused card, Delete deletes it, Ctrl+Arrow keys move it; N adds a card in the focused cell; Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes.',
  toolbar: 'Edit',
  rename: 'Rename',
  remove: 'Delete',
  add: 'Add card',
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
    default:
      return labels.changed(summary.count);
  }
}
