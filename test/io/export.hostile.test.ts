import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { exportJourneySvg } from '../../src/io/export';
import { buildSvgDocument, sanitizeTree } from '../../src/io/exportHelpers';
import { isExportableHref, isExportableImageUrl } from '../../src/model/sanitize';
import { URL_PAYLOADS } from '../../stories/data/payloads';

const SVG = 'http://www.w3.org/2000/svg';
const XHTML = 'http://www.w3.org/1999/xhtml';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A map root holding host markup, as renderCard or channelIcons would put it there. */
function hostMarkup(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.appendChild(root);
  return root;
}

describe('sanitizeTree keeps to allow-lists of elements and attributes', () => {
  it('drops SMIL animation, scripts and foreignObject from host SVG, and keeps the drawing', () => {
    const root = hostMarkup(`
      <svg viewBox="0 0 10 10">
        <a href="#card"><animate attributeName="href" values="javascript:window.__pwned=1" begin="0s"/><text x="1" y="5">Open</text></a>
        <set attributeName="href" to="javascript:window.__pwned=1"/>
        <animateTransform attributeName="transform" type="rotate"/><animateMotion path="M0 0"/><discard/>
        <script>window.__pwned=1</script><style>*{}</style>
        <foreignObject><div onclick="window.__pwned=1">inside</div></foreignObject>
        <filter id="f"><feImage href="https://track.example/p.png"/><feGaussianBlur stdDeviation="2"/></filter>
        <path d="M0 0L10 10" fill="url(#grad)" stroke="url(javascript:window.__pwned=1)" marker-end="url(data:text/html,x)" onmouseover="window.__pwned=1"/>
      </svg>`);
    sanitizeTree(root);
    expect(
      root.querySelectorAll('animate, set, animateTransform, animateMotion, discard, script, style, foreignObject, feImage'),
    ).toHaveLength(0);
    expect(root.textContent).not.toContain('inside');
    const path = root.querySelector('path')!;
    expect(path.getAttribute('d')).toBe('M0 0L10 10');
    expect(path.getAttribute('fill')).toBe('url("#grad")');
    expect(path.getAttribute('stroke')).toBe('none');
    expect(path.getAttribute('marker-end')).toBe('none');
    expect(path.hasAttribute('onmouseover')).toBe(false);
    expect(root.querySelector('a')!.getAttribute('href')).toBe('#card');
    expect(root.querySelector('text')!.textContent).toBe('Open');
    expect(root.querySelector('feGaussianBlur')!.getAttribute('stdDeviation')).toBe('2');
  });

  it('turns unknown HTML elements into spans that keep their content, and drops media, MathML and every handler', () => {
    const root = hostMarkup(`
      <my-badge class="b" data-kind="pain" aria-label="Pain" onclick="x()">Slow refund</my-badge>
      <video poster="https://track.example/p.png" src="https://track.example/v.mp4"></video>
      <audio src="https://track.example/a.mp3"></audio>
      <math><maction actiontype="statusline" href="javascript:x()"><mtext>m</mtext></maction></math>
      <form action="https://evil.example"><button formaction="javascript:x()" type="submit">Go</button></form>
      <img src="https://cdn.example/a.png" srcset="x 2x" ping="https://track.example" onerror="x()" alt="A">
      <p style="color: red; background: url(javascript:x())" background="https://track.example/b.png" onpointerenter="x()">Text</p>`);
    sanitizeTree(root);
    const badge = root.querySelector('span.b')!;
    expect(badge.textContent).toBe('Slow refund');
    expect(badge.getAttribute('data-kind')).toBe('pain');
    expect(badge.getAttribute('aria-label')).toBe('Pain');
    expect(badge.hasAttribute('onclick')).toBe(false);
    expect(root.querySelector('my-badge, video, audio, math')).toBeNull();
    expect(root.querySelector('form')!.hasAttribute('action')).toBe(false);
    expect(root.querySelector('button')!.hasAttribute('formaction')).toBe(false);
    const img = root.querySelector('img')!;
    expect([...img.attributes].map((a) => a.name).sort()).toEqual(['alt', 'src']);
    const p = root.querySelector('p')!;
    expect(p.getAttribute('style')).toMatch(/^color: red; background: none/);
    expect(p.getAttribute('style')).not.toContain('javascript');
    expect([...p.attributes].map((a) => a.name)).toEqual(['style']);
  });

  it('leaves nothing that runs, animates or loads, whatever host markup is put together', () => {
    const piece = fc.constantFrom(
      '<animate attributeName="href" values="javascript:alert(1)"/>',
      '<set attributeName="href" to="javascript:alert(1)"/>',
      '<script>alert(1)</script>',
      '<foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject>',
      '<a href="javascript:alert(1)">a</a>',
      '<a xlink:href="javascript:alert(1)">a</a>',
      '<image href="javascript:alert(1)"/>',
      '<use href="https://evil.example/s.svg#x"/>',
      '<g onload="alert(1)"><rect width="1" height="1"/></g>',
      '<circle r="1" fill="url(https://evil.example/x)"/>',
      '<text>t</text>',
    );
    const html = fc.constantFrom(
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<object data="x.swf"></object>',
      '<embed src="x.swf">',
      '<img src="x" onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      '<x-icon onclick="alert(1)"></x-icon>',
      '<div style="background:url(javascript:alert(1))">d</div>',
      '<link rel="stylesheet" href="https://evil.example/x.css">',
      '<base href="https://evil.example/">',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
      '<span>s</span>',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 6 }),
        fc.array(html, { maxLength: 6 }),
        fc.constantFrom(...URL_PAYLOADS),
        (svgParts, htmlParts, url) => {
          const root = hostMarkup(
            `${htmlParts.join('')}<svg xmlns:xlink="http://www.w3.org/1999/xlink">${svgParts.join('')}<a href="${url.replace(/"/g, '&quot;')}"><text>l</text></a></svg>`,
          );
          sanitizeTree(root);
          for (const el of root.querySelectorAll('*')) {
            if (el.namespaceURI === SVG) expect(['animate', 'set', 'script', 'foreignObject', 'style']).not.toContain(el.localName);
            else expect(el.namespaceURI).toBe(XHTML);
            expect(['script', 'iframe', 'object', 'embed', 'link', 'base', 'meta', 'x-icon']).not.toContain(el.localName);
            for (const attr of el.attributes) {
              expect(attr.name.startsWith('on'), attr.name).toBe(false);
              if (/url\(/i.test(attr.value)) expect(attr.value, attr.value).not.toMatch(/url\((?!"?(?:#|https?:|data:image))/i);
              if (attr.name === 'src') expect(isExportableImageUrl(attr.value)).toBe(true);
              if (attr.name.endsWith('href')) {
                expect(attr.value.startsWith('#') || isExportableHref(attr.value) || isExportableImageUrl(attr.value), attr.value).toBe(
                  true,
                );
              }
            }
          }
          root.remove();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the background of an exported picture', () => {
  it.each(['url(https://track.example/t.png)', 'image-set("t.png" 1x)', 'red;x:y', 'u\\72l(t.png)', 'white url(t.png)'])(
    'refuses %j with a TypeError, before anything is drawn',
    async (background) => {
      const map = document.body.appendChild(document.createElement('div'));
      await expect(exportJourneySvg(map, { background })).rejects.toThrow(TypeError);
      await expect(exportJourneySvg(map, { background })).rejects.toThrow(/background option/);
    },
  );

  it('never writes an unsafe background into the document, even when asked directly', () => {
    const content = document.createElement('div');
    const svg = buildSvgDocument(document, {
      width: 10,
      height: 10,
      title: 't',
      css: '',
      content,
      background: 'url(https://track.example/t.png)',
    });
    expect(svg).not.toContain('track.example');
    const safe = buildSvgDocument(document, {
      width: 10,
      height: 10,
      title: 't',
      css: '',
      content: document.createElement('div'),
      background: '#fff',
    });
    expect(safe).toContain('background:#fff');
  });
});
