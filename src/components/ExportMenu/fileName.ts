// The names of the files useJourneyExport makes. This lives apart from the image export
// helpers (src/io/exportHelpers.ts): the hook is in the main entry, and those helpers
// load only when an export runs.

/** A file name for a journey: its title made safe, with `extension`. */
export function exportFileName(title: string | undefined, extension: string): string {
  const base = (title ?? '')
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ') // eslint-disable-line no-control-regex
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${base || 'journey'}.${extension}`;
}
