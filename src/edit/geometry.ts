import { cellCards, slotAt, stageIndexAt, type PickUp } from '../layout/pickup';
import { editTargetOf } from '../layout/editing';
import type { Journey } from '../model/types';
import { SHOWN } from '../components/parked';

/** A card's element, found by the browser's own selector matching (a drag asks for it on every move, on maps of thousands of cards). */
const cardElement = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`[data-nav-key="card:${CSS.escape(id)}"]${SHOWN}`) ?? undefined;

/** The stage headers drawn in the grid, in the stages' order. */
export function stageHeaders(root: HTMLElement | null): HTMLElement[] {
  return Array.from(root?.querySelectorAll<HTMLElement>('.jm-StageColumn[data-variant="header"][data-stage-id]') ?? []);
}

/** The cell element of a lane that covers stage index `stage`. */
export function cellElement(root: HTMLElement | null, lane: string, stage: number): HTMLElement | undefined {
  const prefix = `cell:${lane}:`;
  return Array.from(root?.querySelectorAll<HTMLElement>(`[data-nav-key^="cell:"]${SHOWN}`) ?? []).find((el) => {
    const key = el.getAttribute('data-nav-key')!;
    if (!key.startsWith(prefix)) return false;
    const start = Number(key.slice(prefix.length));
    return start <= stage && stage < start + Number(el.getAttribute('data-span') ?? 1);
  });
}

const centre = (el: Element, axis: 'x' | 'y') => {
  const r = el.getBoundingClientRect();
  return axis === 'x' ? r.left + r.width / 2 : r.top + r.height / 2;
};

/** Where something dragged by the pointer at (`x`, `y`) would land, or `null` over no target. */
export function pointerSpot(
  root: HTMLElement,
  journey: Journey,
  source: { kind: 'card' | 'stage'; id: string },
  x: number,
  y: number,
  rtl: boolean,
): PickUp | null {
  const headers = stageHeaders(root);
  if (source.kind === 'stage') {
    const from = journey.stages.findIndex((s) => s.id === source.id);
    if (from < 0 || headers.length !== journey.stages.length) return null;
    return {
      kind: 'stage',
      stageId: source.id,
      at: stageIndexAt(
        headers.map((h) => centre(h, 'x')),
        x,
        from,
        rtl,
      ),
    };
  }
  const cell = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-nav-key^="cell:"]');
  const target = editTargetOf(cell?.getAttribute('data-nav-key'));
  if (!cell || !root.contains(cell) || target.type !== 'cell') return null;
  let stage = target.stage;
  const span = Number(cell.getAttribute('data-span') ?? 1);
  // A cell widened by a spanning card covers several stages: the one under the pointer.
  for (let i = target.stage; i < target.stage + span; i++) {
    const r = headers[i]?.getBoundingClientRect();
    if (r && x >= r.left && x <= r.right) stage = i;
  }
  const others = cellCards(journey, target.laneId, journey.stages[stage]?.id, source.id);
  const mids = others.map((id) => cardElement(root, id)).map((el) => (el ? centre(el, 'y') : -Infinity));
  return { kind: 'card', cardId: source.id, at: { stage, lane: target.laneId, position: slotAt(mids, y) } };
}

/** A box relative to the editor's root, as style. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Where the drop indicator is drawn for a landing place: the target's outline and the line where it goes in. */
export function indicatorBoxes(
  root: HTMLElement,
  journey: Journey,
  spot: PickUp,
  rtl: boolean,
): { outline: Box; line: Box; source: Box | null } | null {
  const boxes = targetBoxes(root, journey, spot, rtl);
  const origin = root.getBoundingClientRect();
  const el =
    spot.kind === 'card'
      ? cardElement(root, spot.cardId)
      : stageHeaders(root).find((h) => h.getAttribute('data-stage-id') === spot.stageId);
  const r = el?.getBoundingClientRect();
  const source = r ? { top: r.top - origin.top, left: r.left - origin.left, width: r.width, height: r.height } : null;
  // Clipped to the map's scrolling area: what is scrolled out of it is not drawn over the page.
  const s = root.querySelector('.jm-JourneyGrid-scroller')?.getBoundingClientRect();
  const clip = (box: Box | null): Box | null => {
    if (!box || !s) return box;
    const top = Math.max(box.top, s.top - origin.top);
    const left = Math.max(box.left, s.left - origin.left);
    const bottom = Math.min(box.top + box.height, s.bottom - origin.top);
    const right = Math.min(box.left + box.width, s.right - origin.left);
    return bottom > top && right > left ? { top, left, width: right - left, height: bottom - top } : null;
  };
  const outline = clip(boxes?.outline ?? null);
  const line = clip(boxes?.line ?? null);
  return outline && line ? { outline, line, source: clip(source) } : null;
}

function targetBoxes(root: HTMLElement, journey: Journey, spot: PickUp, rtl: boolean): { outline: Box; line: Box } | null {
  const origin = root.getBoundingClientRect();
  const scroller = root.querySelector('.jm-JourneyGrid-scroller')?.getBoundingClientRect();
  const headers = stageHeaders(root);
  const rel = (top: number, left: number, width: number, height: number): Box => ({
    top: top - origin.top,
    left: left - origin.left,
    width,
    height,
  });
  if (spot.kind === 'stage') {
    const from = journey.stages.findIndex((s) => s.id === spot.stageId);
    const at = headers[spot.at]?.getBoundingClientRect();
    if (!at || from < 0) return null;
    const bottom = scroller ? scroller.bottom : at.bottom;
    // After the stage it lands on when moving forwards, before it when moving back.
    const trailing = spot.at > from;
    const edge = trailing !== rtl ? at.right : at.left;
    return { outline: rel(at.top, at.left, at.width, bottom - at.top), line: rel(at.top, edge - 2, 4, bottom - at.top) };
  }
  const cell = cellElement(root, spot.at.lane, spot.at.stage);
  const column = headers[spot.at.stage]?.getBoundingClientRect();
  if (!cell || !column) return null;
  const c = cell.getBoundingClientRect();
  const others = cellCards(journey, spot.at.lane, journey.stages[spot.at.stage]?.id, spot.cardId)
    .map((id) => cardElement(root, id)?.getBoundingClientRect())
    .filter((r): r is DOMRect => r !== undefined);
  const next = others[spot.at.position];
  const last = others[others.length - 1];
  const y = next ? next.top - 3 : last ? last.bottom + 3 : c.top + 6;
  return { outline: rel(c.top, column.left, column.width, c.height), line: rel(y - 2, column.left + 4, column.width - 8, 4) };
}
