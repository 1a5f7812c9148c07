// `lazyPart`: a part whose code arrives on demand renders nothing until it has, then
// renders at once (no Suspense, no extra render pass), and a failed load is tried again.
// A `.lazy.test` file: the test setup does not preload the map's parts here.
import { act, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyModule, lazyPart, preloadParts } from '../../src/components/lazy';

/** A module load the test resolves or rejects by hand. */
function deferredLoad() {
  const calls: Array<{ resolve: (value: (props: { name: string }) => ReactElement) => void; reject: (error: Error) => void }> = [];
  const load = () => new Promise<(props: { name: string }) => ReactElement>((resolve, reject) => calls.push({ resolve, reject }));
  return { calls, load };
}
const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazyPart', () => {
  it('renders nothing until its code arrives, then the part itself; later renders are synchronous', async () => {
    const { calls, load } = deferredLoad();
    const Part = lazyPart(load);
    const view = render(<Part name="Ada" />);
    expect(view.container).toBeEmptyDOMElement();
    expect(Part.loaded).toBe(false);
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]!.resolve(Hello));
    expect(Part.loaded).toBe(true);
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
    view.unmount();
    // Loaded: the first render already holds it.
    render(<Part name="Grace" />);
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
  });

  it('loads once however many ask, and tries again after a failed load', async () => {
    const { calls, load } = deferredLoad();
    const Part = lazyPart(load);
    const first = Part.preload();
    expect(Part.preload()).toBe(first);
    render(<Part name="Ada" />);
    expect(calls).toHaveLength(1);
    await act(async () => {
      calls[0]!.reject(new Error('offline'));
      await first.catch(() => {});
    });
    expect(screen.queryByText('Hello Ada')).toBeNull();
    const second = Part.preload();
    expect(calls).toHaveLength(2);
    await act(async () => {
      calls[1]!.resolve(Hello);
      await second;
    });
    expect(Part.loaded).toBe(true);
  });

  it('preloadParts loads every part declared, and settles even when one fails', async () => {
    const a = deferredLoad();
    const b = deferredLoad();
    const A = lazyPart(a.load);
    const B = lazyPart(b.load);
    const all = preloadParts();
    a.calls.at(-1)!.resolve(Hello);
    b.calls.at(-1)!.reject(new Error('offline'));
    await all;
    expect(A.loaded).toBe(true);
    expect(B.loaded).toBe(false);
  });

  it('a lazy module is undefined until its code has arrived, and a failed fetch is tried again', async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('offline');
      return { answer: 42 };
    });
    const moves = lazyModule(load);
    expect(moves.get()).toBeUndefined();
    await expect(moves.preload()).rejects.toThrow('offline');
    expect(moves.get()).toBeUndefined();
    fail = false;
    await moves.preload();
    expect(moves.get()).toEqual({ answer: 42 });
    await moves.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
