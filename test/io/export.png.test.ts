import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportJourneyPng } from '../../src/io/export';

// jsdom draws nothing: its Image never loads and its canvas has no context. A stand-in for
// each records what the export asks of them, so that the PNG's size, its pixels' source and
// the error messages can be checked.
let drawn: unknown[][] = [];
let imageFails = false;
let noContext = false;
let noBlob = false;

class LoadingImage {
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  src = '';
  constructor() {
    queueMicrotask(() => (imageFails ? this.onerror?.() : this.onload?.()));
  }
}

beforeEach(() => {
  drawn = [];
  imageFails = noContext = noBlob = false;
  vi.stubGlobal('Image', LoadingImage);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() =>
    noContext ? null : ({ drawImage: (...args: unknown[]) => drawn.push(args) } as unknown as CanvasRenderingContext2D),
  );
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) =>
    callback(noBlob ? null : new Blob(['png'], { type: 'image/png' })),
  );
  (HTMLImageElement.prototype as { decode?: () => Promise<void> }).decode = () => Promise.resolve();
});

/** The canvas the PNG was drawn on. */
const canvas = () => vi.mocked(HTMLCanvasElement.prototype.getContext).mock.contexts[0] as HTMLCanvasElement;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  delete (HTMLImageElement.prototype as { decode?: () => Promise<void> }).decode;
  document.body.innerHTML = '';
});

/** A map in the page that lays out at `width` × `height`. */
function map(width: number, height: number): HTMLElement {
  document.body.innerHTML = '<div id="map"><p>Hello</p></div>';
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width, height } as DOMRect);
  return document.getElementById('map')!;
}

describe('exportJourneyPng', () => {
  it('draws the SVG picture on a canvas of the picture’s size times the scale, 2 by default, and returns it as a PNG', async () => {
    const blob = await exportJourneyPng(map(100, 40), { embedFonts: false });
    expect(blob.type).toBe('image/png');
    expect(vi.mocked(HTMLCanvasElement.prototype.toBlob).mock.calls[0]![1]).toBe('image/png');
    expect(vi.mocked(HTMLCanvasElement.prototype.getContext).mock.calls[0]![0]).toBe('2d');
    expect([canvas().width, canvas().height]).toEqual([200, 80]);
    expect(drawn).toHaveLength(1);
    const [image, x, y, w, h] = drawn[0]!;
    expect([x, y, w, h]).toEqual([0, 0, 200, 80]);
    const src = (image as LoadingImage).src;
    expect(src.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    expect(svg).toContain('width="100" height="40"');
    expect(svg).toContain('Hello');
  });

  it('takes another scale, and does not pass it on to the SVG picture', async () => {
    await exportJourneyPng(map(100, 40), { scale: 0.5, embedFonts: false });
    expect([canvas().width, canvas().height]).toEqual([50, 20]);
    const svg = decodeURIComponent((drawn[0]![0] as LoadingImage).src.split(',').slice(1).join(','));
    expect(svg).toContain('width="100" height="40"');
  });

  it('refuses a scale that gives a canvas browsers cannot draw', async () => {
    await expect(exportJourneyPng(map(100, 40), { scale: 1000 })).rejects.toThrow(RangeError);
  });

  it('says so when the browser cannot draw the SVG, gives no canvas, or cannot encode the PNG', async () => {
    imageFails = true;
    await expect(exportJourneyPng(map(10, 10))).rejects.toThrow('The browser could not draw the exported SVG.');
    imageFails = false;
    noContext = true;
    await expect(exportJourneyPng(map(10, 10))).rejects.toThrow('The browser gave no canvas to draw the PNG on.');
    noContext = false;
    noBlob = true;
    await expect(exportJourneyPng(map(10, 10))).rejects.toThrow('The browser could not encode the PNG.');
  });
});
