import { afterEach, describe, expect, it, vi } from 'vitest';
import { VectorContext } from '../../../src/io/vector/context';
import { writeElement } from '../../../src/io/vector/writer';
import { clearFakeLayout, fakeLayout, type Laid } from './fakeLayout';

afterEach(() => {
  clearFakeLayout();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

/** Lays out `html` in a map at the viewport's corner and writes the element `id`; `defs` are the definitions the picture collected. */
function write(html: string, given: Record<string, Laid>, id = 'el') {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  fakeLayout({ root: { box: { x: 0, y: 0, width: 400, height: 300 } }, ...given });
  const ctx = new VectorContext(document.getElementById('root')!);
  const svg = writeElement(ctx, document.getElementById(id)!, undefined);
  return { svg, defs: ctx.defs.toString() };
}

const WHITE = { backgroundColor: 'rgb(255, 255, 255)' };
const card = (style: Record<string, string> = {}): Laid => ({
  box: { x: 10, y: 20, width: 100, height: 40 },
  style: { ...WHITE, ...style },
});
// Text in a 16-pixel line at y = 20: its baseline is 12.8 below, at 32.8.
const HI =
  '<text xml:space="preserve" font-family="Inter, sans-serif" font-size="16" fill="#000000"><tspan x="10" y="32.8">Hi</tspan></text>';
const RECT = '<rect x="10" y="20" width="100" height="40" fill="#ffffff"/>';

describe('writeElement: a box and what it holds', () => {
  it('groups a box that paints itself with its text, so that a designer moves them as one', () => {
    expect(write('<div id="el">Hi</div>', { el: card() }).svg).toBe(`<g>${RECT}${HI}</g>`);
  });

  it('does not group a box that paints nothing, or one that holds nothing', () => {
    expect(write('<div id="el">Hi</div>', { el: card({ backgroundColor: 'transparent' }) }).svg).toBe(HI);
    expect(write('<div id="el"></div>', { el: card() }).svg).toBe(RECT);
    expect(write('<div id="el"><!-- a comment --></div>', { el: card() }).svg).toBe(RECT);
  });

  it('writes a translucent box and its content in one translucent group, and nothing for one that is all but invisible', () => {
    expect(write('<div id="el">Hi</div>', { el: card({ opacity: '0.5' }) }).svg).toBe(`<g opacity="0.5">${RECT}${HI}</g>`);
    expect(write('<div id="el">Hi</div>', { el: card({ opacity: '0.005' }) }).svg).toBe(`<g opacity="0.01">${RECT}${HI}</g>`);
    expect(write('<div id="el">Hi</div>', { el: card({ opacity: '0.004' }) }).svg).toBe('');
    expect(write('<div id="el">Hi</div>', { el: card({ opacity: '0' }) }).svg).toBe('');
  });

  it('writes nothing for a box that is not displayed', () => {
    expect(write('<div id="el">Hi<span id="c">x</span></div>', { el: card({ display: 'none' }), c: card() }).svg).toBe('');
  });

  it('paints no box of its own when hidden or `display: contents`, but writes what it holds that is visible', () => {
    const html = '<div id="el">Hi<span id="c">ok</span></div>';
    const child: Laid = { box: { x: 10, y: 60, width: 30, height: 16 } };
    const ok =
      '<text xml:space="preserve" font-family="Inter, sans-serif" font-size="16" fill="#000000"><tspan x="10" y="72.8">ok</tspan></text>';
    expect(write(html, { el: card({ visibility: 'hidden' }), c: child }).svg).toBe(ok);
    expect(write(html, { el: card({ display: 'contents' }), c: child }).svg).toBe(HI + ok);
    expect(write(html, { el: card({ display: 'contents', visibility: 'hidden' }), c: child }).svg).toBe(ok);
  });

  it('writes the children of children, each where it lies', () => {
    const { svg } = write('<div id="el"><p id="a"><span id="b">Hi</span></p></div>', {
      el: card({ backgroundColor: 'transparent' }),
      a: { box: { x: 10, y: 20, width: 100, height: 20 } },
      b: { box: { x: 10, y: 20, width: 20, height: 16 } },
    });
    expect(svg).toBe(HI);
  });
});

describe('writeElement: what is left out of the picture', () => {
  it('leaves out text hidden for sight but kept for screen readers', () => {
    const html = '<div id="el">Hi</div>';
    for (const style of <Record<string, string>[]>[
      { position: 'absolute', clip: 'rect(0px, 0px, 0px, 0px)' },
      { position: 'fixed', clip: 'rect(0px 0px 0px 0px)' },
      { position: 'absolute', clip: 'rect(0, 0, 0, 0)' },
      { position: 'absolute', clipPath: 'inset(50%)' },
      { overflowX: 'hidden' },
      { overflowY: 'hidden' },
    ]) {
      expect(write(html, { el: { box: { x: 10, y: 20, width: 1, height: 1 }, style } }).svg, JSON.stringify(style)).toBe('');
    }
  });

  it('keeps boxes that only look alike: a clip on a box in the flow, a clip that shows something, a tiny box that does not clip', () => {
    const html = '<div id="el">Hi</div>';
    for (const style of <Record<string, string>[]>[
      { position: 'static', clip: 'rect(0px, 0px, 0px, 0px)' },
      { position: 'relative', clipPath: 'inset(50%)' },
      { position: 'absolute', clip: 'rect(0px, 10px, 10px, 0px)' },
      { position: 'absolute', clipPath: 'inset(40%)' },
      { position: 'absolute', clip: 'auto' },
    ]) {
      expect(write(html, { el: { box: { x: 10, y: 20, width: 100, height: 40 }, style } }).svg, JSON.stringify(style)).toBe(HI);
    }
    expect(write(html, { el: { box: { x: 10, y: 20, width: 1, height: 1 } } }).svg).toBe(HI);
    expect(write(html, { el: { box: { x: 10, y: 20, width: 1.5, height: 1.5 }, style: { overflowX: 'hidden' } } }).svg).toBe('');
    expect(write(html, { el: { box: { x: 10, y: 20, width: 1.5, height: 2 }, style: { overflowX: 'hidden' } } }).svg).toContain(
      '>Hi</tspan>',
    );
    expect(write(html, { el: { box: { x: 10, y: 20, width: 2, height: 1.5 }, style: { overflowY: 'hidden' } } }).svg).toContain(
      '>Hi</tspan>',
    );
  });

  it('leaves out elements of SVG other than an <svg>, and of other namespaces', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    const g = root.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
    const math = root.appendChild(document.createElementNS('http://www.w3.org/1998/Math/MathML', 'math'));
    math.setAttribute('id', 'math');
    math.appendChild(document.createTextNode('x'));
    fakeLayout({ math: { box: { x: 0, y: 0, width: 20, height: 16 } } });
    const ctx = new VectorContext(root);
    expect(writeElement(ctx, g, undefined)).toBe('');
    expect(writeElement(ctx, math, undefined)).toBe('');
  });

  it('copies an inline <svg> as a group where the browser drew it, never in a translucent group of its own', () => {
    document.body.innerHTML = '<div id="root"><svg id="s" xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg></div>';
    fakeLayout({ s: { box: { x: 5, y: 5, width: 10, height: 10 }, style: { opacity: '0.5', fill: 'rgb(255, 0, 0)', stroke: 'none' } } });
    const svg = document.getElementById('s') as unknown as SVGSVGElement;
    svg.getScreenCTM = () => ({ a: 1, b: 0, c: 0, d: 1, e: 5, f: 5 }) as DOMMatrix;
    const out = writeElement(new VectorContext(document.getElementById('root')!), svg, undefined);
    expect(out).toMatch(/^<g transform="matrix\(1 0 0 1 5 5\)" fill="#ff0000" stroke="none" opacity="0.5"><circle /);
    expect(out).not.toMatch(/^<g opacity/);
  });
});

describe('writeElement: overflow', () => {
  it('clips what a box that hides its overflow holds to its padding box, and leaves out lines wholly outside it', () => {
    const { svg, defs } = write('<div id="el">aaaa bbbb cccc</div>', {
      el: {
        ...card({ overflowY: 'hidden', 'border-top-style': 'solid', 'border-top-width': '2px', 'border-top-color': 'rgb(0, 0, 0)' }),
        perLine: 5,
      },
    });
    // Lines of five characters from y = 20: "aaaa" and "bbbb" fall inside the 38 pixels below the border, "cccc" (y 52–68) partly; none is wholly outside.
    expect(svg).toContain('<g clip-path="url(#jmv0)"><text');
    expect(defs).toBe('<defs><clipPath id="jmv0"><rect x="10" y="22" width="100" height="38"/></clipPath></defs>');
    const short = write('<div id="el">aaaa bbbb cccc</div>', {
      el: { box: { x: 10, y: 20, width: 100, height: 30 }, style: { overflowX: 'hidden' }, perLine: 5 },
    });
    expect(short.svg.match(/<tspan[^>]*>[^<]*<\/tspan>/g)).toEqual([
      '<tspan x="10" y="32.8">aaaa</tspan>',
      '<tspan x="10" y="48.8">bbbb</tspan>',
    ]);
  });

  it('clips a child to the overlap of every clipping ancestor', () => {
    const { svg } = write('<div id="el"><div id="inner">aaaa bbbb cccc</div></div>', {
      el: { box: { x: 10, y: 20, width: 100, height: 16 }, style: { overflowX: 'hidden' } },
      inner: { box: { x: 10, y: 20, width: 100, height: 100 }, style: { overflowY: 'auto' }, perLine: 5 },
    });
    expect(svg.match(/<tspan[^>]*>[^<]*<\/tspan>/g)).toEqual(['<tspan x="10" y="32.8">aaaa</tspan>']);
  });

  it('does not clip what a box with visible overflow holds, nor what `display: contents` holds', () => {
    const text = '<div id="el">aaaa bbbb</div>';
    expect(write(text, { el: { box: { x: 10, y: 20, width: 100, height: 10 }, perLine: 5 } }).svg).toContain('>bbbb</tspan>');
    const contents = write(text, {
      el: { box: { x: 10, y: 20, width: 100, height: 10 }, style: { display: 'contents', overflowX: 'hidden' }, perLine: 5 },
    });
    expect(contents.svg).toContain('>bbbb</tspan>');
    expect(contents.svg).not.toContain('clip-path');
  });

  it('cuts a line off with an ellipsis where `text-overflow: ellipsis` does', () => {
    const { svg } = write('<div id="el">Hello world</div>', {
      el: { box: { x: 0, y: 0, width: 50, height: 16 }, style: { overflowX: 'hidden', textOverflow: 'ellipsis' } },
    });
    expect(svg).toContain('<tspan x="0" y="12.8">Hell…</tspan>');
  });

  it('writes the text whole where an ellipsis is asked for but the box does not clip', () => {
    const { svg } = write('<div id="el">Hello world</div>', {
      el: { box: { x: 0, y: 0, width: 50, height: 16 }, style: { textOverflow: 'ellipsis' } },
    });
    expect(svg).toContain('>Hello world</tspan>');
  });

  it('ends the last line a line clamp leaves in an ellipsis', () => {
    const { svg } = write('<div id="el">aaaa bbbb cccc dddd eeee</div>', {
      el: { box: { x: 0, y: 0, width: 60, height: 32 }, style: { overflowY: 'hidden', '-webkit-line-clamp': '2' }, perLine: 10 },
    });
    expect(svg.match(/<tspan[^>]*>[^<]*<\/tspan>/g)).toEqual([
      '<tspan x="0" y="12.8">aaaa bbbb</tspan>',
      '<tspan x="0" y="28.8">cccc…</tspan>',
    ]);
    for (const clamp of ['none', '']) {
      const plain = write('<div id="el">aaaa bbbb cccc dddd eeee</div>', {
        el: { box: { x: 0, y: 0, width: 60, height: 32 }, style: { overflowY: 'hidden', '-webkit-line-clamp': clamp }, perLine: 10 },
      });
      expect(plain.svg, clamp).toContain('>cccc dddd</tspan>');
    }
  });
});

describe('writeElement: the language of text', () => {
  it('transforms text in the language of the nearest element that names one', () => {
    const upper = { box: { x: 0, y: 0, width: 100, height: 16 }, style: { textTransform: 'uppercase' } };
    expect(write('<div lang="tr"><p id="el">istanbul</p></div>', { el: upper }).svg).toContain('>İSTANBUL</tspan>');
    expect(write('<div lang="en"><p id="el">istanbul</p></div>', { el: upper }).svg).toContain('>ISTANBUL</tspan>');
  });
});

describe('writeElement: pseudo-elements that draw boxes', () => {
  const stripe = {
    position: 'absolute',
    content: '""',
    left: '0px',
    top: '0px',
    width: '4px',
    height: '40px',
    backgroundColor: 'rgb(255, 0, 0)',
  };
  const positioned = (before: Record<string, string>, style: Record<string, string> = {}): Record<string, Laid> => ({
    el: { ...card({ position: 'relative', ...style }), before },
  });

  it('draws an absolutely placed ::before from its insets and size in the nearest positioned box, before the content', () => {
    expect(write('<div id="el">Hi</div>', positioned(stripe)).svg).toBe(
      `<g>${RECT}<rect x="10" y="20" width="4" height="40" fill="#ff0000"/>${HI}</g>`,
    );
  });

  it('draws ::after after the content', () => {
    document.body.innerHTML = '';
    const { svg } = write('<div id="el">Hi</div>', { el: { ...card({ position: 'relative' }), after: stripe } });
    expect(svg).toBe(`<g>${RECT}${HI}<rect x="10" y="20" width="4" height="40" fill="#ff0000"/></g>`);
  });

  it('places it from the right and bottom with margins when left and top are auto', () => {
    const { svg } = write(
      '<div id="el"></div>',
      positioned({
        ...stripe,
        left: 'auto',
        top: 'auto',
        right: '3px',
        bottom: '5px',
        marginRight: '1px',
        marginBottom: '2px',
        height: '10px',
      }),
    );
    // x = 10 + 100 − 3 − 1 − 4; y = 20 + 40 − 5 − 2 − 10.
    expect(svg).toBe(`${RECT}<rect x="102" y="43" width="4" height="10" fill="#ff0000"/>`);
  });

  it('adds margins to left and top insets', () => {
    const { svg } = write('<div id="el"></div>', positioned({ ...stripe, left: '2px', top: '3px', marginLeft: '1px', marginTop: '4px' }));
    expect(svg).toBe(`${RECT}<rect x="13" y="27" width="4" height="40" fill="#ff0000"/>`);
  });

  it('adds padding and borders to a content-box size, not to a border-box one', () => {
    const extras = {
      'padding-left': '1px',
      'padding-right': '2px',
      'border-left-width': '3px',
      'border-right-width': '4px',
      'padding-top': '5px',
      'padding-bottom': '6px',
      'border-top-width': '7px',
      'border-bottom-width': '8px',
    };
    expect(write('<div id="el"></div>', positioned({ ...stripe, ...extras })).svg).toBe(
      `${RECT}<rect x="10" y="20" width="14" height="66" fill="#ff0000"/>`,
    );
    expect(write('<div id="el"></div>', positioned({ ...stripe, ...extras, boxSizing: 'border-box' })).svg).toBe(
      `${RECT}<rect x="10" y="20" width="4" height="40" fill="#ff0000"/>`,
    );
  });

  it('measures insets from the padding box of the nearest positioned ancestor', () => {
    const { svg } = write(
      '<div id="holder"><div id="el"></div></div>',
      {
        holder: {
          box: { x: 100, y: 100, width: 200, height: 100 },
          style: {
            position: 'relative',
            'border-left-style': 'solid',
            'border-left-width': '2px',
            'border-top-style': 'solid',
            'border-top-width': '3px',
          },
        },
        el: { box: { x: 110, y: 110, width: 50, height: 20 }, before: { ...stripe, position: 'fixed' } },
      },
      'el',
    );
    expect(svg).toBe('<rect x="102" y="103" width="4" height="40" fill="#ff0000"/>');
  });

  it('measures from the top of the document when nothing around is positioned', () => {
    const { svg } = write('<div id="el"></div>', {
      el: { box: { x: 110, y: 110, width: 50, height: 20 }, before: { ...stripe, left: '7px' } },
    });
    expect(svg).toBe('<rect x="7" y="0" width="4" height="40" fill="#ff0000"/>');
  });

  it('draws a translucent one in a translucent group', () => {
    expect(write('<div id="el"></div>', positioned({ ...stripe, opacity: '0.5' })).svg).toBe(
      `${RECT}<g opacity="0.5"><rect x="10" y="20" width="4" height="40" fill="#ff0000"/></g>`,
    );
  });

  it('draws nothing for one without content, not displayed, hidden, invisible, in the flow or painting nothing', () => {
    for (const before of [
      { ...stripe, content: 'none' },
      { ...stripe, content: 'normal' },
      { ...stripe, content: '' },
      { ...stripe, display: 'none' },
      { ...stripe, visibility: 'hidden' },
      { ...stripe, opacity: '0.004' },
      { ...stripe, opacity: '0' },
      { ...stripe, position: 'static' },
      { ...stripe, position: 'relative' },
      { ...stripe, backgroundColor: 'transparent', opacity: '0.5' },
    ]) {
      expect(write('<div id="el"></div>', positioned(before)).svg, JSON.stringify(before)).toBe(RECT);
    }
  });
});

describe('writeElement: images', () => {
  const PNG = 'https://example.com/a.png';
  function image(src: string, style: Record<string, string> = {}, { complete = true, naturalWidth = 10 } = {}) {
    document.body.innerHTML = `<div id="root"><img id="img" src="${src}" alt=""></div>`;
    fakeLayout({ img: { box: { x: 10, y: 20, width: 100, height: 40 }, style } });
    const img = document.getElementById('img')!;
    Object.defineProperty(img, 'complete', { value: complete });
    Object.defineProperty(img, 'naturalWidth', { value: naturalWidth });
    const ctx = new VectorContext(document.getElementById('root')!);
    return { svg: writeElement(ctx, img, undefined), defs: ctx.defs.toString() };
  }

  it('writes a loaded image inside its padding box, clipped to its corners, fitted as `object-fit` says', () => {
    const { svg, defs } = image(PNG, { 'border-left-style': 'solid', 'border-left-width': '2px', 'border-left-color': 'transparent' });
    expect(svg).toBe(
      `<g clip-path="url(#jmv0)"><image x="12" y="20" width="98" height="40" xlink:href="${PNG}" preserveAspectRatio="none"/></g>`,
    );
    expect(defs).toBe('<defs><clipPath id="jmv0"><rect x="12" y="20" width="98" height="40"/></clipPath></defs>');
    expect(image(PNG, { objectFit: 'cover' }).svg).toContain('preserveAspectRatio="xMidYMid slice"');
    expect(image(PNG, { objectFit: 'contain' }).svg).toContain('preserveAspectRatio="xMidYMid meet"');
  });

  it('draws the image’s own box under it, and a translucent image in a translucent group', () => {
    const { svg } = image(PNG, { ...WHITE, opacity: '0.5' });
    expect(svg).toMatch(
      /^<g opacity="0.5"><rect x="10" y="20" width="100" height="40" fill="#ffffff"\/><g clip-path="url\(#jmv0\)"><image /,
    );
  });

  it('leaves out an image that has not loaded, is broken, has no address or one the picture may not hold, and a hidden one', () => {
    expect(image(PNG, {}, { complete: false }).svg).toBe('');
    expect(image(PNG, {}, { naturalWidth: 0 }).svg).toBe('');
    expect(image('javascript:alert(1)').svg).toBe('');
    expect(image('', WHITE).svg).toBe('<rect x="10" y="20" width="100" height="40" fill="#ffffff"/>');
    expect(image(PNG, { ...WHITE, visibility: 'hidden' }).svg).toBe('');
  });
});
