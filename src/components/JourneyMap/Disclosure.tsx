import type { ReactNode } from 'react';

/** A button that shows or hides a part of the map, its state said by `aria-expanded` and drawn by `data-state` (a chevron in CSS). */
export function Disclosure({
  expanded,
  controls,
  onToggle,
  children,
}: {
  expanded: boolean;
  controls: string;
  onToggle: (expanded: boolean) => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="jm-JourneyMap-disclosure"
      aria-expanded={expanded}
      aria-controls={controls}
      data-state={expanded ? 'open' : 'closed'}
      onClick={() => onToggle(!expanded)}
    >
      {children}
    </button>
  );
}
