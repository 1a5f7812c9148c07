import { applyJourneyChanges, type Journey } from '../../src';
import { examples } from '../data';
import { arabicBankJourney } from './arabic-bank';

/**
 * The back-pain journey after a review, as a reviewer meets the change: a stage added
 * after the diagnosis, the thoughts lane dropped, a pain point moved, one removed, an
 * opportunity planned and renamed, a new touchpoint, and the feelings at booking and in
 * treatment raised.
 */
export const backPainRevised: Journey = applyJourneyChanges(examples['healthcare-back-pain']!, [
  { type: 'stage/add', stage: { id: 'referral', name: 'Referral to physio', duration: '1 week' }, index: 5 },
  { type: 'phase/update', id: 'receive', set: { stages: ['first-visit', 'diagnosis', 'referral', 'treatment'] } },
  { type: 'lane/remove', id: 'thoughts', cards: 'remove' },
  { type: 'card/move', id: 'pain-fv-history', stage: 'booking' },
  { type: 'card/remove', id: 'pain-og-drift' },
  { type: 'card/update', id: 'pain-book-wait', set: { severity: 'medium', title: 'Two-week wait for a first appointment' } },
  {
    type: 'card/add',
    card: {
      id: 'tp-ref-app',
      stage: 'referral',
      lane: 'touchpoints',
      kind: 'touchpoint',
      title: 'Referral booked in the app',
      channel: 'mobile-app',
    },
  },
  { type: 'emotion/set', emotion: { stage: 'booking', persona: 'michael', score: 3, label: 'Reassured' } },
  { type: 'emotion/set', emotion: { stage: 'treatment', persona: 'michael', score: 3.5, label: 'Encouraged' } },
  { type: 'emotion/set', emotion: { stage: 'referral', persona: 'michael', score: 3, label: 'Looked after' } },
]);

/** The Arabic bank journey after a review (right to left): verification shortened, a pain point solved, a new opportunity, feelings raised. */
export const arabicBankRevised: Journey = applyJourneyChanges(arabicBankJourney, [
  { type: 'stage/update', id: 'verify', set: { duration: 'ساعة واحدة' } },
  { type: 'card/remove', id: 'p-fund' },
  { type: 'card/update', id: 'o-verify', set: { status: 'in-progress' } },
  { type: 'card/move', id: 'th-verify', stage: 'signup' },
  {
    type: 'card/add',
    card: {
      id: 'o-use',
      stage: 'use',
      lane: 'opportunities',
      kind: 'opportunity',
      title: 'تقرير شهري بالمصاريف',
      impact: 'medium',
      effort: 'low',
      status: 'idea',
    },
  },
  ...arabicBankJourney.emotions
    .filter((e) => e.stage === 'verify' || e.stage === 'fund')
    .map((e) => ({
      type: 'emotion/set' as const,
      emotion: { ...e, score: Math.min(e.score + 2, arabicBankJourney.emotionScale?.max ?? 2) },
    })),
]);
