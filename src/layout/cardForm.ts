import type { JourneyChange } from '../model/changes';
import type { Card, CardKind, Journey, Level, OpportunityStatus } from '../model/types';
import { cleanTitle } from './editing';

/**
 * The card details form as pure functions: the form's state read from a card, what is
 * wrong with it, the typed changes it makes, and whether the card changed underneath while
 * the form was open. The details panel only holds a {@link CardForm} and shows what these say.
 */

/** What the details form holds for one card: every field as the form's controls edit it (`''` = not set). */
export interface CardForm {
  title: string;
  description: string;
  kind: CardKind;
  channel: string;
  severity: Level | '';
  impact: Level | '';
  effort: Level | '';
  status: OpportunityStatus | '';
  owner: string;
  momentOfTruth: boolean;
  /** The first stage of the card's span. */
  stage: string;
  /** The last stage of the card's span (the same as `stage` for a one-stage card). */
  endStage: string;
  /** The evidence it cites, by id. */
  evidence: string[];
  /** The cards it links to, by id. */
  links: string[];
}

/** A field of the details form. */
export type CardFormField = keyof CardForm;

/** The fields of a card the form edits as text or a choice, set when filled and removed when empty. */
const SCALARS = ['description', 'channel', 'severity', 'impact', 'effort', 'status', 'owner'] as const;

/** The form's state for `card`. */
export function cardFormOf(card: Card): CardForm {
  return {
    title: card.title,
    description: card.description ?? '',
    kind: card.kind,
    channel: card.channel ?? '',
    severity: card.severity ?? '',
    impact: card.impact ?? '',
    effort: card.effort ?? '',
    status: card.status ?? '',
    owner: card.owner ?? '',
    momentOfTruth: card.momentOfTruth === true,
    stage: card.stage,
    endStage: card.endStage ?? card.stage,
    evidence: [...(card.evidence ?? [])],
    links: [...(card.links ?? [])],
  };
}

/** What can be wrong with the form, each on one field: the editor's labels word it. */
export type CardFormProblem =
  | { field: 'title'; problem: 'emptyTitle' }
  | { field: 'endStage'; problem: 'spanBackwards' }
  | { field: 'stage' | 'endStage'; problem: 'unknownStage' }
  | { field: 'evidence' | 'links'; problem: 'unknownReference'; id: string }
  | { field: 'links'; problem: 'selfLink' }
  | { field: 'title'; problem: 'removed' };

/**
 * What is wrong with `form` for card `cardId` of `journey`: an empty title, a span that
 * runs backwards, a stage, evidence or linked card that is not in the journey (any more),
 * a link to the card itself, or the card itself gone. An empty list: saving makes a valid journey.
 */
export function validateCardForm(journey: Journey, cardId: string, form: CardForm): CardFormProblem[] {
  const problems: CardFormProblem[] = [];
  if (!journey.cards.some((c) => c.id === cardId)) return [{ field: 'title', problem: 'removed' }];
  if (cleanTitle(form.title) === null) problems.push({ field: 'title', problem: 'emptyTitle' });
  const stages = journey.stages.map((s) => s.id);
  const start = stages.indexOf(form.stage);
  const end = stages.indexOf(form.endStage);
  if (start < 0) problems.push({ field: 'stage', problem: 'unknownStage' });
  if (end < 0) problems.push({ field: 'endStage', problem: 'unknownStage' });
  else if (start >= 0 && end < start) problems.push({ field: 'endStage', problem: 'spanBackwards' });
  const evidence = new Set((journey.evidence ?? []).map((e) => e.id));
  for (const id of form.evidence) if (!evidence.has(id)) problems.push({ field: 'evidence', problem: 'unknownReference', id });
  const cards = new Set(journey.cards.map((c) => c.id));
  for (const id of form.links) {
    if (id === cardId) problems.push({ field: 'links', problem: 'selfLink' });
    else if (!cards.has(id)) problems.push({ field: 'links', problem: 'unknownReference', id });
  }
  return problems;
}

/** The fields in which two forms differ. */
export function changedFields(a: CardForm, b: CardForm): CardFormField[] {
  return (Object.keys(a) as CardFormField[]).filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]));
}

/**
 * The changes that make card `cardId` of `journey` say what `form` says, as one undoable
 * step: one `card/update` (fields set, emptied fields removed), one `card/move` when the
 * span changes, a `card/cite` / `card/uncite` per evidence and a `link/add` / `link/remove`
 * per link. Empty when nothing changes, or when the form has problems ({@link validateCardForm}).
 */
export function cardFormChanges(journey: Journey, cardId: string, form: CardForm): JourneyChange[] {
  const card = journey.cards.find((c) => c.id === cardId);
  if (!card || validateCardForm(journey, cardId, form).length) return [];
  const before = cardFormOf(card);
  const set: Partial<Omit<Card, 'id'>> = {};
  const unset: Array<Exclude<keyof Card, 'id'>> = [];
  const title = cleanTitle(form.title)!;
  if (title !== card.title) set.title = title;
  if (form.kind !== card.kind) set.kind = form.kind;
  for (const field of SCALARS) {
    const value = field === 'severity' || field === 'impact' || field === 'effort' || field === 'status' ? form[field] : form[field].trim();
    if (value === before[field]) continue;
    if (value === '') {
      if (card[field] !== undefined) unset.push(field);
    } else (set as Record<string, unknown>)[field] = value;
  }
  if (form.momentOfTruth !== before.momentOfTruth) {
    if (form.momentOfTruth) set.momentOfTruth = true;
    else unset.push('momentOfTruth');
  }
  const changes: JourneyChange[] = [];
  if (Object.keys(set).length || unset.length)
    changes.push({ type: 'card/update', id: cardId, ...(Object.keys(set).length ? { set } : {}), ...(unset.length ? { unset } : {}) });
  if (form.stage !== before.stage || form.endStage !== before.endStage)
    changes.push({ type: 'card/move', id: cardId, stage: form.stage, endStage: form.endStage === form.stage ? null : form.endStage });
  for (const id of form.evidence) if (!before.evidence.includes(id)) changes.push({ type: 'card/cite', id: cardId, evidence: id });
  for (const id of before.evidence) if (!form.evidence.includes(id)) changes.push({ type: 'card/uncite', id: cardId, evidence: id });
  for (const id of form.links) if (!before.links.includes(id)) changes.push({ type: 'link/add', from: cardId, to: id });
  for (const id of before.links) if (!form.links.includes(id)) changes.push({ type: 'link/remove', from: cardId, to: id });
  return changes;
}

/**
 * What happened to a card while the form was open: `base` is the card the form started
 * from, `current` the journey's card now. `'changed'` when any field the form edits
 * differs, `'removed'` when the card is gone, else `'none'`.
 */
export function formConflict(base: Card, current: Card | undefined): 'none' | 'changed' | 'removed' {
  if (!current) return 'removed';
  if (current === base) return 'none';
  return changedFields(cardFormOf(base), cardFormOf(current)).length ? 'changed' : 'none';
}

/** Toggles `id` in a list of ids (the form's evidence and links), keeping the order of the rest. */
export function toggleId(list: readonly string[], id: string, on: boolean): string[] {
  const rest = list.filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}

/**
 * The form for "keep mine" when the card changed underneath: the new card's fields, with
 * the fields the user changed from `base` (the card the form started from) taken from `mine`.
 */
export function rebaseForm(base: Card, mine: CardForm, current: Card): CardForm {
  const rebased = cardFormOf(current);
  for (const field of changedFields(cardFormOf(base), mine)) Object.assign(rebased, { [field]: mine[field] });
  return rebased;
}
