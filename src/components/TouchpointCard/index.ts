export { TouchpointCard } from './TouchpointCard';
export type { TouchpointCardProps, TouchpointCardOwnProps } from './TouchpointCard';
