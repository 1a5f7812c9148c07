import { useState, type CSSProperties, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../components/context';
import { SHOWN } from '../components/parked';

/** The element of the map holding a roving-focus key, if drawn. */
export function navElement(root: HTMLElement | null, key: string): HTMLElement | undefined {
  return Array.from(root?.querySelectorAll<HTMLElement>(`[data-nav-key]${SHOWN}`) ?? []).find(
    (e) => e.getAttribute('data-nav-key') === key,
  );
}

/**
 * Where to draw something over the map's element with roving-focus key `key`, relative to
 * `root` (positioned): its box as absolute-position style, measured again when `deps` change.
 */
export function useOverlayBox(root: RefObject<HTMLElement | null>, key: string | null, deps: unknown): CSSProperties | null {
  const [box, setBox] = useState<CSSProperties | null>(null);
  useIsomorphicLayoutEffect(() => {
    const el = key ? navElement(root.current, key) : undefined;
    const origin = root.current?.getBoundingClientRect();
    if (!el || !origin) return setBox(null);
    const r = el.getBoundingClientRect();
    setBox({ position: 'absolute', top: r.top - origin.top, left: r.left - origin.left, width: r.width, minHeight: r.height });
  }, [root, key, deps]);
  return box;
}
