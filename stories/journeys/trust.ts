import type { Evidence, Journey } from '../../src';
import { examples } from '../data';
import { arabicBankJourney } from './arabic-bank';

/**
 * Journeys for the trust and freshness stories: the example journeys with a review
 * period, dated sources that say how they were gathered, and one fresh study, so that
 * on {@link TRUST_NOW} their cards show every confidence level and some stages are stale.
 */

/** The day the trust stories and tests are drawn on. */
export const TRUST_NOW = '2026-09-01';

/** A recent usability study: what people do, on a small sample. */
const usability: Evidence = {
  id: 'ev-usability-aug',
  kind: 'usability-test',
  label: 'Moderated usability tests, August',
  sampleSize: 8,
  date: '2026-08-20',
  collection: 'solicited',
  dimension: 'behavioral',
};

/**
 * The kitchen retailer's map, validated in February under a 180-day review period: on
 * {@link TRUST_NOW} it needs validation, and every stage but purchase and delivery (which
 * the August usability tests cover) rests on research older than the period. Its cards
 * show high (delivery window), medium, low and assumption-only confidence.
 */
export const trustKitchen: Journey = (() => {
  const base = examples['ecommerce-kitchen']!;
  const fresh = new Set(['pain-pu-account', 'pain-de-window', 'pain-de-damage']);
  return {
    ...base,
    id: 'kitchen-trust',
    meta: { ...base.meta, reviewPeriodDays: 180 },
    evidence: [...(base.evidence ?? []), usability],
    cards: base.cards.map((card) => (fresh.has(card.id) ? { ...card, evidence: [...(card.evidence ?? []), usability.id] } : card)),
  };
})();

/**
 * The Arabic bank journey (right to left) with dated sources and traits, validated in
 * January under a 120-day review period: on {@link TRUST_NOW} it needs validation; the
 * verification stage rests on spring research, so it is stale; discovery and daily use
 * have summer reviews and analytics (daily use's thought is high confidence).
 */
export const trustArabicBank: Journey = {
  ...arabicBankJourney,
  id: 'bank-account-ar-trust',
  meta: { ...arabicBankJourney.meta, validatedAt: '2026-01-15', reviewPeriodDays: 120 },
  evidence: [
    { id: 'ev-interviews', kind: 'interview', label: 'مقابلات مع 12 عميلة جديدة', sampleSize: 12, date: '2026-03-10' },
    { id: 'ev-analytics', kind: 'analytics', label: 'نسبة التسرب في شاشة الهوية', sampleSize: 48000, date: '2026-04-02' },
    { id: 'ev-guess', kind: 'assumption', label: 'تقدير فريق العمليات' },
    { id: 'ev-app-analytics', kind: 'analytics', label: 'استخدام التطبيق بعد فتح الحساب', sampleSize: 52000, date: '2026-07-20' },
    {
      id: 'ev-reviews',
      kind: 'reviews',
      label: 'مراجعات متجر التطبيقات',
      sampleSize: 640,
      date: '2026-08-01',
      collection: 'unsolicited',
      dimension: 'attitudinal',
    },
  ],
  cards: arabicBankJourney.cards.map((card) =>
    card.id === 'th-discover'
      ? { ...card, evidence: ['ev-reviews'] }
      : card.id === 'th-use'
        ? { ...card, evidence: ['ev-reviews', 'ev-app-analytics'] }
        : card,
  ),
};
