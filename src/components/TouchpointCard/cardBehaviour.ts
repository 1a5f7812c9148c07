import type { ComponentPropsWithoutRef, SyntheticEvent } from 'react';
import { cardKey } from '../../layout/navigation';
import type { CardContextValue } from '../context';
import { detailsOf } from './useCardDetails';
import { CardPopover } from '../onDemand';
import type { DetailsRequest } from '../../layout/details';

/**
 * The events a card of a map handles: those the details' interaction hooks listen to on
 * their reference (hover: pointer enter; focus: focus and blur; click: click and keys;
 * dismiss: Escape).
 */
const CARD_EVENTS = ['onClick', 'onKeyDown', 'onKeyUp', 'onPointerEnter', 'onFocus', 'onBlur'] as const;

/** The handlers of the events a card of a map handles. */
export type CardEvents = Pick<ComponentPropsWithoutRef<'div'>, (typeof CARD_EVENTS)[number]>;

/** What a card does with an event before the details' hooks see it; `false` keeps it from them. */
type Before = (event: SyntheticEvent<HTMLElement> & { key?: string; pointerType?: string }, id: string) => boolean | void;

/** The card's behaviour in a map, one set shared by all its cards: created once per map, not once per card. */
const behaviours = /* @__PURE__ */ new WeakMap<CardContextValue, Required<CardEvents>>();

/**
 * The shared handlers of a map's cards. A click, Enter or Space selects the card; then,
 * like every other event, it goes on to the interaction hooks of the map's one details
 * popover (hover, focus, click, dismiss), which decide what to show. A pointer entering
 * a card first binds those hooks to it.
 */
function behaviourOf(ctx: CardContextValue): Required<CardEvents> {
  let found = behaviours.get(ctx);
  if (found) return found;
  const { store, select } = ctx;
  const details = detailsOf(store, ctx.cardElements);
  const before: Partial<Record<(typeof CARD_EVENTS)[number], Before>> = {
    onClick(event, id) {
      if (event.defaultPrevented) return false;
      select(id);
    },
    onKeyDown(event, id) {
      if (event.defaultPrevented) return false;
      if (event.key === 'Enter' || event.key === ' ') select(id);
    },
    onPointerEnter(event) {
      if (event.pointerType === 'mouse') details.floating?.hover(event.currentTarget);
    },
    onFocus(event, id) {
      store.set({ focusKey: cardKey(id) });
      // Focus on a control inside a host's card face previews nothing.
      return event.target === event.currentTarget;
    },
  };
  /**
   * Before the popover's code has arrived (it loads on demand), its hooks are not bound:
   * the card asks for what they would, once the code is there, so the first click still
   * ends in the dialog (which takes focus) and the first focus in a preview.
   */
  const early = (key: (typeof CARD_EVENTS)[number], event: SyntheticEvent<HTMLElement> & { key?: string }, id: string) => {
    let request: DetailsRequest | undefined;
    if (key === 'onClick') request = { open: true, cardId: id, reason: 'click' };
    else if (key === 'onKeyDown' && (event.key === 'Enter' || event.key === ' ')) request = { open: true, cardId: id, reason: 'keyboard' };
    else if (key === 'onFocus') request = { open: true, cardId: id, reason: 'focus' };
    else if (key === 'onBlur') request = { open: false, cardId: id, reason: 'focus' };
    const loading = CardPopover.preload();
    if (request)
      loading.then(
        () => details.request(request),
        () => {},
      );
  };
  const handlers: Record<string, (event: SyntheticEvent<HTMLElement>) => void> = {};
  for (const key of CARD_EVENTS) {
    handlers[key] = (event) => {
      // The handler sits on the card's own element, which carries the card's id.
      const id = event.currentTarget.getAttribute('data-card-id') ?? '';
      if (before[key]?.(event, id) === false) return;
      if (details.floating) details.floating.handlers[key]?.(event as never);
      else early(key, event, id);
    };
  }
  found = handlers as unknown as Required<CardEvents>;
  behaviours.set(ctx, found);
  return found;
}

/**
 * A map card's event handlers, to spread after the card's other props: the map's shared
 * behaviour, or — when the host passed handlers of its own in `host` — the host's first,
 * then the behaviour (which does nothing for a click or key whose default the host prevented).
 */
export function cardHandlers(ctx: CardContextValue, host: CardEvents): CardEvents {
  const own = behaviourOf(ctx);
  if (!CARD_EVENTS.some((key) => host[key])) return own;
  const handlers: Record<string, (event: never) => void> = {};
  for (const key of CARD_EVENTS) {
    const theirs = host[key] as ((event: never) => void) | undefined;
    const ours = own[key] as (event: never) => void;
    handlers[key] = theirs
      ? (event: never) => {
          theirs(event);
          ours(event);
        }
      : ours;
  }
  return handlers as CardEvents;
}
