import type { LinkAdd, LinkRemove, JourneyChange } from '../model/changes';
import type { Card, Journey } from '../model/types';

/**
 * The editor's link mode, as pure functions: a card is being connected to another (a
 * blueprint arrow from `from` to `to`); arrow keys move the target from card to card, Enter
 * or Space connects, Delete removes a link already between the two, Escape cancels. A
 * pointer drag uses the same checks ({@link linkProblem}) and changes.
 */

/** A card being connected: the card the link leaves, and the card it would lead to (the first itself). */
export interface LinkMode {
  from: string;
  to: string;
}

/** What a key press does in link mode. */
export type LinkStep = { type: 'move'; state: LinkMode } | { type: 'edge' } | { type: 'connect' } | { type: 'unlink' } | { type: 'cancel' };

/** Why a link cannot be added: to the card itself, a link that exists already, or a card no longer there. */
export type LinkProblem = 'self' | 'exists' | 'missing';

/** Starts link mode on a card, the target on the card itself; `undefined` when there is no such card. */
export function startLink(journey: Journey, cardId: string): LinkMode | undefined {
  return journey.cards.some((c) => c.id === cardId) ? { from: cardId, to: cardId } : undefined;
}

/** Why the link from `from` to `to` cannot be added, or `null` when it can. */
export function linkProblem(journey: Journey, from: string, to: string): LinkProblem | null {
  const source = journey.cards.find((c) => c.id === from);
  if (!source || !journey.cards.some((c) => c.id === to)) return 'missing';
  if (from === to) return 'self';
  return source.links?.includes(to) ? 'exists' : null;
}

/** The change that links `from` to `to`, or `undefined` when {@link linkProblem} says it cannot. */
export function addLinkChange(journey: Journey, from: string, to: string): LinkAdd | undefined {
  return linkProblem(journey, from, to) === null ? { type: 'link/add', from, to } : undefined;
}

/**
 * The change that removes the link between two cards: `a`'s to `b` if there is one, else
 * `b`'s to `a`; `undefined` when neither leads to the other.
 */
export function unlinkChange(journey: Journey, a: string, b: string): LinkRemove | undefined {
  const leads = (x: string, y: string) => journey.cards.find((c) => c.id === x)?.links?.includes(y) === true;
  if (leads(a, b)) return { type: 'link/remove', from: a, to: b };
  if (leads(b, a)) return { type: 'link/remove', from: b, to: a };
  return undefined;
}

/** One link of a card, as its list of links shows it. */
export interface CardLink {
  /** `out`: the card leads to `other`; `in`: `other` leads to the card. */
  direction: 'out' | 'in';
  /** The other card's id. */
  other: string;
  /** The other card's title. */
  title: string;
  /** The change that removes this link. */
  remove: LinkRemove;
}

/** Every link of a card: those it leads to (in its order), then those leading to it (in the journey's order). */
export function cardLinks(journey: Journey, cardId: string): CardLink[] {
  const card = journey.cards.find((c) => c.id === cardId);
  if (!card) return [];
  const titleOf = (id: string) => journey.cards.find((c) => c.id === id)?.title ?? id;
  const out = (card.links ?? []).map((to): CardLink => ({
    direction: 'out',
    other: to,
    title: titleOf(to),
    remove: { type: 'link/remove', from: cardId, to },
  }));
  const incoming = journey.cards
    .filter((c) => c.links?.includes(cardId))
    .map((c): CardLink => ({ direction: 'in', other: c.id, title: c.title, remove: { type: 'link/remove', from: c.id, to: cardId } }));
  return [...out, ...incoming];
}

/** Where a card sits as the link mode walks the map: its stage index, its lane's index as drawn, its place in its cell. */
interface Place {
  stage: number;
  lane: number;
  index: number;
  id: string;
}

/** The cards the link mode can reach, by stage and lane as drawn: a card of a lane not drawn (filtered out) is skipped. */
function places(journey: Journey, laneOrder: readonly string[] | undefined): Place[] {
  const lanes = (laneOrder ?? journey.lanes.map((l) => l.id)).filter((id) => journey.lanes.some((l) => l.id === id));
  const stages = new Map(journey.stages.map((s, i) => [s.id, i]));
  const counts = new Map<string, number>();
  const result: Place[] = [];
  for (const card of journey.cards) {
    const stage = stages.get(card.stage);
    const lane = lanes.indexOf(card.lane);
    if (stage === undefined || lane < 0) continue;
    const cell = `${stage}:${lane}`;
    const index = counts.get(cell) ?? 0;
    counts.set(cell, index + 1);
    result.push({ stage, lane, index, id: card.id });
  }
  return result;
}

/**
 * What a key does in link mode, or `undefined` for a key it leaves alone. Enter and Space
 * connect, Delete and Backspace remove the link between the two cards, Escape cancels. Up and
 * Down walk the target through the cards of its cell, then on to the nearest lane above or
 * below with a card in the same stage; Left and Right (mirrored when `rtl`) go to the nearest
 * stage that way with a card, in the lane nearest the target's. Lanes in the order drawn (`laneOrder`).
 */
export function linkStep(
  journey: Journey,
  state: LinkMode,
  key: string,
  { rtl = false, laneOrder }: { rtl?: boolean; laneOrder?: readonly string[] } = {},
): LinkStep | undefined {
  if (key === 'Enter' || key === ' ') return { type: 'connect' };
  if (key === 'Escape') return { type: 'cancel' };
  if (key === 'Delete' || key === 'Backspace') return { type: 'unlink' };
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  if (!horizontal && key !== 'ArrowUp' && key !== 'ArrowDown') return undefined;
  const forward = horizontal ? (key === 'ArrowRight') !== rtl : key === 'ArrowDown';
  const all = places(journey, laneOrder);
  const at = all.find((p) => p.id === state.to) ?? all.find((p) => p.id === state.from);
  if (!at) return { type: 'edge' };
  const sign = forward ? 1 : -1;
  let next: Place | undefined;
  if (horizontal) {
    const ahead = all.filter((p) => (p.stage - at.stage) * sign > 0);
    const stage = ahead.reduce<number | undefined>(
      (best, p) => (best === undefined || (p.stage - best) * sign < 0 ? p.stage : best),
      undefined,
    );
    const there = ahead.filter((p) => p.stage === stage);
    // The nearest lane, the upper one on a tie; the first card of its cell.
    next = there.reduce<Place | undefined>((best, p) => {
      if (!best) return p;
      const d = Math.abs(p.lane - at.lane) - Math.abs(best.lane - at.lane);
      return d < 0 || (d === 0 && (p.lane < best.lane || (p.lane === best.lane && p.index < best.index))) ? p : best;
    }, undefined);
  } else {
    next = all.find((p) => p.stage === at.stage && p.lane === at.lane && p.index === at.index + sign);
    if (!next) {
      const ahead = all.filter((p) => p.stage === at.stage && (p.lane - at.lane) * sign > 0);
      next = ahead.reduce<Place | undefined>((best, p) => {
        if (!best) return p;
        if (p.lane !== best.lane) return (p.lane - best.lane) * sign < 0 ? p : best;
        return (p.index - best.index) * sign < 0 ? p : best;
      }, undefined);
    }
  }
  return next ? { type: 'move', state: { ...state, to: next.id } } : { type: 'edge' };
}

/** What an announcement of link mode's target names. */
export interface LinkWords {
  /** The title of the card the link leaves. */
  from: string;
  /** The title of the target card. */
  to: string;
  /** The target's stage and lane names. */
  stage: string;
  lane: string;
  /** What is already between the two: `self` (the same card), `out` (from leads to the target), `in` (the target leads to from), or `null`. */
  linked: 'self' | 'out' | 'in' | null;
}

/** The words for link mode's target. */
export function linkWords(journey: Journey, state: LinkMode): LinkWords {
  const card = (id: string): Card | undefined => journey.cards.find((c) => c.id === id);
  const from = card(state.from);
  const to = card(state.to);
  const linked = state.from === state.to ? 'self' : from?.links?.includes(state.to) ? 'out' : to?.links?.includes(state.from) ? 'in' : null;
  return {
    from: from?.title ?? state.from,
    to: to?.title ?? state.to,
    stage: journey.stages.find((s) => s.id === to?.stage)?.name ?? '',
    lane: journey.lanes.find((l) => l.id === to?.lane)?.label ?? '',
    linked,
  };
}

/** What one link change did, for an announcement: the titles of the two cards. */
export type LinkSummary = { action: 'linked' | 'unlinked'; from: string; to: string };

/** What `changes` did when they are one link change, or `undefined`. */
export function summarizeLink(before: Journey, changes: readonly JourneyChange[]): LinkSummary | undefined {
  const change = changes.length === 1 ? changes[0] : undefined;
  if (change?.type !== 'link/add' && change?.type !== 'link/remove') return undefined;
  const title = (id: string) => before.cards.find((c) => c.id === id)?.title ?? id;
  return { action: change.type === 'link/add' ? 'linked' : 'unlinked', from: title(change.from), to: title(change.to) };
}

/** A box in pixels (left, top, width, height). */
export interface LinkBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where a line from the centre of `box` toward the point (`x`, `y`) leaves the box: on its
 * edge, so that a line drawn from there starts at the card's border, not under its text. The
 * centre itself when the point is inside the box.
 */
export function edgePoint(box: LinkBox, x: number, y: number): { x: number; y: number } {
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const dx = x - cx;
  const dy = y - cy;
  if (Math.abs(dx) <= box.width / 2 && Math.abs(dy) <= box.height / 2) return { x: cx, y: cy };
  const t = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: cx + dx * t, y: cy + dy * t };
}
