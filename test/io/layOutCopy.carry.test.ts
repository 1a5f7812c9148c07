import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toDataUrl, withLaidOutCopy } from '../../src/io/layOutCopy';

// jsdom lays nothing out: the map is given its width; images decode at once unless a test says otherwise.
const proto = HTMLImageElement.prototype as { decode?: () => Promise<void> };
beforeEach(() => {
  proto.decode = () => Promise.resolve();
});
afterEach(() => {
  delete proto.decode;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** A 300-pixel-wide map in a parent, holding `html`. */
function map(html: string): HTMLElement {
  document.body.innerHTML = `<section id="parent"><div id="map">${html}</div></section>`;
  const element = document.getElementById('map')!;
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({ width: 300, height: 100 } as DOMRect);
  return element;
}

/** The copy's element with id `id`, as `read` sees it. */
const inCopy = <T>(element: HTMLElement, read: (clone: HTMLElement) => T, options = {}) =>
  withLaidOutCopy(element, { inlineImages: false, ...options }, ({ clone }) => read(clone));

/** A `fetch` that answers every address with `body` of `type`. */
function serve(body: string, type: string, ok = true) {
  const fetch = vi.fn(async () => ({ ok, blob: async () => new Blob([body], { type }) }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('withLaidOutCopy: what cloning loses is carried over', () => {
  it('keeps what a user typed, ticked and chose in form controls', async () => {
    const element = map(
      '<textarea id="t">old</textarea><input id="i" value="old"><input id="c" type="checkbox"><input id="u" type="checkbox" checked>' +
        '<select id="s"><option>a</option><option>b</option><option selected>c</option></select>',
    );
    (element.querySelector('#t') as HTMLTextAreaElement).value = 'typed';
    (element.querySelector('#i') as HTMLInputElement).value = 'entered';
    (element.querySelector('#c') as HTMLInputElement).checked = true;
    (element.querySelector('#u') as HTMLInputElement).checked = false;
    (element.querySelector('#s') as HTMLSelectElement).selectedIndex = 1;
    const seen = await inCopy(element, (clone) => ({
      textarea: clone.querySelector('textarea')!.textContent,
      input: clone.querySelector('[id="i"]')!.getAttribute('value'),
      ticked: clone.querySelector('[id="c"]')!.hasAttribute('checked'),
      unticked: clone.querySelector('[id="u"]')!.hasAttribute('checked'),
      options: Array.from(clone.querySelectorAll('option'), (o) => o.hasAttribute('selected')),
    }));
    expect(seen).toEqual({ textarea: 'typed', input: 'entered', ticked: true, unticked: false, options: [false, true, false] });
  });

  it('gives links their full address and leaves anchors without one alone', async () => {
    const element = map('<a id="l" href="/page">l</a><a id="n">n</a>');
    const seen = await inCopy(element, (clone) => [
      clone.querySelector('[id="l"]')!.getAttribute('href'),
      clone.querySelector('[id="n"]')!.hasAttribute('href'),
    ]);
    expect(seen).toEqual([new URL('/page', document.baseURI).href, false]);
  });

  it('gives an image the address it shows, and none to one without', async () => {
    const element = map('<img id="a" alt=""><img id="b" src="/b.png" alt="">');
    Object.defineProperty(element.querySelector('#b')!, 'currentSrc', { value: 'https://cdn.example/b@2x.png' });
    const seen = await inCopy(element, (clone) => [
      clone.querySelector('[id="a"]')!.hasAttribute('src'),
      clone.querySelector('[id="b"]')!.getAttribute('src'),
    ]);
    expect(seen).toEqual([false, 'https://cdn.example/b@2x.png']);
  });
});

describe('withLaidOutCopy: what the copy leaves out', () => {
  it('leaves out every interactive overlay and whatever is marked for exclusion', async () => {
    const element = map(
      ['jm-CardPopover', 'jm-EmotionCurve-tooltip', 'jm-EmotionCurve-view', 'jm-ExportMenu']
        .map((c) => `<div class="${c}">${c}</div>`)
        .join('') + '<div data-jm-export="exclude">marked</div><div data-jm-export="include">kept</div>',
    );
    expect(await inCopy(element, (clone) => clone.textContent)).toBe('kept');
  });

  it('makes the copy safe before it enters the page', async () => {
    const element = map('<p id="p" onclick="alert(1)">p</p><script>window.ran = true</script>');
    const seen = await inCopy(element, (clone) => [
      clone.querySelector('[id="p"]')!.hasAttribute('onclick'),
      clone.querySelectorAll('script').length,
    ]);
    expect(seen).toEqual([false, 0]);
  });

  it('marks no scroller of the copy once it is laid out', async () => {
    const element = map('<div id="a" style="overflow-y: overlay">a</div><div id="b" style="overflow-x: hidden">b</div>');
    const seen = await inCopy(element, (clone) => ({
      a: clone.querySelector<HTMLElement>('[id="a"]')!.style.overflow,
      b: clone.querySelector<HTMLElement>('[id="b"]')!.style.overflow,
      marked: clone.querySelectorAll('[data-jm-export-scroller]').length,
    }));
    expect(seen).toEqual({ a: 'visible', b: '', marked: 0 });
  });

  it('lies in the document’s body when the map has no parent', async () => {
    document.body.innerHTML = '';
    const element = document.createElement('div');
    vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({ width: 300, height: 100 } as DOMRect);
    expect(await withLaidOutCopy(element, {}, ({ stage }) => stage.parentElement)).toBe(document.body);
  });
});

describe('withLaidOutCopy: images', () => {
  it('holds images it can fetch over http(s) as data URLs, before it is laid out', async () => {
    const element = map('<img id="a" src="https://cdn.example/a.png" alt=""><img id="d" src="data:image/png;base64,AAAA" alt="">');
    const fetch = serve('png', 'image/png');
    const seen = await withLaidOutCopy(element, {}, ({ clone }) =>
      Array.from(clone.querySelectorAll('img'), (img) => img.getAttribute('src')),
    );
    expect(seen).toEqual([`data:image/png;base64,${btoa('png')}`, 'data:image/png;base64,AAAA']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(element.querySelector('img')!.getAttribute('src')).toBe('https://cdn.example/a.png');
  });

  it('keeps the address of an image whose answer is no picture, fails or is refused', async () => {
    const element = map('<img src="http://cdn.example/a.png" alt="">');
    const src = () => withLaidOutCopy(element, {}, ({ clone }) => clone.querySelector('img')!.getAttribute('src'));
    serve('<script>', 'text/html');
    expect(await src()).toBe('http://cdn.example/a.png');
    serve('png', 'image/png', false);
    expect(await src()).toBe('http://cdn.example/a.png');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    expect(await src()).toBe('http://cdn.example/a.png');
  });

  it('waits for the copy’s images to decode, and goes on when one cannot', async () => {
    const element = map('<img id="a" src="https://cdn.example/a.png" alt=""><img id="b" alt="">');
    vi.spyOn(HTMLImageElement.prototype, 'complete', 'get').mockImplementation(function (this: HTMLImageElement) {
      return this.id !== 'a';
    });
    const decoded: string[] = [];
    proto.decode = function (this: HTMLImageElement) {
      decoded.push(this.id);
      return Promise.reject(new Error('cannot decode'));
    };
    expect(await withLaidOutCopy(element, { inlineImages: false }, () => 'read')).toBe('read');
    expect(decoded).toEqual(['a']);
  });
});

describe('toDataUrl', () => {
  it('reads a fetched answer as a data URL, and nothing for an error status or a failed request', async () => {
    serve('hi', 'text/plain');
    expect(await toDataUrl('https://x.example/a.txt')).toBe(`data:text/plain;base64,${btoa('hi')}`);
    serve('hi', 'text/plain', false);
    expect(await toDataUrl('https://x.example/a.txt')).toBeUndefined();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    expect(await toDataUrl('https://x.example/a.txt')).toBeUndefined();
  });

  it('gives nothing when the answer cannot be read', async () => {
    serve('hi', 'text/plain');
    vi.spyOn(FileReader.prototype, 'readAsDataURL').mockImplementation(function (this: FileReader) {
      setTimeout(() => this.onerror?.(new ProgressEvent('error') as ProgressEvent<FileReader>));
    });
    expect(await toDataUrl('https://x.example/a.txt')).toBeUndefined();
  });
});
