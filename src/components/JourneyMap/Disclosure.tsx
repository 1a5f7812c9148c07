import type { ReactNode } from 'react';

/** A button that shows or hides a part of the map, its state said by `aria-expanded` and drawn by `data-state`. */
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
      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
        <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
