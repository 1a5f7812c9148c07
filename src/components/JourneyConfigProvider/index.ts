export { JourneyConfigProvider } from './JourneyConfigProvider';
export type { JourneyConfig, JourneyConfigProviderProps } from './JourneyConfigProvider';
