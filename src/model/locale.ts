/** The languages the package ships label sets for, besides English (the default). */
export const LABEL_LOCALES = ['zh-Hans', 'zh-Hant', 'ru', 'ar'] as const;

/** A language the package ships a label set for. */
export type LabelLocale = (typeof LABEL_LOCALES)[number];

/** Regions that write Chinese in traditional characters when a tag names no script. */
const TRADITIONAL_REGIONS = ['tw', 'hk', 'mo'];

/**
 * The shipped label set for a BCP 47 language tag (`journey.locale`): `ru-RU` → `ru`,
 * `zh`, `zh-CN` and `zh-Hans-SG` → `zh-Hans`, `zh-TW`, `zh-HK` and `zh-Hant` → `zh-Hant`,
 * `ar-EG` → `ar`; `undefined` for English and for languages with no set (the English
 * labels apply). Case and `_` separators are accepted.
 */
export function labelLocaleOf(tag: string | undefined): LabelLocale | undefined {
  if (typeof tag !== 'string') return undefined;
  const [language, ...rest] = tag.toLowerCase().split(/[-_]/);
  if (language === 'ru' || language === 'ar') return language;
  if (language !== 'zh') return undefined;
  if (rest.includes('hant')) return 'zh-Hant';
  if (rest.includes('hans')) return 'zh-Hans';
  return rest.some((part) => TRADITIONAL_REGIONS.includes(part)) ? 'zh-Hant' : 'zh-Hans';
}

const numberFormats = new Map<string, Intl.NumberFormat | null>();
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/** One formatter per tag, made once; `null` for a tag the runtime rejects. */
function formatter<T>(cache: Map<string, T | null>, locale: string, make: () => T): T | null {
  let made = cache.get(locale);
  if (made === undefined) {
    try {
      made = make();
    } catch {
      // An invalid or unsupported tag throws a RangeError: the plain text shows instead.
      made = null;
    }
    cache.set(locale, made);
  }
  return made;
}

/**
 * A number as the journey's language writes it (`1 234,5` in Russian, `1,234.5` in
 * English); as plain digits (`1234.5`) when the journey names no language or an invalid one.
 */
export function formatNumber(value: number, locale: string | undefined): string {
  const format = locale ? formatter(numberFormats, locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })) : null;
  return format ? format.format(value) : String(value);
}

/**
 * The calendar day of an ISO 8601 date (`2024-03-01`, or with a time of day) as the
 * journey's language writes it (`1 мар. 2024 г.`, `2024年3月1日`); the text as written when
 * the journey names no language, an invalid one, or the text is not such a date.
 */
export function formatDate(text: string, locale: string | undefined): string {
  const day = /^(\d{4})-(\d\d)-(\d\d)/.exec(text);
  const format =
    locale && day ? formatter(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })) : null;
  if (!format || !day) return text;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  return Number.isNaN(date.getTime()) ? text : format.format(date);
}
