/**
 * `react-journey-map/export`: pictures and files of a rendered map. `exportJourneySvg` and
 * `exportJourneyPng` draw standalone pictures; `exportJourneyVectorSvg` draws the map as
 * plain shapes and text that design tools (Figma, Illustrator, Inkscape, PowerPoint) open
 * as editable layers; `useJourneyExport` and `<ExportMenu>` add
 * downloads in every format (SVG, PNG, JSON, CSV, Mermaid) and printing. An entry point
 * of its own, so a page that only draws maps never ships it; the menu loads its CSV and
 * Mermaid writers only when someone exports.
 *
 * @packageDocumentation
 */
export { exportJourneySvg, exportJourneyPng } from './io/export';
export type { ExportSvgOptions, ExportPngOptions } from './io/export';
export { exportJourneyVectorSvg } from './io/exportVector';
export type { ExportVectorSvgOptions } from './io/exportVector';
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
