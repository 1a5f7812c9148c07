import { clsx } from 'clsx';
import { forwardRef, useMemo, type HTMLAttributes, type ReactNode } from 'react';
import { buildJourneyBrief, type BriefCard } from '../../layout/brief';
import { formatDate } from '../../model/locale';
import type { JourneyLabels } from '../../components/labels';
import { formatMetric } from '../../components/format';
import { ConfigScope, themeRootProps } from '../../components/JourneyConfigProvider/JourneyConfigProvider';
import { named } from '../../components/refs';
import { useView, type ViewProps } from '../useView';

/** Props of {@link JourneyBrief}. */
export interface JourneyBriefProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'onError' | 'dir'>, ViewProps {
  /** How many pain points to list. Default: 5. */
  topPains?: number;
  /** How many open opportunities to list. Default: 8. */
  topActions?: number;
  /** The day evidence ages are measured from (for "out of date" sources). Default: today. */
  now?: Date | string;
  /** Evidence older than this many days counts as out of date. Default: 365. */
  maxEvidenceAgeDays?: number;
  /** Heading level of the journey's title (1–6); the sections' headings sit one below. Default: 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
}

/**
 * A one-page summary of a journey that prints on one landscape A4 or Letter page: the
 * top pain points ranked by severity and by how well evidence backs them, the moments of
 * truth, the open opportunities by impact and effort with their owners and status, and
 * the KPIs of each stage.
 */
export const JourneyBrief = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, JourneyBriefProps>(function JourneyBrief(props, ref) {
    const {
      journey,
      config,
      text,
      idPrefix,
      rest: { topPains, topActions, now, maxEvidenceAgeDays, headingLevel = 2, className, style, ...rest },
    } = useView(props);
    const brief = useMemo(
      () => (journey ? buildJourneyBrief(journey, { topPains, topActions, now, maxAgeDays: maxEvidenceAgeDays }) : null),
      [journey, topPains, topActions, now, maxEvidenceAgeDays],
    );

    const Title = `h${headingLevel}` as const;
    const Section = `h${headingLevel + 1}` as 'h3';
    const l = config.labels;
    const locale = journey?.locale;
    const meta = journey?.meta;
    return (
      <article
        ref={ref}
        className={clsx(!config.themed && 'jm-root', 'jm-JourneyBrief', className)}
        {...themeRootProps(config, style)}
        dir={config.dir}
        lang={locale}
        aria-labelledby={`${idPrefix}-brief`}
        {...rest}
      >
        <ConfigScope config={config} themed>
          <header className="jm-JourneyBrief-header">
            <p className="jm-JourneyBrief-kind">{text.briefTitle}</p>
            <Title id={`${idPrefix}-brief`} className="jm-JourneyBrief-title" dir="auto">
              {journey ? journey.title : text.briefTitle}
            </Title>
            {journey && (
              <p className="jm-JourneyBrief-meta">
                <span dir="auto">{journey.personas.map((p) => p.name).join(', ')}</span>
                {meta?.owner && <span dir="auto">{`${l.owner}: ${meta.owner}`}</span>}
                {meta?.validatedAt && (
                  <span>
                    {l.validatedOn} <time dateTime={meta.validatedAt}>{formatDate(meta.validatedAt, locale)}</time>
                  </span>
                )}
              </p>
            )}
          </header>
          {!brief ? (
            <div role="alert" className="jm-PartError">
              {l.partError}
            </div>
          ) : (
            <div className="jm-JourneyBrief-sections">
              <BriefSection
                heading={text.topPains(brief.pains.length, brief.painCount)}
                Heading={Section}
                kind="pains"
                empty={text.nothing}
              >
                {brief.pains.map(({ card, stage, confidence }) => (
                  <li key={card.id} data-severity={card.severity} data-confidence={confidence.level}>
                    <span className="jm-JourneyBrief-item" dir="auto">
                      {card.title}
                    </span>
                    <span className="jm-JourneyBrief-facts">
                      <span dir="auto">{stage}</span>
                      {card.severity && <span>{`${l.severity}: ${l.levels[card.severity]}`}</span>}
                      <span className="jm-JourneyBrief-confidence" data-confidence={confidence.level}>
                        {text.confidence[confidence.level]}
                      </span>
                      {confidence.research > 0 && (
                        <span>
                          {text.backing({
                            sources: confidence.research,
                            says: confidence.says,
                            does: confidence.does,
                            stale: confidence.stale,
                          })}
                        </span>
                      )}
                    </span>
                  </li>
                ))}
              </BriefSection>
              <BriefSection heading={text.moments} Heading={Section} kind="moments" empty={text.nothing}>
                {brief.moments.map((entry) => (
                  <CardLine key={entry.card.id} entry={entry} labels={l} />
                ))}
              </BriefSection>
              <BriefSection heading={text.actions} Heading={Section} kind="actions" empty={text.nothing}>
                {brief.actions.map(({ card, stage }) => (
                  <li key={card.id} data-status={card.status ?? 'idea'}>
                    <span className="jm-JourneyBrief-item" dir="auto">
                      {card.title}
                    </span>
                    <span className="jm-JourneyBrief-facts">
                      <span dir="auto">{card.owner ? `${l.owner}: ${card.owner}` : text.unowned}</span>
                      <span>{l.statuses[card.status ?? 'idea']}</span>
                      {card.impact && <span>{`${l.impact}: ${l.levels[card.impact]}`}</span>}
                      {card.effort && <span>{`${l.effort}: ${l.levels[card.effort]}`}</span>}
                      <span dir="auto">{stage}</span>
                    </span>
                  </li>
                ))}
              </BriefSection>
              <BriefSection heading={text.kpis} Heading={Section} kind="kpis" empty={text.nothing}>
                {brief.metrics.map(({ id, stage, metrics }) => (
                  <li key={id}>
                    <span className="jm-JourneyBrief-item" dir="auto">
                      {stage}
                    </span>
                    <span className="jm-JourneyBrief-facts">
                      {metrics.map((m, i) => (
                        <span key={i} dir="auto">
                          {`${m.label}: ${formatMetric(m.value, m.unit, locale)}`}
                          {m.target !== undefined && ` → ${formatMetric(m.target, m.unit, locale)}`}
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
              </BriefSection>
            </div>
          )}
        </ConfigScope>
      </article>
    );
  }),
  'JourneyBrief',
);

/** A titled list; an empty one says so. */
function BriefSection({
  heading,
  Heading,
  kind,
  empty,
  children,
}: {
  heading: string;
  Heading: 'h3';
  kind: string;
  empty: string;
  children: ReactNode[];
}) {
  return (
    <section className="jm-JourneyBrief-section" data-section={kind}>
      <Heading className="jm-JourneyBrief-heading">{heading}</Heading>
      {children.length > 0 ? <ol className="jm-JourneyBrief-list">{children}</ol> : <p className="jm-JourneyBrief-empty">{empty}</p>}
    </section>
  );
}

/** A moment of truth: its title, kind and stage. */
function CardLine({ entry: { card, stage }, labels }: { entry: BriefCard; labels: JourneyLabels }) {
  return (
    <li data-kind={card.kind}>
      <span className="jm-JourneyBrief-item" dir="auto">
        {card.title}
      </span>
      <span className="jm-JourneyBrief-facts">
        <span>{labels.cardKinds[card.kind] ?? card.kind}</span>
        <span dir="auto">{stage}</span>
      </span>
    </li>
  );
}
