export { ExportMenu, defaultExportMenuLabels } from './ExportMenu';
export type { ExportMenuProps, ExportMenuOwnProps, ExportMenuLabels, ExportMenuItem } from './ExportMenu';
export { useJourneyExport, downloadBlob, JOURNEY_EXPORT_FORMATS } from './useJourneyExport';
export type { JourneyExport, JourneyExportFormat, ExportedFile, UseJourneyExportOptions } from './useJourneyExport';
