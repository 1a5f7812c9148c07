/**
 * Calls `measure` now and whenever `el` (or `also`) resizes, where ResizeObserver exists;
 * returns the cleanup. A ResizeObserver reports every element once when it starts
 * observing; that first report is passed over when the elements' boxes are still the ones
 * `measure` just saw, so that setting up measures once, not twice (routing a big map's
 * blueprint arrows twice after every filter change, for one).
 */
export function measureOnResize(el: Element, measure: () => void, also?: Element): (() => void) | undefined {
  measure();
  if (typeof ResizeObserver === 'undefined') return undefined;
  // Where the elements are, and how big: a move alone only measures again, as before.
  const boxes = () => JSON.stringify([el, also].map((target) => target?.getBoundingClientRect()));
  let start: string | null = boxes();
  const observer = new ResizeObserver(() => {
    if (start !== boxes()) measure();
    start = null;
  });
  observer.observe(el);
  if (also) observer.observe(also);
  return () => observer.disconnect();
}
