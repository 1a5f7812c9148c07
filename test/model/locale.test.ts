import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, labelLocaleOf, LABEL_LOCALES } from '../../src/model/locale';

describe('labelLocaleOf', () => {
  it.each([
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['RU_ru', 'ru'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-hant-cn', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
  ])('%s → %s', (tag, set) => expect(labelLocaleOf(tag)).toBe(set));

  it.each(['en', 'en-GB', 'de', 'fr-CA', 'rus', 'zhx', 'ja', '', 'x', '-ru'])('%j has no set: the English labels apply', (tag) => {
    expect(labelLocaleOf(tag)).toBeUndefined();
  });

  it('takes anything: non-strings have no set', () => {
    expect(labelLocaleOf(undefined)).toBeUndefined();
    expect(labelLocaleOf(42 as unknown as string)).toBeUndefined();
  });

  it('names every set it can return in LABEL_LOCALES', () => {
    const found = new Set(['ru', 'ar', 'zh', 'zh-TW'].map(labelLocaleOf));
    expect([...found].sort()).toEqual([...LABEL_LOCALES].sort());
  });
});

describe('formatNumber', () => {
  it('writes numbers as the language does', () => {
    expect(formatNumber(1234.5, 'ru')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'de-DE')).toBe('1.234,5');
    expect(formatNumber(0.125, 'ru')).toBe('0,125');
    expect(formatNumber(-3, 'en')).toBe('-3');
  });

  it('keeps plain digits with no language or an invalid one', () => {
    expect(formatNumber(1234.5, undefined)).toBe('1234.5');
    expect(formatNumber(1234.5, '')).toBe('1234.5');
    expect(formatNumber(1234.5, 'not a tag!')).toBe('1234.5');
  });

  it('keeps up to six decimals, rounding only beyond them', () => {
    expect(formatNumber(3.14159, 'en')).toBe('3.14159');
    expect(formatNumber(1 / 3, 'en')).toBe('0.333333');
  });
});

describe('formatDate', () => {
  it('writes the calendar day as the language does, in any time zone', () => {
    expect(formatDate('2026-04-08', 'ru')).toBe(
      new Intl.DateTimeFormat('ru', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 3, 8)),
    );
    expect(formatDate('2026-04-08', 'ru')).toMatch(/^8 апр\. 2026/);
    expect(formatDate('2026-04-08', 'en-US')).toBe('Apr 8, 2026');
    expect(formatDate('2026-04-08', 'zh-CN')).toBe('2026年4月8日');
    // A time of day does not move the day, whatever its zone.
    expect(formatDate('2026-04-08T23:30:00-05:00', 'en-US')).toBe('Apr 8, 2026');
  });

  it('keeps the text as written with no language, an invalid one, or text that is no date', () => {
    expect(formatDate('2026-04-08', undefined)).toBe('2026-04-08');
    expect(formatDate('2026-04-08', 'not a tag!')).toBe('2026-04-08');
    expect(formatDate('yesterday', 'ru')).toBe('yesterday');
    expect(formatDate('', 'ru')).toBe('');
  });
});
