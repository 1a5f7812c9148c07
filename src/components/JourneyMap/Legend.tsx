import type { Journey } from '../../model/types';
import { BadgeMark, badgeLabel, type CardBadge } from '../chips';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';

/** The map's legend: the kinds of card it shows, and the badges its cards carry. */
export function Legend({ journey }: { journey: Journey }) {
  const { labels } = useJourneyConfig();
  const kinds = [...new Set(journey.cards.map((c) => c.kind))];
  const badges: CardBadge[] = [];
  if (journey.cards.some((c) => c.momentOfTruth)) badges.push('moment-of-truth');
  if (journey.cards.some((c) => (c.evidence?.length ?? 0) > 0)) badges.push('validated', 'assumption');
  return (
    <ul className="jm-Legend" aria-label={labels.legend}>
      {kinds.map((kind) => (
        <li key={kind} className="jm-Legend-item" data-kind={kind}>
          <span className="jm-Legend-swatch" aria-hidden="true" />
          {labels.cardKinds[kind]}
        </li>
      ))}
      {badges.map((badge) => (
        <li key={badge} className="jm-Legend-item" data-badge={badge}>
          <BadgeMark badge={badge} /> {badgeLabel(badge, labels)}
        </li>
      ))}
    </ul>
  );
}
