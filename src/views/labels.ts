import type { ConfidenceLevel } from '../model/confidence';
import type { ToolbarGroupKey } from '../layout/toolbar';

/**
 * Every string the decision views (`OpportunityMatrix`, `JourneyBrief`, `JourneyToolbar`, `JourneyCompare`) show or announce
 * beyond the map's own labels (level, status and card-kind names come from
 * `JourneyLabels`, so a map's language set translates them too). Override any of them with
 * a view's `viewLabels` prop.
 */
export interface ViewLabels {
  /** Heading of the opportunity matrix. */
  matrixTitle: string;
  /** Accessible name of the matrix grid. */
  matrixGrid: string;
  /** Names of the four corner quadrants, shown in their cells. */
  quadrants: { quickWins: string; bigBets: string; fillIns: string; moneyPits: string };
  /** Row header of opportunities that lack an impact or effort rating. */
  unrated: string;
  /** Heading of the pain points an opportunity answers. */
  answers: string;
  /** Said of an opportunity that links to no pain point. */
  noAnswers: string;
  /** Legend of the status filter. */
  statusFilter: string;
  /** Label of the owner filter. */
  ownerFilter: string;
  /** The owner filter's option that shows every owner. */
  allOwners: string;
  /** The owner filter's option for opportunities nobody owns. */
  unowned: string;
  /** How many opportunities the filter shows; shown above the matrix and announced when it changes. */
  shownCount: (shown: number, total: number) => string;
  /** Said in an empty cell (read, not drawn). */
  emptyCell: string;
  /** The brief's kind, above the journey's title. */
  briefTitle: string;
  /** Heading of the brief's pain points: how many are listed of how many. */
  topPains: (listed: number, total: number) => string;
  /** Heading of the moments of truth. */
  moments: string;
  /** Heading of the open opportunities with their owners. */
  actions: string;
  /** Heading of the numbers per stage. */
  kpis: string;
  /** Said of an empty section. */
  nothing: string;
  /** Names of the confidence levels an insight's evidence gives it. */
  confidence: Record<ConfidenceLevel, string>;
  /** What an insight's sources record: what people say, do, or both. */
  backing: (args: { sources: number; says: boolean; does: boolean; stale: number }) => string;
  /** Accessible name of the toolbar that filters a map. */
  toolbar: string;
  /** Names of the toolbar's filters, shown before their buttons. */
  toolbarGroups: Record<ToolbarGroupKey, string>;
  /** The toolbar's button that clears every filter. */
  showAll: string;
  /** Announced when the toolbar's filter changes: what it narrows to (names) and how many cards show. */
  viewStatus: (args: { names: readonly string[]; shown: number; total: number }) => string;
  /** The comparison's kind, above the journey's title. */
  compareTitle: string;
  /** Legend of the comparison's choice of version. */
  compareShow: string;
  /** Names of the versions a comparison draws: the new one, the old one, both. */
  compareModes: { after: string; before: string; both: string };
  /** Marks of a card that is new, removed or changed. */
  compareMarks: { added: string; removed: string; changed: string };
  /** Said of a card that moved: where from (in the new version) or where to (in the old one); `place` is "Stage · Lane". */
  movedFrom: (place: string) => string;
  /** Said in the old version of a card that moves. */
  movesTo: (place: string) => string;
  /** Marks of a stage or lane that is new, removed, or moved from an old position. */
  stageMarks: { added: string; removed: string; moved: (from: number) => string };
  /** Marks of a lane that is new, removed, or moved from an old position. */
  laneMarks: { added: string; removed: string; moved: (from: number) => string };
  /** Names of a card's fields in its marks, where the map's labels have none. */
  fields: Record<string, string>;
  /** A score's change at a stage: "Feeling −2 → +1" (`who` names the persona when the map has several, else empty). */
  feelingChange: (who: string, change: string) => string;
  /** Legend of the overlaid curves: the old version's and the new one's. */
  curveVersions: { before: string; after: string };
}

/** The English view labels. */
export const defaultViewLabels: ViewLabels = {
  matrixTitle: 'Opportunities by impact and effort',
  matrixGrid: 'Impact and effort matrix',
  quadrants: { quickWins: 'Quick wins', bigBets: 'Big bets', fillIns: 'Fill-ins', moneyPits: 'Money pits' },
  unrated: 'Not rated',
  answers: 'Answers',
  noAnswers: 'Answers no pain point yet',
  statusFilter: 'Status',
  ownerFilter: 'Owner',
  allOwners: 'All owners',
  unowned: 'No owner',
  shownCount: (shown, total) => (shown === total ? `${total} opportunities` : `${shown} of ${total} opportunities shown`),
  emptyCell: 'None',
  briefTitle: 'Journey brief',
  topPains: (listed, total) => (listed === total ? 'Top pain points' : `Top ${listed} of ${total} pain points`),
  moments: 'Moments of truth',
  actions: 'Owned actions',
  kpis: 'KPIs by stage',
  nothing: 'None yet',
  confidence: {
    high: 'High confidence',
    medium: 'Medium confidence',
    low: 'Low confidence',
    assumption: 'Assumption only',
    none: 'No evidence',
  },
  backing: ({ sources, says, does, stale }) =>
    [
      `${sources} ${sources === 1 ? 'source' : 'sources'}`,
      says && does ? 'what people say and do' : does ? 'what people do' : says ? 'what people say' : '',
      stale > 0 ? `${stale} out of date` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  toolbar: 'Filter the map',
  toolbarGroups: { personas: 'Personas', lanes: 'Lanes', channels: 'Channels', confidence: 'Evidence', statuses: 'Status' },
  showAll: 'Show all',
  viewStatus: ({ names, shown, total }) =>
    names.length === 0 ? `Showing all ${total} cards` : `Showing ${shown} of ${total} cards: ${names.join(', ')}`,
  compareTitle: 'Comparison',
  compareShow: 'Show',
  compareModes: { after: 'After', before: 'Before', both: 'Both' },
  compareMarks: { added: 'New', removed: 'Removed', changed: 'Changed' },
  movedFrom: (place) => `Moved from ${place}`,
  movesTo: (place) => `Moves to ${place}`,
  stageMarks: { added: 'New stage', removed: 'Removed stage', moved: (from) => `Was stage ${from}` },
  laneMarks: { added: 'New lane', removed: 'Removed lane', moved: (from) => `Was lane ${from}` },
  fields: {
    title: 'Title',
    description: 'Description',
    kind: 'Kind',
    channel: 'Channel',
    status: 'Status',
    momentOfTruth: 'Moment of truth',
    evidence: 'Evidence',
    links: 'Links',
    persona: 'Persona',
    metric: 'Metric',
  },
  feelingChange: (who, change) => `${who ? `${who}: ` : ''}Feeling ${change}`,
  curveVersions: { before: 'Before', after: 'After' },
};
