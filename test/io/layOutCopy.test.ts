import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withLaidOutCopy } from '../../src/io/layOutCopy';

// jsdom lays nothing out: sizes are given to the elements that are measured.
const proto = HTMLImageElement.prototype as { decode?: () => Promise<void> };
beforeEach(() => {
  proto.decode = () => Promise.resolve();
});
afterEach(() => {
  delete proto.decode;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Gives `el` a fixed scroll width and client width. */
function extent(el: Element, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(el, 'scrollWidth', { configurable: true, get: () => scrollWidth });
  Object.defineProperty(el, 'clientWidth', { configurable: true, get: () => clientWidth });
}

/** A 300-pixel-wide map in a parent, holding `html`. */
function map(html: string): HTMLElement {
  document.body.innerHTML = `<section id="parent"><div id="map">${html}</div></section>`;
  const element = document.getElementById('map')!;
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({ width: 300, height: 100 } as DOMRect);
  return element;
}

describe('withLaidOutCopy: the copy a picture is measured from', () => {
  it('is as wide as the map plus the widest hidden overflow of its scrollers, which it no longer clips', async () => {
    const element = map('<div id="a" style="overflow-x: auto">a</div><div id="b" style="overflow-y: scroll">b</div><div id="c">c</div>');
    extent(element.querySelector('#a')!, 700, 300);
    extent(element.querySelector('#b')!, 500, 300);
    const seen = await withLaidOutCopy(element, {}, ({ clone }) => {
      const a = clone.querySelector<HTMLElement>('[id="a"]')!;
      const c = clone.querySelector<HTMLElement>('[id="c"]')!;
      return {
        width: [clone.style.width, clone.style.minWidth, clone.style.maxWidth, clone.style.boxSizing, clone.style.margin],
        scroller: [a.style.overflow, a.style.maxHeight, a.style.maxWidth, a.style.height, a.hasAttribute('data-jm-export-scroller')],
        plain: c.getAttribute('style'),
      };
    });
    expect(seen.width).toEqual(['700px', '700px', 'none', 'border-box', '0px']);
    expect(seen.scroller).toEqual(['visible', 'none', 'none', 'auto', false]);
    expect(seen.plain).toBeNull();
    expect(element.getAttribute('style')).toBeNull();
  });

  it('widens again while a scroller of the copy still overflows, at most three times', async () => {
    const element = map('<div id="a" style="overflow-x: auto">a</div>');
    const widths: string[] = [];
    let overflow = 0;
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
      if (this.id === 'a' && this.closest('[aria-hidden]')) widths.push(this.parentElement!.style.width);
      return this.id === 'a' ? 100 + overflow : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(100);
    overflow = 50;
    const width = await withLaidOutCopy(element, {}, ({ clone }) => clone.style.width);
    expect(width).toBe('500px');
    expect(widths).toEqual(['350px', '400px', '450px']);
    overflow = 1;
    expect(await withLaidOutCopy(element, {}, ({ clone }) => clone.style.width)).toBe('301px');
  });

  it('lies hidden in the map’s parent while it is read, and is gone afterwards, also when reading fails', async () => {
    const element = map('<p>x</p>');
    const stage = await withLaidOutCopy(element, {}, ({ clone, stage }) => {
      expect(stage.parentElement!.id).toBe('parent');
      expect(clone.parentElement).toBe(stage);
      return stage;
    });
    expect(stage.getAttribute('aria-hidden')).toBe('true');
    expect(stage.hasAttribute('inert')).toBe(true);
    expect(stage.style.position).toBe('fixed');
    expect(stage.style.opacity).toBe('0');
    expect(stage.style.pointerEvents).toBe('none');
    expect(stage.isConnected).toBe(false);
    await expect(
      withLaidOutCopy(element, {}, () => {
        throw new Error('read failed');
      }),
    ).rejects.toThrow('read failed');
    expect(document.querySelectorAll('#parent > div')).toHaveLength(1);
  });

  it('leaves out what is excluded, with everything inside it, and keeps the rest', async () => {
    const element = map('<div class="jm-CardPopover"><p id="in">in</p></div><p class="mine">mine</p><p id="kept">kept</p>');
    expect(await withLaidOutCopy(element, { exclude: '.mine' }, ({ clone }) => clone.textContent)).toBe('kept');
  });

  it('draws a canvas as an image of its pixels, at the canvas’s size', async () => {
    const element = map('<canvas id="chart" class="c"></canvas>');
    const canvas = element.querySelector('canvas')!;
    vi.spyOn(canvas, 'toDataURL').mockReturnValue('data:image/png;base64,AAAA');
    extent(canvas, 40, 40);
    Object.defineProperty(canvas, 'clientHeight', { configurable: true, get: () => 20 });
    const img = await withLaidOutCopy(element, {}, ({ clone }) => clone.querySelector('img')!);
    expect([img.id, img.className, img.getAttribute('src'), img.style.width, img.style.height]).toEqual([
      'chart',
      'c',
      'data:image/png;base64,AAAA',
      '40px',
      '20px',
    ]);
  });

  it('leaves a tainted canvas’s pixels out', async () => {
    const element = map('<canvas></canvas>');
    vi.spyOn(element.querySelector('canvas')!, 'toDataURL').mockImplementation(() => {
      throw new DOMException('tainted', 'SecurityError');
    });
    expect(await withLaidOutCopy(element, {}, ({ clone }) => clone.querySelector('img')!.hasAttribute('src'))).toBe(false);
  });

  it('does not widen the copy for a scroller inside an excluded part', async () => {
    const element = map(
      '<div class="jm-ExportMenu"><div id="menu" style="overflow-x: auto">m</div></div><div id="a" style="overflow-x: auto">a</div>',
    );
    extent(element.querySelector('#menu')!, 900, 100);
    extent(element.querySelector('#a')!, 150, 100);
    expect(await withLaidOutCopy(element, {}, ({ clone }) => clone.style.width)).toBe('350px');
  });

  it('gives images their full address, and fetches http(s) images without sending the page’s cookies elsewhere', async () => {
    const element = map('<img id="rel" src="/pic.png" alt=""><img id="ftp" src="ftp://x.example/p.png" alt="">');
    expect(await withLaidOutCopy(element, { inlineImages: false }, ({ clone }) => clone.querySelector('img')!.getAttribute('src'))).toBe(
      new URL('/pic.png', document.baseURI).href,
    );
    const fetch = vi.fn(async () => ({ ok: false }));
    vi.stubGlobal('fetch', fetch);
    try {
      await withLaidOutCopy(element, {}, () => undefined);
      expect(fetch.mock.calls).toEqual([[new URL('/pic.png', document.baseURI).href, { mode: 'cors', credentials: 'same-origin' }]]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
