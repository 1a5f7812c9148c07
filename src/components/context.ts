import { createContext, useContext, useEffect, useLayoutEffect, type ReactNode } from 'react';
import type { Card, Journey } from '../model/types';
import type { NormalizedJourney } from '../model/normalize';
import type { LaneCell } from '../layout/cells';
import type { InteractionStore } from './store';

/**
 * What the parts of one map share: the journey and the interaction state. The value is
 * stable for a given journey and options. Theme, labels, icons and direction are not
 * here: every part reads them from the configuration (`useJourneyConfig`).
 */
export interface JourneyContextValue {
  /** The normalised (and filtered) journey. */
  model: NormalizedJourney;
  /** The whole journey, before any filter: what the map judges as a whole (how fresh each stage's research is). */
  wholeJourney: Journey;
  /** The cells of each lane, parked ones included, by lane id. */
  cells: ReadonlyMap<string, readonly LaneCell[]>;
  /** The ids of the parked lanes: left out by a filter after they were drawn, kept hidden with their cells. */
  parked: ReadonlySet<string>;
  /** Interaction state. */
  store: InteractionStore;
  /** The host's card renderer, if any. */
  renderCard: ((card: Card) => ReactNode) | undefined;
  /** Prefix for element ids, unique per map. */
  idPrefix: string;
  /** The key of the cell that holds the map's one tab stop before anything is focused; null when nothing is navigable. */
  firstNavKey: string | null;
  /** Card id → its element, for popovers and blueprint arrows. */
  cardElements: Map<string, HTMLElement>;
  /** Selects a card (or clears with null) through the controlled/uncontrolled logic. */
  select(id: string | null): void;
  /** Opens or closes the details popover. */
  open(id: string | null, reason?: 'hover' | 'focus' | 'click' | 'keyboard'): void;
}

/**
 * What every card of a map reads. Unlike {@link JourneyContextValue} it does not change
 * when a filter does: its lookups come from the whole journey, so cards that stay
 * visible keep their props and context and do not re-render.
 */
export interface CardContextValue extends Pick<
  JourneyContextValue,
  'store' | 'renderCard' | 'idPrefix' | 'cardElements' | 'select' | 'open'
> {
  /**
   * The unfiltered journey's evidence, stages and lanes (where a card sits). It changes only
   * when those do, so that an edit of some cards re-renders those cards alone; which cards
   * are linked is read from the store (`links`).
   */
  model: Pick<NormalizedJourney, 'evidence' | 'stages' | 'stageIndex' | 'lanes'>;
}

/** The cards' context of a `JourneyGrid`. */
export const CardContext = /* @__PURE__ */ createContext<CardContextValue | null>(null);

/** The shared context of a `JourneyGrid`. */
export const JourneyContext = /* @__PURE__ */ createContext<JourneyContextValue | null>(null);

/** Reads the map context; throws a clear error when a part is used outside its root. */
export function useJourneyContext(part: string): JourneyContextValue {
  const value = useContext(JourneyContext);
  if (!value) throw new Error(`\`${part}\` must be used inside \`JourneyGrid\` (or \`JourneyMap\`).`);
  return value;
}

/** The cards' context of the surrounding grid (see {@link CardContextValue}); throws outside one. */
export function useCardContext(part: string): CardContextValue {
  const value = useContext(CardContext);
  if (!value) throw new Error(`\`${part}\` must be used inside \`JourneyGrid\` (or \`JourneyMap\`).`);
  return value;
}

/** useLayoutEffect in the browser, useEffect on the server (where neither runs) to avoid React's warning. */
export const useIsomorphicLayoutEffect = typeof document !== 'undefined' ? useLayoutEffect : useEffect;
