/**
 * The dates a journey may hold: ISO 8601 calendar dates, `YYYY-MM-DD`, optionally with a
 * time of day and a zone (`2024-03-01T09:30:00Z`, `2024-03-01T09:30+01:00`). The JSON
 * Schema's `pattern` for dates is this expression's source (its test keeps them equal).
 */
export const ISO_DATE = /^\d{4}-\d\d-\d\d(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** Whether `text` is an ISO 8601 date of the form {@link ISO_DATE} that exists in the calendar (no 30 February). */
export function isIsoDate(text: string): boolean {
  const day = text.slice(0, 10);
  const date = new Date(day);
  // Date rolls 2024-02-30 over to 1 March: a real date reads back as itself.
  return ISO_DATE.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}
