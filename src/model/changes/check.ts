import type { Card, Journey, JourneyProblem } from '../types';
import { validateJourney } from '../validate';

const CARD_PATH = /^cards\[(\d+)\]/;

/**
 * The problems of `after`, the result of changes to `before` (a valid journey), checking
 * only what changed when that is cards or emotion points: the changed and added cards
 * (with the stages, lanes, personas and evidence they may name, and the cards they link
 * to) and, when it changed, the list of emotion points. Problems name the places in
 * `after`. Anything else changed (the journey's own fields, stages, lanes, personas,
 * phases or evidence) is checked whole.
 */
export function checkChanged(before: Journey, after: Journey): JourneyProblem[] {
  if (after === before) return [];
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  for (const key of keys) if (key !== 'cards' && key !== 'emotions' && a[key] !== b[key]) return validateJourney(after);
  if (!Array.isArray(after.cards) || !Array.isArray(before.cards)) return validateJourney(after);

  const old = new Set<unknown>(before.cards);
  const touched: number[] = [];
  after.cards.forEach((card, i) => {
    if (!old.has(card)) touched.push(i);
  });
  const cards: Card[] = touched.map((i) => after.cards[i]!);
  const places = [...touched];
  // Cards the changed ones link to take part as their bare selves: drawn, unchanged, valid.
  const targets = new Set<string>();
  for (const card of cards) if (Array.isArray(card.links)) for (const link of card.links) if (typeof link === 'string') targets.add(link);
  for (const card of cards) targets.delete(card.id);
  if (targets.size > 0) {
    after.cards.forEach((card, i) => {
      if (!targets.has(card.id) || !old.has(card)) return;
      targets.delete(card.id);
      cards.push({ id: card.id, kind: card.kind, title: card.title, stage: card.stage, lane: card.lane });
      places.push(i);
    });
    // A link to no card: the whole check says so, with the ids it knows to suggest.
    if (targets.size > 0) return validateJourney(after);
  }
  const part = { ...after, cards, emotions: after.emotions === before.emotions ? [] : after.emotions };
  return validateJourney(part).map((problem) => {
    const at = CARD_PATH.exec(problem.path);
    return at ? { ...problem, path: `cards[${places[Number(at[1])] ?? at[1]}]${problem.path.slice(at[0].length)}` } : problem;
  });
}
