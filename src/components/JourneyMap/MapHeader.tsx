import type { ReactNode } from 'react';
import { formatDate } from '../../model/locale';
import type { Journey } from '../../model/types';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { useFreshness } from '../freshness';

/** The map's header: the host's logo, the title and kind, the host's actions, then description, owner and dates. */
export function MapHeader({ journey, logo, actions }: { journey: Journey; logo?: ReactNode; actions?: ReactNode }) {
  const { labels, locale } = useJourneyConfig();
  const meta = journey.meta;
  const { stale, periodDays } = useFreshness(journey);
  return (
    <header className="jm-JourneyMap-header">
      <div className="jm-JourneyMap-titleRow">
        {logo != null && <div className="jm-JourneyMap-logo">{logo}</div>}
        <h2 className="jm-JourneyMap-title">{journey.title}</h2>
        {journey.kind && (
          <span className="jm-JourneyMap-kind" data-kind={journey.kind}>
            {labels.journeyKinds[journey.kind]}
          </span>
        )}
        {actions != null && <div className="jm-JourneyMap-actions">{actions}</div>}
      </div>
      {journey.description && <p className="jm-JourneyMap-description">{journey.description}</p>}
      {meta && (meta.owner || meta.updatedAt || meta.validatedAt) && (
        <p className="jm-JourneyMap-meta">
          {meta.owner && <span>{meta.owner}</span>}
          {meta.updatedAt && (
            <span>
              {labels.updated} <time dateTime={meta.updatedAt}>{formatDate(meta.updatedAt, locale)}</time>
            </span>
          )}
          {meta.validatedAt && (
            <span data-stale={stale ? '' : undefined}>
              {labels.validatedOn} <time dateTime={meta.validatedAt}>{formatDate(meta.validatedAt, locale)}</time>
            </span>
          )}
          {stale && (
            <strong className="jm-JourneyMap-stale" data-state="stale">
              {labels.needsValidation(periodDays!)}
            </strong>
          )}
        </p>
      )}
    </header>
  );
}
