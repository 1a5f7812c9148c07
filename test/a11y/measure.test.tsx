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
afterEach(() => document.body.replaceChildren());

test('measures once when it starts, and not again for the observer’s first report of the same size', async () => {
  const el = box(200);
  let calls = 0;
  const stop = measureOnResize(el, () => calls++);
  await frames(3);
  expect(calls).toBe(1);
  // A resize measures again, every time.
  el.style.width = '260px';
  await frames(3);
  expect(calls).toBe(2);
  el.style.height = '10px';
  await frames(3);
  expect(calls).toBe(3);
  stop?.();
  el.style.width = '300px';
  await frames(3);
  expect(calls).toBe(3);
});

test('measures again when the element resized before the observer’s first report, and for the second element too', async () => {
  const el = box(200);
  const also = box(100);
  let calls = 0;
  const stop = measureOnResize(el, () => calls++, also);
  el.style.width = '120px';
  await frames(3);
  expect(calls).toBe(2);
  also.style.width = '150px';
  await frames(3);
  expect(calls).toBe(3);
  stop?.();
});
