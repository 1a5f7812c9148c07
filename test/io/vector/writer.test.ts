import { afterEach, describe, expect, it, vi } from 'vitest';
import { PSEUDO_TEXT_RULE, inlinePseudoText, unstick } from '../../../src/io/vector/writer';
import { clearFakeLayout, fakeLayout } from './fakeLayout';

afterEach(() => {
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** Has `::before` and `::after` of elements with class `q` show open and close quotes (jsdom computes no pseudo-elements). */
function quotes(before: Partial<CSSStyleDeclaration>, after: Partial<CSSStyleDeclaration> = { content: 'close-quote' }) {
  const real = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((el: Element, pseudo?: string | null) => {
    if (!pseudo) return real(el);
    if (!el.classList.contains('q')) return { display: 'inline', position: 'static', content: 'none' } as CSSStyleDeclaration;
    const given = pseudo === '::before' ? before : after;
    return { display: 'inline', position: 'static', ...given } as CSSStyleDeclaration;
  });
}

describe('inlinePseudoText: quotation marks as text the picture measures', () => {
  it('writes the marks of ::before and ::after into the element as text, in its language, and marks it so that the pseudo-elements hide', () => {
    document.body.innerHTML =
      '<div id="root"><q id="a" class="q">Fine</q><span lang="de"><q id="b" class="q">Gut</q></span><p id="c">plain</p></div>';
    quotes({ content: 'open-quote' });
    inlinePseudoText(document.getElementById('root')!);
    expect(document.getElementById('a')!.textContent).toBe('“Fine”');
    expect(document.getElementById('b')!.textContent).toBe('„Gut“');
    expect(document.getElementById('c')!.textContent).toBe('plain');
    const a = document.getElementById('a')!;
    expect(a.hasAttribute('data-jm-vx-before') && a.hasAttribute('data-jm-vx-after')).toBe(true);
    expect(document.getElementById('c')!.hasAttribute('data-jm-vx-before')).toBe(false);
    expect(PSEUDO_TEXT_RULE).toBe('[data-jm-vx-before]::before,[data-jm-vx-after]::after{content:none!important}');
  });

  it('leaves pseudo-elements that are not displayed, placed out of the flow, or boxes without text', () => {
    for (const before of [
      { content: 'open-quote', display: 'none' },
      { content: 'open-quote', position: 'absolute' },
      { content: 'open-quote', position: 'fixed' },
      { content: '""' },
    ]) {
      document.body.innerHTML = '<div id="root"><q id="a" class="q">x</q></div>';
      vi.restoreAllMocks();
      quotes(before, { content: 'none' });
      inlinePseudoText(document.getElementById('root')!);
      expect(document.getElementById('a')!.textContent, JSON.stringify(before)).toBe('x');
      expect(document.getElementById('a')!.hasAttribute('data-jm-vx-before')).toBe(false);
    }
  });
});

describe('inlinePseudoText: marks and text from the styles', () => {
  afterEach(() => clearFakeLayout());

  it('takes the marks the element’s `quotes` names, and a quoted string as it is', () => {
    document.body.innerHTML = '<div id="root"><q id="a">x</q><span id="b">y</span></div>';
    fakeLayout({
      a: { style: { quotes: '"<" ">" "(" ")"' }, before: { content: 'open-quote' }, after: { content: 'close-quote' } },
      b: { before: { content: '"→ "' } },
    });
    inlinePseudoText(document.getElementById('root')!);
    expect(document.getElementById('a')!.textContent).toBe('<x>');
    expect(document.getElementById('b')!.textContent).toBe('→ y');
    expect(document.getElementById('b')!.hasAttribute('data-jm-vx-after')).toBe(false);
  });

  it('leaves the elements of an inline SVG alone', () => {
    document.body.innerHTML = '<div id="root"><svg><text id="t">x</text></svg></div>';
    fakeLayout({ t: { before: { content: '"!"' } } });
    inlinePseudoText(document.getElementById('root')!);
    expect(document.getElementById('t')!.textContent).toBe('x');
    expect(document.getElementById('t')!.hasAttribute('data-jm-vx-before')).toBe(false);
  });

  it('reads the root’s own pseudo-elements too', () => {
    document.body.innerHTML = '<div id="root">x</div>';
    fakeLayout({ root: { after: { content: '"!"' } } });
    inlinePseudoText(document.getElementById('root')!);
    expect(document.getElementById('root')!.textContent).toBe('x!');
  });
});

describe('unstick', () => {
  it('sets sticky elements where the flow puts them, and leaves the others', () => {
    document.head.innerHTML = '<style>.s { position: sticky; left: 8px; }</style>';
    document.body.innerHTML =
      '<div id="root" class="s"><p id="a" class="s">a</p><p id="b" style="left: 3px; position: relative">b</p></div>';
    unstick(document.getElementById('root')!);
    for (const id of ['root', 'a']) {
      const style = document.getElementById(id)!.style;
      expect([style.position, style.top, style.right, style.bottom, style.left], id).toEqual(['relative', 'auto', 'auto', 'auto', 'auto']);
      // Important, so that the map's own rules cannot move it again (jsdom keeps no priority for `position`).
      expect(
        ['top', 'right', 'bottom', 'left'].map((name) => style.getPropertyPriority(name)),
        id,
      ).toEqual(Array(4).fill('important'));
    }
    expect(document.getElementById('b')!.style.left).toBe('3px');
  });
});
