import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from '../../src/components/useControllableState';

/** A toggle whose value the host may control. */
function Toggle({ on, defaultOn = false, onChange }: { on?: boolean; defaultOn?: boolean; onChange?: (on: boolean) => void }) {
  const [value, setValue] = useControllableState({ prop: on, defaultProp: defaultOn, onChange });
  return (
    <button type="button" aria-pressed={value} onClick={() => setValue(!value)}>
      toggle
    </button>
  );
}
const toggle = () => screen.getByRole('button', { name: 'toggle' });

describe('useControllableState', () => {
  it('uncontrolled: starts at the default, keeps what it is set to, and tells the host', async () => {
    const onChange = vi.fn();
    render(<Toggle defaultOn onChange={onChange} />);
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(onChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('controlled: shows the prop, asks the host to change it, and follows the prop when it does', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<Toggle on={false} onChange={onChange} />);
    await userEvent.click(toggle());
    expect(onChange).toHaveBeenCalledExactlyOnceWith(true);
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    rerender(<Toggle on onChange={onChange} />);
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
  });

  it('a host that keeps the value in its own state drives it, and its callback runs once per change in StrictMode', async () => {
    const calls: boolean[] = [];
    function Host() {
      const [on, setOn] = useState(false);
      return (
        <Toggle
          on={on}
          onChange={(next) => {
            calls.push(next);
            setOn(next);
          }}
        />
      );
    }
    render(
      <StrictMode>
        <Host />
      </StrictMode>,
    );
    await userEvent.click(toggle());
    await userEvent.click(toggle());
    expect(calls).toEqual([true, false]);
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
  });

  it('uncontrolled in StrictMode: one callback per change', async () => {
    const onChange = vi.fn();
    render(
      <StrictMode>
        <Toggle onChange={onChange} />
      </StrictMode>,
    );
    await userEvent.click(toggle());
    expect(onChange).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('ignores a value equal to the current one', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState<string | null>({ prop: undefined, defaultProp: 'a', onChange }));
    act(() => result.current[1]('a'));
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      // Twice before the next render: the second compares with the first, not the stale value.
      result.current[1]('b');
      result.current[1]('b');
    });
    expect(result.current[0]).toBe('b');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('b');
  });

  it('keeps one setter for the component’s life, and calls the latest callback', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { result, rerender } = renderHook(
      ({ prop, onChange }: { prop: number | undefined; onChange: (value: number) => void }) =>
        useControllableState({ prop, defaultProp: 0, onChange }),
      { initialProps: { prop: 1 as number | undefined, onChange: first } },
    );
    const setter = result.current[1];
    rerender({ prop: 2, onChange: second });
    expect(result.current[1]).toBe(setter);
    act(() => setter(3));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith(3);
    expect(result.current[0]).toBe(2);
  });

  it('stores a function value as it is, not as an updater', () => {
    const noop = () => undefined;
    const { result } = renderHook(() => useControllableState<(() => void) | null>({ prop: undefined, defaultProp: null }));
    act(() => result.current[1](noop));
    expect(result.current[0]).toBe(noop);
  });
});
