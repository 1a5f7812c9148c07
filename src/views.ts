/**
 * `react-journey-map/views`: views that turn a map into decisions — `OpportunityMatrix`
 * (opportunities by impact and effort), `JourneyBrief` (a one-page summary), `JourneyToolbar`
 * (filters whose value, a `JourneyView`, round-trips through a URL), `JourneyCompare` (two
 * versions of a map, cell by cell) and `CoverageStrip` (a row inside a map: how much of each
 * stage's insight research backs). An entry point of its own, with its own
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
export { JourneyBrief } from './views/JourneyBrief/JourneyBrief';
export type { JourneyBriefProps } from './views/JourneyBrief/JourneyBrief';
export { buildJourneyBrief } from './layout/brief';
export type { JourneyBriefModel, BriefPain, BriefCard, BriefStageMetrics, BriefOptions } from './layout/brief';
export { JourneyToolbar } from './views/JourneyToolbar/JourneyToolbar';
export type { JourneyToolbarProps } from './views/JourneyToolbar/JourneyToolbar';
export { viewToSearchParams, viewFromSearchParams } from './model/view';
export type { JourneyView, ViewParamOptions, ViewToParamsOptions } from './model/view';
export type { ToolbarGroupKey } from './layout/toolbar';
export { JourneyCompare } from './views/JourneyCompare/JourneyCompare';
export type { JourneyCompareProps } from './views/JourneyCompare/JourneyCompare';
export { buildJourneyCompare } from './layout/compare';
export type {
  CompareMode,
  CompareChange,
  CardMark,
  PartMark,
  CompareCurve,
  CurveScore,
  StageDelta,
  JourneyCompareModel,
} from './layout/compare';
export type { ViewProps } from './views/useView';
export { defaultViewLabels } from './views/labels';
export type { ViewLabels } from './views/labels';
export { CoverageStrip } from './views/CoverageStrip/CoverageStrip';
export type { CoverageStripProps, CoverageStripOwnProps } from './views/CoverageStrip/CoverageStrip';
