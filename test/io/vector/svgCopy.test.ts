import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VectorContext } from '../../../src/io/vector/context';
import { copySvg } from '../../../src/io/vector/svgCopy';

// jsdom lays nothing out and computes no SVG paint: the copy's place and each element's computed style are given here.
const computed = new Map<string, Record<string, string>>();
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((el: Element) => {
    const values = computed.get(el.id) ?? {};
    return { ...values, getPropertyValue: (name: string) => values[name] ?? '' } as unknown as CSSStyleDeclaration;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  computed.clear();
  document.body.innerHTML = '';
});

const visible = { overflowX: 'visible', overflowY: 'visible' } as CSSStyleDeclaration;

/** The copy of the SVG `markup` placed at (30, 40) on a map at (10, 10). */
function copy(markup: string, style = visible, size = { width: 100, height: 50 }): { out: string; ctx: VectorContext } {
  document.body.innerHTML = `<div id="root">${markup}</div>`;
  const root = document.getElementById('root')!;
  vi.spyOn(root, 'getBoundingClientRect').mockReturnValue({ left: 10, top: 10 } as DOMRect);
  const svg = root.querySelector('svg')!;
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({ left: 30, top: 40, ...size } as DOMRect);
  (svg as unknown as { getScreenCTM: () => DOMMatrix }).getScreenCTM = () => ({ a: 2, b: 0, c: 0, d: 2, e: 30, f: 40 }) as DOMMatrix;
  const ctx = new VectorContext(root);
  return { out: copySvg(ctx, svg, style), ctx };
}

describe('copySvg: an inline SVG of the map as a group of plain shapes', () => {
  // A local reference comes out as url("#id"), as the package's address filter writes every kept url().
  it('places the shapes by the browser’s matrix and writes their computed paint as attributes, local references only', () => {
    computed.set('s', { opacity: '1' });
    computed.set('p', {
      fill: 'rgb(255, 0, 0)',
      'fill-opacity': '0.5',
      stroke: 'rgba(0, 0, 255, 0.5)',
      'stroke-width': '1.5px',
      'stroke-dasharray': '4px, 2px',
      'stroke-linecap': 'round',
      'marker-end': 'url("#arrow")',
      'clip-path': 'url("https://elsewhere.example/x.svg#c")',
      visibility: 'visible',
      opacity: '0.8',
    });
    const { out } = copy('<svg id="s" class="jm-x"><path id="p" d="M0 0L10 10" class="line" data-x="1" style="fill: var(--a)"/></svg>');
    expect(out).toBe(
      '<g transform="matrix(2 0 0 2 20 30)" fill="none" stroke="none">' +
        '<path id="p" d="M0 0L10 10" fill="#ff0000" fill-opacity="0.5" stroke="#0000ff" stroke-opacity="0.5" stroke-width="1.5" stroke-dasharray="4, 2" stroke-linecap="round" marker-end="url(&quot;#arrow&quot;)" opacity="0.8"/>' +
        '</g>',
    );
  });

  it('keeps a local paint server, and leaves out what is not displayed', () => {
    computed.set('s', { opacity: '1' });
    computed.set('r', { fill: 'url("#grad")', 'fill-opacity': '0.25', stroke: 'none', opacity: '1' });
    computed.set('gone', { display: 'none', opacity: '1' });
    const { out } = copy('<svg id="s"><rect id="r" width="5" height="5"/><rect id="gone" width="5" height="5"/></svg>');
    expect(out).toBe(
      '<g transform="matrix(2 0 0 2 20 30)" fill="none" stroke="none"><rect id="r" width="5" height="5" fill="url(&quot;#grad&quot;)" fill-opacity="0.25" stroke="none"/></g>',
    );
  });

  it('writes a stop’s colour and a text’s font, and gives the group the paint the SVG itself sets', () => {
    computed.set('s', { fill: 'rgb(0, 0, 0)', stroke: 'none', 'stroke-width': '2px', opacity: '1' });
    computed.set('stop', { 'stop-color': 'rgba(255, 0, 0, 0.5)', 'stop-opacity': '0.5', opacity: '1' });
    computed.set('t', { fontFamily: 'Inter', fontSize: '12px', fontWeight: '700', fontStyle: 'italic', opacity: '1' });
    const { out } = copy('<svg id="s"><linearGradient id="g"><stop id="stop"/></linearGradient><text id="t">Hi</text></svg>');
    expect(out).toContain('<stop id="stop" fill="none" stroke="none" stop-color="#ff0000" stop-opacity="0.25"/>');
    expect(out).toContain(`font-family="Inter, sans-serif" font-size="12" font-weight="700" font-style="italic">Hi</text>`);
    expect(out).toMatch(/^<g transform="matrix\(2 0 0 2 20 30\)" fill="#000000" stroke="none" stroke-width="2">/);
  });

  it('clips the group to the SVG’s box when it hides its overflow, and draws nothing for an empty or unplaced SVG', () => {
    computed.set('s', { opacity: '1' });
    computed.set('p', { fill: 'rgb(255, 0, 0)', opacity: '1' });
    const clipped = copy('<svg id="s"><path id="p" d="M0 0"/></svg>', {
      overflowX: 'hidden',
      overflowY: 'hidden',
      getPropertyValue: () => '',
    } as unknown as CSSStyleDeclaration);
    expect(clipped.out).toMatch(/^<g clip-path="url\(#jmv0\)"><g transform/);
    expect(clipped.ctx.defs.toString()).toBe('<defs><clipPath id="jmv0"><rect x="20" y="30" width="100" height="50"/></clipPath></defs>');
    expect(copy('<svg id="s"></svg>').out).toBe('');
    expect(copy('<svg id="s"><path id="p" d="M0 0"/></svg>', visible, { width: 0, height: 50 }).out).toBe('');
  });
});
