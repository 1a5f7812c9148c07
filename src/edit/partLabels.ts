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

/** The strings of the emotion curve's points (part of `EditorLabels`). */
export interface CurveLabels {
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
}

/** The strings of the stage, phase and lane controls (part of `EditorLabels`). */
export interface StructureLabels {
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

/** The built-in English strings of the curve's points. */
export const defaultCurveLabels: CurveLabels = {
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
};

/** The built-in English strings of the stage, phase and lane controls. */
export const defaultStructureLabels: StructureLabels = {
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
