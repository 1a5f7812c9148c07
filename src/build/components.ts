/**
 * The main entry's React half: every component. The build writes `'use client'` at the
 * top of each chunk that holds them, and only there.
 *
 * Not an entry point of the package. The build names this file as an entry of its own
 * so that the components go into chunks apart from the main entry file and from the
 * server-safe model (see `./model.ts`); the built file itself is removed. See
 * tsup.config.ts.
 */
export { JourneyMap } from '../components/JourneyMap/JourneyMap';
export { JourneyGrid } from '../components/JourneyGrid/JourneyGrid';
export { StageColumn } from '../components/StageColumn';
export { TouchpointCard } from '../components/TouchpointCard';
export { EmotionCurve } from '../components/EmotionCurve';
export { ServiceBlueprintLane } from '../components/ServiceBlueprintLane';
export { PersonaPanel } from '../components/PersonaPanel';
export { JourneyConfigProvider } from '../components/JourneyConfigProvider';
