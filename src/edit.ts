/**
 * `react-journey-map/edit`: editable maps. `JourneyEditor` draws the same map with
 * editing affordances and emits typed changes (`onJourneyChange(next, changes)`), which
 * `applyJourneyChanges` applies; `useJourneyHistory` keeps an undo history of them. An
 * entry point of its own, so a page that only draws maps never ships it.
 *
 * @packageDocumentation
 */
export { useJourneyHistory } from './edit/useJourneyHistory';
export type { JourneyHistory, HistoryMove } from './edit/useJourneyHistory';
export type { HistoryStep } from './model/history';
export { JourneyEditor } from './edit/JourneyEditor';
export type { JourneyEditorProps, JourneyEditorOwnProps } from './edit/JourneyEditor';
export { defaultEditorLabels } from './edit/labels';
export type { EditorLabels } from './edit/labels';
export type { ReadOnly, EditablePart } from './layout/readOnly';
export type { EditorFocus } from './layout/editorFocus';
export type { CardFormProblem } from './layout/cardForm';
export type { Peer } from './layout/peers';
export type { LinkWords, LinkProblem } from './layout/linking';
export type { LinkEnds } from './edit/linkLabels';
