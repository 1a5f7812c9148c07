import { describe, expect, it } from 'vitest';
import { backgroundLayerBox, resolveLength } from '../../../src/io/vector/length';

describe('resolveLength', () => {
  it('reads px, percentages of the basis and bare numbers', () => {
    expect(resolveLength('12px', 200)).toBe(12);
    expect(resolveLength('50%', 200)).toBe(100);
    expect(resolveLength('0', 200)).toBe(0);
    expect(resolveLength(' 1.5e1px ', 0)).toBe(15);
  });

  it('computes calc(), min(), max() and clamp() as browsers write computed values', () => {
    expect(resolveLength('calc(100% - 14px)', 80)).toBe(66);
    expect(resolveLength('max(30%, 100% - 28px)', 80)).toBe(52);
    expect(resolveLength('max(30%, 100% - 28px)', 30)).toBe(9);
    expect(resolveLength('min(10px, 50%)', 8)).toBe(4);
    expect(resolveLength('clamp(10px, 50%, 30px)', 100)).toBe(30);
    expect(resolveLength('calc(2 * (10px + 5%) / 4)', 200)).toBe(10);
    expect(resolveLength('calc(-5px + 100%)', 20)).toBe(15);
  });

  it('gives up on what it cannot read', () => {
    for (const value of ['auto', 'cover', '2em', 'calc(100% -', 'max()', 'calc(1px, 2px)', 'var(--x)', '10px 20px', '']) {
      expect(resolveLength(value, 100), value).toBeUndefined();
    }
  });
});

describe('backgroundLayerBox', () => {
  const area = { x: 10, y: 20, width: 100, height: 80 };

  it('places a sized layer by its position: a card’s stripe at either edge, centred', () => {
    expect(backgroundLayerBox('3px max(30%, 100% - 28px)', '0px 50%', area)).toEqual({ x: 10, y: 34, width: 3, height: 52 });
    expect(backgroundLayerBox('3px max(30%, 100% - 28px)', '100% 50%', area)).toEqual({ x: 107, y: 34, width: 3, height: 52 });
    expect(backgroundLayerBox('50% auto', 'calc(100% - 10px) 0px', area)).toEqual({ x: 50, y: 20, width: 50, height: 80 });
  });

  it('says nothing for a layer that fills its area or a value it cannot read', () => {
    expect(backgroundLayerBox('auto', '0% 0%', area)).toBeUndefined();
    expect(backgroundLayerBox('auto auto', '0% 0%', area)).toBeUndefined();
    expect(backgroundLayerBox('cover', '0% 0%', area)).toBeUndefined();
    expect(backgroundLayerBox('3px 2em', '0% 0%', area)).toBeUndefined();
    expect(backgroundLayerBox('3px 10px', 'left 2em top', area)).toBeUndefined();
  });
});
