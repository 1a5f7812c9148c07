import { useState } from 'react';
import { nextDetails, type DetailsRequest, type OpenReason } from '../../layout/details';
import type { InteractionStore } from '../store';

/** The event handlers floating-ui's interaction hooks put on their reference, by prop name. */
export type ReferenceHandlers = Readonly<Record<string, ((event: never) => void) | undefined>>;

/**
 * How one map shows card details. The map has one floating element (`CardPopover`) for
 * all its cards; its floating-ui hooks are bound to one reference at a time. This is
 * the link between them: every card's shared handlers forward their events here, and
 * every request to show or close details passes through the map's interaction store,
 * which stays the one source of truth for which card is open.
 */
export interface CardDetails {
  /** Shows a card's details — a preview for `hover` and `focus`, the dialog for `click` and `keyboard` — or closes them (`null`). */
  open(id: string | null, reason?: OpenReason): void;
  /** Applies a request to the store, by the rules of `nextDetails`. */
  request(request: DetailsRequest): void;
  /** The card the dialog gives focus back to when it closes: the last card whose details opened. */
  readonly returnTo: { current: HTMLElement | null };
  /**
   * Registered by the map's floating element while it is mounted: the reference props of
   * its interaction hooks, and `hover`, which binds those hooks to a card the pointer enters.
   */
  floating: { handlers: ReferenceHandlers; hover(card: HTMLElement): void } | null;
}

const maps = /* @__PURE__ */ new WeakMap<InteractionStore, CardDetails>();

/** The card details of the map that owns `store`; `cards` holds the map's card elements by id. */
export function detailsOf(store: InteractionStore, cards: ReadonlyMap<string, HTMLElement>): CardDetails {
  let found = maps.get(store);
  if (found) return found;
  const returnTo: { current: HTMLElement | null } = { current: null };
  const request = (change: DetailsRequest) => {
    const next = nextDetails(store.get(), change);
    if (next.openId) returnTo.current = cards.get(next.openId) ?? null;
    store.set(next);
  };
  found = {
    open: (id, reason = 'click') => request(id ? { open: true, cardId: id, reason } : { open: false, reason: 'dismiss' }),
    request,
    returnTo,
    floating: null,
  };
  maps.set(store, found);
  return found;
}

/** Sets up the card details of a map and returns their `open`, for the map's context. */
export function useCardDetails(store: InteractionStore, cards: ReadonlyMap<string, HTMLElement>): CardDetails['open'] {
  const [details] = useState(() => detailsOf(store, cards));
  return details.open;
}
