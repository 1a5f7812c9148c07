export { StageColumn } from './StageColumn';
export type { StageColumnProps, StageColumnOwnProps } from './StageColumn';
