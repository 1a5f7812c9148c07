import type { ForwardedRef } from 'react';

/** Hands an element to a forwarded ref, whether the host passed a callback or an object. */
export function assignRef<T>(ref: ForwardedRef<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * Gives a component the display name React DevTools and error messages show. The bundler
 * may rename the function a component is made from (`EmotionCurve2`); this keeps the
 * public name. Call it as `/* @__PURE__ *\/ named(forwardRef(…), 'Name')` so that bundles
 * that never use the component drop it.
 */
export function named<T extends object>(component: T, displayName: string): T {
  return Object.assign(component, { displayName });
}
