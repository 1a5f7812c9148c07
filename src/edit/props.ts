import type { JourneyMapProps } from '../components/JourneyMap/JourneyMap';
import type { EditorFocus } from '../layout/editorFocus';
import type { Peer } from '../layout/peers';
import type { ReadOnly } from '../layout/readOnly';
import type { JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';
import type { HistoryMove } from './useJourneyHistory';

/** The props `JourneyEditor` adds to `JourneyMap`'s. */
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
  /**
   * What the user may not edit: `true` (nothing: the map is only shown), the read-only parts
   * (`{ stages: true, lanes: true }`), or the only editable parts (`{ except: ['cards', 'fields'] }`).
   * Parts: `cards` (add, delete, move, link, span), `fields` (title and details), `stages`, `lanes`,
   * `emotions`, `personas`. A read-only part's buttons are not drawn and its keys say why they do nothing.
   * Default: everything editable.
   */
  readOnly?: ReadOnly;
  /** Called when what the user is on (card, stage, lane) or editing (a title, the details) changes. */
  onFocusChange?: (focus: EditorFocus) => void;
  /** Other people on the map: each drawn as an outline in their colour around the card they are on, with their name ("Ana is editing"). */
  peers?: readonly Peer[];
}

/** Props of `JourneyEditor`: every `JourneyMap` prop, with the journey given as editable data. */
export type JourneyEditorProps = JourneyEditorOwnProps & Omit<JourneyMapProps, 'journey'>;
