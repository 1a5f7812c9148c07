import { clsx } from 'clsx';
import { forwardRef, memo, useCallback, useContext, type ComponentPropsWithoutRef, type ReactNode, type RefAttributes } from 'react';
import type { Card, Evidence } from '../../model/types';
import { isDrawableCard, isInOwnLane } from '../../model/card';
import { cardKey } from '../../layout/navigation';
import { needsClamp } from '../../layout/clamp';
import { isDialog } from '../../layout/details';
import { cardPlace } from '../../layout/position';
import { channelIcon, type ChannelIconMap } from '../icons';
import { channelName, type JourneyLabels } from '../labels';
import { BadgeMark, cardRatings, citedConfidence } from '../chips';
import { CardContext } from '../context';
import { themeRootProps, useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { createInteractionStore, useInteraction } from '../store';
import { cardHandlers } from './cardBehaviour';
import { formatMetric } from '../format';
import { named, useComposedRefs } from '../refs';
import { domId } from '../ids';
import { useNote } from '../notes';

/** The props {@link TouchpointCard} adds to a `div`'s. */
export interface TouchpointCardOwnProps {
  /** The card to draw. */
  card: Card;
  /** Evidence sources the card cites; read from the surrounding map when left out. */
  evidence?: readonly Evidence[];
  /** Labels; default: the surrounding map's or `JourneyConfigProvider`'s, else the English defaults. */
  labels?: JourneyLabels;
  /** Channel icons that replace the built-in ones; default: the surrounding map's or `JourneyConfigProvider`'s. */
  channelIcons?: ChannelIconMap;
  /** Shows the description on the card face, not only in the popover. Default `false`. */
  showDescription?: boolean;
}

/** Props of {@link TouchpointCard}: its own, plus any `div` attribute, passed to the root. */
export type TouchpointCardProps = TouchpointCardOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof TouchpointCardOwnProps>;

/** The store of a card outside a map: nothing is ever selected or open. */
const NO_STORE = /* @__PURE__ */ createInteractionStore();

// The interaction flags of one card (see `flags` below).
const SELECTED = 1;
const OPEN = 2;
const TABBABLE = 4;
const LINKED = 8;
const DIALOG = 16;

/**
 * Props are equal when every value is the same, and `style` objects when their entries
 * are: a grid hands each card a fresh placement style on every render, so the card
 * re-renders only when it moves.
 */
function sameCardProps(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key];
    const y = b[key];
    if (Object.is(x, y)) return true;
    if (key !== 'style' || !x || !y || typeof x !== 'object' || typeof y !== 'object') return false;
    const entries = Object.entries(x);
    return entries.length === Object.keys(y).length && entries.every(([k, v]) => Object.is(v, (y as Record<string, unknown>)[k]));
  });
}

/** Whether a card's evidence is research (validated) or only an assumption. */
export function evidenceStatus(cited: readonly Evidence[]): 'validated' | 'assumption' | 'none' {
  if (cited.length === 0) return 'none';
  return cited.some((e) => e.kind !== 'assumption') ? 'validated' : 'assumption';
}

/**
 * A card of any kind — touchpoint, action, thought, pain point, opportunity, process,
 * metric — styled by kind, with its channel icon, moment-of-truth marker, an evidence
 * badge that tells research from assumption, and opportunity ratings. On its own it
 * is a static card. Inside a `JourneyGrid` it is a toggle button that takes part in
 * selection, keyboard navigation and the map's details popover:
 *
 * - Resting the pointer on it, or focusing it, previews its details. The preview takes
 *   no focus and holds nothing in the tab order; the pointer can move into it.
 * - A click, Enter or Space selects the card and opens its details dialog, which takes
 *   focus. Escape, its Close button, a press outside or focus leaving it close the
 *   dialog; Escape and Close give focus back to the card. A press on another card moves
 *   the dialog there.
 */
export const TouchpointCard = /* @__PURE__ */ named(
  /* @__PURE__ */ memo<TouchpointCardProps & RefAttributes<HTMLDivElement>>(
    /* @__PURE__ */ forwardRef<HTMLDivElement, TouchpointCardProps>(function TouchpointCard(
      { card, evidence, labels: labelsProp, channelIcons: iconsProp, showDescription = false, className, ...rest },
      forwardedRef,
    ) {
      const ctx = useContext(CardContext);
      const config = useJourneyConfig();
      const labels = labelsProp ?? config.labels;
      const icons = iconsProp ?? config.channelIcons;
      const store = ctx?.store ?? NO_STORE;
      // Hosts may hand any value to a standalone card; draw a notice rather than throw.
      // Inside a map the journey is validated already; on its own the card checks what it draws.
      const valid = ctx
        ? typeof card === 'object' && card !== null && typeof card.id === 'string' && typeof card.title === 'string'
        : isDrawableCard(card);
      const id = valid ? card.id : '';
      const navKey = cardKey(id);

      // One subscription per card, its flags packed into a number: a store change runs
      // one selector per card (not one per flag), and only cards whose flags changed re-render.
      const flags = useInteraction(store, (s) => {
        let f = 0;
        if (s.selectedId === id) f |= SELECTED;
        if (s.openId === id) f |= isDialog(s.openReason) ? OPEN | DIALOG : OPEN;
        if (s.focusKey === navKey) f |= TABBABLE;
        if (s.links && s.selectedId !== null && s.selectedId !== id) {
          const selectedCard = s.links.cards.get(s.selectedId);
          if (selectedCard?.links?.includes(id) || s.links.incomingLinks.get(s.selectedId)?.includes(id)) f |= LINKED;
        }
        return f;
      });
      const selected = (flags & SELECTED) !== 0;
      const open = (flags & OPEN) !== 0;
      const dialog = (flags & DIALOG) !== 0;
      const tabbable = (flags & TABBABLE) !== 0;
      const linked = (flags & LINKED) !== 0;

      const cited = !valid
        ? []
        : (evidence ?? (card.evidence ?? []).map((e) => ctx?.model.evidence.get(e)).filter((e): e is Evidence => e !== undefined));
      const status = evidenceStatus(cited);

      // The map finds its cards' elements (for the popover and blueprint arrows) by id.
      const register = useCallback(
        (el: HTMLDivElement | null) => {
          if (!ctx) return;
          if (el) ctx.cardElements.set(id, el);
          else ctx.cardElements.delete(id);
        },
        [ctx, id],
      );
      const setRef = useComposedRefs(forwardedRef, register);
      const [note, noteId] = useNote('card', id, ctx?.idPrefix);

      const { style, ...domProps } = rest;
      if (!valid) {
        return (
          <div ref={setRef} role="alert" className={clsx('jm-PartError', className)} style={style} {...domProps}>
            {labels.partError}
          </div>
        );
      }
      const interactive = ctx !== null;
      // The host's own handlers are among `rest`; inside a map they run first, then the map's.
      const handlers = interactive ? cardHandlers(ctx, rest) : undefined;

      const kindLabel = labels.cardKinds[card.kind] ?? card.kind;
      // In a lane of its own kind the label is only read (the card's name keeps it), not drawn.
      const kindShown = !ctx || !isInOwnLane(card.kind, ctx.model.lanes.get(card.lane)?.kind);
      const badges: ReactNode[] = [];
      if (card.momentOfTruth) {
        badges.push(
          <span key="mot" className="jm-TouchpointCard-badge" data-badge="moment-of-truth">
            <BadgeMark badge="moment-of-truth" />
            {labels.momentOfTruth}
          </span>,
        );
      }
      if (status !== 'none') {
        // Research shows how far it can be trusted, by the one rule of `cardConfidence`.
        const level = status === 'validated' ? citedConfidence(cited, config) : undefined;
        badges.push(
          // Its own direction, so that "2 sources" keeps its order on a right-to-left map.
          <span
            key="ev"
            className="jm-TouchpointCard-badge"
            data-badge={status}
            data-confidence={level}
            title={cited.map((e) => e.label).join(' · ')}
            dir="auto"
          >
            <BadgeMark badge={status} />
            {level ? `${labels.confidence[level]} · ${labels.sources(cited.length)}` : labels.assumption}
          </span>,
        );
      }
      // The face shows a severity on pain points only; the details show every rating.
      const ratings = cardRatings(card, labels).filter((rating) => rating.key !== 'severity' || card.kind === 'pain');

      // Inside a map a card says where it sits, as its description: first its place, then
      // the host's own description, then, while previewed, the details' summary.
      const place = ctx && cardPlace(card, ctx.model);
      const placeId = place ? domId(`${ctx.idPrefix}-at`, id) : undefined;
      const describedBy =
        [
          placeId,
          noteId,
          rest['aria-describedby'],
          ...(open && !dialog ? [`${ctx?.idPrefix}-popover-summary-persona`, `${ctx?.idPrefix}-popover-summary`] : []),
        ]
          .filter(Boolean)
          .join(' ') || undefined;

      const content = ctx?.renderCard?.(card);
      const meta: ReactNode[] = [
        ...badges,
        ...ratings.map(({ key, name, value }) => (
          <span key={key} className="jm-TouchpointCard-rating" data-rating={name}>
            {`${name}: ${value}`}
          </span>
        )),
      ];
      if (card.kind === 'opportunity' && card.status) {
        meta.push(
          <span key="status" className="jm-TouchpointCard-status" data-status={card.status}>
            {labels.statuses[card.status]}
          </span>,
        );
      }
      if (card.owner && card.kind === 'opportunity') {
        meta.push(
          <span key="owner" className="jm-TouchpointCard-owner">
            {card.owner}
          </span>,
        );
      }

      return (
        <div
          ref={setRef}
          // On its own (outside a map) the card declares the theme variables itself.
          className={clsx(!config.themed && 'jm-root', 'jm-TouchpointCard', className)}
          {...themeRootProps(config, style)}
          data-kind={card.kind}
          data-card-id={id}
          data-nav-key={interactive ? navKey : undefined}
          data-selected={selected ? '' : undefined}
          data-linked={linked ? '' : undefined}
          data-state={open ? 'open' : 'closed'}
          data-moment-of-truth={card.momentOfTruth ? '' : undefined}
          data-evidence={status}
          data-severity={card.severity}
          role={interactive ? 'button' : 'article'}
          tabIndex={interactive ? (tabbable ? 0 : -1) : undefined}
          // A static card is an article, whose name never comes from its content.
          aria-label={interactive ? undefined : `${kindLabel}: ${card.title}`}
          aria-pressed={interactive ? selected : undefined}
          // Hover or focus shows a preview, described by its summary; the dialog is the popup.
          aria-expanded={interactive ? dialog : undefined}
          aria-haspopup={interactive ? 'dialog' : undefined}
          {...rest}
          aria-describedby={describedBy}
          {...handlers}
        >
          {/* Hidden, so it is not part of the name; a description may still point at it.
            aria-hidden too, which needs no style: a browser that has not styled the card yet
            would otherwise read it into the name. */}
          {place && (
            <span id={placeId} hidden aria-hidden="true">
              {labels.cardPosition(place)}
            </span>
          )}
          {/* The accessible name is the card's own visible text, in reading order (WCAG 2.5.3):
            kind, title, channel, then the badges. A space between parts keeps words apart;
            where it can, it sits inside a part's own text, so that a card makes few nodes. */}
          {content !== undefined && content !== null ? (
            // A host face keeps the card's name: kind and title first, for screen readers.
            <>
              <span className="jm-visually-hidden">{`${kindLabel}: ${card.title}`}</span> {content}
            </>
          ) : (
            <>
              <span className={clsx('jm-TouchpointCard-kind', !kindShown && 'jm-visually-hidden')}>
                {kindLabel}
                {/* Ends with the space that parts the kind from the title in the card's name. */}
                <span className="jm-TouchpointCard-kindSep">: </span>
              </span>
              <p className="jm-TouchpointCard-title" data-clamp={needsClamp(card.title) ? '' : undefined}>
                {card.kind === 'metric' && card.metric ? (
                  <>
                    <span className="jm-TouchpointCard-metricValue">
                      {formatMetric(card.metric.value, card.metric.unit, config.locale)}
                    </span>
                    {` ${card.title}`}
                  </>
                ) : (
                  card.title
                )}
              </p>
              {card.channel && (
                <span className="jm-TouchpointCard-channel" data-channel={card.channel}>
                  {channelIcon(card.channel, icons)}
                  {/* One text node with its leading space (not drawn at the start of the label). */}
                  <span className="jm-TouchpointCard-channelLabel">{` ${channelName(card.channel, labels)}`}</span>
                </span>
              )}
              {showDescription && card.description && (
                <>
                  {' '}
                  <p className="jm-TouchpointCard-description">{card.description}</p>
                </>
              )}
            </>
          )}
          {/* Badges and ratings, in a row of their own only when there are any. */}
          {meta.length > 0 && (
            <>
              {' '}
              <div className="jm-TouchpointCard-meta">{meta.flatMap((item, i) => (i === 0 ? [item] : [' ', item]))}</div>
            </>
          )}
          {note}
        </div>
      );
    }),
    sameCardProps,
  ),
  'TouchpointCard',
);
