import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement, createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { parseJourney } from '../../src';
import { ExportMenu } from '../../src/components/ExportMenu';
import type { ExportedFile } from '../../src/components/ExportMenu';
import { exportFileName } from '../../src/components/ExportMenu/fileName';
import { fromJourneyCsv } from '../../src/io/csv';
import { exportJourneySvg } from '../../src/io/export';
import { fromMermaidJourney } from '../../src/io/mermaid';
import { URL_PAYLOADS } from '../../stories/data/payloads';
import { smallJourney } from '../fixtures';
import {
  ClassSheet,
  XHTML_NS,
  buildSvgDocument,
  expandedWidth,
  fontFamilies,
  isCopiedProperty,
  pictureSize,
  pngSize,
  sanitizeTree,
  splitTopLevel,
  styleDeclarations,
} from '../../src/io/exportHelpers';
import { cssUrls } from '../../src/model/sanitize';

const div = {
  display: 'block',
  color: 'rgb(0, 0, 0)',
  'font-weight': '400',
  'font-size': '16px',
  margin: '0px',
  'border-top-style': 'none',
  'border-top-color': 'rgb(0, 0, 0)',
  transform: 'none',
};

describe('styleDeclarations: what an element needs to look the same with no stylesheet', () => {
  const baseline = { parent: { ...div }, tagDefault: { ...div }, base: { ...div } };

  it('keeps an inherited value only where it differs from the parent’s', () => {
    const same = styleDeclarations({ ...div, color: 'rgb(0, 0, 0)' }, baseline);
    expect(same).not.toHaveProperty('color');
    const red = styleDeclarations({ ...div, color: 'rgb(200, 0, 0)' }, baseline);
    expect(red.color).toBe('rgb(200, 0, 0)');
  });

  it('keeps an inherited value the browser sets for the tag itself, even when it equals the parent’s', () => {
    // A heading is bold by the browser's own stylesheet; a heading made normal weight must say so.
    const h3 = { ...div, 'font-weight': '700' };
    const declarations = styleDeclarations({ ...div, 'font-weight': '400' }, { parent: div, tagDefault: h3, base: div });
    expect(declarations['font-weight']).toBe('400');
  });

  it('keeps other properties only where they differ from the tag’s default', () => {
    expect(styleDeclarations({ ...div, display: 'block' }, baseline)).not.toHaveProperty('display');
    expect(styleDeclarations({ ...div, display: 'grid' }, baseline).display).toBe('grid');
  });

  it('always keeps a laid-out width and height, never `auto`', () => {
    const sized = styleDeclarations({ ...div, width: '220px', height: 'auto' }, baseline);
    expect(sized.width).toBe('220px');
    expect(sized).not.toHaveProperty('height');
  });

  it('drops colours that paint nothing, origins without transforms, interaction-only and logical properties', () => {
    const declarations = styleDeclarations(
      {
        ...div,
        color: 'rgb(10, 10, 10)',
        'border-top-style': 'none',
        'border-top-color': 'rgb(10, 10, 10)',
        'border-left-style': 'solid',
        'border-left-color': 'rgb(10, 10, 10)',
        'transform-origin': '110px 20px',
        transform: 'none',
        cursor: 'pointer',
        'transition-duration': '0.12s',
        'margin-inline-start': '4px',
        '-webkit-text-fill-color': 'rgb(10, 10, 10)',
      },
      baseline,
    );
    expect(Object.keys(declarations).sort()).toEqual(['border-left-color', 'border-left-style', 'color']);
  });

  it('keeps the origin of a transformed element', () => {
    const declarations = styleDeclarations({ ...div, transform: 'matrix(1, 0, 0, 1, -40, 0)', 'transform-origin': '40px 8px' }, baseline);
    expect(declarations['transform-origin']).toBe('40px 8px');
  });

  it('copies line clamping but no other prefixed or custom property', () => {
    expect(isCopiedProperty('-webkit-line-clamp')).toBe(true);
    expect(isCopiedProperty('-webkit-box-orient')).toBe(true);
    expect(isCopiedProperty('-webkit-tap-highlight-color')).toBe(false);
    expect(isCopiedProperty('--jm-color-accent')).toBe(false);
    expect(isCopiedProperty('inline-size')).toBe(false);
    expect(isCopiedProperty('border-start-start-radius')).toBe(false);
    expect(isCopiedProperty('break-inside')).toBe(true);
    expect(isCopiedProperty('stroke-dasharray')).toBe(true);
  });
});

describe('sanitising', () => {
  it('strips scripts, frames, handlers, unsafe sources and links from a cloned tree', () => {
    document.body.innerHTML = `
      <div id="map" onclick="steal()">
        <script>steal()</script>
        <style>.x{}</style>
        <iframe src="https://evil.example"></iframe>
        <img id="bad" src="javascript:alert(1)" onerror="steal()" srcset="a.png 2x">
        <img id="good" src="data:image/png;base64,AAAA">
        <img id="remote" src="https://cdn.example/photo.jpg">
        <a id="js" href="javascript:steal()">x</a>
        <a id="web" href="https://example.com">y</a>
        <p style="background: url(javascript:steal())">Awareness</p>
        <svg><use id="local" href="#shape"></use><use id="far" href="https://evil.example/s.svg#a"></use><image id="pic" href="data:image/png;base64,AAAA"></image></svg>
      </div>`;
    const root = document.getElementById('map')!;
    sanitizeTree(root);
    expect(root.hasAttribute('onclick')).toBe(false);
    expect(root.querySelector('script, style, iframe')).toBeNull();
    expect(root.querySelector('#bad')!.hasAttribute('src')).toBe(false);
    expect(root.querySelector('#bad')!.hasAttribute('onerror')).toBe(false);
    expect(root.querySelector('#bad')!.hasAttribute('srcset')).toBe(false);
    expect(root.querySelector('#good')!.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    expect(root.querySelector('#remote')!.getAttribute('src')).toBe('https://cdn.example/photo.jpg');
    expect(root.querySelector('#js')!.hasAttribute('href')).toBe(false);
    expect(root.querySelector('#web')!.getAttribute('href')).toBe('https://example.com');
    expect(root.querySelector('p')!.getAttribute('style')).not.toContain('javascript');
    expect(root.querySelector('#local')!.getAttribute('href')).toBe('#shape');
    expect(root.querySelector('#far')!.hasAttribute('href')).toBe(false);
    expect(root.querySelector('#pic')!.getAttribute('href')).toBe('data:image/png;base64,AAAA');
    expect(root.textContent).toContain('Awareness');
  });

  it('drops every hostile address from images, links and SVG references, and keeps phone links', () => {
    const root = document.createElement('div');
    for (const url of URL_PAYLOADS) {
      const img = root.appendChild(document.createElement('img'));
      img.setAttribute('src', url);
      const a = root.appendChild(document.createElement('a'));
      a.setAttribute('href', url);
      const image = root.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'image'));
      image.setAttribute('href', url);
    }
    const phone = root.appendChild(document.createElement('a'));
    phone.setAttribute('href', 'tel:+441234567890');
    sanitizeTree(root);
    expect(root.querySelectorAll('[src], a[href]:not([href^="tel:"]), image[href]')).toHaveLength(0);
    expect(phone.getAttribute('href')).toBe('tel:+441234567890');
  });
});

describe('sizes', () => {
  it('widens the map by the widest hidden overflow of its scrollers', () => {
    expect(expandedWidth(900, [])).toBe(900);
    const grid = { scrollWidth: 1688, clientWidth: 866, scrollHeight: 1200, clientHeight: 1200 };
    const persona = { scrollWidth: 300, clientWidth: 280, scrollHeight: 10, clientHeight: 10 };
    expect(expandedWidth(900, [grid, persona])).toBe(900 + 822);
  });

  it('rounds a picture up to whole pixels, never to nothing', () => {
    expect(pictureSize(1721.4, 2525.06)).toEqual({ width: 1722, height: 2526 });
    expect(pictureSize(1722.004, 10)).toEqual({ width: 1722, height: 10 });
    expect(pictureSize(0, Number.NaN)).toEqual({ width: 1, height: 1 });
  });

  it('sizes a PNG as round(size × scale) and refuses canvases browsers cannot draw', () => {
    expect(pngSize(1722, 2526, 2)).toEqual({ width: 3444, height: 5052 });
    expect(pngSize(1001, 333, 1.5)).toEqual({ width: 1502, height: 500 });
    expect(() => pngSize(1722, 2526, 0)).toThrow(RangeError);
    expect(() => pngSize(20000, 2000, 2)).toThrow(/smaller scale/);
    expect(() => pngSize(16000, 16000, 1.1)).toThrow(RangeError);
  });
});

describe('the SVG document', () => {
  it('shares one class between elements styled alike and gives pseudo-elements their own', () => {
    const sheet = new ClassSheet();
    const a = sheet.classFor({ color: 'red', display: 'grid' });
    expect(sheet.classFor({ color: 'red', display: 'grid' })).toBe(a);
    expect(sheet.classFor({ color: 'blue' })).not.toBe(a);
    const p = sheet.pseudoClassFor('::before', { content: 'open-quote' });
    expect(sheet.pseudoClassFor('::before', { content: 'open-quote' })).toBe(p);
    expect(sheet.toString()).toContain(`.${p}::before{content:open-quote}`);
  });

  it('is well-formed XML with the title, the size, the styles and XHTML content in a foreignObject', () => {
    const content = document.createElement('div');
    content.className = 'jmx0';
    content.innerHTML = '<h2>Kitchen &amp; bath</h2><img src="data:image/png;base64,AAAA" alt=""><br>';
    const svg = buildSvgDocument(document, {
      width: 1200,
      height: 800,
      title: 'Fees <appear> last & late',
      css: '.jmx0{font-family:"Segoe UI", sans-serif}',
      content,
      background: 'rgb(255, 255, 255)',
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('1200');
    expect(root.getAttribute('height')).toBe('800');
    expect(root.getAttribute('viewBox')).toBe('0 0 1200 800');
    expect(root.querySelector('title')!.textContent).toBe('Fees <appear> last & late');
    expect(root.querySelector('style')!.textContent).toContain('"Segoe UI"');
    const foreign = root.querySelector('foreignObject')!;
    expect(foreign.getAttribute('width')).toBe('1200');
    const wrapper = foreign.firstElementChild!;
    expect(wrapper.namespaceURI).toBe(XHTML_NS);
    expect(wrapper.getAttribute('style')).toContain('background:rgb(255, 255, 255)');
    expect(wrapper.textContent).toContain('Kitchen & bath');
  });

  it('reads font families and font sources', () => {
    expect(fontFamilies('system-ui, "Segoe UI", \'Noto Sans\', sans-serif')).toEqual(['system-ui', 'segoe ui', 'noto sans', 'sans-serif']);
    expect(splitTopLevel('url("data:font/woff2;base64,AA,BB") format("woff2"), local("Inter"), url(a.woff)', ',')).toEqual([
      'url("data:font/woff2;base64,AA,BB") format("woff2")',
      'local("Inter")',
      'url(a.woff)',
    ]);
    expect(cssUrls('url("a.woff2") format("woff2"), url(b.woff)')).toEqual(['a.woff2', 'b.woff']);
  });

  it('names files after the journey, safely', () => {
    expect(exportFileName('Kitting out a first kitchen online', 'svg')).toBe('Kitting-out-a-first-kitchen-online.svg');
    expect(exportFileName('Q3: new/returning?', 'png')).toBe('Q3-new-returning.png');
    expect(exportFileName('王芳 换宽带', 'csv')).toBe('王芳-换宽带.csv');
    expect(exportFileName(undefined, 'json')).toBe('journey.json');
  });
});

describe('exportJourneySvg in a page without layout (jsdom)', () => {
  it('inlines the stylesheet’s rules, strips what must not travel, and names the picture after the map', async () => {
    document.head.innerHTML = '<style>.card { color: rgb(200, 0, 0); display: flex; } .hidden { display: none; }</style>';
    document.body.innerHTML = `
      <div class="jm-root jm-JourneyMap">
        <h2 class="jm-JourneyMap-title">Kitting out a first kitchen</h2>
        <div class="card" onclick="steal()">Awareness</div>
        <div class="hidden">Never shown</div>
        <div class="jm-CardPopover">Popover</div>
        <script>steal()</script>
      </div>`;
    const map = document.querySelector<HTMLElement>('.jm-JourneyMap')!;
    const svg = await exportJourneySvg(map, { embedFonts: false });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('title')!.textContent).toBe('Kitting out a first kitchen');
    const card = Array.from(doc.getElementsByTagName('div')).find((d) => d.textContent === 'Awareness')!;
    const rule = new RegExp(
      `\\.(${card
        .getAttribute('class')!
        .split(' ')
        .filter((c) => c.startsWith('jmx'))
        .join('|')})\\{([^}]*)\\}`,
    );
    const css = doc.querySelector('style')!.textContent!;
    expect(rule.exec(css)?.[2]).toMatch(/color:rgb\(200, 0, 0\)/);
    expect(rule.exec(css)?.[2]).toMatch(/display:flex/);
    expect(card.hasAttribute('onclick')).toBe(false);
    expect(svg).not.toContain('Never shown');
    expect(svg).not.toContain('Popover');
    expect(svg).not.toContain('<script');
    // The page is left as it was: no stray copies, no frame.
    expect(document.querySelectorAll('.jm-JourneyMap')).toHaveLength(1);
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('refuses an element that is not in the document', async () => {
    await expect(exportJourneySvg(document.createElement('div'))).rejects.toThrow(TypeError);
  });
});

describe('ExportMenu', () => {
  const renderMenu = (props: Partial<Parameters<typeof ExportMenu>[0]> = {}) => {
    const target = createRef<HTMLDivElement>();
    const onSave = vi.fn<(file: ExportedFile) => void>();
    render(createElement(ExportMenu, { target, journey: smallJourney(), onSave, ...props }));
    return { onSave, button: screen.getByRole('button', { name: props.labels?.button ?? 'Export' }) };
  };
  /** jsdom's Blob has no `text()`. */
  const read = (blob: Blob) =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });

  it('is a menu button: the arrow keys open it on the first or last item, Escape returns to the button', async () => {
    const user = userEvent.setup();
    const { button } = renderMenu();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();

    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'SVG image',
      'SVG for design tools',
      'PNG image',
      'JSON (journey data)',
      'CSV (spreadsheet)',
      'Mermaid journey',
      'Print or save as PDF',
    ]);
    // Focus moves into the menu once it is shown.
    await waitFor(() => expect(items[0]).toHaveFocus());
    await user.keyboard('{ArrowUp}');
    expect(items[6]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[6]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    await waitFor(() => expect(button).toHaveFocus());

    button.focus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(screen.getAllByRole('menuitem')[6]).toHaveFocus());
  });

  it('closes on a press outside', async () => {
    const user = userEvent.setup();
    const { button } = renderMenu();
    await user.click(button);
    expect(screen.getByRole('menu')).toBeVisible();
    await user.click(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('hands over the journey as JSON, CSV and Mermaid files that read back', async () => {
    const user = userEvent.setup();
    const { onSave, button } = renderMenu();
    const journey = smallJourney();
    for (const label of ['JSON (journey data)', 'CSV (spreadsheet)', 'Mermaid journey']) {
      await user.click(button);
      await user.click(screen.getByRole('menuitem', { name: label }));
    }
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(3));
    const [json, csv, mermaid] = onSave.mock.calls.map(([file]) => file);
    expect(json).toMatchObject({ format: 'json', filename: 'Buying-a-kettle.json' });
    expect(parseJourney(await read(json!.blob))).toEqual(journey);
    expect(csv).toMatchObject({ format: 'csv', filename: 'Buying-a-kettle.csv' });
    expect(fromJourneyCsv(await read(csv!.blob)).stages.map((s) => s.name)).toEqual(['Search', 'Checkout']);
    expect(mermaid).toMatchObject({ format: 'mermaid', filename: 'Buying-a-kettle.mmd' });
    expect(fromMermaidJourney(await read(mermaid!.blob)).title).toBe('Buying a kettle');
    expect(button).toHaveFocus();
  });

  it('leaves out the data formats without a journey, takes its own labels, and prints', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { button } = renderMenu({ journey: undefined, labels: { button: 'Exporter', print: 'Imprimer' } });
    await user.click(button);
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'SVG image',
      'SVG for design tools',
      'PNG image',
      'Imprimer',
    ]);
    await user.click(screen.getByRole('menuitem', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('says so, and tells the host, when an export fails', async () => {
    const user = userEvent.setup();
    const onExportError = vi.fn();
    const { onSave, button } = renderMenu({ onExportError });
    // The ref points at nothing: there is no map to draw.
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'SVG image' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Export failed'));
    expect(onExportError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringMatching(/no rendered map/) }), 'svg');
    expect(onSave).not.toHaveBeenCalled();
    await act(async () => {});
  });

  it('forwards its ref, merges its class name and passes other props to its root', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      createElement(ExportMenu, { ref, target: createRef(), className: 'host', 'data-testid': 'menu' } as Parameters<typeof ExportMenu>[0]),
    );
    const root = screen.getByTestId('menu');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('jm-ExportMenu', 'host');
  });
});
