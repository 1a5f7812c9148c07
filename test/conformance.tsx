import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type CSSProperties, type MouseEventHandler, type ReactElement, type Ref } from 'react';
import { describe, expect, it, vi } from 'vitest';

/**
 * The props every component must pass through to its root element. A conformance
 * case spreads them onto the component under test: `(props) => <TouchpointCard card={c} {...props} />`.
 */
export interface ConformanceProps<T extends HTMLElement> {
  ref: Ref<T>;
  className: string;
  id: string;
  title: string;
  lang: string;
  style: CSSProperties;
  onClick: MouseEventHandler<T>;
  'data-testid': string;
  'data-host': string;
}

/** One way of rendering a component, e.g. "inside JourneyGrid" or "with an invalid journey". */
export interface ConformanceCase<T extends HTMLElement> {
  /** The class the component always puts on its root, e.g. `jm-TouchpointCard`. */
  rootClass: string;
  /** Renders the component with `props` spread onto it (wrapped in whatever it needs). */
  render: (props: ConformanceProps<T>) => ReactElement;
  /** Whether the component is the outermost element rendered (not wrapped in a parent). Default `false`. */
  standalone?: boolean;
}

const TEST_ID = 'conformance-root';

function props<T extends HTMLElement>(ref: Ref<T>, onClick: MouseEventHandler<T> = () => undefined): ConformanceProps<T> {
  return {
    ref,
    className: 'host-class another-host-class',
    id: 'host-id',
    title: 'Host title',
    lang: 'x-host',
    style: { marginTop: '7px', outlineColor: 'rgb(1, 2, 3)' },
    onClick,
    'data-testid': TEST_ID,
    'data-host': 'yes',
  };
}

/**
 * The shared component contract (after Mantine's shared component tests): the
 * component forwards `ref` to its root, merges `className` with its own classes, and
 * passes any other attribute, style and event handler to the root.
 */
export function describeConformance<T extends HTMLElement>(name: string, conformance: ConformanceCase<T>): void {
  const { rootClass, render: renderComponent, standalone = false } = conformance;

  describe(`${name} conformance`, () => {
    it('forwards a ref object to its root element', () => {
      const ref = createRef<T>();
      const { container } = render(renderComponent(props(ref)));
      const root = screen.getByTestId(TEST_ID);
      expect(ref.current).toBe(root);
      expect(root).toHaveClass(rootClass);
      if (standalone) expect(container.firstElementChild).toBe(root);
    });

    it('calls a callback ref with its root element, and with null when unmounted', () => {
      const ref = vi.fn<(el: T | null) => void>();
      const { unmount } = render(renderComponent(props<T>(ref)));
      const root = screen.getByTestId(TEST_ID);
      expect(ref.mock.calls.map(([el]) => el)).toContain(root);
      unmount();
      expect(ref.mock.lastCall?.[0]).toBeNull();
    });

    it('merges className with its own classes', () => {
      render(renderComponent(props(createRef<T>())));
      const root = screen.getByTestId(TEST_ID);
      expect(root).toHaveClass(rootClass, 'host-class', 'another-host-class');
    });

    it('passes other attributes and styles to its root', () => {
      render(renderComponent(props(createRef<T>())));
      const root = screen.getByTestId(TEST_ID);
      expect(root).toHaveAttribute('id', 'host-id');
      expect(root).toHaveAttribute('title', 'Host title');
      expect(root).toHaveAttribute('lang', 'x-host');
      expect(root).toHaveAttribute('data-host', 'yes');
      expect(root.style.marginTop).toBe('7px');
      expect(root.style.outlineColor).toBe('rgb(1, 2, 3)');
    });

    it("runs the host's onClick once per click on its root", async () => {
      const seen: EventTarget[] = [];
      const onClick = vi.fn<MouseEventHandler<T>>((event) => seen.push(event.currentTarget));
      render(renderComponent(props(createRef<T>(), onClick)));
      await userEvent.click(screen.getByTestId(TEST_ID));
      expect(onClick).toHaveBeenCalledTimes(1);
      expect(seen).toEqual([screen.getByTestId(TEST_ID)]);
    });
  });
}
