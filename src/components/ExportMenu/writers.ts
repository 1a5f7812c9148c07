/**
 * The file writers of {@link useJourneyExport}. The hook imports this module with a
 * dynamic `import()` when an export runs, so that a host showing `ExportMenu` loads
 * papaparse and the Mermaid writer only when someone exports.
 */
export { exportJourneySvg, exportJourneyPng } from '../../io/export';
export { exportJourneyVectorSvg } from '../../io/exportVector';
export { toJourneyCsv } from '../../io/csv';
export { toMermaidJourney } from '../../io/mermaid';
