export { ExportMenu, defaultExportMenuLabels } from './ExportMenu';
export type { ExportMenuProps, ExportMenuOwnProps, ExportMenuLabels, ExportMenuItem } from './ExportMenu';
export { useJourneyExport } from './useJourneyExport';
export type { JourneyExport, JourneyExportFormat, ExportedFile, UseJourneyExportOptions } from './useJourneyExport';
