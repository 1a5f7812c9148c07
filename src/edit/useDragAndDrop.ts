import { draggable, dropTargetForElements, monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import { autoScrollForElements } from '@atlaskit/pragmatic-drag-and-drop-auto-scroll/element';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { dropChanges, type PickUp } from '../layout/pickup';
import type { JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';
import { pointerSpot } from './geometry';

/** What the editor's drags carry: a card or a stage, by id. */
interface DragSource {
  kind: 'card' | 'stage';
  id: string;
}

const sourceOf = (data: Record<string | symbol, unknown>): DragSource | null =>
  (data.jmKind === 'card' || data.jmKind === 'stage') && typeof data.jmId === 'string' ? { kind: data.jmKind, id: data.jmId } : null;

/** What can be dragged under an element: a card, or a stage by its header. */
function dragSourceAt(target: EventTarget | null): { element: HTMLElement; source: DragSource } | null {
  const el = target instanceof Element ? target : null;
  const card = el?.closest<HTMLElement>('[data-nav-key^="card:"]');
  if (card) return { element: card, source: { kind: 'card', id: card.getAttribute('data-nav-key')!.slice(5) } };
  const header = el?.closest<HTMLElement>('.jm-StageColumn[data-variant="header"][data-stage-id]');
  return header ? { element: header, source: { kind: 'stage', id: header.getAttribute('data-stage-id')! } } : null;
}

/**
 * Pointer drag and drop of cards between cells and of stages by their header. An element
 * is made draggable only when the pointer first comes over it, and the whole map is one
 * drop target whose landing place is worked out from the pointer: nothing is registered per
 * card up front, so a map of ten thousand cards costs no more to open than one of ten.
 * Returns where the dragged thing would land, for the drop indicator.
 */
export function useDragAndDrop(
  root: RefObject<HTMLElement | null>,
  journey: Journey,
  rtl: boolean,
  commit: (changes: JourneyChange[]) => void,
  /** What may be dragged now: cards, stages (by their header). */
  enabled: Readonly<Record<DragSource['kind'], boolean>>,
): PickUp | null {
  const [spot, setSpot] = useState<PickUp | null>(null);
  const { card, stage } = enabled;
  // The handlers registered once read the latest journey and commit.
  const latest = useRef({ journey, rtl, commit });
  latest.current = { journey, rtl, commit };

  useEffect(() => {
    const el = root.current;
    if (!el || !(card || stage)) return;
    const registered = new Map<HTMLElement, () => void>();
    const arm = (event: Event) => {
      const found = dragSourceAt(event.target);
      if (!found || !(found.source.kind === 'card' ? card : stage) || registered.has(found.element) || !el.contains(found.element)) return;
      const { source } = found;
      registered.set(
        found.element,
        draggable({ element: found.element, getInitialData: () => ({ jmKind: source.kind, jmId: source.id }) }),
      );
    };
    const at = (source: DragSource, input: { clientX: number; clientY: number }) =>
      pointerSpot(el, latest.current.journey, source, input.clientX, input.clientY, latest.current.rtl);
    el.addEventListener('pointerover', arm);
    el.addEventListener('pointerdown', arm);
    const scroller = el.querySelector<HTMLElement>('.jm-JourneyGrid-scroller');
    const cleanup = combine(
      dropTargetForElements({ element: el, canDrop: ({ source }) => sourceOf(source.data) !== null }),
      monitorForElements({
        canMonitor: ({ source }) => sourceOf(source.data) !== null && el.contains(source.element),
        onDrag: ({ source, location }) => setSpot(at(sourceOf(source.data)!, location.current.input)),
        onDrop: ({ source, location }) => {
          setSpot(null);
          const spot = location.current.dropTargets.length > 0 ? at(sourceOf(source.data)!, location.current.input) : null;
          const changes = spot ? dropChanges(latest.current.journey, spot) : [];
          if (changes.length > 0) latest.current.commit(changes);
        },
      }),
      ...(scroller ? [autoScrollForElements({ element: scroller })] : []),
    );
    return () => {
      el.removeEventListener('pointerover', arm);
      el.removeEventListener('pointerdown', arm);
      cleanup();
      for (const off of registered.values()) off();
    };
  }, [root, card, stage]);
  return spot;
}
