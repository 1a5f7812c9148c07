/**
 * `react-journey-map/export`: pictures and files of a rendered map. `exportJourneySvg` and
 * `exportJourneyPng` draw standalone pictures; `useJourneyExport` and `<ExportMenu>` add
 * downloads in every format (SVG, PNG, JSON, CSV, Mermaid) and printing. An entry point
 * of its own, so a page that only draws maps never ships it; the menu loads its CSV and
 * Mermaid writers only when someone exports.
 *
 * @packageDocumentation
 */
export { exportJourneySvg, exportJourneyPng } from './io/export';
export type { ExportSvgOptions, ExportPngOptions } from './io/export';
export { ExportMenu, defaultExportMenuLabels, useJourneyExport } from './components/ExportMenu';
export type {
  ExportMenuProps,
  ExportMenuOwnProps,
  ExportMenuLabels,
  ExportMenuItem,
  JourneyExport,
  JourneyExportFormat,
  ExportedFile,
  UseJourneyExportOptions,
} from './components/ExportMenu';
