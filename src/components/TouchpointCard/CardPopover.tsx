import {
  FloatingArrow,
  FloatingFocusManager,
  arrow,
  autoUpdate,
  flip,
  offset,
  shift,
  useDismiss,
  useFloating,
  useInteractions,
  useRole,
} from '@floating-ui/react';
import { useRef } from 'react';
import { safeUrl } from '../../model/url';
import { useJourneyContext, useIsomorphicLayoutEffect } from '../context';
import { useInteraction } from '../store';
import { own } from '../labels';
import { formatMetric } from '../format';
import { ChannelIcon, Mark } from '../icons';

/**
 * The one details popover of a map, anchored to whichever card is open. One instance
 * serves every card, so a map of thousands of cards keeps a single floating element.
 */
export function CardPopover() {
  const ctx = useJourneyContext('CardPopover');
  const { model, labels, store, idPrefix } = ctx;
  const openId = useInteraction(store, (s) => s.openId);
  const reason = useInteraction(store, (s) => s.openReason);
  const card = openId ? model.cards.get(openId) : undefined;
  const reference = openId ? ctx.cardElements.get(openId) : undefined;
  const arrowRef = useRef<SVGSVGElement>(null);
  const isOpen = Boolean(card && reference);

  const { refs, floatingStyles, context } = useFloating({
    open: isOpen,
    onOpenChange: (next) => {
      if (!next) ctx.open(null);
    },
    elements: { reference: reference ?? null },
    placement: 'bottom-start',
    strategy: 'fixed',
    whileElementsMounted: autoUpdate,
    middleware: [offset(10), flip({ padding: 8 }), shift({ padding: 8 }), arrow({ element: arrowRef })],
  });
  const dismiss = useDismiss(context, { outsidePress: (event) => !reference?.contains(event.target as Node) });
  const role = useRole(context, { role: 'dialog' });
  const { getFloatingProps } = useInteractions([dismiss, role]);

  // Keep hover previews open while the pointer is on the popover itself.
  const overPopover = useRef(false);
  useIsomorphicLayoutEffect(() => {
    overPopover.current = false;
  }, [openId]);

  if (!card || !reference) return null;
  const stage = model.stages.get(card.stage);
  const endStage = card.endStage ? model.stages.get(card.endStage) : undefined;
  const persona = card.persona ? model.personas.get(card.persona) : undefined;
  const cited = (card.evidence ?? []).map((id) => model.evidence.get(id)).filter((e) => e !== undefined);
  const outgoing = (card.links ?? []).map((id) => model.cards.get(id)).filter((c) => c !== undefined);
  const incoming = (model.incomingLinks.get(card.id) ?? []).map((id) => model.cards.get(id)).filter((c) => c !== undefined);
  const url = safeUrl(card.url);
  const image = card.image && safeUrl(card.image.src) ? card.image : undefined;
  const titleId = `${idPrefix}-popover-title`;
  const focusInside = reason === 'click' || reason === 'keyboard';

  const fields: Array<[string, string]> = [];
  if (card.channel) fields.push([labels.channel, own(labels.channels, card.channel) ?? card.channel]);
  if (endStage && stage) fields.push([labels.spans, `${stage.name} → ${endStage.name}`]);
  if (card.severity) fields.push([labels.severity, labels.levels[card.severity]]);
  if (card.impact) fields.push([labels.impact, labels.levels[card.impact]]);
  if (card.effort) fields.push([labels.effort, labels.levels[card.effort]]);
  if (card.owner) fields.push([labels.owner, card.owner]);
  if (card.status) fields.push([labels.status, labels.statuses[card.status]]);

  const goTo = (id: string) => {
    ctx.select(id);
    const el = ctx.cardElements.get(id);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    ctx.open(id, 'keyboard');
  };

  const body = (
    <div
      ref={refs.setFloating}
      className="jm-CardPopover"
      data-kind={card.kind}
      data-reason={reason ?? undefined}
      style={floatingStyles}
      aria-labelledby={titleId}
      {...getFloatingProps({
        onPointerEnter() {
          overPopover.current = true;
          // Through open(), which also cancels the close the card scheduled when the pointer left it.
          if (store.get().openReason === 'hover') ctx.open(card.id, 'click');
        },
        // A preview opened by focus closes when focus leaves it for anything but its card.
        onBlur(event) {
          const next = event.relatedTarget as Node | null;
          const staying = next !== null && (event.currentTarget.contains(next) || reference?.contains(next) === true);
          if (store.get().openReason === 'focus' && !staying) ctx.open(null, 'focus');
        },
      })}
      // After the floating props: useRole sets an id of its own, and cards find their popover by this one.
      id={`${idPrefix}-popover`}
    >
      <FloatingArrow ref={arrowRef} context={context} className="jm-CardPopover-arrow" width={14} height={7} />
      <div className="jm-CardPopover-head">
        <span className="jm-CardPopover-kind">{labels.cardKinds[card.kind]}</span>
        {card.momentOfTruth && (
          <span className="jm-CardPopover-mot">
            <Mark name="star" /> {labels.momentOfTruth}
          </span>
        )}
        <button type="button" className="jm-CardPopover-close" aria-label={labels.close} onClick={() => ctx.open(null)}>
          <Mark name="close" />
        </button>
      </div>
      <h3 id={titleId} className="jm-CardPopover-title">
        {card.channel && <ChannelIcon channel={card.channel} className="jm-CardPopover-channelIcon" />}
        {card.title}
      </h3>
      {stage && (
        <p className="jm-CardPopover-context">
          {stage.name}
          {persona ? ` · ${persona.name}` : ''}
        </p>
      )}
      {card.metric && (
        <p className="jm-CardPopover-metric">
          <strong>{formatMetric(card.metric.value, card.metric.unit)}</strong> {card.metric.label}
          {card.metric.target !== undefined ? ` (→ ${formatMetric(card.metric.target, card.metric.unit)})` : ''}
        </p>
      )}
      {card.description && <p className="jm-CardPopover-description">{card.description}</p>}
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
            {cited.map((e) => (
              <li key={e.id} data-kind={e.kind}>
                <span className="jm-CardPopover-evidenceKind">{labels.evidenceKinds[e.kind]}</span> {e.label}
                {e.sampleSize !== undefined ? ` (n = ${e.sampleSize})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {(outgoing.length > 0 || incoming.length > 0) && (
        <section className="jm-CardPopover-section">
          {outgoing.length > 0 && <h4>{labels.linksTo}</h4>}
          <ul className="jm-CardPopover-links">
            {outgoing.map((c) => (
              <li key={c.id}>
                <button type="button" onClick={() => goTo(c.id)}>
                  → {c.title}
                </button>
              </li>
            ))}
          </ul>
          {incoming.length > 0 && <h4>{labels.linkedFrom}</h4>}
          <ul className="jm-CardPopover-links">
            {incoming.map((c) => (
              <li key={c.id}>
                <button type="button" onClick={() => goTo(c.id)}>
                  ← {c.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {url && (
        <a className="jm-CardPopover-link" href={url} target="_blank" rel="noopener noreferrer">
          {labels.openLink}
        </a>
      )}
    </div>
  );

  return focusInside ? (
    <FloatingFocusManager context={context} modal={false} initialFocus={reason === 'keyboard' ? 0 : -1} returnFocus>
      {body}
    </FloatingFocusManager>
  ) : (
    body
  );
}
