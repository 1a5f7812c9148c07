// Counts component renders per React commit, in the production build, the way React
// DevTools does: bench/run.mjs installs a minimal `__REACT_DEVTOOLS_GLOBAL_HOOK__`
// before React loads, React hands it every committed root, and this walks only the
// part of the fiber tree that was reconciled in that commit.

/** The few fiber fields read here (React internals, stable since React 16). */
interface Fiber {
  tag: number;
  type: unknown;
  memoizedProps: { card?: { id?: unknown } } | null;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

interface FiberRoot {
  current: Fiber;
}

declare global {
  interface Window {
    /** Set by the hook script in the page's HTML; React calls it on every commit. */
    __benchOnCommit?: (root: FiberRoot) => void;
  }
}

// FunctionComponent, ClassComponent, ForwardRef, SimpleMemoComponent. MemoComponent (14)
// is left out: its inner component is counted (as ForwardRef or function) when it renders.
const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
const PERFORMED_WORK = 1;

function nameOf(fiber: Fiber): string {
  const type = fiber.type as { displayName?: string; name?: string; render?: { displayName?: string; name?: string } } | null;
  if (!type) return 'Anonymous';
  if (fiber.tag === 11) return type.displayName || type.render?.displayName || type.render?.name || 'ForwardRef';
  return type.displayName || type.name || 'Anonymous';
}

/** Component renders by name, accumulated over the commits seen while counting. */
export class RenderCounter {
  commits = 0;
  renders = new Map<string, number>();
  /** Ids of the cards whose TouchpointCard rendered. */
  cards: string[] = [];
  private active = false;
  private walk = true;

  constructor() {
    window.__benchOnCommit = (root) => {
      if (!this.active) return;
      this.commits++;
      if (this.walk) this.visit(root.current);
    };
  }

  /** Starts counting from zero; `walk: false` counts commits only, at no cost to a timed mount. */
  start({ walk = true }: { walk?: boolean } = {}) {
    this.commits = 0;
    this.renders = new Map();
    this.cards = [];
    this.walk = walk;
    this.active = true;
  }

  /** Stops counting and returns the totals. */
  stop(): { commits: number; total: number; byName: Record<string, number>; cards: string[] } {
    this.active = false;
    let total = 0;
    for (const n of this.renders.values()) total += n;
    return { commits: this.commits, total, byName: Object.fromEntries(this.renders), cards: this.cards };
  }

  private visit(fiber: Fiber) {
    // Iterative walk; a 10,000-card map is tens of thousands of fibers deep in total.
    const stack: Fiber[] = [fiber];
    while (stack.length > 0) {
      const f = stack.pop()!;
      const previous = f.alternate;
      if (COMPONENT_TAGS.has(f.tag) && (previous === null || (f.flags & PERFORMED_WORK) !== 0)) {
        const name = nameOf(f);
        this.renders.set(name, (this.renders.get(name) ?? 0) + 1);
        const card = f.memoizedProps?.card?.id;
        if (name === 'TouchpointCard' && typeof card === 'string') this.cards.push(card);
      }
      // Children shared with the previous tree were not reconciled in this commit.
      if (previous !== null && f.child === previous.child) continue;
      for (let c = f.child; c; c = c.sibling) stack.push(c);
    }
  }
}
