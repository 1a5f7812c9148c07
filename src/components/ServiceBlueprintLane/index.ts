export { ServiceBlueprintLane } from './ServiceBlueprintLane';
export type { ServiceBlueprintLaneProps, ServiceBlueprintLaneOwnProps } from './ServiceBlueprintLane';
