/**
 * The longest title, in UTF-16 code units, that a card always shows whole. At the default
 * column width a line of a title holds about 22 Latin letters or 13 Chinese characters,
 * so 40 take at most four lines even when long words wrap early; in narrower columns
 * (`fit="width"`, a host's theme) they may take a line or two more, still shown whole.
 */
export const CLAMP_FROM = 40;

/**
 * Whether a card's title is long enough to be cut after four lines (CSS line clamping;
 * the details show it whole). Cutting needs the title clipped, and a clip in every card
 * costs the browser whenever it paints a big map (each one splits the map's drawing into
 * more pieces), so only titles that may run past four lines get one.
 */
export const needsClamp = (text: string): boolean => text.length > CLAMP_FROM;
