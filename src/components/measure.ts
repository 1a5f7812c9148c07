/** Calls `measure` now and whenever `el` (or `also`) resizes, where ResizeObserver exists; returns the cleanup. */
export function measureOnResize(el: Element, measure: () => void, also?: Element): (() => void) | undefined {
  measure();
  if (typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(() => measure());
  observer.observe(el);
  if (also) observer.observe(also);
  return () => observer.disconnect();
}
