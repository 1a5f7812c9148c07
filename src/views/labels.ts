/**
 * Every string the decision views (`OpportunityMatrix`, `JourneyBrief`) show or announce
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
};
