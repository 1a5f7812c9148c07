/**
 * Appended to a selector that finds a map's parts, matches only what the map shows: not a
 * parked lane (a filter left it out after it was drawn; see `LaneRow`), nor anything in one.
 */
export const SHOWN = ':not([data-parked], [data-parked] *)';
