import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../context';
import { measureOnResize } from '../measure';

/**
 * Whether the element is narrower than `below` pixels: measured when it mounts and
 * whenever it resizes, so it follows the host's layout. `false` until measured (and so
 * on the server) and while not `enabled`; an element not laid out (width 0) keeps the
 * last answer.
 */
export function useNarrowerThan(ref: RefObject<HTMLElement | null>, below: number, enabled: boolean): boolean {
  const [narrow, setNarrow] = useState(false);
  useIsomorphicLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el || typeof ResizeObserver === 'undefined') return;
    return measureOnResize(el, () => {
      const width = el.getBoundingClientRect().width;
      if (width > 0) setNarrow(width < below);
    });
  }, [ref, enabled, below]);
  return enabled && narrow;
}
