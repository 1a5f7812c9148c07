import { render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { commands, page } from 'vitest/browser';
import { JourneyMap, type Journey, type JourneyMapProps } from '../../src';
import { exportJourneySvg } from '../../src/io/export';
import { exportJourneyVectorSvg } from '../../src/io/exportVector';
import { examples } from '../../stories/data';
import { TEXT_PAYLOADS, URL_PAYLOADS, hostileJourney } from '../../stories/data/payloads';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { bankTheme } from '../../stories/themes';
import { decodePng, downscaled, meanDifference, solid } from './images';

// The vector SVG is for design tools, which draw no foreignObject. librsvg (rsvg-convert)
// draws none either, so its picture of the file is what a designer who imports it sees;
// it must match Chromium's screenshot of the same map. Both are scaled down 4× first:
// anti-aliasing and hinting of single glyphs differ between any two renderers and
// average out, while a missing card, a shifted row or a wrong colour does not.
const FACTOR = 4;
/**
 * Two bounds on the mean difference per colour channel (0–1) between the two pictures,
 * both set from what was measured. The maps below measured 0.4–0.6 %; the same files
 * with their text taken out measured 1.7–3.1 %, and an empty frame (what designers got
 * from the foreignObject export) 4–8 %. Absolute: below 1.2 %. Relative to the empty
 * frame's difference, which scales with how much a map draws: below 0.2 (the maps
 * measured 0.07–0.1, the maps without text 0.37–0.6).
 */
const THRESHOLD = 0.012;
const RELATIVE_THRESHOLD = 0.2;

interface Case {
  name: string;
  journey: Journey;
  props?: Partial<JourneyMapProps>;
}

const CASES: Case[] = [
  { name: 'a current-state journey, light theme', journey: examples['ecommerce-kitchen']! },
  { name: 'a service blueprint', journey: examples['car-purchase-blueprint']! },
  { name: 'right to left (Arabic)', journey: arabicBankJourney },
  { name: 'the dark theme', journey: examples['ecommerce-kitchen-future']!, props: { theme: 'dark' } },
  { name: 'compact density, several personas', journey: examples['saas-onboarding-multi']!, props: { density: 'compact' } },
  { name: 'a brand theme', journey: examples['it-cloud-migration']!, props: { theme: bankTheme } },
  { name: 'Chinese text', journey: examples['broadband-zh']! },
];

afterEach(async () => {
  await page.viewport(1280, 720);
});

/** Renders a map at the width that shows it whole (as the export lays it out), and exports it. */
async function renderWhole({ journey, props }: Case) {
  const { container } = render(<JourneyMap data-testid="map" journey={journey} {...props} />);
  const map = container.firstElementChild as HTMLElement;
  // At the width of the whole picture nothing scrolls, so the page shows what the file holds.
  const first = await exportJourneyVectorSvg(map);
  const width = Number(/width="(\d+)"/.exec(first)![1]);
  await page.viewport(width, 900);
  const height = Math.ceil(map.getBoundingClientRect().height);
  await page.viewport(width, height + 40);
  await document.fonts.ready;
  return { map, svg: await exportJourneyVectorSvg(map) };
}

/** What the file may hold: shapes, text, paint servers, clips and groups. */
const DRAWN = 'svg title defs clipPath linearGradient stop marker g rect path line circle ellipse polyline polygon text tspan image'.split(
  ' ',
);

/** Every text the file's `<text>` elements hold, joined, without white space. */
function textOf(svg: Document): string {
  return Array.from(svg.querySelectorAll('text'), (t) => t.textContent ?? '')
    .join('')
    .replace(/\s+/g, '');
}

/**
 * How far librsvg's picture of `svg` is from Chromium's screenshot of the map, scaled
 * down: the mean difference, and that difference over an empty frame's (the map's
 * background colour alone).
 */
async function compare(map: HTMLElement, svg: string) {
  const [browser, rsvg] = await Promise.all([
    commands.screenshotElement('[data-testid="map"]').then(decodePng),
    commands.rasterizeSvg(svg).then(decodePng),
  ]);
  const size = { width: Math.min(browser.width, rsvg.width), height: Math.min(browser.height, rsvg.height) };
  const shot = downscaled(browser, size, FACTOR);
  const difference = meanDifference(shot, downscaled(rsvg, size, FACTOR));
  const empty = meanDifference(shot, solid(size, FACTOR, getComputedStyle(map).backgroundColor));
  return { browser, rsvg, size, difference, relative: difference / empty };
}

const percent = (n: number) => `${(n * 100).toFixed(2)} %`;

describe('the vector SVG export, for design tools', () => {
  test.each(CASES)('$name: shapes and wrapped text that librsvg draws as Chromium draws the map', { timeout: 90_000 }, async (c) => {
    const { map, svg } = await renderWhole(c);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('svg');
    expect(svg).not.toMatch(/foreignObject/i);
    // Nothing a design tool would not draw, nothing that runs: shapes, text, paint, groups.
    const kinds = new Set(Array.from(doc.querySelectorAll('*'), (el) => el.localName));
    for (const kind of kinds) expect(DRAWN).toContain(kind);
    expect(svg).not.toMatch(/\son\w+=/i);
    // Every card's title is text, in lines: a title that wraps is several tspans of one text.
    const titles = Array.from(map.querySelectorAll('.jm-TouchpointCard-title'), (t) => t.textContent!.replace(/\s+/g, ''));
    expect(titles.length).toBeGreaterThan(5);
    const text = textOf(doc);
    for (const title of titles) expect(text).toContain(title);
    expect(doc.querySelector('text > tspan + tspan')).not.toBeNull();
    // Every text names its font, ending in a generic family a design tool can fall back on.
    for (const t of Array.from(doc.querySelectorAll('text')))
      expect(t.getAttribute('font-family')).toMatch(/(sans-serif|serif|monospace)$/);
    if (c.journey.dir === 'rtl') expect(doc.querySelector('text[direction="rtl"]')).not.toBeNull();

    // The picture leaves out the controls (the curve's "View as table"); so does the screenshot.
    const style = document.createElement('style');
    style.textContent = '.jm-EmotionCurve-view{visibility:hidden}';
    document.head.appendChild(style);
    try {
      const { browser, rsvg, size, difference, relative } = await compare(map, svg);
      expect(Math.abs(browser.width - rsvg.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(browser.height - rsvg.height)).toBeLessThanOrEqual(2);
      console.info(
        `${c.name}: ${size.width}×${size.height}, mean difference ${percent(difference)}, ${relative.toFixed(3)} of an empty frame's`,
      );
      expect(difference).toBeLessThan(THRESHOLD);
      expect(relative).toBeLessThan(RELATIVE_THRESHOLD);
    } finally {
      style.remove();
    }
  });

  test(
    'the comparison tells: the foreignObject export (an empty frame in librsvg) and the file without its text both fail it',
    { timeout: 90_000 },
    async () => {
      const { map, svg } = await renderWhole(CASES[0]!);
      const foreign = await compare(map, await exportJourneySvg(map));
      const textless = await compare(map, svg.replace(/<text\b[\s\S]*?<\/text>/g, ''));
      console.info(
        `foreignObject export: ${percent(foreign.difference)} (${foreign.relative.toFixed(3)}); without text: ${percent(textless.difference)} (${textless.relative.toFixed(3)})`,
      );
      expect(foreign.relative).toBeGreaterThan(0.8);
      expect(textless.difference).toBeGreaterThan(THRESHOLD);
      expect(textless.relative).toBeGreaterThan(RELATIVE_THRESHOLD);
    },
  );

  test('keeps the export’s allow-list: pasted markup stays text, and nothing that runs or loads gets in', { timeout: 60_000 }, async () => {
    const { container } = render(<JourneyMap data-testid="map" journey={hostileJourney()} />);
    const map = container.firstElementChild as HTMLElement;
    // Markup a host's renderCard or channel icons could put inside the map.
    const host = document.createElement('div');
    host.innerHTML =
      URL_PAYLOADS.map((url) => `<img src="${url.replace(/"/g, '&quot;')}" alt=""><a href="${url.replace(/"/g, '&quot;')}">link</a>`).join(
        '',
      ) +
      '<svg width="20" height="20"><script>window.__pwned=1</script><foreignObject><div onclick="window.__pwned=1">x</div></foreignObject>' +
      '<path d="M0 0L9 9" stroke="url(javascript:window.__pwned=1)" onmouseover="window.__pwned=1"/><image href="javascript:window.__pwned=1"/></svg>';
    map.appendChild(host);
    const svg = await exportJourneyVectorSvg(map);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      expect(DRAWN).toContain(el.localName);
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name).not.toMatch(/^on/i);
        // Addresses only to the file's own definitions, or images as data.
        if (!attr.name.startsWith('xmlns')) expect(attr.value).not.toMatch(/javascript|vbscript|data:text|file:|https?:/i);
      }
    }
    const text = textOf(doc);
    for (const payload of TEXT_PAYLOADS.slice(0, 4)) expect(text).toContain(payload.replace(/\s+/g, ''));
    // Opened as a picture it runs nothing.
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await img.decode();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  test(
    'cuts text as the browser does: a clamped title and a label too long for its box end in an ellipsis; a photo is an image in its circle',
    { timeout: 60_000 },
    async () => {
      const base = examples['ecommerce-kitchen']!;
      const long =
        'A very long title that goes on and on well past the four lines a card shows before it cuts the rest off with an ellipsis';
      const journey: Journey = {
        ...base,
        emotionScale: { ...base.emotionScale!, minLabel: 'Utterly and completely frustrated beyond any words' },
        personas: base.personas.map((p) => ({ ...p, photo: '/test/a11y/fixtures/photo.png' })),
        cards: base.cards.map((c, i) => (i === 0 ? { ...c, title: long } : c)),
      };
      const { svg } = await renderWhole({ name: 'cut', journey });
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const texts = Array.from(doc.querySelectorAll('text'), (t) => Array.from(t.querySelectorAll('tspan'), (s) => s.textContent!));
      const title = texts.find((lines) => lines[0]?.startsWith('A very long'))!;
      expect(title).toHaveLength(4);
      expect(title[3]).toMatch(/…$/);
      expect(title.join(' ')).not.toContain('ellipsis');
      expect(texts.flat().find((line) => line.startsWith('Utterly'))).toMatch(/^Utterly.*…$/);
      const image = doc.querySelector('image')!;
      expect(image.getAttribute('xlink:href')).toMatch(/^data:image\/png;base64,/);
      expect(image.parentElement!.getAttribute('clip-path')).toMatch(/^url\(#/);
    },
  );
});
