import type { Card, Journey, Level, OpportunityStatus } from '../model/types';
import { LEVELS } from '../model/types';
import { cardKey, cellKey, type NavRow } from './navigation';

/**
 * The opportunity matrix: a journey's opportunities placed by expected impact (rows,
 * high first) and effort (columns, low first), as a prioritisation grid reads — quick
 * wins top left, money pits bottom right. Pure; the `OpportunityMatrix` view draws it.
 */

/** What the matrix lets through; everything when a field is left out. */
export interface MatrixFilter {
  /** Statuses to show; an opportunity with no status counts as `'idea'`. */
  statuses?: readonly OpportunityStatus[];
  /** Owners to show; `null` stands for opportunities nobody owns yet. */
  owners?: readonly (string | null)[];
}

/** A card an opportunity answers (a pain point it links to, or that links to it). */
export interface MatrixAnswer {
  /** The pain point's id. */
  id: string;
  /** Its title. */
  title: string;
  /** Its severity, if rated. */
  severity?: Level;
}

/** One opportunity in the matrix. */
export interface MatrixItem {
  /** The opportunity card. */
  card: Card;
  /** The name of the stage it starts in. */
  stage: string;
  /** Its status (`'idea'` when the card gives none). */
  status: OpportunityStatus;
  /** The pain points it answers, in the journey's card order. */
  answers: MatrixAnswer[];
}

/** A cell of the matrix: one impact level × one effort level. */
export interface MatrixCell {
  /** Expected impact. */
  impact: Level;
  /** Expected effort. */
  effort: Level;
  /** Its opportunities, highest-severity answers first, then in the journey's order. */
  items: MatrixItem[];
}

/** The matrix of a journey. */
export interface OpportunityMatrixModel {
  /** The impact levels top to bottom: high, medium, low. */
  impacts: readonly Level[];
  /** The effort levels start to end: low, medium, high. */
  efforts: readonly Level[];
  /** Rows of cells, `rows[impact row][effort column]`. */
  rows: MatrixCell[][];
  /** Opportunities the filter lets through that lack an impact or an effort rating. */
  unrated: MatrixItem[];
  /** Every owner named by an opportunity, sorted, before any filter. */
  owners: string[];
  /** Whether some opportunity has no owner (before any filter). */
  unowned: boolean;
  /** How many opportunities the journey has, and how many the filter lets through. */
  counts: { total: number; shown: number };
}

const IMPACTS: readonly Level[] = [...LEVELS].reverse();
const SEVERITY_RANK: Record<Level, number> = { high: 0, medium: 1, low: 2 };

/** Builds the matrix of a (valid) journey's opportunities. */
export function buildOpportunityMatrix(journey: Journey, filter: MatrixFilter = {}): OpportunityMatrixModel {
  const byId = new Map(journey.cards.map((c) => [c.id, c]));
  const stageNames = new Map(journey.stages.map((s) => [s.id, s.name]));
  // Pain points that link to an opportunity answer it as much as those it links to.
  const linkedFrom = new Map<string, string[]>();
  for (const card of journey.cards) {
    for (const to of card.links ?? []) {
      const list = linkedFrom.get(to);
      if (list) list.push(card.id);
      else linkedFrom.set(to, [card.id]);
    }
  }
  const order = new Map(journey.cards.map((c, i) => [c.id, i]));
  const statuses = filter.statuses ? new Set(filter.statuses) : undefined;
  const owners = filter.owners ? new Set(filter.owners) : undefined;
  const allOwners = new Set<string>();
  let unowned = false;
  const rows = IMPACTS.map((impact) => LEVELS.map((effort): MatrixCell => ({ impact, effort, items: [] })));
  const unrated: MatrixItem[] = [];
  let total = 0;
  let shown = 0;
  for (const card of journey.cards) {
    if (card.kind !== 'opportunity') continue;
    total++;
    if (card.owner) allOwners.add(card.owner);
    else unowned = true;
    const status = card.status ?? 'idea';
    if (statuses && !statuses.has(status)) continue;
    if (owners && !owners.has(card.owner ?? null)) continue;
    shown++;
    const answers = [...new Set([...(card.links ?? []), ...(linkedFrom.get(card.id) ?? [])])]
      .map((id) => byId.get(id))
      .filter((c): c is Card => c?.kind === 'pain')
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .map((c) => ({ id: c.id, title: c.title, ...(c.severity && { severity: c.severity }) }));
    const item: MatrixItem = { card, stage: stageNames.get(card.stage) ?? card.stage, status, answers };
    if (card.impact && card.effort) rows[IMPACTS.indexOf(card.impact)]![LEVELS.indexOf(card.effort)]!.items.push(item);
    else unrated.push(item);
  }
  for (const cell of rows.flat()) cell.items.sort((a, b) => worstAnswer(a) - worstAnswer(b));
  return {
    impacts: IMPACTS,
    efforts: LEVELS,
    rows,
    unrated,
    owners: [...allOwners].sort((a, b) => a.localeCompare(b)),
    unowned,
    counts: { total, shown },
  };
}

/** The rank of an item's most severe answer (0 high … 3 none); the sort is stable, so ties keep the journey's order. */
function worstAnswer(item: MatrixItem): number {
  return Math.min(3, ...item.answers.map((a) => (a.severity ? SEVERITY_RANK[a.severity] : 3)));
}

/** The roving-focus row id of an impact level. */
export const matrixRowId = (impact: Level): string => `impact-${impact}`;

/**
 * The matrix as rows of the map's keyboard model (`layout/navigation`): a row per impact
 * level, a cell per effort level, each cell's opportunities as its cards — so the matrix
 * is walked with the same keys as the map. Unrated opportunities form a last row of one cell.
 */
export function matrixNavRows(matrix: OpportunityMatrixModel): NavRow[] {
  const rows: NavRow[] = matrix.rows.map((cells, r) => ({
    id: matrixRowId(matrix.impacts[r]!),
    cells: cells.map((cell, c) => ({ start: c, end: c, cards: cell.items.map((i) => i.card.id) })),
  }));
  if (matrix.unrated.length > 0) rows.push({ id: 'unrated', cells: [{ start: 0, end: 2, cards: matrix.unrated.map((i) => i.card.id) }] });
  return rows;
}

/** The roving-focus key of a matrix cell. */
export const matrixCellKey = (impact: Level, effort: Level): string => cellKey(matrixRowId(impact), LEVELS.indexOf(effort));

/** The roving-focus key of an opportunity in the matrix (as on the map). */
export const matrixItemKey = cardKey;
