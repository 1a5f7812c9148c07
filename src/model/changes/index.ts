export { applyJourneyChanges } from './apply';
export { invertJourneyChanges } from './invert';
export type * from './types';
