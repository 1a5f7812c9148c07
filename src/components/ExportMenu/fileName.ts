// The names of the files useJourneyExport makes. This lives apart from the image export
// helpers (src/io/exportHelpers.ts): the hook is in the main entry, and those helpers
// load only when an export runs.

/**
 * What a file name may not hold: characters Windows, macOS or Linux refuse, controls,
 * invisible format characters (bidi controls such as U+202E, which make "gpj.exe" read
 * as "exe.jpg", and zero-width characters) and halves of surrogate pairs.
 */
const UNSAFE = /[\\/:*?"<>|\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]+/gu;
/** Names Windows keeps for devices, with any extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_LENGTH = 80;

/**
 * A file name for a journey: its title made safe, with `extension`. At most 80 code
 * points (an emoji is never cut in half), no leading dots or dashes (no hidden file, no
 * "." or ".."), no reserved device name; "journey" when nothing is left.
 */
export function exportFileName(title: string | undefined, extension: string): string {
  const words = (title ?? '').normalize('NFC').replace(UNSAFE, ' ').trim().split(/\s+/);
  let base = Array.from(words.join('-').slice(0, MAX_LENGTH * 2))
    .slice(0, MAX_LENGTH)
    .join('')
    .replace(UNSAFE, '');
  let start = 0;
  while (base[start] === '.' || base[start] === '-') start++;
  base = base.slice(start);
  if (RESERVED.test(base)) base = `journey-${base}`;
  return `${base || 'journey'}.${extension}`;
}
