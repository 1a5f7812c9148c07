import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundOf, exportJourneySvg } from '../../src/io/export';

afterEach(() => {
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** The picture of a map holding `html` under the page's `css`, and the declarations its classes give an element. */
async function picture(html: string, css = '') {
  document.head.innerHTML = css ? `<style>${css}</style>` : '';
  document.body.innerHTML = `<div id="map">${html}</div>`;
  const svg = await exportJourneySvg(document.getElementById('map')!, { embedFonts: false });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const styles = doc.querySelector('style')?.textContent ?? '';
  const rule = (name: string) => new RegExp(`\\.${name}(::before|::after)?\\{([^}]*)\\}`, 'g');
  /** The declarations of an element's classes (`pseudo` ''), or of its `::before`/`::after`. */
  const declarations = (id: string, pseudo = '') =>
    (doc.querySelector(`[id="${id}"]`)!.getAttribute('class') ?? '')
      .split(' ')
      .filter((c) => /^jmx/.test(c))
      .flatMap((c) => [...styles.matchAll(rule(c))].filter((m) => (m[1] ?? '') === pseudo).flatMap((m) => m[2]!.split(';')));
  return { svg, doc, declarations };
}

describe('exportJourneySvg: what each element’s style keeps', () => {
  it('leaves out an inherited value equal to the parent’s, and what the tag gives by default', async () => {
    const { declarations } = await picture('<div id="p" style="color: rgb(200, 0, 0)"><span id="c">x</span><p id="d">y</p></div>');
    expect(declarations('p')).toContain('color:rgb(200, 0, 0)');
    expect(declarations('c').filter((d) => d.startsWith('color:'))).toEqual([]);
    expect(declarations('c').filter((d) => d.startsWith('display:'))).toEqual([]);
    expect(declarations('d').filter((d) => d.startsWith('display:'))).toEqual([]);
  });

  it('keeps the insets and position of elements that are not sticky', async () => {
    const { declarations } = await picture(
      '<p id="r">r</p><p id="a">a</p>',
      '#r { position: relative; left: 8px; } #a { position: absolute; top: 2px; }',
    );
    expect(declarations('r')).toEqual(expect.arrayContaining(['position:relative', 'left:8px']));
    expect(declarations('a')).toEqual(expect.arrayContaining(['position:absolute', 'top:2px']));
  });

  it('keeps an HTML attribute whose text merely mentions var(', async () => {
    const { doc } = await picture('<p id="t" title="var(--x)">t</p>');
    expect(doc.querySelector('[id="t"]')!.getAttribute('title')).toBe('var(--x)');
  });
});

describe('exportJourneySvg: generated content', () => {
  /** Has the page give `::before` of elements with class `q` the content `content` (jsdom computes no pseudo-elements). */
  function pseudoContent(content: string, display = 'inline') {
    const real = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((el: Element, pseudo?: string | null) => {
      if (pseudo !== '::before' || !el.classList.contains('q')) return real(el, pseudo);
      const style = real(el);
      const props: Record<string, string> = { content, color: 'rgb(0, 128, 0)', display };
      const names = [...new Set([...Array.from({ length: style.length }, (_, i) => style.item(i)), ...Object.keys(props)])];
      return {
        length: names.length,
        item: (i: number) => names[i] ?? '',
        getPropertyValue: (name: string) => props[name] ?? style.getPropertyValue(name),
        display,
      } as unknown as CSSStyleDeclaration;
    });
  }

  it('gives an element’s ::before its own rule with its content and colour', async () => {
    pseudoContent('"★"');
    const { declarations } = await picture('<p id="q" class="q">text</p><p id="plain">plain</p>');
    expect(declarations('q', '::before')).toEqual(expect.arrayContaining(['content:"★"', 'color:rgb(0, 128, 0)']));
    expect(declarations('q', '::after')).toEqual([]);
    expect(declarations('plain', '::before')).toEqual([]);
  });

  it('writes no ::before whose content is none or normal, or that is not displayed', async () => {
    for (const [content, display] of [
      ['none', 'inline'],
      ['normal', 'inline'],
      ['"★"', 'none'],
    ] as const) {
      vi.restoreAllMocks();
      pseudoContent(content, display);
      const { declarations } = await picture('<p id="q" class="q">text</p>');
      expect(declarations('q', '::before'), `${content} ${display}`).toEqual([]);
    }
  });
});

describe('backgroundOf: the colour painted behind a picture by default', () => {
  /** The default background of a map inside a parent with background `parent`, its own being `own`. */
  function backgroundWith(own: string, parent: string): string {
    document.body.innerHTML = '<div id="parent"><div id="map"></div></div>';
    const colours: Record<string, string> = { map: own, parent };
    vi.spyOn(window, 'getComputedStyle').mockImplementation(
      (el: Element) => ({ backgroundColor: colours[el.id] ?? '' }) as CSSStyleDeclaration,
    );
    return backgroundOf(document.getElementById('map')!);
  }

  it('passes over every form of a colour that paints nothing', () => {
    for (const clear of ['transparent', 'rgba(1, 2, 3, 0)', 'rgba(1,2,3,0)', 'color(srgb 1 0 0 / 0)', 'rgb(1 2 3 /0)', '']) {
      expect(backgroundWith(clear, 'rgb(9, 9, 9)'), clear).toBe('rgb(9, 9, 9)');
    }
  });

  it('takes the first colour that paints, even half-transparent, else white', () => {
    expect(backgroundWith('rgba(1, 2, 3, 0.5)', 'rgb(9, 9, 9)')).toBe('rgba(1, 2, 3, 0.5)');
    expect(backgroundWith('rgb(1 2 3 / 0.5)', 'rgb(9, 9, 9)')).toBe('rgb(1 2 3 / 0.5)');
    expect(backgroundWith('transparent', 'transparent')).toBe('#ffffff');
  });
});

describe('exportJourneySvg: refusals', () => {
  it('says that the map element must be in the document', async () => {
    await expect(exportJourneySvg(document.createElement('div'))).rejects.toThrow('Export needs a map element that is in the document.');
  });
});
