import type { CardKind, EvidenceCollection, EvidenceDimension, EvidenceKind, JourneyKind, Level, OpportunityStatus } from '../model/types';

/**
 * Every string the components show that does not come from the journey itself.
 * Pass any subset through the `labels` prop to translate or rename.
 */
export interface JourneyLabels {
  /** Names of card kinds, shown on cards. */
  cardKinds: Record<CardKind, string>;
  /** Names of map kinds, shown in the map header. */
  journeyKinds: Record<JourneyKind, string>;
  /** Names of evidence kinds. */
  evidenceKinds: Record<EvidenceKind, string>;
  /** Names of built-in channels; unknown channels show their own id. */
  channels: Record<string, string>;
  /** Low / medium / high. */
  levels: Record<Level, string>;
  /** Opportunity statuses. */
  statuses: Record<OpportunityStatus, string>;
  /** The moment-of-truth marker. */
  momentOfTruth: string;
  /** Legend entry of the badge that counts an insight's research sources. */
  validated: string;
  /** The badge on a card that cites research: how many sources, e.g. "2 sources" (neutral: research is not a resolution). */
  sources: (count: number) => string;
  /** Badge for an insight nobody has validated. */
  assumption: string;
  /** A card's confidence level, derived from its evidence (see `cardConfidence`), shown in its evidence badge, e.g. "High confidence". */
  confidence: Record<Level, string>;
  /** The map header's mark when `validatedAt` is older than the review period, e.g. "Needs validation (review every 180 days)". */
  needsValidation: (days: number) => string;
  /** A stage header's mark when its newest research is older than the review period, e.g. "Research older than 180 days". */
  staleStage: (days: number) => string;
  /**
   * What a source in card details records and how it was gathered, and its age. Optional:
   * the English default comes with the details (loaded on demand).
   */
  evidenceTraits?: {
    collection: Record<EvidenceCollection, string>;
    dimension: Record<EvidenceDimension, string>;
    stale: string;
  };
  /** The coverage strip's row header. Optional: its English default comes with `CoverageStrip` (in the views entry). */
  researchCoverage?: string;
  /**
   * One stage's coverage, read by screen readers, e.g. "Checkout: 3 of 5 insights backed by
   * research". Optional: its English default comes with `CoverageStrip`.
   */
  stageCoverage?: (args: { stage: string; backed: number; insights: number }) => string;
  /** Field names in card details. */
  impact: string;
  /** Field name. */
  effort: string;
  /** Field name. */
  owner: string;
  /** Field name. */
  status: string;
  /** Field name. */
  severity: string;
  /** Field name. */
  channel: string;
  /** Heading of the evidence list in card details. */
  evidence: string;
  /** Heading of linked cards in card details. */
  linksTo: string;
  /** Heading of cards linking here. */
  linkedFrom: string;
  /** Spans several stages, e.g. "Awareness → Purchase". */
  spans: string;
  /** Stage header fields. */
  goal: string;
  /** Stage header field. */
  trigger: string;
  /** Stage header field. */
  duration: string;
  /** Corner header above the lane labels. */
  lanes: string;
  /** Corner header of the stage row. */
  stage: string;
  /** Corner header of the phase row. */
  phase: string;
  /** Close button of popovers. */
  close: string;
  /** Link to more, in card details. */
  openLink: string;
  /** Emotion lane title when the lane has no label. */
  emotion: string;
  /** Legend entries. */
  currentState: string;
  /** Legend entry. */
  futureState: string;
  /** Marker of the curve's highest point. */
  high: string;
  /** Marker of the curve's lowest point. */
  low: string;
  /** The curve's legend: what a ring on the curve is. */
  legendScore: string;
  /** The curve's legend: what a filled dot on the curve is. */
  legendHighLow: string;
  /** Column headers of the emotion table for screen readers. */
  score: string;
  /** Column header. */
  feeling: string;
  /** Sentence summarising a curve for screen readers; `minLabel` and `maxLabel` are the journey's words for the scale's ends, if any. */
  emotionSummary: (args: {
    name: string;
    highStage: string;
    highScore: number;
    lowStage: string;
    lowScore: number;
    min: number;
    max: number;
    minLabel?: string;
    maxLabel?: string;
  }) => string;
  /**
   * Accessible name of a stage's cell of the curve: the stage, then each curve's score
   * (signed, with a true minus sign) and feeling, and whose curve it is; `scores` is empty
   * when nobody scored the stage.
   */
  emotionStage: (args: { stage: string; scores: ReadonlyArray<{ name: string; score: string; label?: string }> }) => string;
  /** Button that shows the curve's scores as a table in place of the chart. */
  viewAsTable: string;
  /** Button that shows the curve's chart again. */
  viewAsChart: string;
  /** Names of the service-blueprint lines. */
  lineOfInteraction: string;
  /** Line name. */
  lineOfVisibility: string;
  /** Line name. */
  lineOfInternalInteraction: string;
  /** Persona panel headings. */
  goals: string;
  /** Heading. */
  needs: string;
  /** Heading. */
  frustrations: string;
  /** Heading. */
  behaviours: string;
  /** Heading. */
  channelsUsed: string;
  /** Age, e.g. "32 years". */
  age: (age: number) => string;
  /** Goal kinds. */
  careerGoal: string;
  /** Goal kind. */
  personalGoal: string;
  /** Persona switcher: show every persona. */
  allPersonas: string;
  /** Persona switcher's accessible name. */
  personaSwitcher: string;
  /** The map's button that shows or hides the persona's whole card. */
  personaDetails: string;
  /** The map's button that shows or hides every stage's goal, trigger, duration and metrics. */
  stageDetails: string;
  /** Heading of the error panel. */
  errorTitle: string;
  /** Sentence under the heading. */
  errorIntro: (count: number) => string;
  /** Notice a part shows when it has nothing valid to draw. */
  partError: string;
  /** Map header: owner and dates. */
  updated: string;
  /** Map header. */
  validatedOn: string;
  /** Legend heading. */
  legend: string;
  /** Notice for an empty cell read by screen readers. */
  emptyCell: string;
  /** Accessible name of a stage's header: the stage and its place, e.g. "Awareness, stage 1 of 7" (`index` counts from 1). */
  stageHeader: (args: { name: string; index: number; count: number }) => string;
  /** Accessible name of a phase's header, e.g. "Buy, phase 1 of 3" (`index` counts from 1). */
  phaseHeader: (args: { name: string; index: number; count: number }) => string;
  /** Where a card sits, read after its name: its stage (or first and last stage) and its lane, e.g. "Awareness → Purchase · Actions". */
  cardPosition: (args: { stage: string; endStage?: string; lane: string }) => string;
  /**
   * Which side of the blueprint lines a lane is on, a sentence read after its name, before
   * the lane's description: `lineAbove` is the name of the nearest line drawn above the
   * lane, `lineBelow` of the nearest below.
   */
  blueprintSide: (args: { lineAbove?: string; lineBelow?: string }) => string;
  /**
   * What a filter shows, announced when it changes: the names of the personas, channels
   * and lanes it lets through (empty when not filtered by them) and how many cards are shown.
   */
  filterStatus: (args: {
    personas: readonly string[];
    channels: readonly string[];
    lanes: readonly string[];
    shown: number;
    total: number;
  }) => string;
  /**
   * The summary of a comparison of two journeys, e.g. "+12 cards, −5, 7 changed · Checkout
   * −2 → +1": how many cards were added, removed, changed and moved (each may be 0), and
   * the stage whose score changed most, its scores already signed with a true minus sign.
   * Optional: its English default comes with `diffSummaryText`, so that a page that only
   * draws maps does not ship it.
   */
  compareSummary?: (args: {
    added: number;
    removed: number;
    changed: number;
    moved: number;
    emotion?: { stage: string; before: string; after: string };
  }) => string;
}
