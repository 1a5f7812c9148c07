import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VectorContext } from '../../../src/io/vector/context';
import { copySvg } from '../../../src/io/vector/svgCopy';

// jsdom lays nothing out and computes no SVG paint: each element's computed style is given here.
// A kept local reference comes out as url(&quot;#id&quot;), as the package's address filter writes every kept url().
const computed = new Map<string, Record<string, string>>();
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((el: Element) => {
    const values = { opacity: '1', ...computed.get(el.id) };
    return { ...values, getPropertyValue: (name: string) => values[name as keyof typeof values] ?? '' } as unknown as CSSStyleDeclaration;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  computed.clear();
  document.body.innerHTML = '';
});

const style = (overflowX = 'visible', overflowY = 'visible') =>
  ({ overflowX, overflowY, getPropertyValue: () => '' }) as unknown as CSSStyleDeclaration;

/** The copy of the SVG `markup` drawn unscaled at the map's corner, `size` big. */
function copy(markup: string, options: { size?: { width: number; height: number }; matrix?: boolean; overflow?: [string, string] } = {}) {
  document.body.innerHTML = `<div id="root">${markup}</div>`;
  const root = document.getElementById('root')!;
  vi.spyOn(root, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0 } as DOMRect);
  const svg = root.querySelector('svg')!;
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, width: 100, height: 50, ...options.size } as DOMRect);
  (svg as unknown as { getScreenCTM: () => DOMMatrix | null }).getScreenCTM = () =>
    options.matrix === false ? null : ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 } as DOMMatrix);
  const ctx = new VectorContext(root);
  return copySvg(ctx, svg, style(...(options.overflow ?? ['visible', 'visible'])));
}

/** The attributes of the copied element `id` (but its id), sorted by name, as `name="value"` joined by spaces. */
function attrs(out: string, id: string): string {
  const written = new RegExp(`<[a-zA-Z]+ id="${id}"([^>]*?)/?>`).exec(out)?.[1] ?? '';
  return Array.from(written.matchAll(/([\w:-]+)="([^"]*)"/g), (m) => `${m[1]}="${m[2]}"`)
    .sort()
    .join(' ');
}

/** `name="value"` pairs sorted as {@link attrs} gives them. */
const sorted = (text: string) =>
  text
    .split(/ (?=[\w:-]+=")/)
    .sort()
    .join(' ');

describe('copySvg: paint', () => {
  it('multiplies a colour’s alpha by the element’s fill and stroke opacity, and writes none for paint it cannot read', () => {
    computed.set('p', { fill: 'rgba(255, 0, 0, 0.5)', 'fill-opacity': '0.5', stroke: 'oklab(0.5 0 0)', 'stroke-opacity': '0.5' });
    computed.set('q', { fill: 'rgb(255, 0, 0)', 'fill-opacity': '1', stroke: 'rgba(0, 0, 0, 0.5)' });
    const out = copy(
      '<svg id="s"><path id="p" d="M0 0" fill-opacity="0.9" stroke-opacity="0.3"/><path id="q" d="M0 0" fill-opacity="0.2"/></svg>',
    );
    expect(attrs(out, 'p')).toBe(sorted('d="M0 0" fill="#ff0000" fill-opacity="0.25" stroke="none"'));
    expect(attrs(out, 'q')).toBe(sorted('d="M0 0" fill="#ff0000" stroke="#000000" stroke-opacity="0.5"'));
  });

  it('writes a paint server elsewhere as none, and keeps a local one’s opacity only below 1', () => {
    computed.set('p', { fill: 'url("https://x.example/a.svg#g")', 'fill-opacity': '0.5', stroke: 'url(#s1)', 'stroke-opacity': '1' });
    const out = copy('<svg id="s"><path id="p" d="M0 0"/></svg>');
    expect(attrs(out, 'p')).toBe(sorted('d="M0 0" fill="none" fill-opacity="0.5" stroke="url(&quot;#s1&quot;)"'));
  });

  it('copies stroke details and references as the style computes them, and drops what is none, auto or not local', () => {
    computed.set('p', {
      fill: 'none',
      stroke: 'rgb(0, 0, 0)',
      'stroke-width': '2.345px',
      'stroke-dashoffset': '3px',
      'stroke-dasharray': 'none',
      'stroke-linejoin': 'round',
      'stroke-miterlimit': '4',
      'fill-rule': 'evenodd',
      'clip-rule': 'auto',
      'marker-start': 'url(#m)',
      'marker-mid': 'none',
      'clip-path': "url('#c')",
      mask: 'url(https://x.example/m.svg#m)',
      visibility: 'hidden',
    });
    const out = copy('<svg id="s"><path id="p" d="M0 0" clip-rule="nonzero" marker-mid="url(#x)" mask="url(#m)"/></svg>');
    expect(attrs(out, 'p')).toBe(
      sorted(
        'd="M0 0" fill="none" stroke="#000000" stroke-width="2.35" stroke-dashoffset="3" stroke-linejoin="round" stroke-miterlimit="4" fill-rule="evenodd" marker-start="url(&quot;#m&quot;)" clip-path="url(&quot;#c&quot;)" visibility="hidden"',
      ),
    );
  });

  it('drops attributes that only style the page or say nothing in a picture', () => {
    computed.set('p', { fill: 'none', stroke: 'none' });
    const out = copy(
      '<svg id="s"><path id="p" d="M0 0" role="img" tabindex="0" focusable="false" aria-label="x" data-k="1" class="c" style="fill: red"/></svg>',
    );
    expect(attrs(out, 'p')).toBe(sorted('d="M0 0" fill="none" stroke="none"'));
  });

  it('writes a stop it cannot paint as transparent black, and a text’s upright style not at all', () => {
    computed.set('stop', { 'stop-color': 'transparent' });
    computed.set('t', { fontFamily: 'Inter', fontSize: '12.345px', fontWeight: '400', fontStyle: 'normal' });
    const out = copy('<svg id="s"><linearGradient id="g"><stop id="stop"/></linearGradient><text id="t">Hi</text></svg>');
    expect(attrs(out, 'stop')).toBe(sorted('fill="none" stroke="none" stop-color="#000000" stop-opacity="0"'));
    expect(attrs(out, 't')).toBe(sorted('fill="none" stroke="none" font-family="Inter, sans-serif" font-size="12.35" font-weight="400"'));
  });

  it('gives the group the svg’s own line caps, joins and opacity', () => {
    computed.set('s', { fill: 'none', stroke: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'bevel', opacity: '0.5' });
    computed.set('p', { fill: 'none', stroke: 'none' });
    expect(copy('<svg id="s"><path id="p" d="M0 0"/></svg>')).toMatch(
      /^<g transform="matrix\(1 0 0 1 0 0\)" fill="none" stroke="none" stroke-linecap="round" stroke-linejoin="bevel" opacity="0.5"><path/,
    );
  });
});

describe('copySvg: what it leaves out', () => {
  it('draws nothing for an SVG with no matrix, no height, or only text between its elements', () => {
    computed.set('p', { fill: 'none', stroke: 'none' });
    expect(copy('<svg id="s"><path id="p" d="M0 0"/></svg>', { matrix: false })).toBe('');
    expect(copy('<svg id="s"><path id="p" d="M0 0"/></svg>', { size: { width: 100, height: 0 } })).toBe('');
    expect(copy('<svg id="s">text only</svg>')).toBe('');
  });

  it('leaves out the children of an element that is not displayed', () => {
    computed.set('g', { display: 'none' });
    expect(copy('<svg id="s"><g id="g"><path id="p" d="M0 0"/></g><path id="q" d="M1 1"/></svg>')).not.toContain('id="p"');
  });

  it('clips to the svg’s box when it hides overflow in either direction', () => {
    computed.set('p', { fill: 'none', stroke: 'none' });
    expect(copy('<svg id="s"><path id="p" d="M0 0"/></svg>', { overflow: ['visible', 'hidden'] })).toMatch(/^<g clip-path=/);
    expect(copy('<svg id="s"><path id="p" d="M0 0"/></svg>', { overflow: ['auto', 'visible'] })).toMatch(/^<g clip-path=/);
  });
});
