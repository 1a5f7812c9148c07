import { CONFIDENCE_ORDER } from '../model/confidence';
import type { JourneyView } from '../model/view';
import { OPPORTUNITY_STATUSES, type Journey } from '../model/types';

/** The filters a toolbar offers, in the order it shows them. */
export type ToolbarGroupKey = 'personas' | 'lanes' | 'channels' | 'confidence' | 'statuses';

/** One toggle: a value of a filter. */
export interface ToolbarItem {
  /** The value (a persona, lane or channel id, a confidence level or a status). */
  id: string;
  /** Its name, as shown. */
  name: string;
}

/** One filter of the toolbar and its values. */
export interface ToolbarGroup {
  /** Which filter. */
  key: ToolbarGroupKey;
  /** Its values, in the journey's order. */
  items: ToolbarItem[];
}

/** Names for what the journey does not name itself. */
export interface ToolbarNames {
  /** A channel's name. */
  channel: (id: string) => string;
  /** A confidence level's name. */
  confidence: (level: string) => string;
  /** An opportunity status's name. */
  status: (status: string) => string;
}

/**
 * The filters worth offering for a journey, each with its values in the journey's order:
 * personas when there are several, every lane, the channels its touchpoints use,
 * confidence levels when some card cites evidence, statuses when it has opportunities.
 */
export function toolbarGroups(journey: Journey, names: ToolbarNames): ToolbarGroup[] {
  const groups: ToolbarGroup[] = [];
  if (journey.personas.length > 1) groups.push({ key: 'personas', items: journey.personas.map((p) => ({ id: p.id, name: p.name })) });
  if (journey.lanes.length > 0) groups.push({ key: 'lanes', items: journey.lanes.map((l) => ({ id: l.id, name: l.label })) });
  const channels = [...new Set(journey.cards.flatMap((c) => (c.kind === 'touchpoint' && c.channel ? [c.channel] : [])))];
  if (channels.length > 0) groups.push({ key: 'channels', items: channels.map((id) => ({ id, name: names.channel(id) })) });
  if (journey.cards.some((c) => (c.evidence?.length ?? 0) > 0))
    groups.push({ key: 'confidence', items: CONFIDENCE_ORDER.map((id) => ({ id, name: names.confidence(id) })) });
  if (journey.cards.some((c) => c.kind === 'opportunity'))
    groups.push({ key: 'statuses', items: OPPORTUNITY_STATUSES.map((id) => ({ id, name: names.status(id) })) });
  return groups;
}

/** Whether a value shows: every value does when its filter is left out; a lane also by its kind. */
export function isShown(view: JourneyView, group: ToolbarGroupKey, id: string, journey?: Pick<Journey, 'lanes'>): boolean {
  const list = view[group] as readonly string[] | undefined;
  if (!list) return true;
  if (list.includes(id)) return true;
  const kind = group === 'lanes' ? journey?.lanes.find((l) => l.id === id)?.kind : undefined;
  return kind !== undefined && list.includes(kind);
}

/**
 * The view with one value toggled. The filter becomes the list of values shown (lane kinds
 * resolved to ids); when every value of the group shows again, the filter is left out.
 */
export function toggleView(view: JourneyView, group: ToolbarGroup, id: string, journey?: Pick<Journey, 'lanes'>): JourneyView {
  const shown = group.items.filter((item) => (item.id === id) !== isShown(view, group.key, item.id, journey)).map((item) => item.id);
  const next: Record<string, unknown> = { ...view };
  if (shown.length === group.items.length) delete next[group.key];
  else next[group.key] = shown;
  return next as JourneyView;
}

/** The view without any filter (the selected card kept). */
export function clearView(view: JourneyView): JourneyView {
  return view.card === undefined ? {} : { card: view.card };
}

/** Whether the view filters anything. */
export const viewFilters = (view: JourneyView): boolean =>
  view.personas !== undefined ||
  view.lanes !== undefined ||
  view.channels !== undefined ||
  view.confidence !== undefined ||
  view.statuses !== undefined;

/** The names of the values a view narrows to, group by group, for saying what it shows. */
export function viewNames(view: JourneyView, groups: readonly ToolbarGroup[], journey?: Pick<Journey, 'lanes'>): string[] {
  return groups.flatMap((group) =>
    view[group.key] === undefined ? [] : group.items.filter((item) => isShown(view, group.key, item.id, journey)).map((i) => i.name),
  );
}

/**
 * The index focus moves to in a one-row toolbar of `count` controls for a key, by the
 * WAI-ARIA toolbar pattern: the arrow keys move to the next or previous control
 * (mirrored right to left; Up and Down as Left and Right), wrapping at the ends; Home and
 * End go to the first and last. `null` for any other key.
 */
export function toolbarMove(key: string, index: number, count: number, rtl: boolean): number | null {
  if (count === 0) return null;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'ArrowDown') return (index + 1) % count;
  if (key === back || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
