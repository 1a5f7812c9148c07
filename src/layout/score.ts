/**
 * A score as read out and shown: signed, with a true minus sign (U+2212, which screen
 * readers say as "minus" where a hyphen is often skipped), and no sign for zero. A module
 * of its own, with no dependency, so that server-side code (the comparison's summary) can
 * use it without the curve's geometry.
 */
export const formatScore = (score: number): string => (score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : '0');
