import { describe, expect, it } from 'vitest';
import {
  CANVAS_LIMITS,
  ClassSheet,
  SVG_NS,
  XHTML_NS,
  buildSvgDocument,
  expandedWidth,
  fontFamilies,
  isCopiedProperty,
  pictureSize,
  pngSize,
  readStyle,
  sanitizeTree,
  splitTopLevel,
  styleDeclarations,
} from '../../src/io/exportHelpers';

/** The properties CSS defines as inherited by default, which a picture copies only where they change. */
const INHERITED = `border-collapse border-spacing caption-side clip-rule color color-interpolation color-interpolation-filters
  color-rendering color-scheme direction dominant-baseline empty-cells fill fill-opacity fill-rule font-family
  font-feature-settings font-kerning font-optical-sizing font-palette font-size font-size-adjust font-stretch font-style
  font-synthesis font-synthesis-small-caps font-synthesis-style font-synthesis-weight font-variant font-variant-alternates
  font-variant-caps font-variant-east-asian font-variant-emoji font-variant-ligatures font-variant-numeric
  font-variant-position font-variation-settings font-weight hyphenate-character hyphens image-rendering letter-spacing
  line-break line-height list-style-image list-style-position list-style-type marker-end marker-mid marker-start orphans
  overflow-wrap paint-order print-color-adjust quotes ruby-position shape-rendering stroke stroke-dasharray
  stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width tab-size text-align
  text-align-last text-anchor text-emphasis-color text-emphasis-position text-emphasis-style text-indent text-orientation
  text-rendering text-shadow text-size-adjust text-transform text-underline-position text-wrap-mode text-wrap-style
  visibility white-space-collapse widows word-break word-spacing writing-mode -webkit-text-fill-color
  -webkit-text-stroke-color -webkit-text-stroke-width`.split(/\s+/);

const same = (record: Record<string, string>) => ({ parent: record, tagDefault: record, base: record });

describe('styleDeclarations: inherited and other properties', () => {
  it('copies each inherited property only where it differs from the parent’s', () => {
    for (const name of INHERITED) {
      const style = { color: 'red', [name]: 'x' };
      // Equal to the parent's, while the tag's default differs (as the blank page's div does): inherited, so left out.
      expect(styleDeclarations(style, { parent: style, tagDefault: { [name]: 'y' }, base: { [name]: 'y' } }), name).not.toHaveProperty(
        name,
      );
      expect(styleDeclarations(style, { parent: { [name]: 'z' }, tagDefault: style, base: style })[name], name).toBe('x');
    }
  });

  it('copies a property that does not inherit wherever it differs from the tag’s default, whatever the parent has', () => {
    for (const name of ['display', 'margin-top', 'background-color', 'opacity', 'white-space', 'text-decoration-line', 'vertical-align']) {
      const style = { [name]: 'x' };
      expect(styleDeclarations(style, { parent: style, tagDefault: { [name]: 'y' }, base: { [name]: 'y' } })[name], name).toBe('x');
      expect(styleDeclarations(style, { parent: { [name]: 'z' }, tagDefault: style, base: { [name]: 'q' } }), name).not.toHaveProperty(
        name,
      );
    }
  });

  it('leaves out empty values and properties not worth copying', () => {
    expect(styleDeclarations({ display: '', cursor: 'pointer', '--x': '1' }, same({}))).toEqual({});
    expect(styleDeclarations({ width: '', height: '' }, same({}))).toEqual({});
  });

  it('keeps every laid-out size but auto, whatever the default', () => {
    const sizes = { width: '10px', height: '20px' };
    expect(styleDeclarations(sizes, same(sizes))).toEqual(sizes);
    expect(styleDeclarations({ width: 'auto', height: 'auto' }, same({}))).toEqual({});
  });

  it('leaves out a colour whose line or border is off, for every such pair', () => {
    const pairs: Array<[string, string, string[]]> = [
      ['border-top-color', 'border-top-style', ['none', 'hidden']],
      ['border-right-color', 'border-right-style', ['none', 'hidden']],
      ['border-bottom-color', 'border-bottom-style', ['none', 'hidden']],
      ['border-left-color', 'border-left-style', ['none', 'hidden']],
      ['outline-color', 'outline-style', ['none']],
      ['column-rule-color', 'column-rule-style', ['none', 'hidden']],
      ['row-rule-color', 'row-rule-style', ['none', 'hidden']],
      ['text-decoration-color', 'text-decoration-line', ['none']],
    ];
    for (const [color, onOff, off] of pairs) {
      for (const value of off)
        expect(styleDeclarations({ [color]: 'red', [onOff]: value }, same({})), `${color} ${value}`).not.toHaveProperty(color);
      // Missing counts as off.
      expect(styleDeclarations({ [color]: 'red' }, same({})), color).not.toHaveProperty(color);
      expect(styleDeclarations({ [color]: 'red', [onOff]: 'solid' }, same({}))[color], color).toBe('red');
    }
    expect(styleDeclarations({ 'outline-color': 'red', 'outline-style': 'hidden' }, same({}))['outline-color']).toBe('red');
  });

  it('leaves out a text colour that repeats the colour, for each of them', () => {
    for (const name of ['-webkit-text-fill-color', '-webkit-text-stroke-color', 'text-emphasis-color']) {
      expect(styleDeclarations({ color: 'red', [name]: 'red' }, same({ color: 'blue' })), name).not.toHaveProperty(name);
      expect(styleDeclarations({ color: 'red', [name]: 'blue' }, same({ color: 'blue' }))[name], name).toBe('blue');
    }
    expect(styleDeclarations({ color: 'red', 'caret-color': 'red', 'border-top-width': 'red' }, same({}))['border-top-width']).toBe('red');
  });

  it('keeps a transform origin when any of transform, rotate, scale or translate is set', () => {
    for (const name of ['transform', 'rotate', 'scale', 'translate']) {
      expect(styleDeclarations({ [name]: 'x', 'transform-origin': '1px 2px' }, same({}))['transform-origin'], name).toBe('1px 2px');
      expect(styleDeclarations({ [name]: 'none', 'transform-origin': '1px 2px' }, same({})), name).not.toHaveProperty('transform-origin');
    }
    expect(styleDeclarations({ 'transform-origin': '1px 2px' }, same({}))).toEqual({});
  });

  it('keeps a perspective origin only with a perspective', () => {
    expect(styleDeclarations({ 'perspective-origin': '1px 2px' }, same({}))).toEqual({});
    expect(styleDeclarations({ perspective: 'none', 'perspective-origin': '1px 2px' }, same({}))).toEqual({ perspective: 'none' });
    expect(styleDeclarations({ perspective: '100px', 'perspective-origin': '1px 2px' }, same({}))).toEqual({
      perspective: '100px',
      'perspective-origin': '1px 2px',
    });
  });
});

describe('isCopiedProperty and readStyle: what a picture copies', () => {
  it('leaves out what matters only to interaction, scrolling or animation', () => {
    for (const name of [
      'transition',
      'transition-duration',
      'animation-name',
      'scroll-margin-top',
      'overscroll-behavior',
      'view-transition-name',
      'anchor-name',
      'position-try-fallbacks',
      'position-anchor',
      'timeline-scope',
      'interactivity',
      'interpolate-size',
      'cursor',
      'caret-color',
      'will-change',
      'user-select',
      'touch-action',
      'pointer-events',
      'content-visibility',
      'outline-offset',
    ]) {
      expect(isCopiedProperty(name), name).toBe(false);
    }
    for (const name of [
      'cursors',
      'x-transition',
      'interactivity-x',
      'will-changes',
      'outline-offsets',
      'position',
      'color',
      'x-cursor',
      'pointer-event',
    ]) {
      expect(isCopiedProperty(name), name).toBe(true);
    }
  });

  it('leaves out logical twins of physical properties', () => {
    for (const name of [
      'inline-size',
      'block-size',
      'margin-inline-start',
      'padding-block',
      'inset-inline-end',
      'border-block-end-color',
      'border-start-end-radius',
      'border-end-start-radius',
    ]) {
      expect(isCopiedProperty(name), name).toBe(false);
    }
    for (const name of ['inlinex', 'blocky', 'border-start-radius', 'border-top-left-radius', 'display'])
      expect(isCopiedProperty(name), name).toBe(true);
  });

  it('keeps only the prefixed properties that have no unprefixed twin everywhere', () => {
    for (const name of [
      '-webkit-line-clamp',
      '-webkit-box-orient',
      '-webkit-box-align',
      '-webkit-box-pack',
      '-webkit-box-direction',
      '-webkit-box-flex',
      '-webkit-box-ordinal-group',
      '-webkit-text-fill-color',
      '-webkit-text-stroke-color',
      '-webkit-text-stroke-width',
    ]) {
      expect(isCopiedProperty(name), name).toBe(true);
    }
    for (const name of [
      '-webkit-line-clamp-x',
      'x-webkit-line-clamp',
      '-webkit-box-shadow',
      '-webkit-text-stroke',
      '-webkit-appearance',
      '--jm-x',
      '--',
    ]) {
      expect(isCopiedProperty(name), name).toBe(name === 'x-webkit-line-clamp');
    }
  });

  it('reads a computed style’s properties worth copying', () => {
    const names = ['color', 'cursor', '--x', 'display'];
    const style = { length: names.length, item: (i: number) => names[i]!, getPropertyValue: (name: string) => `v-${name}` };
    expect(readStyle(style)).toEqual({ color: 'v-color', display: 'v-display' });
    expect(readStyle({ length: 0, item: () => '', getPropertyValue: () => '' })).toEqual({});
  });
});

describe('sanitizeTree: the elements and attributes a picture keeps', () => {
  const tree = (html: string) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    sanitizeTree(root);
    return root;
  };

  it('keeps the HTML of text, tables and forms as it is', () => {
    const tags =
      'a abbr article b br button caption code dd del details div dl dt em figure h1 h6 hr i img input ins kbd label li mark meter nav ol option p pre progress q s section select small span strong sub summary sup table tbody td textarea th thead time tr u ul wbr'.split(
        ' ',
      );
    const root = document.createElement('div');
    for (const tag of tags) root.appendChild(document.createElement(tag)).setAttribute('data-tag', tag);
    sanitizeTree(root);
    for (const tag of tags) expect(root.querySelector(`[data-tag="${tag}"]`)?.localName, tag).toBe(tag);
  });

  it('drops scripts, frames, media, styles, closed dialogs and the like with their content', () => {
    const dropped = 'script noscript template iframe object embed link meta base style slot audio video source track map area title'.split(
      ' ',
    );
    for (const tag of dropped) {
      const root = document.createElement('div');
      const el = root.appendChild(document.createElement(tag));
      el.appendChild(document.createElement('b')).textContent = 'inside';
      sanitizeTree(root);
      expect(root.children, tag).toHaveLength(0);
    }
    expect(tree('<dialog><b>inside</b></dialog>').children).toHaveLength(0);
    const open = tree('<dialog open><b>inside</b></dialog>');
    expect(open.firstElementChild?.localName).toBe('span');
    expect(open.textContent).toBe('inside');
  });

  it('makes an unknown element a span that keeps its content and allowed attributes', () => {
    const root = tree('<my-widget class="w" onclick="x()" aria-label="W"><b>kept</b> text</my-widget><marquee>m</marquee>');
    const span = root.firstElementChild!;
    expect(span.localName).toBe('span');
    expect(span.namespaceURI).toBe(XHTML_NS);
    expect(span.getAttribute('class')).toBe('w');
    expect(span.getAttribute('aria-label')).toBe('W');
    expect(span.hasAttribute('onclick')).toBe(false);
    expect(span.innerHTML).toBe('<b>kept</b> text');
    expect(root.lastElementChild!.localName).toBe('span');
    expect(root.querySelector('my-widget, marquee')).toBeNull();
  });

  it('keeps SVG shapes, text and paint, and drops animation, foreign content, images of filters and other namespaces', () => {
    const root = tree(
      '<svg><g><path d="M0 0"/><text>t</text><linearGradient><stop/></linearGradient><filter><feGaussianBlur/><feImage href="https://x/a.png"/></filter>' +
        '<animate/><set/><foreignObject><p>f</p></foreignObject><script>x()</script><style>a{}</style></g></svg><math><mi>x</mi></math>',
    );
    const svg = root.querySelector('svg')!;
    expect(svg.namespaceURI).toBe(SVG_NS);
    expect([...svg.querySelectorAll('*')].map((el) => el.localName)).toEqual([
      'g',
      'path',
      'text',
      'linearGradient',
      'stop',
      'filter',
      'feGaussianBlur',
    ]);
    expect(root.querySelector('math')).toBeNull();
  });

  it('keeps aria-, data- and allowed attributes and drops the rest', () => {
    const root = tree(
      '<p id="a" class="c" data-x="1" aria-hidden="true" role="note" onmouseover="x()" formaction="y" srcset="z" title="t" lang="en" dir="rtl">p</p>',
    );
    const p = root.firstElementChild!;
    expect(p.getAttributeNames().sort()).toEqual(['aria-hidden', 'class', 'data-x', 'dir', 'id', 'lang', 'role', 'title']);
  });

  it('keeps an image source only on an img, and only an exportable one', () => {
    const root = tree('<img id="a" src=" https://x/a.png "><img id="b" src="/a.png"><input id="c" type="image" src="https://x/a.png">');
    expect(root.querySelector('#a')!.getAttribute('src')).toBe(' https://x/a.png ');
    expect(root.querySelector('#b')!.hasAttribute('src')).toBe(false);
    expect(root.querySelector('#c')!.hasAttribute('src')).toBe(false);
  });

  it('keeps links on an a to exportable addresses, and references elsewhere to the picture itself or exportable images', () => {
    const root = tree(
      '<a id="a1" href="#x">x</a><a id="a2" href="/page">x</a><a id="a3" href=" mailto:a@b ">x</a>' +
        '<area-like id="p" href="#x"></area-like>' +
        '<svg><use id="u1" href="#s"/><use id="u2" href="https://x/a.svg#s"/><image id="i1" href="https://x/a.png"/><image id="i2" href="/a.png"/><a id="s1" href="https://x">l</a></svg>',
    );
    expect(root.querySelector('#a1')!.getAttribute('href')).toBe('#x');
    expect(root.querySelector('#a2')!.hasAttribute('href')).toBe(false);
    expect(root.querySelector('#a3')!.getAttribute('href')).toBe(' mailto:a@b ');
    expect(root.querySelector('#p')!.getAttribute('href')).toBe('#x');
    expect(root.querySelector('#u1')!.getAttribute('href')).toBe('#s');
    expect(root.querySelector('#u2')!.hasAttribute('href')).toBe(false);
    expect(root.querySelector('#i1')!.getAttribute('href')).toBe('https://x/a.png');
    expect(root.querySelector('#i2')!.hasAttribute('href')).toBe(false);
    expect(root.querySelector('#s1')!.getAttribute('href')).toBe('https://x');
    const xlink = document.createElementNS(SVG_NS, 'use');
    xlink.setAttribute('xlink:href', 'https://x/a.svg#s');
    const holder = document.createElement('div');
    holder.appendChild(document.createElementNS(SVG_NS, 'svg')).appendChild(xlink);
    sanitizeTree(holder);
    expect(xlink.hasAttribute('xlink:href')).toBe(false);
  });

  it('filters the url()s of kept attributes and styles, and leaves other values as they are', () => {
    const root = tree(
      '<p id="a" style="background: URL(javascript:alert); color: red">p</p><svg><rect id="r" fill="url(#grad)" mask="url(/m.svg#m)"/></svg><p id="b" style="color: red">b</p>',
    );
    expect(root.querySelector('#a')!.getAttribute('style')).toBe('background: none; color: red');
    expect(root.querySelector('#r')!.getAttribute('fill')).toBe('url("#grad")');
    expect(root.querySelector('#r')!.getAttribute('mask')).toBe('none');
    expect(root.querySelector('#b')!.getAttribute('style')).toBe('color: red');
  });

  it('cleans the root’s attributes but keeps the root whatever it is', () => {
    const root = document.createElement('script');
    root.setAttribute('onload', 'x()');
    root.setAttribute('class', 'k');
    sanitizeTree(root);
    expect(root.getAttributeNames()).toEqual(['class']);
  });
});

describe('sizes of a picture and of a PNG', () => {
  it('rounds up past a hundredth of a pixel, and gives 1 for nothing, a negative or a non-finite size', () => {
    expect(pictureSize(10.01, 10.02)).toEqual({ width: 10, height: 11 });
    expect(pictureSize(10, 0.5)).toEqual({ width: 10, height: 1 });
    expect(pictureSize(-5, Infinity)).toEqual({ width: 1, height: 1 });
    // A sliver is one pixel, never zero.
    expect(pictureSize(0.001, 0.01)).toEqual({ width: 1, height: 1 });
    expect(pictureSize(0.011, 1.01)).toEqual({ width: 1, height: 1 });
  });

  it('ignores scrollers with nothing hidden', () => {
    expect(expandedWidth(100, [{ scrollWidth: 50, clientWidth: 80, scrollHeight: 0, clientHeight: 0 }])).toBe(100);
    expect(
      expandedWidth(100, [
        { scrollWidth: 130, clientWidth: 80, scrollHeight: 0, clientHeight: 0 },
        { scrollWidth: 90, clientWidth: 80, scrollHeight: 0, clientHeight: 0 },
      ]),
    ).toBe(150);
  });

  it('refuses a scale that is no positive number, saying which', () => {
    for (const scale of [0, -1, Number.NaN, Infinity, -Infinity]) {
      expect(() => pngSize(10, 10, scale), String(scale)).toThrow(new RangeError(`The PNG scale must be a positive number, not ${scale}.`));
    }
    expect(pngSize(10, 10, 0.01)).toEqual({ width: 1, height: 1 });
    expect(pngSize(0, 0, 1)).toEqual({ width: 1, height: 1 });
    expect(pngSize(10, 20, 0.25)).toEqual({ width: 3, height: 5 });
  });

  it('draws up to the browsers’ largest side and area, and refuses one pixel more, saying what to do', () => {
    expect(CANVAS_LIMITS).toEqual({ side: 32767, area: 268_435_456 });
    expect(pngSize(32767, 1, 1)).toEqual({ width: 32767, height: 1 });
    expect(pngSize(1, 32767, 1)).toEqual({ width: 1, height: 32767 });
    expect(() => pngSize(32768, 1, 1)).toThrow(RangeError);
    expect(() => pngSize(1, 32768, 1)).toThrow(RangeError);
    expect(pngSize(16384, 16384, 1)).toEqual({ width: 16384, height: 16384 });
    expect(() => pngSize(16384, 16385, 1)).toThrow(
      new RangeError(
        'A 16384 × 16385 PNG is larger than browsers can draw; export at a smaller scale (the map is 16384 × 16385 at scale 1).',
      ),
    );
  });
});

describe('ClassSheet: one class per distinct set of declarations', () => {
  it('names classes and pseudo-element classes in order after its prefix, and writes their rules', () => {
    const sheet = new ClassSheet('k');
    expect(sheet.classFor({ color: 'red' })).toBe('k0');
    expect(sheet.classFor({ color: 'blue', display: 'grid' })).toBe('k1');
    expect(sheet.classFor({ color: 'red' })).toBe('k0');
    expect(sheet.pseudoClassFor('::after', { content: '"x"' })).toBe('kp0');
    expect(sheet.pseudoClassFor('::before', { content: '"x"' })).toBe('kp1');
    expect(sheet.pseudoClassFor('::after', { content: '"x"' })).toBe('kp0');
    sheet.addRaw('@font-face{font-family:A}');
    sheet.addRaw('@font-face{font-family:B}');
    expect(sheet.toString()).toBe(
      [
        '@font-face{font-family:B}',
        '@font-face{font-family:A}',
        '.k0{color:red}',
        '.k1{color:blue;display:grid}',
        '.kp0::after{content:"x"}',
        '.kp1::before{content:"x"}',
      ].join('\n'),
    );
    expect(new ClassSheet().classFor({})).toBe('jmx0');
    expect(new ClassSheet().toString()).toBe('');
  });

  it('filters the url()s of its values, reading references to the page as fragments', () => {
    const sheet = new ClassSheet('k', 'https://p/x?y#z');
    sheet.classFor({ 'clip-path': 'url("https://p/x?y#clip")', background: 'url(javascript:alert)' });
    expect(sheet.toString()).toBe('.k0{clip-path:url("#clip");background:none}');
  });
});

describe('buildSvgDocument: the standalone picture', () => {
  const build = (parts: Partial<Parameters<typeof buildSvgDocument>[1]> = {}) => {
    const content = document.createElement('p');
    content.textContent = 'Map';
    return buildSvgDocument(document, { width: 30, height: 20, title: 'T', css: '', content, ...parts });
  };

  it('writes the exact document: namespace, size, title, foreignObject and an XHTML wrapper', () => {
    expect(build()).toBe(
      `<svg xmlns="${SVG_NS}" width="30" height="20" viewBox="0 0 30 20"><title>T</title><foreignObject x="0" y="0" width="30" height="20">` +
        `<div xmlns="${XHTML_NS}" style="margin:0;padding:0;border:0;width:30px;height:20px;overflow:hidden;"><p>Map</p></div></foreignObject></svg>`,
    );
  });

  it('adds the styles when there are some, and a background only when it is a safe CSS value', () => {
    expect(build({ css: '.a{color:red}' })).toContain('<title>T</title><style>.a{color:red}</style><foreignObject');
    expect(build({ background: 'white' })).toContain('overflow:hidden;background:white;"');
    expect(build({ background: 'red;} x{' })).toContain('overflow:hidden;"');
    expect(build({ background: '' })).toContain('overflow:hidden;"');
  });

  it('leaves out characters XML cannot hold', () => {
    const svg = build({ title: 'a\u0000b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffffh\ti\nj\rk' });
    expect(svg).toContain('<title>abcdefgh\ti\nj\rk</title>');
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('parsererror')).toHaveLength(0);
  });
});

describe('fontFamilies and splitTopLevel: reading font declarations', () => {
  it('unquotes, trims and lower-cases each family, and drops empty ones', () => {
    expect(fontFamilies(' "A B" , \' C \',D,, ')).toEqual(['a b', 'c', 'd']);
    expect(fontFamilies('"A\', B')).toEqual(['"a\'', 'b']);
    expect(fontFamilies('')).toEqual([]);
  });

  it('splits only outside quotes and parentheses, trims the parts and drops empty ones', () => {
    expect(splitTopLevel('a, b ,c', ',')).toEqual(['a', 'b', 'c']);
    expect(splitTopLevel('f(a, g(b, c)), d', ',')).toEqual(['f(a, g(b, c))', 'd']);
    expect(splitTopLevel('"a, b", \'c, d\', e', ',')).toEqual(['"a, b"', "'c, d'", 'e']);
    expect(splitTopLevel('"a\\", b", c', ',')).toEqual(['"a\\", b"', 'c']);
    expect(splitTopLevel('"a\' b", c', ',')).toEqual(['"a\' b"', 'c']);
    expect(splitTopLevel('a), b', ',')).toEqual(['a)', 'b']);
    expect(splitTopLevel('a)), b, (c', ',')).toEqual(['a))', 'b', '(c']);
    expect(splitTopLevel(',,a,,', ',')).toEqual(['a']);
    expect(splitTopLevel('a;b,c', ';')).toEqual(['a', 'b,c']);
    expect(splitTopLevel('', ',')).toEqual([]);
  });
});
