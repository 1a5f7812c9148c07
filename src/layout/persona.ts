import type { Journey, Persona } from '../model/types';
import { isSafeCssColor } from '../model/sanitize';

/** How many `--jm-persona-N` palette variables the theme declares. */
export const PERSONA_PALETTE_SIZE = 6;

/** The theme's persona palette colour at a position, `var(--jm-persona-1)` to `var(--jm-persona-6)`, cycling past the sixth. */
export const paletteColor = (index: number): string => `var(--jm-persona-${(Math.max(index, 0) % PERSONA_PALETTE_SIZE) + 1})`;

/** The persona's own `color`, trimmed, when it is a safe CSS colour. */
export function ownPersonaColor(persona: Pick<Persona, 'color'> | undefined): string | undefined {
  const own = persona?.color;
  return typeof own === 'string' && isSafeCssColor(own) ? own.trim() : undefined;
}

/**
 * The colour of a persona, shared by everything that marks a persona (the emotion
 * curve's series, the persona panel's avatar ring and border) so that the same
 * person always has the same colour on one page.
 *
 * Returns the persona's own `color` when it is a safe CSS colour, otherwise
 * `var(--jm-persona-N)` where N is the persona's position in `journey.personas`
 * modulo the palette size, counted from 1. An unknown or missing id (a
 * journey-wide curve) gets the first palette colour.
 *
 * Kept free of d3 so that a page showing only a persona panel ships no scale code;
 * the curve's ordinal scale (`personaColorScale`) gives the same colours.
 */
export function personaColor(journey: Pick<Journey, 'personas'>, personaId: string | undefined): string {
  const personas = Array.isArray(journey.personas) ? journey.personas : [];
  const index = personas.findIndex((persona) => persona.id === personaId);
  return ownPersonaColor(personas[index]) ?? paletteColor(index);
}
