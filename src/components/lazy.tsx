import { useEffect, useState, type ComponentType, type ReactElement } from 'react';

/**
 * A part of the map whose code is fetched on demand, in a chunk of its own: what the
 * first paint does not need (the details popover, the curve's tooltip, and with them
 * floating-ui). Unlike `React.lazy` it never suspends: until its code has arrived it
 * renders nothing, and once it has, it renders at once, in the same render, as if it
 * had been imported, so that interactions stay synchronous.
 */
export interface LazyPart<P> {
  (props: P): ReactElement | null;
  /** Fetches the part's code, once; the promise settles when it has arrived (or failed: a later call tries again). */
  preload(): Promise<void>;
  /** Whether the code has arrived. */
  readonly loaded: boolean;
}

/** Every lazy part, for {@link preloadParts}. */
const parts: Array<() => Promise<void>> = [];

/** A {@link LazyPart} whose code `load` imports. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  const code = lazyModule(load);
  function Part(props: P) {
    const [, arrived] = useState(false);
    useEffect(() => {
      if (code.get()) return;
      let live = true;
      // A chunk that fails to load leaves the part out; the next mount tries again.
      code.preload().then(
        () => live && arrived(true),
        () => {},
      );
      return () => {
        live = false;
      };
    }, []);
    const Loaded = code.get();
    return Loaded ? <Loaded {...props} /> : null;
  }
  return Object.defineProperty(Object.assign(Part, { preload: code.preload }), 'loaded', {
    get: () => code.get() !== undefined,
  }) as LazyPart<P>;
}

/** Code (not a part to draw) fetched on demand with the lazy parts: see {@link lazyModule}. */
export interface LazyModule<M> {
  /** The module once its code has arrived, else `undefined`. */
  get(): M | undefined;
  /** Fetches the module's code, once; the promise settles when it has arrived (or failed: a later call tries again). */
  preload(): Promise<void>;
}

/**
 * Code that only an interaction runs (the keyboard's moves), fetched with the lazy parts:
 * once the browser is idle, or at once when the user reaches for the map (see
 * {@link preloadWhenIdle}), so that it has arrived before it is needed.
 */
export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  parts.push(preload);
  return { get: () => loaded, preload };
}

/** Fetches the code of every lazy part declared so far; failures are left to the parts. */
export function preloadParts(): Promise<void> {
  return Promise.all(parts.map((preload) => preload().catch(() => {}))).then(() => {});
}

/**
 * Fetches every lazy part once the browser is idle after `el` mounts, or at once on the
 * first sign that the user is about to interact with it (the pointer over it, focus
 * inside it), so that the first hover or click rarely waits.
 */
export function preloadWhenIdle(el: HTMLElement | null): () => void {
  if (!el) return () => {};
  const start = () => {
    stop();
    void preloadParts();
  };
  const idle = window.requestIdleCallback?.(start, { timeout: 2000 }) ?? window.setTimeout(start, 200);
  el.addEventListener('pointerover', start);
  el.addEventListener('focusin', start);
  function stop() {
    if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
    else window.clearTimeout(idle);
    el!.removeEventListener('pointerover', start);
    el!.removeEventListener('focusin', start);
  }
  return stop;
}
