/**
 * The smallest box of an editor button: 24 × 24 CSS pixels, the WCAG 2.2 target size
 * (2.5.8), which plain buttons miss in compact density and small fonts.
 */
export const TARGET = { minWidth: 24, minHeight: 24 } as const;
