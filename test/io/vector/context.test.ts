import { describe, expect, it, vi } from 'vitest';
import { Defs, VectorContext, intersect, overlaps } from '../../../src/io/vector/context';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('clip boxes of the vector picture', () => {
  it('intersect gives the overlap of two boxes, an empty box when they are apart, and the box itself without a clip', () => {
    expect(intersect(box(0, 0, 100, 50), box(60, 20, 100, 100))).toEqual(box(60, 20, 40, 30));
    expect(intersect(box(60, 20, 100, 100), box(0, 0, 100, 50))).toEqual(box(60, 20, 40, 30));
    expect(intersect(box(0, 0, 10, 10), box(20, 30, 5, 5))).toEqual(box(20, 30, 0, 0));
    expect(intersect(undefined, box(1, 2, 3, 4))).toEqual(box(1, 2, 3, 4));
  });

  it('overlaps says whether two boxes share any area; boxes that only touch do not', () => {
    const a = box(0, 0, 10, 10);
    expect(overlaps(a, box(5, 5, 10, 10))).toBe(true);
    expect(overlaps(a, box(-5, -5, 10, 10))).toBe(true);
    expect(overlaps(a, box(10, 0, 5, 5))).toBe(false);
    expect(overlaps(a, box(0, 10, 5, 5))).toBe(false);
    expect(overlaps(a, box(-5, 0, 5, 5))).toBe(false);
    expect(overlaps(a, box(0, -5, 5, 5))).toBe(false);
    expect(overlaps(undefined, box(100, 100, 1, 1))).toBe(true);
  });
});

describe('Defs: the definitions a vector picture refers to', () => {
  it('writes each distinct definition once, with numbered ids, and nothing when there is none', () => {
    const defs = new Defs('p');
    expect(defs.toString()).toBe('');
    expect(defs.add('clipPath', { x: 1 }, '<rect/>')).toBe('p0');
    expect(defs.add('clipPath', { x: 1 }, '<rect/>')).toBe('p0');
    expect(defs.add('clipPath', { x: 2 }, '<rect/>')).toBe('p1');
    expect(defs.add('clipPath', { x: 2 })).toBe('p2');
    expect(defs.add('filter', { x: 2 })).toBe('p3');
    expect(defs.toString()).toBe(
      '<defs><clipPath id="p0" x="1"><rect/></clipPath><clipPath id="p1" x="2"><rect/></clipPath><clipPath id="p2" x="2"/><filter id="p3" x="2"/></defs>',
    );
  });
});

describe('VectorContext', () => {
  it('places boxes and points relative to the map’s top-left corner', () => {
    const root = document.createElement('div');
    vi.spyOn(root, 'getBoundingClientRect').mockReturnValue({ left: 10, top: 20 } as DOMRect);
    const ctx = new VectorContext(root);
    expect(ctx.box({ left: 15, top: 50, width: 3, height: 4 })).toEqual(box(5, 30, 3, 4));
    expect(ctx.point(10, 25)).toEqual([0, 5]);
    expect(ctx.doc).toBe(document);
    expect(ctx.view).toBe(window);
  });
});
