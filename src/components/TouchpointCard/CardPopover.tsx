import {
  FloatingFocusManager,
  arrow,
  autoUpdate,
  flip,
  offset,
  safePolygon,
  shift,
  size,
  useClick,
  useDismiss,
  useFloating,
  useFocus,
  useHover,
  useInteractions,
  useRole,
  type OpenChangeReason,
} from '@floating-ui/react';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { isDialog, type DetailsRequest } from '../../layout/details';
import { cardKey } from '../../layout/navigation';
import { useIsomorphicLayoutEffect, useJourneyContext } from '../context';
import { useInteraction } from '../store';
import { detailsOf, type ReferenceHandlers } from './useCardDetails';
import { CardDetails } from './CardDetails';

/** How long the pointer rests on a card before its preview opens, in ms: moving across the map opens nothing. */
export const HOVER_OPEN_DELAY = 350;
/** How long the preview stays after the pointer leaves its card and the safe path to it, in ms. */
export const HOVER_CLOSE_DELAY = 150;

/** Keeps the popover this far from the viewport's edges, in px. */
const EDGE = 8;
/** The height, in px, below which the popover would rather cover its card than shrink further. */
const MIN_HEIGHT = 200;

/** What an open change asked for by one of floating-ui's interaction hooks means for the map's details. */
function requestOf(open: boolean, event: Event | undefined, why: OpenChangeReason | undefined): DetailsRequest {
  // The card the event happened on (the one a hover, focus, click or key opens, or a blur closes).
  const cardId = (event?.target as Partial<Element> | null)?.closest?.('[data-card-id]')?.getAttribute('data-card-id') ?? '';
  const reason = why === 'safe-polygon' ? 'hover' : why;
  if (open) {
    const how = reason === 'hover' || reason === 'focus' ? reason : event?.type.startsWith('key') ? 'keyboard' : 'click';
    return { open, cardId, reason: how };
  }
  return { open, cardId, reason: reason === 'hover' || reason === 'focus' || reason === 'focus-out' ? reason : 'dismiss' };
}

/**
 * The one details popover of a map, anchored to whichever card is active. One floating
 * element and one set of floating-ui interaction hooks serve every card: the hooks are
 * bound to the card the pointer last entered, or to the open card, and every card
 * forwards its events to them (see `cardBehaviour`), so a map of thousands of cards keeps
 * a single popover. What is open lives in the map's interaction store.
 *
 * Hover (after {@link HOVER_OPEN_DELAY}, with a safe path into it) and focus show a
 * preview: a tooltip that takes no focus. A click, Enter or Space opens the details
 * dialog: non-modal, it takes focus, and Escape, its Close button, a press outside or
 * focus leaving it close it. It always fits the viewport, scrolling its own content.
 */
export function CardPopover() {
  const { model, store, idPrefix, cardElements, select } = useJourneyContext('CardPopover');
  const details = detailsOf(store, cardElements);
  const openId = useInteraction(store, (s) => s.openId);
  const reason = useInteraction(store, (s) => s.openReason);
  // The card the pointer last entered: the hooks listen to it while nothing is open.
  const [hovered, setHovered] = useState<HTMLElement | null>(null);
  const card = openId ? model.cards.get(openId) : undefined;
  const reference = openId ? (cardElements.get(openId) ?? null) : hovered;
  const open = Boolean(card && reference);
  const dialog = open && isDialog(reason);
  const arrowRef = useRef<SVGSVGElement>(null);

  const { refs, floatingStyles, placement, middlewareData, context } = useFloating({
    open,
    onOpenChange: (next, event, why) => details.request(requestOf(next, event, why)),
    elements: { reference },
    placement: 'bottom-start',
    strategy: 'fixed',
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(10),
      flip({ padding: EDGE }),
      // However small the viewport (a phone, 400% zoom), the popover fits on screen and
      // scrolls its content. When neither side of the card has room for a useful height,
      // it takes that height anyway and moves over the card (shift on the cross axis).
      // Its width is at most the viewport's (in CSS); shift keeps it inside.
      size({
        padding: EDGE,
        apply({ availableHeight, elements }) {
          const height = Math.max(availableHeight, Math.min(MIN_HEIGHT, window.innerHeight - 2 * EDGE), 0);
          elements.floating.style.setProperty('--jm-popover-available-height', `${height}px`);
        },
      }),
      shift({ padding: EDGE, crossAxis: true }),
      arrow({ element: arrowRef }),
    ],
  });

  const { getReferenceProps, getFloatingProps } = useInteractions([
    // Only while nothing but a hover preview is shown: hover never replaces focus's or the dialog's details.
    useHover(context, {
      enabled: !open || reason === 'hover',
      mouseOnly: true,
      delay: { open: HOVER_OPEN_DELAY, close: HOVER_CLOSE_DELAY },
      handleClose: safePolygon(),
    }),
    useFocus(context),
    // A click on an open card keeps its details open.
    useClick(context, { toggle: false }),
    useDismiss(context),
    useRole(context, { role: dialog ? 'dialog' : 'tooltip' }),
  ]);
  useIsomorphicLayoutEffect(() => {
    details.floating = {
      // Cards use only its event handlers: they draw what useRole would add from the store.
      handlers: getReferenceProps() as ReferenceHandlers,
      hover(el) {
        if (el === hovered) return;
        // Bound before the pointer's `mouseenter` reaches the card, so the hover hook sees it.
        if (store.get().openId === null) flushSync(() => setHovered(el));
        else setHovered(el);
      },
    };
    return () => {
      details.floating = null;
    };
  }, [details, getReferenceProps, hovered, store]);

  if (!open || !card) return null;
  const titleId = `${idPrefix}-popover-title`;

  return (
    // One focus manager per opened card, so that moving the dialog to another card moves focus with it.
    <FloatingFocusManager key={card.id} context={context} modal={false} disabled={!dialog} returnFocus={details.returnTo}>
      <div
        ref={refs.setFloating}
        {...getFloatingProps()}
        id={`${idPrefix}-popover`}
        className="jm-CardPopover"
        data-kind={card.kind}
        data-reason={reason}
        data-placement={placement}
        style={floatingStyles}
        aria-labelledby={titleId}
      >
        {/* Points at the card; its side and turn follow data-placement (in the styles). */}
        <svg
          ref={arrowRef}
          className="jm-CardPopover-arrow"
          aria-hidden="true"
          viewBox="0 0 14 14"
          style={{ left: middlewareData.arrow?.x, top: middlewareData.arrow?.y }}
        >
          <path d="M0,0 H14 L7,7 Z" stroke="none" />
          <path d="M0,0 L7,7 L14,0" fill="none" />
        </svg>
        <CardDetails
          card={card}
          preview={!dialog}
          titleId={titleId}
          summaryId={`${idPrefix}-popover-summary`}
          // Close dismisses as Escape does: focus goes back to the card, which does not preview again.
          onClose={(event) => context.onOpenChange(false, event.nativeEvent, 'escape-key')}
          onGoTo={(id) => {
            select(id);
            store.set({ focusKey: cardKey(id) });
            cardElements.get(id)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
            details.open(id, 'keyboard');
          }}
        />
      </div>
    </FloatingFocusManager>
  );
}
