import { useEffect, useId, useRef, useState, type CSSProperties, type RefObject } from 'react';

import { peerOutline, peersByCard, textOn, type Peer } from '../layout/peers';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';

/** Props of {@link PeerOutlines}. */
export interface PeerOutlinesProps {
  root: RefObject<HTMLElement | null>;
  journey: Journey;
  peers: readonly Peer[];
  labels: EditorLabels;
}

/** A card with peers on it, as drawn: its box relative to the editor and its background colour. */
interface Box {
  cardId: string;
  style: CSSProperties;
  background: string;
  /** The card's writing direction: the name tags start where its text starts. */
  direction: 'ltr' | 'rtl';
}

const cardElement = (root: HTMLElement, id: string) =>
  Array.from(root.querySelectorAll<HTMLElement>('[data-card-id]')).find((e) => e.getAttribute('data-card-id') === id);

// Forced colours would draw every outline in one system colour: they are drawn in Highlight, as a selection is.
const FORCED =
  '@media (forced-colors: active){.jm-JourneyEditor-peer{border-color:Highlight!important}.jm-JourneyEditor-peerTag{forced-color-adjust:none;background:Highlight!important;color:HighlightText!important}}';

/**
 * Other people on the map: around each card a peer is on, an outline in their colour (a
 * darker or lighter one when theirs shows too faintly on the card; Highlight in forced
 * colours), solid while someone edits it and dashed while people only look, with a name
 * tag per peer ("✎ Ana is editing", "Ben") at the card's starting corner. Screen readers
 * hear it in the card's description; focus never moves and clicks go through.
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
      const origin = el.getBoundingClientRect();
      const next: Box[] = [];
      for (const cardId of latest.current.keys()) {
        const card = cardElement(el, cardId);
        if (!card) continue;
        const r = card.getBoundingClientRect();
        const computed = getComputedStyle(card);
        next.push({
          cardId,
          background: computed.backgroundColor,
          direction: computed.direction === 'rtl' ? 'rtl' : 'ltr',
          style: {
            position: 'absolute',
            top: r.top - origin.top - 3,
            left: r.left - origin.left - 3,
            width: r.width + 6,
            height: r.height + 6,
          },
        });
      }
      setBoxes((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    // The map scrolls inside the editor: the outlines follow their cards.
    el.addEventListener('scroll', measure, true);
    return () => {
      observer?.disconnect();
      el.removeEventListener('scroll', measure, true);
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
      {boxes.map(({ cardId, style, background, direction }) => {
        const on = byCard.get(cardId) ?? [];
        if (!on.length) return null;
        // Someone editing the card is drawn solid, someone only looking dashed: told apart without colour.
        const first = on.find((p) => p.editing) ?? on[0]!;
        const color = peerOutline(first.color, background);
        return (
          <div
            key={cardId}
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
              zIndex: 2,
            }}
          >
            <span style={{ position: 'absolute', bottom: '100%', insetInlineStart: -3, display: 'flex', gap: 2 }}>
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
                      borderRadius: '3px 3px 0 0',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {p.editing && '✎ '}
                    {labels.peerTag({ name: p.name, editing: !!p.editing })}
                  </span>
                );
              })}
            </span>
          </div>
        );
      })}
      {[...byCard].map(([cardId, on]) => (
        <span key={cardId} id={descId(cardId)} className="jm-visually-hidden" hidden>
          {labels.peersOnCard(on.map((p) => ({ name: p.name, editing: !!p.editing })))}
        </span>
      ))}
    </>
  );
}
