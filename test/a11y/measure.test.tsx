// measureOnResize in a real browser: a ResizeObserver reports each element once when it
// starts observing; that report must not measure again when nothing changed (a big map
// would route its blueprint arrows twice), and a real resize, however soon, must.
import { afterEach, expect, test } from 'vitest';
import { measureOnResize } from '../../src/components/measure';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
};
const box = (width: number) => {
  const el = document.createElement('div');
  el.style.cssText = `width: ${width}px; height: 40px`;
  document.body.append(el);
  return el;
};
/** Sets one of the element's sizes, then lets the observer report. */
const resize = async (el: HTMLElement, side: 'width' | 'height', px: number) => {
  el.style[side] = `${px}px`;
  await frames(3);
};
afterEach(() => document.body.replaceChildren());

test('measures once when it starts, and not again for the observer’s first report of the same size', async () => {
  const el = box(200);
  let calls = 0;
  const stop = measureOnResize(el, () => calls++);
  await frames(3);
  expect(calls).toBe(1);
  // A resize measures again, every time.
  await resize(el, 'width', 260);
  expect(calls).toBe(2);
  await resize(el, 'height', 10);
  expect(calls).toBe(3);
  stop?.();
  await resize(el, 'width', 300);
  expect(calls).toBe(3);
});

test('measures again when the element resized before the observer’s first report, and for the second element too', async () => {
  const el = box(200);
  const also = box(100);
  let calls = 0;
  const stop = measureOnResize(el, () => calls++, also);
  await resize(el, 'width', 120);
  expect(calls).toBe(2);
  await resize(also, 'width', 150);
  expect(calls).toBe(3);
  stop?.();
});
