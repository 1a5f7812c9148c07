import { useCallback, type Ref, type RefCallback } from 'react';

type Cleanup = () => void;

/** Hands `value` to one ref, a callback or an object; returns what a callback returned (React 19 ref cleanups). */
function setRef<T>(ref: Ref<T> | undefined, value: T | null): unknown {
  if (typeof ref === 'function') return ref(value);
  if (ref) ref.current = value;
  return undefined;
}

/**
 * One callback ref that hands the element to every ref given, callbacks or objects.
 * When a callback returns a cleanup (React 19), the composed ref returns one too, which
 * runs those cleanups and clears the other refs. React 18 ignores returned cleanups and
 * calls the ref with `null` instead; the composed ref then runs the same cleanups, so a
 * callback behaves alike under both.
 */
export function composeRefs<T>(...refs: ReadonlyArray<Ref<T> | undefined>): RefCallback<T> {
  let attached: unknown[] | undefined;
  const detach = () => {
    const results = attached;
    attached = undefined;
    results?.forEach((result, i) => (typeof result === 'function' ? (result as Cleanup)() : setRef(refs[i], null)));
  };
  return (value) => {
    if (value === null && attached) return detach();
    const results = refs.map((ref) => setRef(ref, value));
    if (value === null || !results.some((result) => typeof result === 'function')) return undefined;
    attached = results;
    return detach;
  };
}

/**
 * {@link composeRefs} as a hook: the callback keeps its identity while the refs do, so
 * React does not detach and reattach a host's ref on every render.
 */
export function useComposedRefs<T>(...refs: ReadonlyArray<Ref<T> | undefined>): RefCallback<T> {
  // The refs themselves are the dependencies.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback(composeRefs(...refs), refs);
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
