import { own } from './own';
import { CARD_KINDS, LEVELS, OPPORTUNITY_STATUSES, type Card, type CardKind, type LaneKind } from './types';

/** The kind of card each kind of lane is made for (the emotion lane holds none). */
export const LANE_CARD_KINDS: Readonly<Record<Exclude<LaneKind, 'emotion'>, CardKind>> = {
  actions: 'action',
  touchpoints: 'touchpoint',
  thoughts: 'thought',
  pains: 'pain',
  opportunities: 'opportunity',
  metrics: 'metric',
  text: 'text',
  images: 'image',
  customer: 'action',
  frontstage: 'process',
  backstage: 'process',
  support: 'process',
  evidence: 'evidence',
};

/**
 * Whether a card sits in a lane made for its kind (an action among the actions, a process
 * backstage), where its kind label would only repeat the lane's name.
 */
export const isInOwnLane = (cardKind: string, laneKind: string | undefined): boolean =>
  laneKind !== undefined && own(LANE_CARD_KINDS, laneKind) === cardKind;

const isText = (value: unknown): value is string => typeof value === 'string';
const isOptional = (value: unknown, test: (value: unknown) => boolean) => value === undefined || test(value);
const oneOf =
  (allowed: readonly string[]) =>
  (value: unknown): boolean =>
    isText(value) && allowed.includes(value);
const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every(isText);
const isScalar = (value: unknown): boolean => isText(value) || (typeof value === 'number' && Number.isFinite(value));

/**
 * Whether a value can be drawn as a card on its own, outside a map (which validates its
 * whole journey first): the fields a card shows have the types the model gives them, and
 * its kind, ratings and status are known words — so `kind: '__proto__'`, an evidence id
 * given as text instead of a list, a Symbol channel or an object owner are refused
 * rather than thrown into the host. Never throws, whatever it is handed.
 */
export function isDrawableCard(value: unknown): value is Card {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const card = value as Record<string, unknown>;
    const metric = card.metric as Record<string, unknown> | undefined;
    const image = card.image as Record<string, unknown> | undefined;
    return (
      isText(card.id) &&
      isText(card.title) &&
      oneOf(CARD_KINDS)(card.kind) &&
      [card.description, card.channel, card.owner, card.url, card.stage, card.lane, card.endStage, card.persona].every((v) =>
        isOptional(v, isText),
      ) &&
      [card.severity, card.impact, card.effort].every((v) => isOptional(v, oneOf(LEVELS))) &&
      isOptional(card.status, oneOf(OPPORTUNITY_STATUSES)) &&
      isOptional(card.momentOfTruth, (v) => typeof v === 'boolean') &&
      [card.evidence, card.links, card.tags].every((v) => isOptional(v, isTextList)) &&
      isOptional(metric, (m) => typeof m === 'object' && m !== null && isText(metric?.label) && isScalar(metric?.value)) &&
      isOptional(metric?.unit, isText) &&
      isOptional(metric?.target, isScalar) &&
      isOptional(image, (i) => typeof i === 'object' && i !== null && isText(image?.src) && isText(image?.alt))
    );
  } catch {
    // A getter or Proxy trap that throws: not a card that can be drawn.
    return false;
  }
}
