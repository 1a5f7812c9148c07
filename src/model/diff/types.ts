import type { Card, EmotionScenario, Evidence, Journey, Lane, Persona, Phase, Stage } from '../types';

/** One field that differs between two versions of a part: its value before and after (`undefined` when absent). */
export interface FieldDiff<T> {
  /** The field's name. */
  field: Exclude<keyof T, 'id'> & string;
  /** The value in `before`; `undefined` when the field was added. */
  before: unknown;
  /** The value in `after`; `undefined` when the field was removed. */
  after: unknown;
}

/** A part found in both journeys whose fields differ. */
export interface PartChange<T> {
  /** The part's id. */
  id: string;
  /** The part as it was. */
  before: T;
  /** The part as it is. */
  after: T;
  /** Each field that differs, in the order the fields appear in `after` (then those only `before` has). */
  fields: FieldDiff<T>[];
}

/** A part whose place in its list changed relative to the parts both journeys keep. */
export interface PositionMove {
  /** The part's id. */
  id: string;
  /** Its index in `before`'s list. */
  before: number;
  /** Its index in `after`'s list. */
  after: number;
}

/** Where a card sits: its stage (and the last stage of its span) and its lane. */
export interface CardPlace {
  /** The first stage the card sits in. */
  stage: string;
  /** The last stage of its span; left out for a card one stage wide. */
  endStage?: string;
  /** Its lane. */
  lane: string;
}

/** A card whose cell or span changed. */
export interface CardPlaceMove {
  /** The card's id. */
  id: string;
  /** Where it was. */
  before: CardPlace;
  /** Where it is. */
  after: CardPlace;
}

/**
 * What changed in one list of parts, matched by id. `changed` names fields other than the
 * place; `moved` tells the place: a card's cell or span, or a list position. A list position
 * counts as moved only when the part changed its order against the parts both keep (the
 * fewest such parts), so an insertion or a removal moves nothing.
 */
export interface PartsDiff<T, M> {
  /** Parts only `after` has, in `after`'s order. */
  added: T[];
  /** Parts only `before` has, in `before`'s order. */
  removed: T[];
  /** Parts in both whose fields differ, in `after`'s order. */
  changed: PartChange<T>[];
  /** Parts in both that moved, in `after`'s order. */
  moved: M[];
}

/** What changed in an ordered list of parts (stages, lanes, phases, personas, evidence): also where each added part stands. */
export interface ListDiff<T> extends PartsDiff<T, PositionMove> {
  /** The index in `after`'s list of each part of `added`, in the same order. */
  addedAt: number[];
}

/** How one score of the emotion curve changed, for a stage, persona and scenario. */
export interface EmotionDiff {
  /** The stage. */
  stage: string;
  /** The persona; left out when neither point names one. */
  persona?: string;
  /** The scenario: `current` also stands for a point that names none. */
  scenario: EmotionScenario;
  /** The score in `before`; left out when `before` has no such point. */
  before?: number;
  /** The score in `after`; left out when `after` has no such point. */
  after?: number;
  /** `after − before` when both have the point. */
  delta?: number;
  /** The feeling's word in `before`, if any. */
  beforeLabel?: string;
  /** The feeling's word in `after`, if any. */
  afterLabel?: string;
}

/** How many parts of one kind were added, removed, changed and moved. */
export interface DiffCounts {
  /** Parts only `after` has. */
  added: number;
  /** Parts only `before` has. */
  removed: number;
  /** Parts in both whose fields differ. */
  changed: number;
  /** Parts in both that moved. */
  moved: number;
}

/** The counts of a diff, per kind of part. */
export interface JourneyDiffSummary {
  /** Cards. */
  cards: DiffCounts;
  /** Stages. */
  stages: DiffCounts;
  /** Phases. */
  phases: DiffCounts;
  /** Lanes. */
  lanes: DiffCounts;
  /** Personas. */
  personas: DiffCounts;
  /** Evidence. */
  evidence: DiffCounts;
  /** Scores of the emotion curve that were added, removed or changed (score or word). */
  emotions: number;
  /** Fields of the journey itself (title, description, kind…) that differ. */
  journey: number;
  /** Every difference above added up; 0 when the journeys say the same. */
  total: number;
}

/** The journey's own fields a diff compares (its lists are compared part by part). */
export type JourneyOwnFields = Omit<Journey, 'personas' | 'phases' | 'stages' | 'lanes' | 'cards' | 'emotions' | 'evidence'>;

/** What differs between two versions of a journey, matched by id. Plain data; JSON carries it. */
export interface JourneyDiff {
  /** Cards: `moved` gives a card's old and new cell or span. */
  cards: PartsDiff<Card, CardPlaceMove>;
  /** Stages: `moved` gives a stage's old and new position. */
  stages: ListDiff<Stage>;
  /** Phases. */
  phases: ListDiff<Phase>;
  /** Lanes: `moved` gives a lane's old and new position. */
  lanes: ListDiff<Lane>;
  /** Personas. */
  personas: ListDiff<Persona>;
  /** Evidence. */
  evidence: ListDiff<Evidence>;
  /** Scores of the emotion curve that differ, in `after`'s order (then those only `before` has). */
  emotions: EmotionDiff[];
  /** Fields of the journey itself that differ (`schemaVersion` and `id` are not compared). */
  journey: FieldDiff<JourneyOwnFields>[];
  /** The counts. */
  summary: JourneyDiffSummary;
}
