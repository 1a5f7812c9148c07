export { diffJourneys } from './diff';
export type * from './types';
