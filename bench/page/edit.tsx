// The editor's rows of the benchmark: a keystroke in a card's title field, committing the
// title, moving a card one lane with Ctrl+Arrow, on a mounted JourneyEditor; and the cost
// of applying one change, by the map's size. Driven by bench/page/main.tsx.
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { applyJourneyChanges, type Journey, type JourneyChange } from '../../src';
import { JourneyEditor } from '../../src/edit';
import type { RenderCounter } from './renders';

/** One timed editing step: its time (dispatch → React → style + layout) and what rendered. */
export interface EditStep {
  ms: number;
  /** Component renders in all. */
  total: number;
  /** TouchpointCard renders, and the cards that rendered. */
  cards: number;
  cardIds: string[];
  /** Cards in the cells the change touched (for a move: the card's old and new cell). */
  touched: string[];
  byName: Record<string, number>;
}

let root: Root | null = null;
let host: HTMLElement | null = null;
let current: Journey | null = null;

const layout = (el: HTMLElement) => el.offsetHeight + el.scrollWidth;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
async function settle() {
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const cardEl = (id: string) => host?.querySelector<HTMLElement>(`[data-nav-key="card:${CSS.escape(id)}"]`) ?? null;
const key = (el: Element, init: KeyboardEventInit) =>
  flushSync(() => el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })));

/** Mounts the editor (uncontrolled) on `journey`, and waits for it to settle. */
export async function mountEditor(journey: Journey): Promise<number> {
  unmountEditor();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  current = journey;
  const r = root;
  const t0 = performance.now();
  flushSync(() => r.render(<JourneyEditor defaultJourney={journey} layout="grid" onJourneyChange={(next) => (current = next)} />));
  layout(host);
  const ms = performance.now() - t0;
  await settle();
  return ms;
}

/** Unmounts the editor. */
export function unmountEditor() {
  if (root) {
    const r = root;
    flushSync(() => r.unmount());
  }
  host?.remove();
  root = null;
  host = null;
}

/** The cards of a lane and stage (the cell a card sits in, by its first stage). */
const cellOf = (journey: Journey, lane: string, stage: string) =>
  journey.cards.filter((c) => c.lane === lane && c.stage === stage).map((c) => c.id);

function timed(counter: RenderCounter, act: () => void, touched: string[]): EditStep {
  counter.start();
  const t0 = performance.now();
  act();
  layout(host!);
  const ms = performance.now() - t0;
  const r = counter.stop();
  return { ms, total: r.total, cards: r.byName.TouchpointCard ?? 0, cardIds: r.cards, touched, byName: r.byName };
}

/** Picks cards spread over the map, seeded by position so every run picks the same. */
function picks(n: number): string[] {
  const cards = current!.cards;
  return Array.from({ length: n }, (_, i) => cards[Math.floor(((i + 0.5) * cards.length) / n)]!.id);
}

/**
 * Renames `n` cards as a user does: F2 on the focused card, `keys` keystrokes (each timed),
 * Enter (timed: the change applied and the map redrawn).
 */
export async function editTitles(counter: RenderCounter, n: number, keys: number) {
  const keystrokes: EditStep[] = [];
  const commits: EditStep[] = [];
  for (const id of picks(n)) {
    const card = cardEl(id);
    if (!card) throw new Error(`card ${id} not drawn`);
    card.focus();
    key(card, { key: 'F2' });
    await settle();
    const input = host!.querySelector<HTMLInputElement>('input.jm-JourneyEditor-input');
    if (!input) throw new Error('F2 opened no title field');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    for (let k = 0; k < keys; k++) {
      keystrokes.push(
        timed(
          counter,
          () =>
            flushSync(() => {
              setValue.call(input, `${input.value}x`);
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          [id],
        ),
      );
    }
    commits.push(timed(counter, () => key(input, { key: 'Enter' }), [id]));
    await settle();
  }
  return { keystrokes, commits };
}

/** Moves `n` cards one lane down with Ctrl+ArrowDown (a card in the last lane moves up), each timed. */
export async function moveCards(counter: RenderCounter, n: number) {
  const moves: EditStep[] = [];
  for (const id of picks(n)) {
    const before = current!;
    const card = cardEl(id);
    if (!card) throw new Error(`card ${id} not drawn`);
    card.focus();
    await settle();
    const c = before.cards.find((x) => x.id === id)!;
    const stage = c.stage;
    const last = before.lanes.filter((l) => l.kind !== 'emotion').at(-1)?.id === c.lane;
    const step = timed(counter, () => key(card, { key: last ? 'ArrowUp' : 'ArrowDown', ctrlKey: true }), []);
    const after = current!;
    const moved = after.cards.find((x) => x.id === id)!;
    step.touched = [...new Set([...cellOf(before, c.lane, stage), ...cellOf(after, moved.lane, stage)])];
    if (after === before) throw new Error(`card ${id} did not move`);
    moves.push(step);
    await settle();
  }
  return { moves };
}

/**
 * The time one change takes to apply (a card's title, a card moved to the next lane), as
 * the median of `runs` applications to `journey`.
 */
export function applyCost(journey: Journey, runs: number) {
  const card = journey.cards[journey.cards.length >> 1]!;
  const lanes = journey.lanes.filter((l) => l.kind !== 'emotion' && l.id !== card.lane);
  const changes: Record<string, JourneyChange[]> = {
    update: [{ type: 'card/update', id: card.id, set: { title: `${card.title} (edited)` } }],
    move: [{ type: 'card/move', id: card.id, lane: lanes[0]!.id, stage: card.stage }],
  };
  const out: Record<string, number> = {};
  for (const [name, change] of Object.entries(changes)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      applyJourneyChanges(journey, change);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out[name] = times[times.length >> 1]!;
  }
  return out;
}
