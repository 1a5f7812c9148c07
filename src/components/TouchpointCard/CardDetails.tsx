import type { MouseEvent } from 'react';
import type { Card } from '../../model/types';
import { safeUrl } from '../../model/sanitize';
import { useJourneyContext } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { formatMetric } from '../format';
import { channelIcon, Mark } from '../icons';
import { channelName } from '../labels';
import { BadgeMark, cardRatings } from '../chips';
import { evidenceWeight } from '../../model/confidence';
import { formatDate } from '../../model/locale';
import type { JourneyLabels } from '../labels';

/** The English words for a source's traits, when the labels give none. */
const ENGLISH_TRAITS: NonNullable<JourneyLabels['evidenceTraits']> = {
  collection: { solicited: 'Solicited', unsolicited: 'Unsolicited' },
  dimension: { attitudinal: 'What people say', behavioral: 'What people do' },
  stale: 'Out of date',
};

/** Props of {@link CardDetails}. */
export interface CardDetailsProps {
  /** The card to describe. */
  card: Card;
  /** A preview: the same content, with its controls kept out of the tab order. */
  preview: boolean;
  /** The id of the title, which names the popover. */
  titleId: string;
  /** The id of the short summary (metric, description) a previewed card is described by; `<id>-persona` holds its persona. */
  summaryId: string;
  /** The Close button was pressed. */
  onClose: (event: MouseEvent) => void;
  /** A linked card was chosen. */
  onGoTo: (cardId: string) => void;
}

/** The entries of `map` with the given ids, in order, leaving out ids it does not hold. */
const lookup = <T,>(ids: readonly string[] | undefined, map: ReadonlyMap<string, T>): T[] => (ids ?? []).flatMap((id) => map.get(id) ?? []);

/**
 * What the details popover says about a card: its kind, moment of truth, title with the
 * channel icon (the map's own icons first), stage and persona, metric, description,
 * image, ratings, the evidence it cites, the cards it links to and from, and its link.
 */
export function CardDetails({ card, preview, titleId, summaryId, onClose, onGoTo }: CardDetailsProps) {
  const { model } = useJourneyContext('CardPopover');
  const { labels, channelIcons, locale, now, reviewPeriodDays } = useJourneyConfig();
  const traits = labels.evidenceTraits ?? ENGLISH_TRAITS;
  const stage = model.stages.get(card.stage);
  const endStage = card.endStage ? model.stages.get(card.endStage) : undefined;
  const persona = card.persona ? model.personas.get(card.persona) : undefined;
  const cited = lookup(card.evidence, model.evidence);
  const outgoing = lookup(card.links, model.cards);
  const incoming = lookup(model.incomingLinks.get(card.id), model.cards);
  const url = safeUrl(card.url);
  const image = card.image && safeUrl(card.image.src) ? card.image : undefined;
  // A preview's controls work for the pointer but are not tab stops.
  const tabIndex = preview ? -1 : undefined;
  const fields: Array<readonly [string, string]> = [];
  if (card.channel) fields.push([labels.channel, channelName(card.channel, labels)]);
  if (endStage && stage) fields.push([labels.spans, `${stage.name} → ${endStage.name}`]);
  for (const rating of cardRatings(card, labels)) fields.push([rating.name, rating.value]);
  if (card.owner) fields.push([labels.owner, card.owner]);
  if (card.status) fields.push([labels.status, labels.statuses[card.status]]);

  const linkList = (cards: readonly Card[], arrow: string) => (
    <ul className="jm-CardPopover-links">
      {cards.map((c) => (
        <li key={c.id}>
          <button type="button" tabIndex={tabIndex} onClick={() => onGoTo(c.id)}>
            {`${arrow} ${c.title}`}
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    // The body scrolls, not the popover: the arrow sits outside the popover's box.
    <div className="jm-CardPopover-body">
      <div className="jm-CardPopover-head">
        <span className="jm-CardPopover-kind">{labels.cardKinds[card.kind]}</span>
        {card.momentOfTruth && (
          <span className="jm-CardPopover-mot">
            <BadgeMark badge="moment-of-truth" /> {labels.momentOfTruth}
          </span>
        )}
        <button type="button" className="jm-CardPopover-close" aria-label={labels.close} tabIndex={tabIndex} onClick={onClose}>
          <Mark name="close" />
        </button>
      </div>
      <h3 id={titleId} className="jm-CardPopover-title">
        {card.channel && (
          <span className="jm-CardPopover-channelIcon" aria-hidden="true">
            {channelIcon(card.channel, channelIcons)}
          </span>
        )}
        {card.title}
      </h3>
      <div className="jm-CardPopover-summary">
        {stage && (
          <p className="jm-CardPopover-context">
            {stage.name}
            {/* A previewed card is described by its place, then its persona and the summary that follows (not the stage again). */}
            {persona && <span id={`${summaryId}-persona`}>{` · ${persona.name}`}</span>}
          </p>
        )}
        <div id={summaryId}>
          {card.metric && (
            <p className="jm-CardPopover-metric">
              <strong>{formatMetric(card.metric.value, card.metric.unit, locale)}</strong> {card.metric.label}
              {card.metric.target !== undefined ? ` (→ ${formatMetric(card.metric.target, card.metric.unit, locale)})` : ''}
            </p>
          )}
          {card.description && <p className="jm-CardPopover-description">{card.description}</p>}
        </div>
      </div>
      {image && <img className="jm-CardPopover-image" src={image.src} alt={image.alt} />}
      {fields.length > 0 && (
        <dl className="jm-CardPopover-fields">
          {fields.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {cited.length > 0 && (
        <section className="jm-CardPopover-section">
          <h4>{labels.evidence}</h4>
          <ul className="jm-CardPopover-evidence">
            {cited.map((e) => {
              // How it was gathered, what it records, its sample, date and age, by the rule cards are rated by.
              const w = evidenceWeight(e, { now, maxAgeDays: reviewPeriodDays });
              const facts = [
                w.collection && traits.collection[w.collection],
                w.dimension && traits.dimension[w.dimension],
                e.sampleSize !== undefined && `n = ${e.sampleSize}`,
                e.date && formatDate(e.date, locale),
                w.stale && traits.stale,
              ].filter(Boolean);
              return (
                <li key={e.id} data-kind={e.kind} data-stale={w.stale ? '' : undefined}>
                  <span className="jm-CardPopover-evidenceKind">{labels.evidenceKinds[e.kind]}</span> {e.label}
                  {facts.length > 0 && <span className="jm-CardPopover-evidenceTraits">{` (${facts.join(' · ')})`}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {(outgoing.length > 0 || incoming.length > 0) && (
        <section className="jm-CardPopover-section">
          {outgoing.length > 0 && <h4>{labels.linksTo}</h4>}
          {linkList(outgoing, '→')}
          {incoming.length > 0 && <h4>{labels.linkedFrom}</h4>}
          {linkList(incoming, '←')}
        </section>
      )}
      {url && (
        <a className="jm-CardPopover-link" href={url} target="_blank" rel="noopener noreferrer" tabIndex={tabIndex}>
          {labels.openLink}
        </a>
      )}
    </div>
  );
}
