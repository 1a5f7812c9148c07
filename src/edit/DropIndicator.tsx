import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../components/context';
import type { PickUp } from '../layout/pickup';
import type { Journey } from '../model/types';
import { cellElement, indicatorBoxes, stageHeaders, type Box } from './geometry';

/** Props of {@link DropIndicator}. */
export interface DropIndicatorProps {
  /** The editor's positioned root. */
  root: RefObject<HTMLElement | null>;
  journey: Journey;
  /** Where the card or stage being moved would land; nothing is drawn without one. */
  spot: PickUp | null;
  rtl: boolean;
  /** Scrolls the landing place into view (the keyboard's pick-up; a pointer drag scrolls at the edges itself). */
  follow?: boolean;
}

/**
 * Shows where a moved card or stage lands: an outline of the cell (or stage column) and a
 * line at the place it goes in. Measured again when the map scrolls under it.
 */
export function DropIndicator({ root, journey, spot, rtl, follow = false }: DropIndicatorProps) {
  const [boxes, setBoxes] = useState<{ outline: Box; line: Box; source: Box | null } | null>(null);
  // The map's own accent (its focus colour) (its theme's variables live on the map, not on the editor around it).
  const [colour, setColour] = useState('Highlight');
  useIsomorphicLayoutEffect(() => {
    const el = root.current;
    if (!el || !spot) return setBoxes(null);
    const measure = () => setBoxes(indicatorBoxes(el, journey, spot, rtl));
    if (follow) {
      const target = spot.kind === 'card' ? cellElement(el, spot.at.lane, spot.at.stage) : stageHeaders(el)[spot.at];
      target?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
    measure();
    const themed = el.querySelector('.jm-root') ?? el;
    setColour(getComputedStyle(themed).getPropertyValue('--jm-color-accent').trim() || 'Highlight');
    el.addEventListener('scroll', measure, true);
    return () => el.removeEventListener('scroll', measure, true);
  }, [root, journey, spot, rtl, follow]);
  if (!spot || !boxes) return null;
  return (
    <div className="jm-JourneyEditor-drop" data-kind={spot.kind} aria-hidden="true">
      {boxes.source && (
        <div
          className="jm-JourneyEditor-dropSource"
          style={{
            position: 'absolute',
            ...boxes.source,
            boxSizing: 'border-box',
            outline: `3px solid ${colour}`,
            outlineOffset: 2,
            background: `color-mix(in srgb, ${colour} 12%, transparent)`,
            borderRadius: 6,
            pointerEvents: 'none',
            zIndex: 10,
          }}
        />
      )}
      <div
        className="jm-JourneyEditor-dropOutline"
        style={{
          position: 'absolute',
          ...boxes.outline,
          boxSizing: 'border-box',
          border: `2px dashed ${colour}`,
          borderRadius: 4,
          pointerEvents: 'none',
          zIndex: 10,
        }}
      />
      <div
        className="jm-JourneyEditor-dropLine"
        style={{
          position: 'absolute',
          ...boxes.line,
          background: colour,
          borderRadius: 2,
          pointerEvents: 'none',
          zIndex: 10,
          forcedColorAdjust: 'none',
        }}
      />
    </div>
  );
}
