import type { Journey } from '../model/types';
import { isSafeCssColor } from '../model/sanitize';

/** How many `--jm-persona-N` palette variables the theme declares. */
export const PERSONA_PALETTE_SIZE = 6;

/**
 * The colour of a persona, shared by everything that marks a persona (the emotion
 * curve's series, the persona panel's avatar ring and border) so that the same
 * person always has the same colour on one page.
 *
 * Returns the persona's own `color` when it is a safe CSS colour, otherwise
 * `var(--jm-persona-N)` where N is the persona's position in `journey.personas`
 * modulo the palette size, counted from 1. An unknown or missing id (a
 * journey-wide curve) gets the first palette colour.
 */
export function personaColor(journey: Pick<Journey, 'personas'>, personaId: string | undefined): string {
  const personas = Array.isArray(journey.personas) ? journey.personas : [];
  const index = personas.findIndex((persona) => persona.id === personaId);
  const own = index >= 0 ? personas[index]!.color : undefined;
  if (typeof own === 'string' && isSafeCssColor(own)) return own.trim();
  return `var(--jm-persona-${(Math.max(index, 0) % PERSONA_PALETTE_SIZE) + 1})`;
}
