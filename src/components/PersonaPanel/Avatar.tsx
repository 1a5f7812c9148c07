import { useState, type CSSProperties } from 'react';
import type { Persona } from '../../model/types';
import { safeUrl } from '../../model/sanitize';

/** The style that gives a persona's card, avatar ring and switcher option the persona's colour. */
export const personaColorStyle = (color: string) => ({ '--jm-PersonaPanel-color': color }) as CSSProperties;

const LETTER = /[\p{L}\p{N}]\p{M}*/u;

/**
 * The initials shown when a persona has no photo: its own `initials`, or the first
 * letter of each of the first two words of its name. Works by code point, not by
 * UTF-16 unit, so "王芳" gives "王", "Ольга Никифорова" gives "ОН", and a letter
 * outside the Basic Multilingual Plane is never cut in half.
 */
export function personaInitials(persona: Pick<Persona, 'name' | 'initials'>, locale?: string): string {
  const given = persona.initials?.trim();
  if (given) return given;
  const letters: string[] = [];
  for (const word of persona.name.normalize('NFC').split(/\s+/u)) {
    const letter = LETTER.exec(word)?.[0];
    if (letter !== undefined) letters.push(letter);
    if (letters.length === 2) break;
  }
  const initials = letters.join('');
  try {
    return initials.toLocaleUpperCase(locale);
  } catch {
    // An invalid locale tag throws a RangeError; the initials still deserve to show.
    return initials.toUpperCase();
  }
}

/** A persona's photo, or its initials when it has none (or the photo fails to load). */
export function Avatar({ persona, locale, small }: { persona: Persona; locale: string | undefined; small?: boolean }) {
  const src = safeUrl(persona.photo);
  // Remember which address failed, so that a new photo gets its own chance to load.
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const photo = src !== undefined && failed !== src;
  return (
    <span
      className="jm-PersonaPanel-avatar"
      data-kind={photo ? 'photo' : 'initials'}
      data-size={small ? 'small' : undefined}
      // The name is always next to the avatar, so the avatar itself is decorative.
      aria-hidden={photo ? undefined : true}
    >
      {photo ? <img src={src} alt="" onError={() => setFailed(src)} /> : personaInitials(persona, locale)}
    </span>
  );
}
