import { createContext, memo, useContext, useMemo, useRef, useState, type ReactNode, type Ref, type RefCallback } from 'react';
import { normalizeJourney } from '../../model/normalize';
import type { GridPart } from '../../layout/rows';
import { CardContext, JourneyContext, useIsomorphicLayoutEffect, useJourneyContext } from '../context';
import { useComposedRefs } from '../refs';

/**
 * Parts register with the grid around them through context, as Radix's `PopoverAnchor`
 * does with its popover: an `<EmotionCurve>` or `<ServiceBlueprintLane>` inside a
 * `JourneyGrid` — directly, wrapped in a host's component, memoised or lazy — tells the
 * grid what it draws, and the grid leaves those lanes to it.
 */

/** The parts a grid knows of. */
export interface GridParts {
  /** True until the grid has mounted with its children: parts may still register. */
  pending: boolean;
  /** The registered parts, in document order. */
  parts: readonly GridPart[];
}

/** A grid's register of the parts inside it. */
export interface PartRegistry {
  /** Adds a part, with its root element for ordering; returns its removal. */
  register(part: GridPart, element: () => Element | null): () => void;
  /** Puts the parts back in document order, when they moved. */
  reorder(): void;
}

interface Entry {
  part: GridPart;
  element: () => Element | null;
}

/** Element order in the document; elements not (yet) attached keep their registration order. */
function documentOrder(a: Entry, b: Entry): number {
  const x = a.element();
  const y = b.element();
  if (!x || !y || x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The register parts add themselves to; null where parts must not (the grid's own rows). */
export const PartRegistryContext = /* @__PURE__ */ createContext<PartRegistry | null>(null);

/**
 * The grid's side: its register and the parts in it, `pending` while the grid has
 * children and has not mounted yet (on the server too). The grid renders its children
 * inside `PartRegistryContext` with the register. Parts register in their layout
 * effects, which run before the grid's, so the parts of the first mount are in when the
 * grid settles, and the update lands before the browser paints.
 */
export function useGridParts(hasChildren: () => boolean): [PartRegistry, GridParts] {
  const [initial] = useState<GridParts>(() => ({ pending: hasChildren(), parts: [] }));
  const [parts, setParts] = useState(initial);
  const [registry] = useState(() => {
    const entries = new Set<Entry>();
    let { pending } = initial;
    let ordered: Entry[] = [];
    const update = (settle?: boolean) => {
      const next = [...entries].sort(documentOrder);
      if (!(settle && pending) && next.length === ordered.length && next.every((entry, i) => entry === ordered[i])) return;
      pending &&= !settle;
      ordered = next;
      setParts({ pending, parts: next.map((entry) => entry.part) });
    };
    return {
      settle: () => update(true),
      register(part: GridPart, element: () => Element | null) {
        const entry = { part, element };
        entries.add(entry);
        update();
        return () => {
          entries.delete(entry);
          update();
        };
      },
      reorder: () => update(),
    };
  });
  useIsomorphicLayoutEffect(() => registry.settle(), [registry]);
  return [registry, parts];
}

/**
 * A part's side: registers what the part draws with the grid around it (if any), for
 * as long as it is mounted, and returns the ref for its root element (the host's ref
 * composed with the one the grid orders parts by).
 */
export function useGridPart<T extends Element>(part: GridPart, ref: Ref<T> | undefined): RefCallback<T> {
  const registry = useContext(PartRegistryContext);
  const element = useRef<T | null>(null);
  // Parts are inline objects; register again only when what they say changes.
  const key = JSON.stringify(part);
  useIsomorphicLayoutEffect(() => registry?.register(JSON.parse(key) as GridPart, () => element.current), [registry, key]);
  // A host may reorder its children; a part re-renders when it does.
  useIsomorphicLayoutEffect(() => registry?.reorder());
  return useComposedRefs(ref, element);
}

/**
 * The host's children while the grid is stacked: the grid draws no rows then, but the
 * parts must stay registered so that the stacked view shows their lanes. They stay
 * mounted, hidden, over a journey with no stages, lanes or cards, so they draw nothing
 * (and register no card elements of their own).
 */
export const HiddenParts = /* @__PURE__ */ memo(function HiddenParts({
  registry,
  children,
}: {
  registry: PartRegistry;
  children: ReactNode;
}) {
  const context = useJourneyContext('JourneyGrid');
  const empty = useMemo(
    () => ({
      ...context,
      model: normalizeJourney({ ...context.model.journey, phases: [], stages: [], lanes: [], cards: [], emotions: [] }),
      cells: new Map(),
      parked: new Set<string>(),
      firstNavKey: null,
    }),
    [context],
  );
  return (
    <div hidden className="jm-JourneyGrid-hiddenParts">
      <JourneyContext.Provider value={empty}>
        <CardContext.Provider value={null}>
          <PartRegistryContext.Provider value={registry}>{children}</PartRegistryContext.Provider>
        </CardContext.Provider>
      </JourneyContext.Provider>
    </div>
  );
});
