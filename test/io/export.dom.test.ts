import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportJourneySvg } from '../../src/io/export';

// jsdom loads no images: the copy's images count as decoded at once.
const proto = HTMLImageElement.prototype as { decode?: () => Promise<void> };
beforeAll(() => {
  proto.decode = () => Promise.resolve();
});
afterAll(() => {
  delete proto.decode;
});

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

/** A map in the page, its picture, and the picture read back as a document. */
async function picture(html: string, options: Parameters<typeof exportJourneySvg>[1] = {}, css = '') {
  document.head.innerHTML = css ? `<style>${css}</style>` : '';
  document.body.innerHTML = `<div id="map">${html}</div>`;
  const svg = await exportJourneySvg(document.getElementById('map')!, { embedFonts: false, ...options });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const styles = doc.querySelector('style')?.textContent ?? '';
  /** The declarations the picture's classes give an element. */
  const declarations = (el: Element) =>
    (el.getAttribute('class') ?? '')
      .split(' ')
      .filter((c) => /^jmx\d+$/.test(c))
      .map((c) => new RegExp(`\\.${c}\\{([^}]*)\\}`).exec(styles)?.[1] ?? '')
      .join(';');
  return { svg, doc, styles, declarations, wrapper: doc.querySelector('foreignObject > div')! };
}

/** A fetch response holding a file of the page's own Blob type, which its FileReader reads. */
const reply = (parts: string[], type: string) => ({ ok: true, blob: async () => new Blob(parts, { type }) });

describe('exportJourneySvg: the picture’s title', () => {
  it('is the option, else the map’s shown title, else its grid’s name, else its own name, else "Journey map"', async () => {
    const title = async (html: string, options = {}, label?: string) => {
      document.body.innerHTML = `<div id="map"${label ? ` aria-label="${label}"` : ''}>${html}</div>`;
      const svg = await exportJourneySvg(document.getElementById('map')!, { embedFonts: false, ...options });
      return new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('title')!.textContent;
    };
    const shown = '<h2 class="jm-JourneyMap-title"> Shown </h2><div role="grid" aria-label=" Grid "></div>';
    expect(await title(shown, { title: 'Given' })).toBe('Given');
    expect(await title(shown)).toBe('Shown');
    expect(await title('<h2 class="jm-JourneyMap-title"> </h2><div role="grid" aria-label=" Grid "></div>')).toBe('Grid');
    expect(await title('<div role="grid" aria-label=" "></div>', {}, ' Own ')).toBe('Own');
    expect(await title('<div role="grid"></div>', {}, ' ')).toBe('Journey map');
    expect(await title('')).toBe('Journey map');
  });
});

describe('exportJourneySvg: the background', () => {
  it('refuses a background that is no safe CSS value, quoting its start', async () => {
    document.body.innerHTML = '<div id="map"></div>';
    const map = document.getElementById('map')!;
    const bad = `url(x)${'a'.repeat(60)}`;
    await expect(exportJourneySvg(map, { background: bad })).rejects.toThrow(
      new TypeError(`The background option must be a CSS colour or gradient that loads nothing, not ${JSON.stringify(bad.slice(0, 40))}.`),
    );
  });

  it('paints the given background, none for null, and by default the first opaque background up from the map, else white', async () => {
    expect((await picture('', { background: 'rgb(1, 2, 3)' })).wrapper.getAttribute('style')).toContain('background:rgb(1, 2, 3);');
    expect((await picture('', { background: null })).wrapper.getAttribute('style')).not.toContain('background');
    expect((await picture('')).wrapper.getAttribute('style')).toContain('background:#ffffff;');
    expect((await picture('', { background: 'auto' })).wrapper.getAttribute('style')).toContain('background:#ffffff;');
    document.body.style.backgroundColor = 'rgb(9, 8, 7)';
    try {
      expect((await picture('')).wrapper.getAttribute('style')).toContain('background:rgb(9, 8, 7);');
      // Transparent backgrounds on the way up are passed over.
      for (const clear of ['transparent', 'rgba(0, 0, 0, 0)', 'rgb(0 0 0 / 0)']) {
        document.head.innerHTML = '';
        document.body.innerHTML = `<div id="map" style="background-color: ${clear}"></div>`;
        const svg = await exportJourneySvg(document.getElementById('map')!, { embedFonts: false });
        expect(svg, clear).toContain('background:rgb(9, 8, 7);');
      }
    } finally {
      document.body.style.backgroundColor = '';
    }
    document.body.innerHTML = '<div id="map" style="background-color: rgba(0, 0, 0, 0.5)"></div>';
    expect(await exportJourneySvg(document.getElementById('map')!, { embedFonts: false })).toContain('background:rgba(0, 0, 0, 0.5);');
  });
});

describe('exportJourneySvg: what the copy keeps from the page', () => {
  it('leaves out popovers, tooltips, menus, marked parts and what the exclude option names', async () => {
    const parts = ['jm-CardPopover', 'jm-EmotionCurve-tooltip', 'jm-EmotionCurve-view', 'jm-ExportMenu'];
    const { svg } = await picture(
      `${parts.map((c) => `<div class="${c}">${c}-text</div>`).join('')}<div data-jm-export="exclude">marked</div><p class="extra">extra</p><p>kept</p>`,
      { exclude: '.extra' },
    );
    for (const part of parts) expect(svg).not.toContain(`${part}-text`);
    expect(svg).not.toContain('marked');
    expect(svg).not.toContain('extra');
    expect(svg).toContain('kept');
    expect((await picture('<p class="extra">extra</p>')).svg).toContain('extra');
  });

  it('carries over form state, links and image addresses the copy would lose', async () => {
    document.head.innerHTML = '';
    document.body.innerHTML = `<div id="map">
      <input id="text" value="old"><input id="box" type="checkbox"><input id="off" type="checkbox" checked>
      <textarea id="area">old</textarea>
      <select id="pick"><option>a</option><option selected>b</option><option>c</option></select>
      <a id="rel" href="/page">link</a><a id="none">no link</a>
      <img id="pic" src="data:image/png;base64,AAAA" alt="">
    </div>`;
    (document.getElementById('text') as HTMLInputElement).value = 'typed';
    (document.getElementById('box') as HTMLInputElement).checked = true;
    (document.getElementById('off') as HTMLInputElement).checked = false;
    (document.getElementById('area') as HTMLTextAreaElement).value = 'written';
    (document.getElementById('pick') as HTMLSelectElement).selectedIndex = 2;
    const svg = await exportJourneySvg(document.getElementById('map')!, { embedFonts: false, inlineImages: false });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const byId = (id: string) => doc.querySelector(`[id="${id}"]`)!;
    expect(byId('text').getAttribute('value')).toBe('typed');
    expect(byId('box').hasAttribute('checked')).toBe(true);
    expect(byId('off').hasAttribute('checked')).toBe(false);
    expect(byId('area').textContent).toBe('written');
    expect([...byId('pick').querySelectorAll('option')].map((o) => o.hasAttribute('selected'))).toEqual([false, false, true]);
    // A relative link becomes absolute, and kept only when the picture may hold it.
    expect(byId('rel').getAttribute('href')).toBe(new URL('/page', document.baseURI).href);
    expect(byId('none').hasAttribute('href')).toBe(false);
    expect(byId('pic').getAttribute('src')).toBe('data:image/png;base64,AAAA');
  });

  it('fetches http(s) images into data URLs when it may, and keeps the address when the fetch fails', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.includes('ok') ? reply(['x'], 'image/png') : { ok: false, blob: async () => new Blob([]) },
    );
    vi.stubGlobal('fetch', fetch);
    const html =
      '<img id="ok" src="https://x.example/ok.png" alt=""><img id="gone" src="https://x.example/gone.png" alt=""><img id="data" src="data:image/png;base64,AAAA" alt="">';
    const { doc } = await picture(html);
    expect(doc.querySelector('[id="ok"]')!.getAttribute('src')).toBe('data:image/png;base64,eA==');
    expect(doc.querySelector('[id="gone"]')!.getAttribute('src')).toBe('https://x.example/gone.png');
    expect(doc.querySelector('[id="data"]')!.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['https://x.example/ok.png', 'https://x.example/gone.png']);
    fetch.mockClear();
    const kept = await picture(html, { inlineImages: false });
    expect(kept.doc.querySelector('[id="ok"]')!.getAttribute('src')).toBe('https://x.example/ok.png');
    expect(fetch).not.toHaveBeenCalled();
    // A fetched file that is no image stays out.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => reply(['<p>'], 'text/html')),
    );
    expect((await picture(html)).doc.querySelector('[id="ok"]')!.getAttribute('src')).toBe('https://x.example/ok.png');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new Error('offline'))),
    );
    expect((await picture(html)).doc.querySelector('[id="ok"]')!.getAttribute('src')).toBe('https://x.example/ok.png');
  });
});

describe('exportJourneySvg: the styles of the copy', () => {
  it('sets the map’s own margins, transform and float to nothing, and places a positioned map in the flow', async () => {
    const { declarations, doc } = await picture(
      '',
      {},
      '#map { margin: 5px; float: left; transform: scale(2); position: absolute; top: 3px; }',
    );
    const root = doc.querySelector('foreignObject > div > div')!;
    const own = declarations(root);
    for (const d of [
      'margin-top:0px',
      'margin-right:0px',
      'margin-bottom:0px',
      'margin-left:0px',
      'transform:none',
      'float:none',
      'position:relative',
      'top:auto',
      'right:auto',
      'bottom:auto',
      'left:auto',
    ]) {
      expect(own.split(';'), d).toContain(d);
    }
    for (const position of ['static', 'relative']) {
      const kept = await picture('', {}, `#map { position: ${position}; top: 3px; }`);
      const style = kept.declarations(kept.doc.querySelector('foreignObject > div > div')!).split(';');
      expect(style).not.toContain('top:auto');
    }
  });

  it('places a sticky element where the flow puts it, without its insets', async () => {
    const { declarations, doc } = await picture(
      '<p id="s">s</p>',
      {},
      '#s { position: sticky; top: 1px; left: 2px; right: 3px; bottom: 4px; color: red; }',
    );
    const style = declarations(doc.querySelector('[id="s"]')!).split(';');
    expect(style).toContain('position:relative');
    expect(style.filter((d) => /^(top|left|right|bottom):/.test(d))).toEqual([]);
  });

  it('drops what is not displayed, and every inline style and tab stop', async () => {
    const { svg, doc } = await picture('<p id="a" style="color: red" tabindex="0">a</p><p style="display: none">gone</p>');
    expect(svg).not.toContain('gone');
    const a = doc.querySelector('[id="a"]')!;
    expect(a.hasAttribute('style')).toBe(false);
    expect(a.hasAttribute('tabindex')).toBe(false);
    expect(a.getAttribute('class')).toMatch(/^jmx\d+$/);
  });

  it('keeps an element’s own classes before the picture’s', async () => {
    const { doc } = await picture('<p id="a" class="own two">a</p>');
    expect(doc.querySelector('[id="a"]')!.getAttribute('class')).toMatch(/^own two jmx\d+$/);
  });

  it('replaces SVG attributes that read theme variables with their computed value', async () => {
    const { doc, declarations } = await picture(
      '<svg><rect id="r" fill="var(--jm-accent)" stroke="var(--none)" width="10"/></svg>',
      {},
      '#r { fill: rgb(1, 2, 3); }',
    );
    const rect = doc.querySelector('[id="r"]')!;
    expect(rect.hasAttribute('fill')).toBe(false);
    expect(rect.hasAttribute('stroke')).toBe(false);
    expect(rect.getAttribute('width')).toBe('10');
    expect(declarations(rect).split(';')).toContain('fill:rgb(1, 2, 3)');
  });
});

describe('exportJourneySvg: fonts', () => {
  /** A font-face rule as a browser's CSSOM gives it (jsdom's drops `src`). */
  const face = (declarations: Record<string, string>) => {
    const names = Object.keys(declarations);
    return {
      cssText: `@font-face { ${names.map((n) => `${n}: ${declarations[n]}`).join('; ')} }`,
      style: { length: names.length, item: (i: number) => names[i]!, getPropertyValue: (n: string) => declarations[n] ?? '' },
    };
  };
  const used = face({
    'font-family': '"Used Face"',
    'font-weight': '700',
    src: 'local("Used"), url("data:font/woff2;base64,AA") format("woff2"), url("fonts/used.woff2") format("woff2"), url("https://elsewhere.example/u.woff2"), url("http://[bad")',
  });
  /** Exports a map whose text uses "Used Face", with the page's style sheets replaced by `sheets`. */
  async function fonts(sheets: object[], options: Parameters<typeof exportJourneySvg>[1] = {}) {
    document.head.innerHTML = '<style>#a { font-family: "Used Face", Remote, serif; }</style>';
    const real = Array.from(document.styleSheets);
    Object.defineProperty(document, 'styleSheets', { configurable: true, get: () => [...real, ...sheets] });
    try {
      document.body.innerHTML = '<div id="map"><p id="a">a</p></div>';
      const svg = await exportJourneySvg(document.getElementById('map')!, options);
      return new DOMParser()
        .parseFromString(svg, 'image/svg+xml')
        .querySelector('style')!
        .textContent!.split('\n')
        .filter((r) => r.startsWith('@font-face'));
    } finally {
      delete (document as { styleSheets?: unknown }).styleSheets;
    }
  }

  it('embeds the faces of the families in use, with same-origin files as data URLs and other origins left out', async () => {
    const fetch = vi.fn(async (_url: string) => reply(['font'], 'font/woff2'));
    vi.stubGlobal('fetch', fetch);
    const rules = await fonts([
      {
        href: 'http://localhost:3000/css/site.css',
        cssRules: [
          used,
          face({ 'font-family': 'Unused', src: 'url("data:font/woff2;base64,BB")' }),
          face({ 'font-family': 'Remote', src: 'url("https://elsewhere.example/r.woff2")' }),
          face({ src: 'url(x)' }),
        ],
      },
    ]);
    expect(rules).toEqual([
      '@font-face{font-family:"Used Face";font-weight:700;src:local("Used"),url("data:font/woff2;base64,AA") format("woff2"),url("data:font/woff2;base64,Zm9udA==") format("woff2")}',
    ]);
    // Read against the sheet's own address.
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['http://localhost:3000/css/fonts/used.woff2']);
  });

  it('finds faces in imported sheets and nested rules, and passes over sheets it may not read', async () => {
    const fetch = vi.fn(async (_url: string) => reply(['font'], 'font/woff2'));
    vi.stubGlobal('fetch', fetch);
    const locked = {
      get cssRules(): never {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    };
    const imported = { href: 'http://localhost:3000/a/b.css', cssRules: [used] };
    const rules = await fonts([
      locked,
      {
        href: null,
        cssRules: [
          { cssText: '@import', styleSheet: imported },
          { cssText: '@media print', cssRules: [used] },
          { cssText: '@import', styleSheet: locked },
        ],
      },
    ]);
    expect(rules).toHaveLength(2);
    expect(rules[0]).toContain('url("data:font/woff2;base64,Zm9udA==")');
    // An imported sheet's files are read against its own address, a nested rule's against its sheet's (here the page's).
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'http://localhost:3000/a/fonts/used.woff2',
      new URL('fonts/used.woff2', document.baseURI).href,
    ]);
  });

  it('embeds nothing when told not to, or when no file of a face can be had', async () => {
    const fetch = vi.fn(async () => ({ ok: false, blob: async () => new Blob([]) }));
    vi.stubGlobal('fetch', fetch);
    expect(await fonts([{ href: null, cssRules: [used] }], { embedFonts: false })).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
    expect(await fonts([{ href: null, cssRules: [face({ 'font-family': '"Used Face"', src: 'url("/f.woff2")' })] }])).toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
