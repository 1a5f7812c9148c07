import { createContext, useContext, type ReactNode } from 'react';
import { domId } from './ids';

/**
 * A note a view lays on a map's parts (a comparison's "New", "Moved from…"): given a
 * card's, stage's or lane's id, what to draw in it, or nothing.
 */
export type PartNote = (part: 'card' | 'stage' | 'lane', id: string) => ReactNode;

/** The note of the parts inside; none in a plain map. */
export const NoteContext = /* @__PURE__ */ createContext<PartNote | null>(null);

/**
 * A part's note, drawn inside it and hidden from its name: the part lists the note's id
 * (unique with the map's `idPrefix`) in its `aria-describedby`, so the note is read as
 * its description. Returns the element and the id, or nothing when the part has no note.
 */
export function useNote(part: 'card' | 'stage' | 'lane', partId: string, idPrefix?: string): [ReactNode?, string?] {
  const note = useContext(NoteContext)?.(part, partId);
  const id = domId(`${idPrefix}-${part}-note`, partId);
  return note
    ? [
        <span id={id} className="jm-Note" aria-hidden="true">
          {note}
        </span>,
        id,
      ]
    : [];
}
