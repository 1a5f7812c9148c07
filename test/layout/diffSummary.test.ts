// The comparison's summary line: counts of cards, the stage whose score changed most, in
// every shipped language.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges, defaultLabels, diffJourneys, type JourneyDiff } from '../../src';
import { diffSummaryText, largestEmotionChange } from '../../src/layout/diffSummary';
import { arLabels, ruLabels, zhHansLabels, zhHantLabels } from '../../src/locales';
import { examples } from '../../stories/data';

const current = examples['ecommerce-kitchen']!;
const names = new Map(current.stages.map((s) => [s.id, s.name]));
const stageName = (id: string) => names.get(id) ?? id;

/**
 * The e-commerce map with its future scores as the current ones, a card added, two removed,
 * one renamed, one moved. The two opportunities that answered the removed pains lose their
 * links to them, so three cards change.
 */
const after = applyJourneyChanges(current, [
  { type: 'emotion/set', emotion: { stage: 'purchase', persona: 'sarah', score: 1 } },
  { type: 'emotion/set', emotion: { stage: 'delivery', persona: 'sarah', score: -2 } },
  { type: 'card/add', card: { id: 'tp-pu-guest', stage: 'purchase', lane: 'touchpoints', kind: 'touchpoint', title: 'Guest checkout' } },
  { type: 'card/remove', id: 'pain-pu-fees' },
  { type: 'card/remove', id: 'pain-pu-account' },
  { type: 'card/update', id: 'tp-pu-email', set: { title: 'Confirmation with a booked slot' } },
  { type: 'card/move', id: 'th-pu', stage: 'delivery' },
]);
const diff = diffJourneys(current, after);

describe('diffSummaryText', () => {
  it('counts the cards and names the stage whose score changed most, signed with a true minus', () => {
    expect(diffSummaryText(diff, defaultLabels, stageName)).toBe('+1 card, \u22122, 3 changed, 1 moved · Purchase \u22122 → +1');
  });

  it('puts the noun after the first count, and leaves zeros out', () => {
    const only = (cards: Partial<JourneyDiff['summary']['cards']>): JourneyDiff => ({
      ...diff,
      emotions: [],
      summary: { ...diff.summary, cards: { added: 0, removed: 0, changed: 0, moved: 0, ...cards } },
    });
    expect(diffSummaryText(only({ added: 12, removed: 5, changed: 7 }), defaultLabels, stageName)).toBe('+12 cards, \u22125, 7 changed');
    expect(diffSummaryText(only({ changed: 7 }), defaultLabels, stageName)).toBe('7 cards changed');
    expect(diffSummaryText(only({ removed: 1, moved: 3 }), defaultLabels, stageName)).toBe('\u22121 card, 3 moved');
    expect(diffSummaryText(only({}), defaultLabels, stageName)).toBe('No card changed');
  });

  it('says nothing of the curve when no score both versions have changed', () => {
    expect(diffSummaryText(diffJourneys(current, current), defaultLabels, stageName)).toBe('No card changed');
    const future = diffJourneys(current, examples['ecommerce-kitchen-future']!);
    expect(largestEmotionChange(future.emotions)).toBeUndefined();
    expect(diffSummaryText(future, defaultLabels, stageName)).toBe('+28 cards, \u221228, 23 changed');
  });

  it('takes the largest change in size, the first on a tie', () => {
    const e = (stage: string, delta: number) => ({ stage, scenario: 'current' as const, before: 0, after: delta, delta });
    expect(largestEmotionChange([e('a', 1), e('b', -3), e('c', 3), e('d', 0)])?.stage).toBe('b');
    expect(largestEmotionChange([{ stage: 'a', scenario: 'future', after: 3 }])).toBeUndefined();
  });

  it('reads in every shipped language', () => {
    expect(diffSummaryText(diff, ruLabels, stageName)).toBe('Карточки: +1, \u22122, изменено 3, перемещено 1 · Purchase \u22122 → +1');
    expect(diffSummaryText(diff, zhHansLabels, stageName)).toBe('卡片：+1，\u22122，3 张已更改，1 张已移动 · Purchase \u22122 → +1');
    expect(diffSummaryText(diff, zhHantLabels, stageName)).toBe('卡片：+1，\u22122，3 張已變更，1 張已移動 · Purchase \u22122 → +1');
    expect(diffSummaryText(diff, arLabels, stageName)).toBe('البطاقات: +1، \u22122، تغيّرت 3، نُقلت 1 · Purchase \u22122 ← +1');
    for (const labels of [ruLabels, zhHansLabels, zhHantLabels, arLabels])
      expect(diffSummaryText(diffJourneys(current, current), labels, stageName)).not.toMatch(/\d/);
  });
});
