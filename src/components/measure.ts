/** Calls `measure` now and whenever `el` resizes, where ResizeObserver exists; returns the cleanup. */
export function measureOnResize(el: Element, measure: () => void): (() => void) | undefined {
  measure();
  if (typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(() => measure());
  observer.observe(el);
  return () => observer.disconnect();
}
