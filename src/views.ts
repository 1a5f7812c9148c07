/**
 * `react-journey-map/views`: views that turn a map into decisions — `OpportunityMatrix`
 * (opportunities by impact and effort). An entry point of its own, with its own
 * stylesheet (`react-journey-map/views.css`), so a page that only draws maps ships none
 * of it; each view tree-shakes on its own.
 *
 * @packageDocumentation
 */
import './views/views.css';

export { OpportunityMatrix } from './views/OpportunityMatrix/OpportunityMatrix';
export type { OpportunityMatrixProps } from './views/OpportunityMatrix/OpportunityMatrix';
export { buildOpportunityMatrix } from './layout/matrix';
export type { MatrixFilter, MatrixItem, MatrixCell, MatrixAnswer, OpportunityMatrixModel } from './layout/matrix';
export { defaultViewLabels } from './views/labels';
export type { ViewLabels } from './views/labels';
