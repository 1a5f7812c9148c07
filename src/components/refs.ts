import type { ForwardedRef } from 'react';

/** Hands an element to a forwarded ref, whether the host passed a callback or an object. */
export function assignRef<T>(ref: ForwardedRef<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}
