// Maps speak the journey's language (issue #14, item 8), in real Chromium: the label set
// follows `journey.locale` with no `labels` prop, `labels` still overrides it, numbers and
// dates follow the language, no word of a label breaks into fragments in any language,
// and Chinese is drawn with a real CJK font and its line-breaking rules.
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { commands, page } from 'vitest/browser';
import { CARD_KINDS, JourneyConfigProvider, JourneyMap, TouchpointCard, defaultLabels, type Journey, type JourneyLabels } from '../../src';
import { arLabels, ruLabels, zhHansLabels, zhHantLabels } from '../../src/locales';
import { examples } from '../../stories/data';
import { settle, THEMES } from './visual';

afterEach(async () => {
  await page.viewport(1280, 720);
});

const bakery = examples['bakery-owner-day-ru']!;
const broadband = examples['broadband-zh']!;
const traditional: Journey = { ...broadband, locale: 'zh-TW' };
const arabic = { ...examples['ecommerce-kitchen']!, locale: 'ar-EG', dir: 'rtl' } as Journey;

/** Each language: a journey in it, the set the map must pick, and English words it must no longer show. */
const LANGUAGES: ReadonlyArray<readonly [name: string, journey: Journey, labels: JourneyLabels]> = [
  ['Russian (ru)', bakery, ruLabels],
  ['Simplified Chinese (zh-CN)', broadband, zhHansLabels],
  ['Traditional Chinese (zh-TW)', traditional, zhHantLabels],
  ['Arabic (ar-EG)', arabic, arLabels],
];

describe('the labels follow the journey’s locale', () => {
  test.each(LANGUAGES)('%s: no labels prop, the shipped set is loaded and drawn', async (_, journey, labels) => {
    render(<JourneyMap journey={journey} />);
    const map = document.querySelector<HTMLElement>('.jm-JourneyMap')!;
    // The set arrives on demand; the map then draws every string of its own in the language.
    await within(map).findAllByText(labels.stage, undefined, { timeout: 5000 });
    expect(map).toHaveAttribute('lang', journey.locale);
    expect(within(map).getAllByText(labels.phase).length).toBeGreaterThan(0);
    // The English defaults are gone, the persona's goal tags and headings included.
    for (const english of [
      defaultLabels.stage,
      defaultLabels.phase,
      defaultLabels.goals,
      defaultLabels.careerGoal,
      defaultLabels.personalGoal,
    ])
      expect(within(map).queryAllByText(english, { exact: true }), english).toEqual([]);
    // Kind names on a card that sits outside its own lane, and chips, come from the set too.
    const sources = [...map.querySelectorAll('.jm-TouchpointCard-badge[data-badge="validated"]')].map((b) => b.textContent);
    const counts = (['high', 'medium', 'low'] as const).flatMap((level) =>
      Array.from({ length: 30 }, (_, n) => `${labels.confidence[level]} · ${labels.sources(n + 1)}`),
    );
    for (const chip of sources) expect(counts, 'a sources chip').toContain(chip);
  });

  test('a journey in English, in a language with no set, or with no locale keeps the English labels', async () => {
    for (const locale of ['en-GB', 'de', 'xx-invalid-tag-', undefined]) {
      const { unmount } = render(<JourneyMap journey={{ ...examples['ecommerce-kitchen']!, locale } as Journey} />);
      await settle();
      expect(screen.getAllByText(defaultLabels.stage).length, String(locale)).toBeGreaterThan(0);
      unmount();
    }
  });

  test('the labels prop still wins, key by key, over the journey’s set', async () => {
    render(<JourneyMap journey={bakery} labels={{ cardKinds: { pain: 'Проблема' }, phase: 'Период' }} />);
    await screen.findAllByText(ruLabels.stage, undefined, { timeout: 5000 });
    expect(screen.getAllByText('Период').length).toBeGreaterThan(0);
    // The lane of pain points is named by the journey; the kind name shows where it is spelled out.
    const map = document.querySelector('.jm-JourneyMap')!;
    expect(screen.queryAllByText(ruLabels.phase, { exact: true })).toEqual([]);
    expect(map.textContent).toContain(ruLabels.stage);
  });

  test('a complete set passed as labels draws in that language at once, whatever the journey says', () => {
    render(<JourneyMap journey={examples['ecommerce-kitchen']!} labels={zhHantLabels} />);
    expect(screen.getAllByText(zhHantLabels.stage).length).toBeGreaterThan(0);
  });
});

describe('numbers and dates follow the journey’s language', () => {
  test('Russian: the header’s dates and the metrics are written the Russian way', async () => {
    render(<JourneyMap journey={bakery} />);
    await screen.findAllByText(ruLabels.stage, undefined, { timeout: 5000 });
    const header = document.querySelector<HTMLElement>('.jm-JourneyMap-meta')!;
    const [updated] = [...header.querySelectorAll('time')];
    expect(updated).toHaveAttribute('dateTime', bakery.meta!.updatedAt);
    const expected = new Intl.DateTimeFormat('ru', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${bakery.meta!.updatedAt}T00:00:00Z`),
    );
    expect(updated!.textContent).toBe(expected);
    expect(updated!.textContent).toMatch(/г\.$/);
    // Every numeric metric value reads as Russian writes it: a decimal comma, grouped thousands.
    const values = bakery.stages.flatMap((s) => s.metrics ?? []).filter((m) => typeof m.value === 'number');
    expect(values.length).toBeGreaterThan(0);
    const shown = [...document.querySelectorAll('.jm-StageColumn-metricValue')].map((e) => e.textContent);
    for (const metric of values) {
      const number = new Intl.NumberFormat('ru', { maximumFractionDigits: 6 }).format(metric.value as number);
      expect(
        shown.some((text) => text?.startsWith(number)),
        `${metric.value} → ${number}`,
      ).toBe(true);
    }
    expect(
      shown.some((text) => /\d,\d/.test(text ?? '')),
      'a decimal comma',
    ).toBe(true);
  });

  test('a journey with no locale keeps its dates and numbers as written', () => {
    const journey = { ...bakery, locale: undefined, meta: { ...bakery.meta, updatedAt: '2026-04-08' } } as Journey;
    render(<JourneyMap journey={journey} />);
    expect(document.querySelector('.jm-JourneyMap-meta time')!.textContent).toBe('2026-04-08');
  });
});

/**
 * Words of the text under `root` that the browser broke across lines although the part
 * that holds them (card, header, cell, panel section) is wide enough for the whole word:
 * a label in fragments ("Точка конт / акта"). Scripts written without spaces are left out.
 */
function brokenWords(root: Element): string[] {
  const broken: string[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement;
    if (!owner || owner.closest('.jm-visually-hidden, [hidden], svg, [aria-hidden="true"]')) continue;
    const holder =
      owner.closest(
        '.jm-TouchpointCard, [role="columnheader"], [role="rowheader"], [role="gridcell"], .jm-PersonaPanel section, .jm-PersonaPanel, header, li, p',
      ) ?? root;
    const style = getComputedStyle(holder);
    const room = holder.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    for (const match of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]+/gu)) {
      if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(match[0])) continue;
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const lines = new Set(rects.map((r) => Math.round(r.bottom)));
      if (lines.size < 2) continue;
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      if (width <= room)
        broken.push(`"${match[0]}" in ${owner.className || owner.tagName} (${Math.round(width)} px word, ${Math.round(room)} px of room)`);
    }
  }
  return broken;
}

describe('no label breaks into fragments', () => {
  const sizes = [
    [1440, 900],
    [1280, 720],
    [375, 812],
  ] as const;
  test.each(LANGUAGES.flatMap(([name, journey, labels]) => sizes.map(([w, h]) => [`${name} at ${w} px`, journey, labels, w, h] as const)))(
    '%s: every word of the map fits on one line where its part has the room',
    async (_, journey, labels, width, height) => {
      await page.viewport(width, height);
      for (const [theme, props] of THEMES.filter(([n]) => n === 'light' || n === 'compact')) {
        const { unmount } = render(<JourneyMap journey={journey} labels={labels} {...props} />);
        await settle();
        expect(brokenWords(document.querySelector('.jm-JourneyMap')!), theme).toEqual([]);
        unmount();
      }
    },
  );

  test.each([
    ['Russian', ruLabels],
    ['English', defaultLabels],
    ['Arabic', arLabels],
  ] as const)('%s: a card of every kind, with a long channel name, from 150 to 320 px wide', async (_, labels) => {
    const { rerender } = render(<div />);
    for (const width of [150, 180, 220, 260, 320]) {
      for (const density of ['comfortable', 'compact'] as const) {
        rerender(
          <JourneyConfigProvider density={density} labels={labels}>
            <div style={{ width }}>
              {CARD_KINDS.map((kind) => (
                <TouchpointCard
                  key={kind}
                  card={{
                    id: kind,
                    stage: 's',
                    lane: 'l',
                    kind,
                    title: 'Оплата',
                    channel: 'mobile-app',
                    evidence: ['e'],
                    severity: 'high',
                  }}
                />
              ))}
            </div>
          </JourneyConfigProvider>,
        );
        await settle();
        for (const card of document.querySelectorAll('.jm-TouchpointCard'))
          expect(brokenWords(card), `${width} px, ${density}`).toEqual([]);
      }
    }
  });
});

describe('Chinese typography', () => {
  test.each([
    ['Simplified', broadband],
    ['Traditional', traditional],
  ])('%s: titles are drawn with a CJK font, not with empty boxes', async (_, journey) => {
    render(<JourneyMap journey={journey} />);
    await settle();
    const title = document.querySelector('.jm-TouchpointCard-title')!;
    const han = [...(title.textContent ?? '')].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(han).toBeGreaterThan(0);
    const fonts = await commands.platformFonts('.jm-TouchpointCard-title');
    const cjk = fonts.filter((f) => /CJK|Hei|Song|Ming|Kai|Gothic|WenQuanYi|Droid Sans Fallback/i.test(f.familyName));
    expect(
      cjk.reduce((n, f) => n + f.glyphCount, 0),
      JSON.stringify(fonts),
    ).toBeGreaterThanOrEqual(han);
  });

  test.each([
    [1440, 900],
    [375, 812],
  ])('at %i px no line starts with closing punctuation', async (width, height) => {
    await page.viewport(width, height);
    render(<JourneyMap journey={broadband} labels={zhHansLabels} />);
    await settle();
    const range = document.createRange();
    const walker = document.createTreeWalker(document.querySelector('.jm-JourneyMap')!, NodeFilter.SHOW_TEXT);
    const starts: string[] = [];
    let checked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[，。、：；！？）」』》】]/gu)) {
        if (match.index === 0) continue;
        range.setStart(node, match.index - 1);
        range.setEnd(node, match.index);
        const before = range.getBoundingClientRect();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + 1);
        const mark = range.getBoundingClientRect();
        if (mark.width === 0 || before.width === 0) continue;
        checked++;
        if (mark.top > before.bottom - 2) starts.push(`${text.slice(Math.max(0, match.index - 6), match.index + 1)}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(starts).toEqual([]);
  });
});
