// The benchmark page. bench/run.mjs bundles it twice with esbuild (React's production
// build, and React's profiling build for the Profiler figures), serves it on 127.0.0.1
// and drives it from headless Chromium. Every timing is taken here, with
// performance.now(), around work that ends with a forced style + layout.
import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { version as reactVersion } from 'react';
import { JourneyMap, type Journey } from '../../src';
import { toMermaidJourney } from '../../src/io/mermaid';
import { PlainTable } from '../baseline';
import { generateJourney, prng, SIZES } from '../generate';
import { RenderCounter } from './renders';
import { applyCost, editTitles, mountEditor, moveCards, unmountEditor } from './edit';

type Variant = 'map' | 'floor' | 'table';

interface Mermaid {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

declare global {
  interface Window {
    bench: typeof bench;
    gc?: () => void;
    mermaid?: Mermaid;
  }
}

const profiling = location.pathname.includes('profiling');
const counter = new RenderCounter();

let journey: Journey | null = null;
let floorHtml = '';
let host: HTMLElement | null = null;
let root: Root | null = null;
let profiled = 0;
/** The props the mounted map was last rendered with (the lane and channel filters are the host's props). */
let mapProps: Record<string, unknown> = {};

const onRender: ProfilerOnRenderCallback = (_id, _phase, actualDuration) => {
  profiled += actualDuration;
};

const layout = (el: HTMLElement) => el.offsetHeight + el.scrollWidth;
/** One macrotask: lets promise-based work (floating-ui positioning) finish. */
const tick = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Lets observers, effects and scheduled React work run, then collects garbage. */
async function settle() {
  await frame();
  await frame();
  await tick();
  window.gc?.();
}

function newHost(): HTMLElement {
  const el = document.createElement('div');
  el.className = 'bench-host';
  document.body.append(el);
  return el;
}

function mapElement(j: Journey, extra: Record<string, unknown> = {}): ReactNode {
  return (
    <Profiler id="map" onRender={onRender}>
      <JourneyMap journey={j} {...extra} />
    </Profiler>
  );
}

/**
 * Mounts one variant into a fresh element; returns render + commit + style + layout
 * time, and the part of it spent in the browser's forced style + layout (the map's
 * own measurements during its commit, and the final layout).
 */
function mount(variant: Variant): { ms: number; layoutMs: number } {
  if (!journey) throw new Error('call prepare() first');
  const j = journey;
  host = newHost();
  const el = host;
  let layoutMs = 0;
  const measure = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const t = performance.now();
    const rect = measure.call(this);
    layoutMs += performance.now() - t;
    return rect;
  };
  const t0 = performance.now();
  try {
    if (variant === 'floor') {
      el.innerHTML = floorHtml;
    } else {
      root = createRoot(el);
      const r = root;
      mapProps = {};
      flushSync(() => r.render(variant === 'map' ? mapElement(j) : <PlainTable journey={j} />));
    }
    const t1 = performance.now();
    layout(el);
    const t2 = performance.now();
    layoutMs += t2 - t1;
    return { ms: t2 - t0, layoutMs };
  } finally {
    Element.prototype.getBoundingClientRect = measure;
  }
}

function unmount() {
  if (root) {
    const r = root;
    flushSync(() => r.unmount());
  }
  host?.remove();
  root = null;
  host = null;
}

const cardElements = () => Array.from(host?.querySelectorAll<HTMLElement>('.jm-TouchpointCard[data-card-id]') ?? []);

/** The state a user can see on each card, to tell which cards an interaction changed. */
function cardStates(): Map<string, string> {
  const states = new Map<string, string>();
  for (const el of cardElements()) {
    states.set(
      el.dataset.cardId!,
      [
        el.hasAttribute('data-selected'),
        el.hasAttribute('data-linked'),
        el.dataset.state,
        el.tabIndex,
        el.getAttribute('aria-pressed'),
        el.getAttribute('aria-expanded'),
      ].join('|'),
    );
  }
  return states;
}

function changedCards(before: Map<string, string>, after: Map<string, string>): string[] {
  const ids: string[] = [];
  for (const [id, state] of after) if (before.get(id) !== state) ids.push(id);
  for (const id of before.keys()) if (!after.has(id)) ids.push(id);
  return ids;
}

/** Runs `fn` with setTimeout captured, then runs the captured callbacks at once: skips the hover delays. */
function withoutTimers(fn: () => void) {
  const real = window.setTimeout;
  const pending: Array<() => void> = [];
  window.setTimeout = ((cb: () => void) => {
    pending.push(cb);
    return 0;
  }) as unknown as typeof window.setTimeout;
  try {
    flushSync(fn);
  } finally {
    window.setTimeout = real;
  }
  flushSync(() => pending.forEach((cb) => cb()));
}

type Interaction = 'select' | 'click' | 'hover' | 'filter' | 'lanes' | 'channels';

/** Re-renders the mounted map with the host's props changed (a lane or channel filter). */
function rerender(props: Record<string, unknown>) {
  if (!root || !journey) throw new Error('mount the map first');
  const r = root;
  const j = journey;
  mapProps = props;
  flushSync(() => r.render(mapElement(j, props)));
}

/** The filters the lane and channel interactions alternate with showing everything. */
function filterProps(kind: 'lanes' | 'channels', on: boolean): Record<string, unknown> {
  if (!on || !journey) return {};
  if (kind === 'lanes') return { lanes: journey.lanes.filter((_, i) => i % 3 !== 1).map((l) => l.id) };
  const channels = [...new Set(journey.cards.flatMap((c) => (c.channel ? [c.channel] : [])))].sort();
  return { channels: channels.filter((_, i) => i % 2 === 0) };
}

/** Waits for `n` animation frames. */
async function frames(n: number) {
  for (let i = 0; i < n; i++) await frame();
}

interface InteractionResult {
  times: number[];
  profiled: number[];
  renders: Array<{
    total: number;
    cards: number;
    changed: number;
    commits: number;
    byName: Record<string, number>;
    unchangedRendered: string[];
    changedIds: string[];
    target: string;
  }>;
}

const bench = {
  info() {
    return { react: reactVersion, userAgent: navigator.userAgent, profiling };
  },

  /** Generates the journey of one size. The DOM floor's markup is captured from the map's first mount. */
  prepare(sizeIndex: number) {
    unmount();
    journey = generateJourney(SIZES[sizeIndex]!);
    floorHtml = '';
    return { cards: journey.cards.length };
  },

  /** Times one mount; leaves the variant mounted, with its effects and observers settled. */
  async mount(variant: Variant) {
    profiled = 0;
    counter.start({ walk: false });
    const { ms, layoutMs } = mount(variant);
    const atMount = counter.stop();
    const mountProfiled = profiled;
    counter.start();
    // The blueprint's arrows are routed after the mount, once their code is there and the
    // block is measured: the time from the end of the mount until they are drawn.
    let arrowsMs: number | undefined;
    if (variant === 'map' && host!.querySelector('.jm-ServiceBlueprintLane')) {
      const t = performance.now();
      while (!host!.querySelector('.jm-ServiceBlueprintLane-arrow') && performance.now() - t < 60_000) await tick();
      arrowsMs = performance.now() - t;
    }
    await settle();
    const after = counter.stop();
    const elements = host!.getElementsByTagName('*').length;
    if (variant === 'map' && floorHtml === '') floorHtml = host!.innerHTML;
    if (variant === 'floor' && floorHtml === '') throw new Error('mount the map before the DOM floor');
    return {
      ms,
      layoutMs,
      floorHtmlBytes: floorHtml.length,
      profiled: mountProfiled,
      commits: atMount.commits,
      commitsAfter: after.commits,
      arrowsMs,
      rendersAfter: after.byName,
      elements,
    };
  },

  async unmount() {
    unmount();
    await settle();
  },

  /** Mounts the map for the interactions that follow. */
  async mountForInteractions() {
    unmount();
    mount('map');
    await settle();
  },

  /**
   * Repeats one interaction on seeded random cards of the mounted map: each repetition
   * is timed (dispatch → React → style + layout), its React render time read from the
   * Profiler (profiling build) and, when `count`, its renders counted.
   */
  async interact(kind: Interaction, iterations: number, count: boolean, seed: number): Promise<InteractionResult> {
    const el = host;
    if (!el) throw new Error('call mountForInteractions() first');
    const cards = cardElements();
    const rnd = prng(seed);
    const result: InteractionResult = { times: [], profiled: [], renders: [] };
    const radios = () => Array.from(el.querySelectorAll<HTMLInputElement>('.jm-PersonaPanel-switcher input[type="radio"]'));
    for (let i = 0; i < iterations; i++) {
      const card = cards[Math.floor(rnd() * cards.length)]!;
      const before = count ? cardStates() : null;
      if (count) counter.start();
      profiled = 0;
      const t0 = performance.now();
      if (kind === 'select') {
        flushSync(() => card.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true })));
      } else if (kind === 'click') {
        flushSync(() => card.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })));
        await tick();
      } else if (kind === 'hover') {
        // The pointer enters (React's pointer-enter binds the map's hover hook to the card), then the hook's own mouseenter.
        withoutTimers(() => {
          card.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse', relatedTarget: null }));
          card.dispatchEvent(new MouseEvent('mouseenter', { relatedTarget: null }));
        });
        await tick();
      } else if (kind === 'lanes' || kind === 'channels') {
        // Alternate between a filter the host sets (a third of the lanes left out, or half
        // the channels) and none.
        rerender(filterProps(kind, i % 2 === 0));
      } else {
        // Alternate between one persona and all personas through the map's own switcher.
        const radio = radios()[i % 2 === 0 ? 2 : 0]!;
        flushSync(() => radio.click());
      }
      layout(el);
      result.times.push(performance.now() - t0);
      result.profiled.push(profiled);
      if (count) {
        const r = counter.stop();
        const changed = changedCards(before!, cardStates());
        const unchangedRendered = r.cards.filter((id) => !changed.includes(id));
        result.renders.push({
          total: r.total,
          cards: r.byName.TouchpointCard ?? 0,
          changed: changed.length,
          commits: r.commits,
          byName: r.byName,
          unchangedRendered,
          changedIds: changed,
          target: card.dataset.cardId!,
        });
      }
      // Undo, untimed: a hover preview closes when the pointer leaves.
      if (kind === 'hover') {
        withoutTimers(() => {
          card.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, pointerType: 'mouse', relatedTarget: document.body }));
          card.dispatchEvent(new MouseEvent('mouseleave', { relatedTarget: document.body }));
        });
        await tick();
      }
      await settle();
    }
    // Leave the map as it was: all personas, popover closed.
    if (kind === 'filter' && iterations % 2 === 1) flushSync(() => radios()[0]!.click());
    if ((kind === 'lanes' || kind === 'channels') && Object.keys(mapProps).length > 0) rerender({});
    if (kind === 'click')
      flushSync(() =>
        el.querySelector<HTMLElement>('[data-state="open"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
      );
    await settle();
    return result;
  },

  /**
   * Scrolls the mounted map as a reader does, one step a frame: sideways through the
   * grid's scroller to its end, then the page down to the map's end. Returns the long
   * tasks (PerformanceObserver 'longtask') and the layout shifts ('layout-shift', their
   * summed score: the CLS of the scroll) seen meanwhile, and the frames' intervals.
   */
  async scroll(steps: number) {
    const el = host;
    if (!el) throw new Error('call mountForInteractions() first');
    const scroller = el.querySelector<HTMLElement>('.jm-JourneyGrid-scroller');
    if (!scroller) throw new Error('no scroller');
    scroller.scrollLeft = 0;
    window.scrollTo(0, 0);
    await settle();
    const longTasks: number[] = [];
    let cls = 0;
    let shifts = 0;
    const observers = [
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      }),
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (entry.hadRecentInput) continue;
          cls += entry.value;
          shifts++;
        }
      }),
    ];
    observers[0]!.observe({ type: 'longtask' });
    observers[1]!.observe({ type: 'layout-shift' });
    const gaps: number[] = [];
    let last = performance.now();
    const step = async () => {
      await frame();
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    };
    const wide = scroller.scrollWidth - scroller.clientWidth;
    for (let i = 1; i <= steps; i++) {
      scroller.scrollLeft = (wide * i) / steps;
      await step();
    }
    const tall = document.documentElement.scrollHeight - window.innerHeight;
    for (let i = 1; i <= steps; i++) {
      window.scrollTo(0, (tall * i) / steps);
      await step();
    }
    await frames(3);
    await tick();
    for (const o of observers) {
      for (const entry of o.takeRecords() as Array<PerformanceEntry & { value?: number }>) {
        if (entry.entryType === 'longtask') longTasks.push(entry.duration);
        else if (entry.value !== undefined) {
          cls += entry.value;
          shifts++;
        }
      }
      o.disconnect();
    }
    scroller.scrollLeft = 0;
    window.scrollTo(0, 0);
    await settle();
    return { longTasks, cls, shifts, maxFrame: Math.max(...gaps), frames: gaps.length, width: scroller.scrollWidth, height: tall };
  },

  /**
   * What the browser does for the pointer over the mounted map: `document.elementFromPoint`
   * at `points` places spread over the viewport (a hit test, as every pointer move makes),
   * each timed alone. Returns the median and the longest, in ms.
   */
  async hitTest(points: number) {
    if (!host) throw new Error('call mountForInteractions() first');
    await settle();
    const times: number[] = [];
    for (let i = 0; i < points; i++) {
      const x = 320 + ((i * 97) % (window.innerWidth - 400));
      const y = 200 + ((i * 61) % (window.innerHeight - 260));
      const t0 = performance.now();
      document.elementFromPoint(x, y);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { median: times[times.length >> 1]!, max: times[times.length - 1]! };
  },

  /** Draws the journey with Mermaid's journey diagram; `everyCard` makes every card a task, not only the action cards. */
  async mermaid(everyCard: boolean, runs: number) {
    if (!journey) throw new Error('call prepare() first');
    if (!window.mermaid) {
      await new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/mermaid/mermaid.min.js';
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('mermaid did not load'));
        document.head.append(script);
      });
      window.mermaid!.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 100_000_000, maxEdges: 1_000_000 });
    }
    const m = window.mermaid!;
    const source = everyCard ? { ...journey, cards: journey.cards.map((c) => ({ ...c, kind: 'action' as const })) } : journey;
    const text = toMermaidJourney(source);
    const tasks = text.split('\n').filter((line) => /^ {4}\S/.test(line)).length;
    const times: number[] = [];
    let elements = 0;
    for (let i = 0; i < runs; i++) {
      const el = newHost();
      const t0 = performance.now();
      const { svg } = await m.render(`mermaid-${everyCard ? 'all' : 'actions'}-${i}`, text);
      el.innerHTML = svg;
      layout(el);
      times.push(performance.now() - t0);
      elements = el.getElementsByTagName('*').length;
      el.remove();
      await settle();
    }
    return { tasks, sections: journey.stages.length, times, elements };
  },

  /**
   * The editor on the prepared journey: its mount, then `titles` cards renamed (`keys`
   * keystrokes each, then Enter) and `moves` cards moved one lane by keyboard, each step
   * timed with its renders counted.
   */
  async edit(titles: number, keys: number, moves: number) {
    if (!journey) throw new Error('call prepare() first');
    unmount();
    const mountMs = await mountEditor(journey);
    const renamed = await editTitles(counter, titles, keys);
    const moved = await moveCards(counter, moves);
    unmountEditor();
    await settle();
    return { mountMs, ...renamed, ...moved };
  },

  /** The median time of applying one change (a title, a move) to the prepared journey. */
  apply(runs: number) {
    if (!journey) throw new Error('call prepare() first');
    return applyCost(journey, runs);
  },
};

window.bench = bench;
document.title = 'ready';
