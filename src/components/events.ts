import type { SyntheticEvent } from 'react';

/**
 * One event handler from a host's and ours: the host's runs first, and ours is skipped
 * when the host called `preventDefault()`, so a host can take over any behaviour.
 */
export function composeEventHandlers<E extends SyntheticEvent>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  if (!theirs) return ours;
  return (event) => {
    theirs(event);
    if (!event.defaultPrevented) ours(event);
  };
}
