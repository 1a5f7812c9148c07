import { fireEvent, render, screen } from '@testing-library/react';
import { createRef, type KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { JourneyGrid } from '../../src';
import { composeEventHandlers } from '../../src/components/events';
import { composeRefs } from '../../src/components/refs';
import { smallJourney } from '../fixtures';

describe('composeRefs', () => {
  it('hands the element to callback and object refs, and clears them on detach', () => {
    const object = createRef<HTMLDivElement>();
    const callback = vi.fn();
    const { unmount } = render(<div data-testid="el" ref={composeRefs(object, callback, undefined)} />);
    const el = screen.getByTestId('el');
    expect(object.current).toBe(el);
    expect(callback).toHaveBeenLastCalledWith(el);
    unmount();
    expect(object.current).toBeNull();
    expect(callback).toHaveBeenLastCalledWith(null);
  });

  it('runs the cleanup a callback ref returns, and clears the other refs then', () => {
    const object = createRef<HTMLDivElement>();
    const cleanup = vi.fn();
    const callback = vi.fn(() => cleanup);
    const { unmount } = render(<div data-testid="el" ref={composeRefs(callback, object)} />);
    unmount();
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(object.current).toBeNull();
  });

  it("a grid does not detach and reattach the host's ref when it re-renders", () => {
    const ref = vi.fn();
    const { rerender } = render(<JourneyGrid ref={ref} journey={smallJourney()} layout="grid" />);
    rerender(<JourneyGrid ref={ref} journey={smallJourney()} layout="grid" lanes={['touch']} />);
    rerender(<JourneyGrid ref={ref} journey={smallJourney()} layout="grid" aria-label="Kettle" />);
    expect(ref.mock.calls).toEqual([[screen.getByRole('grid').closest('.jm-JourneyGrid')]]);
  });
});

describe('composeEventHandlers', () => {
  const press = (handler: (event: KeyboardEvent<HTMLButtonElement>) => void) => {
    render(
      <button type="button" onKeyDown={handler}>
        key
      </button>,
    );
    fireEvent.keyDown(screen.getByRole('button'), { key: 'Enter' });
  };

  it("runs the host's handler first, then ours", () => {
    const order: string[] = [];
    press(
      composeEventHandlers(
        () => order.push('host'),
        () => order.push('ours'),
      ),
    );
    expect(order).toEqual(['host', 'ours']);
  });

  it("skips ours when the host's handler prevented the default", () => {
    const ours = vi.fn();
    press(composeEventHandlers((event) => event.preventDefault(), ours));
    expect(ours).not.toHaveBeenCalled();
  });

  it('is ours alone when the host gave none', () => {
    const ours = vi.fn();
    expect(composeEventHandlers(undefined, ours)).toBe(ours);
  });
});
