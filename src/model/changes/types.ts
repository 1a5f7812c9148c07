import type { Card, Emotion, EmotionScenario, Evidence, Journey, Lane, Persona, Phase, Stage } from '../types';

/**
 * New values for some fields of a part, and fields to remove. A field named in neither
 * keeps its value; `id` never changes. When `set` names every field the result keeps, the
 * result's fields also follow `set`'s order (an inverse gives a part back exactly so).
 */
export interface FieldChanges<T> {
  /** Fields to give a new value; `id` cannot be set. */
  set?: Partial<Omit<T, 'id'>>;
  /** Optional fields to remove. */
  unset?: ReadonlyArray<Exclude<keyof T, 'id'>>;
}

/** Where an added or moved part goes in its list: an index (clamped to the list), or the end. */
export interface ListPlace {
  /** Position in the list after the change; the end when left out. */
  index?: number;
}

/** What happens to the cards of a stage or lane that is removed: removed with it, or moved to another. */
export type CardsOnRemove = 'remove' | { moveTo: string };

/** Adds a card. Its position in its cell is its order among the cell's cards in `journey.cards`. */
export interface CardAdd extends ListPlace {
  type: 'card/add';
  card: Card;
}
/** Changes any fields of a card (its title, kind, channel, severity…); see {@link CardMove} for its cell. */
export interface CardUpdate extends FieldChanges<Card> {
  type: 'card/update';
  id: string;
}
/**
 * Moves a card to a stage and lane, with its span and its place in the cell. `endStage`
 * left out keeps the span's width (shifted, and cut at the last stage); `null` makes it one
 * stage wide. `before` puts it before that card; `index` at that place in `journey.cards`;
 * with neither it goes last in its new cell (and stays where it is in the same cell).
 */
export interface CardMove extends ListPlace {
  type: 'card/move';
  id: string;
  stage?: string;
  lane?: string;
  endStage?: string | null;
  before?: string;
}
/** Removes a card, and every link to it. */
export interface CardRemove {
  type: 'card/remove';
  id: string;
}
/** Makes a card cite a piece of evidence (added last to its `evidence`). */
export interface CardCite {
  type: 'card/cite';
  id: string;
  evidence: string;
}
/** Makes a card stop citing a piece of evidence. */
export interface CardUncite {
  type: 'card/uncite';
  id: string;
  evidence: string;
}
/** Links one card to another (a blueprint arrow from `from` to `to`). */
export interface LinkAdd {
  type: 'link/add';
  from: string;
  to: string;
}
/** Removes the link from one card to another. */
export interface LinkRemove {
  type: 'link/remove';
  from: string;
  to: string;
}

/** Adds a stage. A stage inside a phase is also listed in the phase's `stages` (a `phase/update` in the same call). */
export interface StageAdd extends ListPlace {
  type: 'stage/add';
  stage: Stage;
}
/** Changes any fields of a stage (name, goal, trigger, duration, metrics…). */
export interface StageUpdate extends FieldChanges<Stage> {
  type: 'stage/update';
  id: string;
}
/** Moves a stage to another place in the order of stages. */
export interface StageMove {
  type: 'stage/move';
  id: string;
  index: number;
}
/**
 * Removes a stage, with its scores. Its cards are removed or moved (`cards`, required when
 * it has any); spans that end in it end one stage earlier; phases no longer list it, and a
 * phase left with no stage is removed.
 */
export interface StageRemove {
  type: 'stage/remove';
  id: string;
  cards?: CardsOnRemove;
}

/** Adds a phase (its stages must follow one another). */
export interface PhaseAdd extends ListPlace {
  type: 'phase/add';
  phase: Phase;
}
/** Changes any fields of a phase, its list of stages included. */
export interface PhaseUpdate extends FieldChanges<Phase> {
  type: 'phase/update';
  id: string;
}
/** Moves a phase to another place in its list. */
export interface PhaseMove {
  type: 'phase/move';
  id: string;
  index: number;
}
/** Removes a phase; its stages stay, in no phase. */
export interface PhaseRemove {
  type: 'phase/remove';
  id: string;
}

/** Adds a lane. */
export interface LaneAdd extends ListPlace {
  type: 'lane/add';
  lane: Lane;
}
/** Changes any fields of a lane (label, description, kind, persona). */
export interface LaneUpdate extends FieldChanges<Lane> {
  type: 'lane/update';
  id: string;
}
/** Moves a lane to another place in the order of lanes. */
export interface LaneMove {
  type: 'lane/move';
  id: string;
  index: number;
}
/** Removes a lane. Its cards are removed or moved (`cards`, required when it has any). */
export interface LaneRemove {
  type: 'lane/remove';
  id: string;
  cards?: CardsOnRemove;
}

/** Adds a persona. */
export interface PersonaAdd extends ListPlace {
  type: 'persona/add';
  persona: Persona;
}
/** Changes any fields of a persona. */
export interface PersonaUpdate extends FieldChanges<Persona> {
  type: 'persona/update';
  id: string;
}
/** Moves a persona to another place in its list. */
export interface PersonaMove {
  type: 'persona/move';
  id: string;
  index: number;
}
/** Removes a persona with its scores; cards and lanes that named it no longer name a persona. */
export interface PersonaRemove {
  type: 'persona/remove';
  id: string;
}

/** Adds a piece of evidence. */
export interface EvidenceAdd extends ListPlace {
  type: 'evidence/add';
  evidence: Evidence;
}
/** Changes any fields of a piece of evidence. */
export interface EvidenceUpdate extends FieldChanges<Evidence> {
  type: 'evidence/update';
  id: string;
}
/** Moves a piece of evidence to another place in its list. */
export interface EvidenceMove {
  type: 'evidence/move';
  id: string;
  index: number;
}
/** Removes a piece of evidence, and every card's citation of it. */
export interface EvidenceRemove {
  type: 'evidence/remove';
  id: string;
}

/** The stage, persona and scenario that name one score of the emotion curve. */
export interface EmotionKey {
  stage: string;
  /** Left out when the journey has one persona and its scores name none. */
  persona?: string;
  /** Left out for the current state. */
  scenario?: EmotionScenario;
}
/**
 * Sets the score (and feeling) of a stage for a persona and scenario: replaces the point
 * with the same key, or adds one. `index` places it in `journey.emotions`.
 */
export interface EmotionSet extends ListPlace {
  type: 'emotion/set';
  emotion: Emotion;
}
/** Removes the score of a stage for a persona and scenario. */
export interface EmotionRemove extends EmotionKey {
  type: 'emotion/remove';
}

/** The journey's own fields a change may set; its lists change through the other changes. */
export type JourneyHeader = Pick<Journey, 'title' | 'description' | 'kind' | 'locale' | 'dir' | 'emotionScale' | 'meta'>;
/** Changes the journey's own fields: title, description, kind, locale, direction, emotion scale, meta. */
export interface JourneyUpdate extends FieldChanges<JourneyHeader> {
  type: 'journey/update';
}

/**
 * One change to a journey, told apart by `type`. Changes are plain data (JSON can carry
 * them), applied by `applyJourneyChanges` and undone by what `invertJourneyChanges` gives.
 */
export type JourneyChange =
  | CardAdd
  | CardUpdate
  | CardMove
  | CardRemove
  | CardCite
  | CardUncite
  | LinkAdd
  | LinkRemove
  | StageAdd
  | StageUpdate
  | StageMove
  | StageRemove
  | PhaseAdd
  | PhaseUpdate
  | PhaseMove
  | PhaseRemove
  | LaneAdd
  | LaneUpdate
  | LaneMove
  | LaneRemove
  | PersonaAdd
  | PersonaUpdate
  | PersonaMove
  | PersonaRemove
  | EvidenceAdd
  | EvidenceUpdate
  | EvidenceMove
  | EvidenceRemove
  | EmotionSet
  | EmotionRemove
  | JourneyUpdate;
