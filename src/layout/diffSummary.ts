import type { JourneyLabels } from '../components/labels';
import type { EmotionDiff, JourneyDiff } from '../model/diff';
import { formatScore } from './score';

/** English plural of "card". */
const cards = (n: number) => `card${n === 1 ? '' : 's'}`;

/** The English summary line, `compareSummary`'s default: "+12 cards, −5, 7 changed · Checkout −2 → +1". */
export const englishCompareSummary: NonNullable<JourneyLabels['compareSummary']> = ({ added, removed, changed, moved, emotion }) => {
  const counts = [
    added > 0 && [`+${added}`, ''],
    removed > 0 && [`\u2212${removed}`, ''],
    changed > 0 && [`${changed}`, ' changed'],
    moved > 0 && [`${moved}`, ' moved'],
  ].filter((part): part is string[] => Array.isArray(part));
  // The noun goes after the first count: "+12 cards, −5, 7 changed", "7 cards changed".
  const text = counts
    .map(([n, what], i) => (i === 0 ? `${n} ${cards(added || removed || changed || moved)}${what}` : `${n}${what}`))
    .join(', ');
  return `${text || 'No card changed'}${emotion ? ` · ${emotion.stage} ${emotion.before} → ${emotion.after}` : ''}`;
};

/**
 * The score that changed most between two versions: the largest change in size, the first
 * in the diff's order on a tie. Only scores both versions have count.
 */
export function largestEmotionChange(emotions: readonly EmotionDiff[]): EmotionDiff | undefined {
  let best: EmotionDiff | undefined;
  for (const e of emotions) if (e.delta !== undefined && e.delta !== 0 && (!best || Math.abs(e.delta) > Math.abs(best.delta!))) best = e;
  return best;
}

/**
 * The one line a comparison's summary bar shows and a screen reader reads, e.g. "+12 cards,
 * −5, 7 changed · Checkout −2 → +1": the cards' counts, then the stage whose score changed
 * most (named by `stageName`, which gets the stage's id), in the labels' words (English
 * when they have no `compareSummary`).
 */
export function diffSummaryText(
  diff: JourneyDiff,
  labels: Pick<JourneyLabels, 'compareSummary'>,
  stageName: (id: string) => string,
): string {
  const largest = largestEmotionChange(diff.emotions);
  const { added, removed, changed, moved } = diff.summary.cards;
  return (labels.compareSummary ?? englishCompareSummary)({
    added,
    removed,
    changed,
    moved,
    ...(largest
      ? { emotion: { stage: stageName(largest.stage), before: formatScore(largest.before!), after: formatScore(largest.after!) } }
      : {}),
  });
}
