import { arrow, autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react-dom';
import { useEffect, useRef } from 'react';
import { safeUrl } from '../../model/url';
import { own } from '../../model/own';
import { useJourneyContext, useIsomorphicLayoutEffect } from '../context';
import { useJourneyConfig } from '../JourneyConfigProvider/JourneyConfigProvider';
import { useInteraction } from '../store';
import { formatMetric } from '../format';
import { ChannelIcon, Mark } from '../icons';
import { BadgeMark, cardRatings } from '../chips';

/** Turns the arrow (drawn pointing down) to point at the card from each side the popover can be placed on. */
const ARROW_TURN = { top: '', bottom: 'rotate(180deg)', left: 'rotate(-90deg)', right: 'rotate(90deg)' } as const;

/**
 * The one details popover of a map, anchored to whichever card is open. One instance
 * serves every card, so a map of thousands of cards keeps a single floating element.
 *
 * It is a non-modal dialog. Opened by a click it leaves focus on the card; opened from
 * the keyboard (Enter) it takes focus. Escape, its Close button, a press outside it or
 * focus moving away closes it; when it held focus, focus goes back to its card. A
 * preview opened by hover or focus follows the same rules. Keyboard users reach it with
 * Tab from the card: it comes right after the map's grid in the document.
 */
export function CardPopover() {
  const ctx = useJourneyContext('CardPopover');
  const { model, store, idPrefix, cardElements } = ctx;
  const { labels, channelIcons } = useJourneyConfig();
  const openId = useInteraction(store, (s) => s.openId);
  const reason = useInteraction(store, (s) => s.openReason);
  const card = openId ? model.cards.get(openId) : undefined;
  const reference = openId ? ctx.cardElements.get(openId) : undefined;
  const arrowRef = useRef<SVGSVGElement>(null);
  const isOpen = Boolean(card && reference);

  const { refs, floatingStyles, placement, middlewareData } = useFloating({
    open: isOpen,
    elements: { reference: reference ?? null },
    placement: 'bottom-start',
    strategy: 'fixed',
    whileElementsMounted: autoUpdate,
    middleware: [offset(10), flip({ padding: 8 }), shift({ padding: 8 }), arrow({ element: arrowRef })],
  });

  // Whether focus is inside the popover: when it closes while holding focus, focus goes back to its card.
  const holdsFocus = useRef<string | null>(null);
  const floatingEl = useRef<HTMLElement | null>(null);
  useIsomorphicLayoutEffect(() => {
    const from = holdsFocus.current;
    holdsFocus.current = null;
    // The popover that held focus is gone (closed, or moved to another card without taking focus).
    const active = document.activeElement;
    if (from !== null && (!active || active === document.body || !active.isConnected)) {
      cardElements.get(from)?.focus();
    }
    // Opened from the keyboard: focus its first control.
    if (openId && reason === 'keyboard') floatingEl.current?.querySelector<HTMLElement>('button, a[href]')?.focus();
  }, [openId, reason, cardElements]);

  // Escape anywhere, or a press outside the popover and the cards, closes it. (Inside the
  // map the grid's key handler closes it first and marks Escape as used, so that a host
  // dialog around the map stays open.)
  useEffect(() => {
    if (!isOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) ctx.open(null);
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (floatingEl.current?.contains(target)) return;
      // A press on a card opens or previews that card instead.
      for (const el of ctx.cardElements.values()) if (el.contains(target)) return;
      // The pointer went elsewhere: focus is not pulled back to the card.
      holdsFocus.current = null;
      ctx.open(null, 'focus');
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [isOpen, ctx]);

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
  const arrowSide = placement.split('-')[0] as keyof typeof ARROW_TURN;

  const fields: Array<[string, string]> = [];
  if (card.channel) fields.push([labels.channel, own(labels.channels, card.channel) ?? card.channel]);
  if (endStage && stage) fields.push([labels.spans, `${stage.name} → ${endStage.name}`]);
  for (const rating of cardRatings(card, labels)) fields.push([rating.name, rating.value]);
  if (card.owner) fields.push([labels.owner, card.owner]);
  if (card.status) fields.push([labels.status, labels.statuses[card.status]]);

  const goTo = (id: string) => {
    ctx.select(id);
    const el = ctx.cardElements.get(id);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    ctx.open(id, 'keyboard');
  };

  return (
    <div
      ref={(el) => {
        floatingEl.current = el;
        refs.setFloating(el);
      }}
      id={`${idPrefix}-popover`}
      role="dialog"
      className="jm-CardPopover"
      data-kind={card.kind}
      data-reason={reason ?? undefined}
      data-placement={placement}
      style={floatingStyles}
      aria-labelledby={titleId}
      onPointerEnter={() => {
        // A hover preview the pointer reaches stays open, as if clicked. Through open(), which also cancels the close the card scheduled when the pointer left it.
        if (store.get().openReason === 'hover') ctx.open(card.id, 'click');
      }}
      onFocus={() => {
        holdsFocus.current = card.id;
      }}
      // Focus leaving for anything but its card closes it; a preview opened by focus closes quietly.
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next !== null && (event.currentTarget.contains(next) || reference.contains(next))) return;
        if (next === null) return;
        holdsFocus.current = null;
        ctx.open(null, 'focus');
      }}
    >
      <svg
        ref={arrowRef}
        className="jm-CardPopover-arrow"
        aria-hidden="true"
        width={14}
        height={14}
        viewBox="0 0 14 14"
        style={{
          position: 'absolute',
          pointerEvents: 'none',
          left: middlewareData.arrow?.x,
          top: middlewareData.arrow?.y,
          // Placed below the card, the arrow sits just above the popover ("bottom: 100%"), and so on.
          [arrowSide]: '100%',
          transform: ARROW_TURN[arrowSide] || undefined,
        }}
      >
        <path d="M0,0 H14 L7,7 Z" stroke="none" />
        <path d="M0,0 L7,7 L14,0" fill="none" />
      </svg>
      {/* The body scrolls, not the popover: the arrow sits outside the popover's box. */}
      <div className="jm-CardPopover-body">
        <div className="jm-CardPopover-head">
          <span className="jm-CardPopover-kind">{labels.cardKinds[card.kind]}</span>
          {card.momentOfTruth && (
            <span className="jm-CardPopover-mot">
              <BadgeMark badge="moment-of-truth" /> {labels.momentOfTruth}
            </span>
          )}
          <button type="button" className="jm-CardPopover-close" aria-label={labels.close} onClick={() => ctx.open(null)}>
            <Mark name="close" />
          </button>
        </div>
        <h3 id={titleId} className="jm-CardPopover-title">
          {card.channel &&
            (own(channelIcons, card.channel) ?? <ChannelIcon channel={card.channel} className="jm-CardPopover-channelIcon" />)}
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
    </div>
  );
}
