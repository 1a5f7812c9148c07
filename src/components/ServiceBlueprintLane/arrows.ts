import type { Box } from '../../layout/links';
import { linkPath } from '../../layout/route';
import { SHOWN } from '../parked';

/** The arrows of a blueprint block: the block's size and a path per link. */
export interface Arrows {
  /** The block's width. */
  width: number;
  /** The block's height. */
  height: number;
  /** One arrow per link, in the links' order. */
  items: Array<{ from: string; to: string; d: string }>;
}

/**
 * Measures a blueprint block — its cards, the borders between its stage columns and
 * between its lanes — and routes an arrow for each link through the gaps, relative to
 * the block. Hands the result to `set`; nothing while the block is not laid out.
 */
export function measureArrows(
  block: HTMLElement,
  cardElements: ReadonlyMap<string, HTMLElement>,
  links: ReadonlyArray<readonly [string, string]>,
  set: (arrows: Arrows) => void,
): void {
  const origin = block.getBoundingClientRect();
  if (origin.width === 0) return;
  const rel = (r: DOMRect): Box => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
  const boxes = new Map<string, Box>();
  for (const [id, el] of cardElements) {
    // A parked lane's cards are not drawn; measuring them would lay out what the browser skips.
    if (!block.contains(el) || !el.matches(SHOWN)) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0) boxes.set(id, rel(r));
  }
  // Routes run up and down along the borders between stage columns (not the one under
  // the sticky lane headers) and sideways between lanes.
  const rows = Array.from(block.querySelectorAll(`:scope > .jm-BlueprintLane${SHOWN}`), (row) => rel(row.getBoundingClientRect()));
  const head = block.querySelector(`:scope > .jm-BlueprintLane${SHOWN} > .jm-Lane-header`)?.getBoundingClientRect();
  const gutters = Array.from(block.querySelectorAll(`:scope > .jm-BlueprintLane${SHOWN} > .jm-Cell`), (cell) => {
    const r = cell.getBoundingClientRect();
    return [r.left, r.right];
  })
    .flat()
    .filter((x) => !head || (Math.abs(x - head.left) > 1 && Math.abs(x - head.right) > 1))
    .map((x) => x - origin.left);
  const channels = rows.map((row, i) => (i === 0 ? row.y : (rows[i - 1]!.y + rows[i - 1]!.height + row.y) / 2));
  const last = rows.at(-1);
  if (last) channels.push(last.y + last.height);
  const cards = [...boxes.values()];
  const items: Arrows['items'] = [];
  for (const [from, to] of links) {
    const a = boxes.get(from);
    const b = boxes.get(to);
    if (a && b) items.push({ from, to, d: linkPath({ from: a, to: b, cards, gutters, channels }) });
  }
  set({ width: origin.width, height: origin.height, items });
}
