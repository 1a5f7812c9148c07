import { useEffect, useId, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../components/context';
import { editTargetOf } from '../layout/editing';
import { edgePoint, linkProblem, type LinkBox } from '../layout/linking';
import { cardKey } from '../layout/navigation';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';
import { LinkList } from './dialogs';
import { navElement, useOverlayBox } from './overlay';
import type { LinkModeApi } from './useLinkMode';

/** Props of {@link LinkLayer}. */
export interface LinkLayerProps {
  /** The editor's positioned root. */
  root: RefObject<HTMLElement | null>;
  journey: Journey;
  labels: EditorLabels;
  /** The editor's link mode. */
  links: LinkModeApi;
  /** The roving-focus key of the card or cell pointed at or focused last: a card shows the connect handle. */
  activeKey: string | null;
  rtl: boolean;
  /** Something else is going on (a title typed, the details open, a card picked up): no handle. */
  busy: boolean;
}

/** The card under a point of the page, inside `root`, beneath whatever floats over it (a preview, the handle). */
function cardAt(root: HTMLElement, x: number, y: number): string | null {
  for (const hit of document.elementsFromPoint(x, y)) {
    const el = hit.closest<HTMLElement>('[data-nav-key^="card:"]');
    if (el && root.contains(el)) return el.getAttribute('data-nav-key')!.slice(5);
  }
  return null;
}

/** What is drawn while linking: the source and target boxes and the line between them, relative to the root. */
interface Drawn {
  source: LinkBox;
  target: LinkBox | null;
  /** `null` while the target is the card itself (link mode's start). */
  line: { x1: number; y1: number; x2: number; y2: number } | null;
  refused: boolean;
}

/**
 * Linking cards by pointer and what linking shows: a round handle on the inline-end edge of
 * the card pointed at or focused, dragged with plain pointer events (captured, so the line
 * follows the pointer everywhere and nothing else on the map reacts on the way); while
 * linking, by pointer or by keyboard, a line from the card to the pointer or the target,
 * the target outlined (dashed when the link would be refused); and the list of a card's links.
 */
export function LinkLayer({ root, journey, labels, links, activeKey, rtl, busy }: LinkLayerProps) {
  const markerId = useId();
  const { state, drag } = links;
  const active = editTargetOf(activeKey);
  const handleKey = drag ? cardKey(drag.from) : !busy && !state && active.type === 'card' ? activeKey : null;
  const box = useOverlayBox(root, handleKey, journey);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [colour, setColour] = useState('Highlight');

  useIsomorphicLayoutEffect(() => {
    const el = root.current;
    const from = drag?.from ?? state?.from;
    if (!el || !from) return setDrawn(null);
    const to = drag ? drag.over : (state?.to ?? null);
    const measure = () => {
      const origin = el.getBoundingClientRect();
      const rel = (key: string): LinkBox | null => {
        const r = navElement(el, key)?.getBoundingClientRect();
        return r ? { left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height } : null;
      };
      const source = rel(cardKey(from));
      if (!source) return setDrawn(null);
      const target = to && to !== from ? rel(cardKey(to)) : null;
      const aim = target
        ? { x: target.left + target.width / 2, y: target.top + target.height / 2 }
        : drag
          ? { x: drag.x - origin.left, y: drag.y - origin.top }
          : null;
      const start = aim ? edgePoint(source, aim.x, aim.y) : null;
      const end = aim && target ? edgePoint(target, source.left + source.width / 2, source.top + source.height / 2) : aim;
      setDrawn({
        source,
        target: to === from ? source : target,
        line: start && end ? { x1: start.x, y1: start.y, x2: end.x, y2: end.y } : null,
        refused: to !== null && linkProblem(journey, from, to) !== null,
      });
    };
    if (!drag && state) navElement(el, cardKey(state.to))?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    measure();
    const themed = el.querySelector('.jm-root') ?? el;
    setColour(getComputedStyle(themed).getPropertyValue('--jm-color-accent').trim() || 'Highlight');
    el.addEventListener('scroll', measure, true);
    return () => el.removeEventListener('scroll', measure, true);
  }, [root, journey, state, drag]);

  // Near an edge of the map's scrolling area, a drag scrolls it, as a card's drag does.
  const dragging = drag !== null;
  const pointer = useRef({ x: 0, y: 0 });
  const latest = useRef(links);
  latest.current = links;
  useEffect(() => {
    const scroller = root.current?.querySelector<HTMLElement>('.jm-JourneyGrid-scroller');
    if (!dragging || !scroller) return;
    let frame = requestAnimationFrame(function step() {
      const r = scroller.getBoundingClientRect();
      const { x, y } = pointer.current;
      const by = (near: number, far: number, at: number) => (at < near + EDGE ? -SCROLL : at > far - EDGE ? SCROLL : 0);
      const dx = y >= r.top && y <= r.bottom ? by(r.left, r.right, x) : 0;
      const dy = x >= r.left && x <= r.right ? by(r.top, r.bottom, y) : 0;
      const el = root.current;
      const before = scroller.scrollLeft + scroller.scrollTop;
      if ((dx || dy) && el) scroller.scrollBy(dx, dy);
      if (el && scroller.scrollLeft + scroller.scrollTop !== before) {
        // The cards move under a still pointer: the one under it now is the target.
        const over = cardAt(el, x, y);
        const from = latest.current.drag?.from;
        latest.current.dragMove(x, y, over === from ? null : over);
      }
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [root, dragging]);

  // Escape ends a drag wherever focus is.
  useEffect(() => {
    if (!drag) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      links.dragCancel();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [drag, links]);

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || !handleKey) return;
    event.preventDefault();
    event.stopPropagation();
    try {
      // Captured, the line follows the pointer outside the handle and nothing under it reacts on the way.
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer (a test's) cannot be captured; the drag still works over the handle's moves.
    }
    pointer.current = { x: event.clientX, y: event.clientY };
    links.dragStart(handleKey.slice(5), event.clientX, event.clientY);
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!drag || !root.current) return;
    pointer.current = { x: event.clientX, y: event.clientY };
    const over = cardAt(root.current, event.clientX, event.clientY);
    links.dragMove(event.clientX, event.clientY, over === drag.from ? null : over);
  };
  const { top, left, width, minHeight } = (box ?? {}) as { top?: number; left?: number; width?: number; minHeight?: number };
  const size = 18;
  return (
    <>
      {handleKey && box && (
        <div
          className="jm-JourneyEditor-connectHandle"
          aria-hidden="true"
          title={labels.connectHandle}
          data-dragging={drag ? '' : undefined}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={() => links.dragEnd()}
          onPointerCancel={() => links.dragCancel()}
          onLostPointerCapture={() => links.dragCancel()}
          style={{
            position: 'absolute',
            top: top! + minHeight! / 2 - size / 2,
            left: (rtl ? left! : left! + width!) - size / 2,
            width: size,
            height: size,
            boxSizing: 'border-box',
            borderRadius: '50%',
            border: `3px solid ${colour}`,
            background: 'Canvas',
            cursor: 'crosshair',
            touchAction: 'none',
            zIndex: 3,
          }}
        />
      )}
      {drawn && (
        <div className="jm-JourneyEditor-link" aria-hidden="true" data-refused={drawn.refused ? '' : undefined}>
          <div
            className="jm-JourneyEditor-linkSource"
            style={{ position: 'absolute', ...drawn.source, ...frame(colour, 'solid'), outlineOffset: 2 }}
          />
          {drawn.target && drawn.target !== drawn.source && (
            <div
              className="jm-JourneyEditor-linkTarget"
              style={{
                position: 'absolute',
                ...drawn.target,
                ...frame(colour, drawn.refused ? 'dashed' : 'solid'),
                outlineOffset: 4,
                background: drawn.refused ? undefined : `color-mix(in srgb, ${colour} 14%, transparent)`,
              }}
            />
          )}
          {drawn.line && (
            <svg
              className="jm-JourneyEditor-linkLine"
              style={{
                position: 'absolute',
                inset: 0,
                width: '100%',
                height: '100%',
                overflow: 'visible',
                pointerEvents: 'none',
                zIndex: 11,
              }}
            >
              <defs>
                <marker id={markerId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" fill={colour} />
                </marker>
              </defs>
              <line
                {...drawn.line}
                stroke={colour}
                strokeWidth={3}
                strokeLinecap="round"
                strokeDasharray={drawn.refused ? '6 5' : undefined}
                markerEnd={`url(#${markerId})`}
              />
            </svg>
          )}
        </div>
      )}
      {links.listOf && (
        <LinkList
          root={root}
          journey={journey}
          cardId={links.listOf}
          labels={labels}
          onRemove={links.remove}
          onClose={() => {
            const id = links.listOf;
            links.showList(null);
            if (id) navElement(root.current, cardKey(id))?.focus();
          }}
        />
      )}
    </>
  );
}

/** How near an edge of the scrolling area (px) a drag scrolls it, and by how much a frame. */
const EDGE = 40;
const SCROLL = 12;

const frame = (colour: string, style: 'solid' | 'dashed') => ({
  boxSizing: 'border-box' as const,
  outline: `3px ${style} ${colour}`,
  borderRadius: 6,
  pointerEvents: 'none' as const,
  zIndex: 10,
});
