/**
 * The laid-out copy both picture writers measure: the map cloned, made safe, widened until
 * none of its scrollers scrolls, and laid out off-screen inside the map's parent so that it
 * inherits the same fonts, colours and theme variables. Only the copy is touched: the map
 * on the page keeps its scroll position and never reflows.
 */
import { expandedWidth, sanitizeTree, type ScrollExtent } from './exportHelpers';
import { isExportableImageUrl, urlScheme } from '../model/sanitize';

/** What {@link withLaidOutCopy} needs to know of the export's options. */
export interface CopyOptions {
  /** A CSS selector of further elements to leave out. */
  exclude?: string;
  /** Replaces image addresses with data URLs when they can be fetched. Default `true`. */
  inlineImages?: boolean;
}

/** Parts that are interactive overlays, and lanes a filter hides (parked), never part of the picture. */
const ALWAYS_EXCLUDED =
  '.jm-CardPopover, .jm-EmotionCurve-tooltip, .jm-EmotionCurve-view, .jm-ExportMenu, .jm-Lane[data-parked], [data-jm-export="exclude"]';
const SCROLLING = /^(auto|scroll|overlay)$/;

/** The contents of an address as a data URL, when it can be fetched (same origin or CORS). */
export async function toDataUrl(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { mode: 'cors', credentials: 'same-origin' });
    if (!response.ok) return undefined;
    const blob = await response.blob();
    return await new Promise<string | undefined>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : undefined);
      reader.onerror = () => resolve(undefined);
      reader.readAsDataURL(blob);
    });
  } catch {
    return undefined;
  }
}

/** Copies what cloning loses — canvas pixels, form values, resolved addresses — from the original to the clone. */
function carryOver(original: Element, clone: Element): void {
  if (original instanceof HTMLCanvasElement) {
    const img = clone.ownerDocument.createElement('img');
    for (const attr of Array.from(clone.attributes)) img.setAttribute(attr.name, attr.value);
    try {
      img.src = original.toDataURL('image/png');
    } catch {
      // A tainted canvas stays out of the picture.
    }
    img.style.width = `${original.clientWidth}px`;
    img.style.height = `${original.clientHeight}px`;
    clone.replaceWith(img);
  } else if (original instanceof HTMLImageElement) {
    const src = original.currentSrc || original.src;
    if (src) clone.setAttribute('src', src);
  } else if (original instanceof HTMLAnchorElement) {
    if (original.getAttribute('href')) clone.setAttribute('href', original.href);
  } else if (original instanceof HTMLTextAreaElement) {
    clone.textContent = original.value;
  } else if (original instanceof HTMLInputElement) {
    clone.setAttribute('value', original.value);
    if (original.checked) clone.setAttribute('checked', '');
    else clone.removeAttribute('checked');
  } else if (original instanceof HTMLSelectElement) {
    Array.from(clone.querySelectorAll('option')).forEach((option, i) => {
      if (original.options[i]?.selected) option.setAttribute('selected', '');
      else option.removeAttribute('selected');
    });
  }
}

/** The laid-out copy {@link withLaidOutCopy} hands to its reader. */
export interface LaidOutCopy {
  /** The copy's root, in the page (invisible) while the reader runs. */
  clone: HTMLElement;
  /** The element the copy lies in, to hold what the reader adds for the time it reads. */
  stage: HTMLElement;
}

/**
 * Lays a copy of the map out off-screen at the width that shows every scroller whole,
 * lets `read` measure it, then removes it. Only the copy is touched: the map on the
 * page keeps its scroll position and never reflows.
 */
export async function withLaidOutCopy<T>(element: HTMLElement, options: CopyOptions, read: (copy: LaidOutCopy) => T): Promise<T> {
  const doc = element.ownerDocument;
  const view = doc.defaultView!;
  const originals = [element, ...Array.from(element.querySelectorAll('*'))];
  const clone = element.cloneNode(true) as HTMLElement;
  const clones = [clone, ...Array.from(clone.querySelectorAll('*'))];

  const exclude = options.exclude ? `${ALWAYS_EXCLUDED}, ${options.exclude}` : ALWAYS_EXCLUDED;
  const excluded = new Set(Array.from(element.querySelectorAll(exclude)));
  const isExcluded = (el: Element | null) => {
    for (; el && el !== element; el = el.parentElement) if (excluded.has(el)) return true;
    return false;
  };
  const scrollers: ScrollExtent[] = [];
  originals.forEach((original, i) => {
    carryOver(original, clones[i]!);
    if (isExcluded(original)) return;
    const style = view.getComputedStyle(original);
    if (SCROLLING.test(style.overflowX) || SCROLLING.test(style.overflowY)) {
      scrollers.push(original);
      clones[i]!.setAttribute('data-jm-export-scroller', '');
    }
  });
  for (const el of Array.from(clone.querySelectorAll(exclude))) el.remove();
  // Before the copy enters the page: nothing in it may run or fetch what the picture may not hold.
  sanitizeTree(clone);

  if (options.inlineImages !== false) {
    await Promise.all(
      Array.from(clone.querySelectorAll('img')).map(async (img) => {
        const src = img.getAttribute('src') ?? '';
        const scheme = urlScheme(src);
        if (scheme !== 'http' && scheme !== 'https') return;
        const data = await toDataUrl(src);
        if (data && isExportableImageUrl(data)) img.setAttribute('src', data);
      }),
    );
  }

  const rect = element.getBoundingClientRect();
  let width = expandedWidth(rect.width, scrollers);
  const stage = doc.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.setAttribute('inert', '');
  stage.style.cssText =
    'position:fixed;left:0;top:0;width:0;height:0;overflow:hidden;opacity:0;pointer-events:none;z-index:-1;contain:strict';
  const setWidth = () => {
    clone.style.setProperty('box-sizing', 'border-box');
    clone.style.setProperty('width', `${width}px`);
    clone.style.setProperty('min-width', `${width}px`);
    clone.style.setProperty('max-width', 'none');
    clone.style.setProperty('margin', '0');
  };
  setWidth();
  const expanded = [clone, ...Array.from(clone.querySelectorAll<HTMLElement>('*'))].filter((el) =>
    el.hasAttribute('data-jm-export-scroller'),
  );
  for (const el of expanded) {
    el.style.setProperty('overflow', 'visible');
    el.style.setProperty('max-height', 'none');
    el.style.setProperty('max-width', 'none');
    el.style.setProperty('height', 'auto');
    el.removeAttribute('data-jm-export-scroller');
  }
  // Inside the map's parent, so that inherited fonts, colours and theme variables are the same.
  (element.parentElement ?? doc.body).appendChild(stage);
  stage.appendChild(clone);
  try {
    await Promise.all(Array.from(clone.querySelectorAll('img'), (img) => (img.complete ? undefined : img.decode().catch(() => undefined))));
    // A scroller that still overflows (fixed widths around it) widens the copy again.
    for (let pass = 0; pass < 3; pass++) {
      const extra = Math.max(0, ...expanded.map((el) => el.scrollWidth - el.clientWidth));
      if (extra <= 1) break;
      width += extra;
      setWidth();
    }
    return read({ clone, stage });
  } finally {
    stage.remove();
  }
}
