import { useEffect, useId, useRef, type RefObject } from 'react';
import { cardLinks } from '../layout/linking';
import { cardKey } from '../layout/navigation';
import type { JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';
import { useOverlayBox } from './overlay';

/** Props of {@link LinkList}. */
export interface LinkListProps {
  /** The editor's positioned root. */
  root: RefObject<HTMLElement | null>;
  journey: Journey;
  /** The card whose links are listed. */
  cardId: string;
  labels: EditorLabels;
  /** Removes a link (one `link/remove`). */
  onRemove: (change: JourneyChange) => void;
  /** Closes the list (Close or Escape); focus goes back to the card. */
  onClose: () => void;
}

/** The list's width in pixels. */
const WIDTH = 320;

/**
 * The links of a card, each with a Remove button: those it leads to and those leading to it.
 * A small non-modal dialog under the card; focus goes to its first button and, after a
 * removal, to the next one (or Close); Escape or Close closes it.
 */
export function LinkList({ root, journey, cardId, labels, onRemove, onClose }: LinkListProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const removed = useRef<number | null>(null);
  const box = useOverlayBox(root, cardKey(cardId), null);
  const items = cardLinks(journey, cardId);
  const card = journey.cards.find((c) => c.id === cardId);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('button')?.focus();
  }, []);
  useEffect(() => {
    if (removed.current === null) return;
    const buttons = Array.from(panel.current?.querySelectorAll<HTMLElement>('li button') ?? []);
    (buttons[Math.min(removed.current, buttons.length - 1)] ?? panel.current?.querySelector<HTMLElement>('button'))?.focus();
    removed.current = null;
  }, [journey]);

  if (!card) return null;
  const { top, left, minHeight } = (box ?? { top: 0, left: 0, minHeight: 0 }) as { top: number; left: number; minHeight: number };
  // Under the card, kept inside the editor when the card is near its far edge.
  const room = root.current?.clientWidth ?? Infinity;
  return (
    <div
      ref={panel}
      role="dialog"
      aria-labelledby={titleId}
      className="jm-JourneyEditor-links"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
      style={{
        position: 'absolute',
        top: top + minHeight + 6,
        left: Math.max(0, Math.min(left, room - WIDTH)),
        zIndex: 20,
        width: WIDTH,
        boxSizing: 'border-box',
        padding: '0.6em 0.75em',
        font: '0.85rem system-ui, sans-serif',
        background: 'Canvas',
        color: 'CanvasText',
        border: '1px solid GrayText',
        borderRadius: 6,
        boxShadow: '0 4px 14px rgb(0 0 0 / 0.25)',
      }}
    >
      <h2 id={titleId} style={{ fontSize: '1em', margin: '0 0 0.5em' }}>
        {labels.linksTitle(card.title)}
      </h2>
      {items.length === 0 ? (
        <p style={{ margin: '0 0 0.5em' }}>{labels.noLinks}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: '0 0 0.6em', padding: 0, display: 'grid', gap: '0.35em' }}>
          {items.map((item, i) => (
            <li key={`${item.direction}:${item.other}`} style={{ display: 'flex', gap: '0.75em', alignItems: 'center' }}>
              <span style={{ flex: 1 }}>{item.direction === 'out' ? labels.leadsTo(item.title) : labels.comesFrom(item.title)}</span>
              <button
                type="button"
                aria-label={labels.removeLink({ direction: item.direction, title: item.title })}
                onClick={() => {
                  removed.current = i;
                  onRemove(item.remove);
                }}
              >
                {labels.removeLinkText}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <button type="button" onClick={onClose}>
          {labels.close}
        </button>
      </div>
    </div>
  );
}
