import { CONFIDENCE_ORDER, type ConfidenceLevel } from './confidence';
import type { JourneyFilter } from './filter';
import { OPPORTUNITY_STATUSES, type Journey, type OpportunityStatus } from './types';

/**
 * What a reader looks at on a map — a filter and, optionally, a selected card — as a
 * plain object: serialisable, and written to and read from URL search parameters with
 * {@link viewToSearchParams} and {@link viewFromSearchParams}, so that a portal can link to
 * "Sarah's pain points at checkout". A field left out shows everything; an empty list
 * shows none of that kind. Being a `JourneyFilter`, it filters a journey as it is:
 * `filterJourney(journey, view)`.
 */
export interface JourneyView extends JourneyFilter {
  /** Personas to show, by id. */
  personas?: readonly string[];
  /** Lanes to show, by id or lane kind. */
  lanes?: readonly string[];
  /** Channels of the touchpoints to show, by id. */
  channels?: readonly string[];
  /** Confidence levels of the cards to show. */
  confidence?: readonly ConfidenceLevel[];
  /** Statuses of the opportunities to show. */
  statuses?: readonly OpportunityStatus[];
  /** The selected card's id. */
  card?: string;
}

/** Where the view's parameters sit among a URL's others. */
export interface ViewParamOptions {
  /** Put before each parameter's name, e.g. `'map.'` gives `map.persona=sarah`. Default: none. */
  prefix?: string;
}

/** Options of {@link viewToSearchParams}. */
export interface ViewToParamsOptions extends ViewParamOptions {
  /** The URL's other parameters, kept as they are (the view's own, under the prefix, are replaced). Default: none. */
  params?: URLSearchParams | string;
}

/** The parameters, in the order they are written. */
const LIST_KEYS = [
  ['personas', 'persona'],
  ['lanes', 'lane'],
  ['channels', 'channel'],
  ['confidence', 'confidence'],
  ['statuses', 'status'],
] as const;
const CARD_KEY = 'card';

/** Longest id read from a URL, and most values read for one parameter: a hostile link costs little. */
const MAX_ID = 200;
const MAX_VALUES = 100;

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/**
 * The view as URL search parameters: one parameter per value (`persona=sarah&lane=pains`),
 * always in the same order (personas, lanes, channels, confidence, statuses, card), values
 * in the view's order without repeats. An empty list is written as one empty value
 * (`persona=`); a field left out writes nothing. With `options.params`, the URL's other
 * parameters come first, unchanged.
 */
export function viewToSearchParams(view: JourneyView, options: ViewToParamsOptions = {}): URLSearchParams {
  const prefix = options.prefix ?? '';
  const out = new URLSearchParams(options.params);
  for (const [, key] of LIST_KEYS) out.delete(prefix + key);
  out.delete(prefix + CARD_KEY);
  for (const [field, key] of LIST_KEYS) {
    const list = view[field];
    if (!list) continue;
    if (list.length === 0) out.append(prefix + key, '');
    for (const value of unique<string>(list)) if (value) out.append(prefix + key, value);
  }
  if (view.card) out.append(prefix + CARD_KEY, view.card);
  return out;
}

/**
 * Reads a view from URL search parameters written by {@link viewToSearchParams}. It never
 * throws: parameters it does not know are ignored, as are confidence levels and statuses
 * that do not exist, empty, overlong or repeated values; given the `journey`, so are the
 * personas, lanes (ids or kinds), channels and card it does not have.
 */
export function viewFromSearchParams(
  params: URLSearchParams | string,
  journey?: Pick<Journey, 'personas' | 'lanes' | 'cards'>,
  options: ViewParamOptions = {},
): JourneyView {
  // Called from plain JavaScript too: anything else reads as no parameters.
  const read = params instanceof URLSearchParams ? params : new URLSearchParams(typeof params === 'string' ? params : '');
  const prefix = typeof options.prefix === 'string' ? options.prefix : '';
  const list = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? value : []);
  const known = journey && {
    personas: new Set(list(journey.personas).map((p) => p?.id)),
    lanes: new Set(list(journey.lanes).flatMap((l) => [l?.id, l?.kind])),
    channels: new Set(list(journey.cards).map((c) => c?.channel)),
    cards: new Set(list(journey.cards).map((c) => c?.id)),
  };
  const allowed: Record<(typeof LIST_KEYS)[number][0], (value: string) => boolean> = {
    personas: (v) => !known || known.personas.has(v),
    lanes: (v) => !known || known.lanes.has(v),
    channels: (v) => !known || known.channels.has(v),
    confidence: (v) => (CONFIDENCE_ORDER as readonly string[]).includes(v),
    statuses: (v) => (OPPORTUNITY_STATUSES as readonly string[]).includes(v),
  };
  const view: { -readonly [K in keyof JourneyView]: JourneyView[K] } = {};
  for (const [field, key] of LIST_KEYS) {
    const values = read.getAll(prefix + key).slice(0, MAX_VALUES);
    if (values.length === 0) continue;
    const list = unique(values.filter((v) => v.length > 0 && v.length <= MAX_ID && allowed[field](v)));
    // A list that names only things this journey lacks filters nothing, rather than hiding everything.
    if (list.length === 0 && values.some((v) => v !== '')) continue;
    (view as Record<string, string[]>)[field] = list;
  }
  const card = read.get(prefix + CARD_KEY);
  if (card && card.length <= MAX_ID && (!known || known.cards.has(card))) view.card = card;
  return view;
}
