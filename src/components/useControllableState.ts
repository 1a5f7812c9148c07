import { useCallback, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from './context';

/** What {@link useControllableState} takes. */
export interface UseControllableStateParams<T> {
  /** The value when the host controls it; `undefined` leaves the value to the component. */
  prop: T | undefined;
  /** The value the component starts with when the host does not control it. */
  defaultProp: T;
  /** Called with every new value the component asks for, controlled or not. */
  onChange?: (value: T) => void;
}

/**
 * A value the host may control (`prop` with `onChange`) or leave to the component
 * (`defaultProp`), as Radix's hook of the same name. Returns the current value and a
 * stable setter. The setter ignores a value equal to the current one; otherwise it
 * stores the value when uncontrolled and calls `onChange` in both cases, in the event
 * that asked for it, so the host's callback runs once per change, StrictMode or not.
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
}: UseControllableStateParams<T>): [value: T, setValue: (next: T) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : uncontrolled;

  // The setter reads the latest render's value and callback, so its identity never
  // changes and contexts that hold it stay the same.
  const latest = useRef({ value, controlled, onChange });
  useIsomorphicLayoutEffect(() => {
    latest.current = { value, controlled, onChange };
  });

  const setValue = useCallback((next: T) => {
    const current = latest.current;
    if (Object.is(current.value, next)) return;
    if (!current.controlled) {
      // A second call before the next render compares with this value, not the stale one.
      latest.current = { ...current, value: next };
      setUncontrolled(() => next);
    }
    current.onChange?.(next);
  }, []);

  return [value, setValue];
}
