import { useEffect, useId, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { createPortal } from 'react-dom';

import { peerOutline, peersByCard, textOn, type Peer } from '../layout/peers';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';
import { SHOWN } from '../components/parked';

/** Props of {@link PeerOutlines}. */
export interface PeerOutlinesProps {
  root: RefObject<HTMLElement | null>;
  journey: Journey;
  peers: readonly Peer[];
  labels: EditorLabels;
}

/** A card with peers on it, as drawn: its box in the element the outline goes in, and its background colour. */
interface Box {
  cardId: string;
  /** The map's scroller holding the card (so the outline scrolls with it and is clipped by it), else the editor. */
  container: HTMLElement;
  style: CSSProperties;
  background: string;
  /** The card's writing direction: the name tags start where its text starts. */
  direction: 'ltr' | 'rtl';
}

const cardElement = (root: HTMLElement, id: string) =>
  Array.from(root.querySelectorAll<HTMLElement>(`[data-card-id]${SHOWN}`)).find((e) => e.getAttribute('data-card-id') === id);

/** The colour behind `el`: its own background, or the first one behind it that is not transparent. */
function backgroundOf(el: HTMLElement): string {
  for (let at: HTMLElement | null = el; at; at = at.parentElement) {
    const color = getComputedStyle(at).backgroundColor;
    if (!/^(transparent|rgba\(.*,\s*0\)|color\(srgb( [\d.]+){3} \/ 0\))$/.test(color)) return color;
  }
  return '#ffffff';
}

const sameBoxes = (a: readonly Box[], b: readonly Box[]) =>
  a.length === b.length &&
  a.every((box, i) => {
    const { container, ...rest } = box;
    const { container: other, ...otherRest } = b[i]!;
    return container === other && JSON.stringify(rest) === JSON.stringify(otherRest);
  });

/** Where `card` is, as absolute-position style inside `container` (its scrolled content, when it scrolls), 3 px around. */
function boxIn(container: HTMLElement, card: HTMLElement): CSSProperties {
  const c = container.getBoundingClientRect();
  const r = card.getBoundingClientRect();
  return {
    position: 'absolute',
    top: r.top - c.top - container.clientTop + container.scrollTop - 3,
    left: r.left - c.left - container.clientLeft + container.scrollLeft - 3,
    width: r.width + 6,
    height: r.height + 6,
  };
}

// Forced colours would draw every outline in one system colour: they are drawn in Highlight, as a selection is.
const FORCED =
  '@media (forced-colors: active){.jm-JourneyEditor-peer{border-color:Highlight!important}.jm-JourneyEditor-peerTag{forced-color-adjust:none;background:Highlight!important;color:HighlightText!important}}';

/**
 * Other people on the map: around each card a peer is on, an outline in their colour (a
 * darker or lighter one when theirs shows too faintly on the card; Highlight in forced
 * colours), solid while someone edits it and dashed while people only look, with a name
 * tag per peer ("✎ Ana is editing", "Ben") over its top edge at the card's starting
 * corner. The outlines are drawn inside the map's scroller, so they scroll with their
 * cards and pass under the sticky headers. Screen readers hear who is there in the card's
 * description; focus never moves and clicks go through. A peer on a card not drawn (a
 * filter hides it) is not shown.
 */
export function PeerOutlines({ root, journey, peers, labels }: PeerOutlinesProps) {
  const [boxes, setBoxes] = useState<Box[]>([]);
  const prefix = useId();
  const byCard = peersByCard(
    peers,
    journey.cards.map((c) => c.id),
  );
  const descId = (cardId: string) => `${prefix}-peers-${cardId}`;
  const key = JSON.stringify([...byCard].map(([id, ps]) => [id, ps.map((p) => [p.id, p.name, p.color, p.editing])]));

  const latest = useRef(byCard);
  latest.current = byCard;
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const measure = () => {
      const next: Box[] = [];
      for (const cardId of latest.current.keys()) {
        const card = cardElement(el, cardId);
        if (!card) continue;
        const container = card.closest<HTMLElement>('.jm-JourneyGrid-scroller') ?? el;
        const computed = getComputedStyle(card);
        next.push({
          cardId,
          container,
          background: backgroundOf(card),
          direction: computed.direction === 'rtl' ? 'rtl' : 'ltr',
          style: boxIn(container, card),
        });
      }
      setBoxes((old) => (sameBoxes(old, next) ? old : next));
    };
    measure();
    // Measured again when the map changes size or redraws (a filter hides cards, a panel opens), once a frame at most.
    let frame = 0;
    const soon = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), measure()));
    };
    const resizes = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(soon);
    resizes?.observe(el);
    const mutations = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(soon);
    const map = el.querySelector('.jm-JourneyMap, .jm-JourneyGrid') ?? el;
    mutations?.observe(map, { childList: true, subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      resizes?.disconnect();
      mutations?.disconnect();
    };
  }, [root, journey, key]);

  // Each card with peers is described by what they do, after what it says of itself.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const touched: Array<[HTMLElement, string]> = [];
    for (const cardId of byCard.keys()) {
      const card = cardElement(el, cardId);
      const id = descId(cardId);
      const ids = card?.getAttribute('aria-describedby')?.split(' ').filter(Boolean) ?? [];
      if (!card || ids.includes(id)) continue;
      card.setAttribute('aria-describedby', [...ids, id].join(' '));
      touched.push([card, id]);
    }
    return () => {
      for (const [card, id] of touched) {
        const rest = (card.getAttribute('aria-describedby') ?? '').split(' ').filter((t) => t && t !== id);
        if (rest.length) card.setAttribute('aria-describedby', rest.join(' '));
        else card.removeAttribute('aria-describedby');
      }
    };
  });

  if (byCard.size === 0) return null;
  return (
    <>
      <style>{FORCED}</style>
      {boxes.map(({ cardId, container, style, background, direction }) => {
        const on = byCard.get(cardId) ?? [];
        if (!on.length) return null;
        // Someone editing the card is drawn solid, someone only looking dashed: told apart without colour.
        const first = on.find((p) => p.editing) ?? on[0]!;
        const color = peerOutline(first.color, background);
        return createPortal(
          <div
            className="jm-JourneyEditor-peer"
            data-card={cardId}
            data-editing={first.editing ? '' : undefined}
            dir={direction}
            aria-hidden="true"
            style={{
              ...style,
              pointerEvents: 'none',
              boxSizing: 'border-box',
              border: `3px ${first.editing ? 'solid' : 'dashed'} ${color}`,
              borderRadius: 6,
              // Over the cards, under the sticky stage and lane headers.
              zIndex: 1,
            }}
          >
            <span style={{ position: 'absolute', top: -8, insetInlineStart: 6, display: 'flex', gap: 2 }}>
              {on.map((p) => {
                const tag = peerOutline(p.color, background);
                return (
                  <span
                    key={p.id}
                    className="jm-JourneyEditor-peerTag"
                    data-editing={p.editing ? '' : undefined}
                    style={{
                      background: tag,
                      color: textOn(tag),
                      font: '600 11px/1.4 system-ui, sans-serif',
                      padding: '0 4px',
                      borderRadius: 3,
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {p.editing && '✎ '}
                    {labels.peerTag({ name: p.name, editing: !!p.editing })}
                  </span>
                );
              })}
            </span>
          </div>,
          container,
          cardId,
        );
      })}
      {[...byCard].map(([cardId, on]) => (
        <span key={cardId} id={descId(cardId)} className="jm-visually-hidden" hidden aria-hidden="true">
          {labels.peersOnCard(on.map((p) => ({ name: p.name, editing: !!p.editing })))}
        </span>
      ))}
    </>
  );
}
