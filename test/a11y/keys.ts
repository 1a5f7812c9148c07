// Helpers for keyboard walks in real Chromium: where focus is in the map's grid, and
// what a journey's curve should say at each stage, worked out from the data alone.
import { userEvent } from 'vitest/browser';
import type { Journey } from '../../src';
import type { AxNode } from './commands';
import type { AxTree } from './tree';

/** The focused element's node (Chromium also marks the page itself focused; that one is skipped). */
export const focusedNode = (tree: AxTree): AxNode | undefined =>
  tree.nodes.find((n) => n.properties.focused === true && n.role !== 'RootWebArea');

/** The element that has focus. */
export const active = (): HTMLElement => document.activeElement as HTMLElement;

/**
 * The stage columns (0-based) the focused element covers: its grid cell's, or the cell
 * around the focused card; -1 for a row header (the curve's "View as table" button).
 */
export function focusedColumns(el: HTMLElement = active()): [number, number] {
  if (el.closest('[role="rowheader"]')) return [-1, -1];
  const cell = el.closest<HTMLElement>('[role="gridcell"]');
  if (!cell) throw new Error(`focus is outside the grid's cells: ${el.outerHTML.slice(0, 120)}`);
  const start = Number(cell.getAttribute('aria-colindex')) - 2;
  return [start, start + Number(cell.getAttribute('aria-colspan') ?? 1) - 1];
}

/** The row of the focused element. */
export const focusedRow = (el: HTMLElement = active()): HTMLElement => el.closest<HTMLElement>('[role="row"]')!;

/** The rows of a grid that hold something the arrow keys reach. */
export const navigableRows = (grid: HTMLElement): HTMLElement[] =>
  Array.from(grid.querySelectorAll<HTMLElement>('[role="row"]')).filter((row) => row.querySelector('[data-nav-key]'));

/** The score as the map writes it: signed, with a true minus sign. */
const signed = (score: number) => (score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : '0');

/**
 * What the curve's cell at each stage should be named, from the journey's data (current
 * state only, every persona that scored the stage, in the personas' order).
 */
export function expectedStageNames(journey: Journey): string[] {
  // A score that names nobody belongs to the one persona, if there is one.
  const persona = (id: string | undefined) =>
    journey.personas.find((p) => p.id === id)?.name ?? (journey.personas.length === 1 ? journey.personas[0]!.name : journey.title);
  const order = (id: string | undefined) => journey.personas.findIndex((p) => p.id === id);
  return journey.stages.map((stage) => {
    const scores = journey.emotions
      .filter((e) => e.stage === stage.id && (e.scenario ?? 'current') === 'current')
      .sort((a, b) => order(a.persona) - order(b.persona));
    if (scores.length === 0) return `${stage.name}: no score`;
    if (scores.length === 1) {
      const [e] = scores;
      return `${stage.name}: ${signed(e!.score)}${e!.label ? `, ${e!.label}` : ''} — ${persona(e!.persona)}`;
    }
    return `${stage.name}: ${scores.map((e) => `${persona(e.persona)} ${signed(e.score)}${e.label ? ` ${e.label}` : ''}`).join('; ')}`;
  });
}

/**
 * Presses `key` `times` times in one go — one trip to the browser's driver, not one per
 * press — and returns every element focus moved to on the way, in order. Pressing more
 * times than there are places to go also shows that focus stops at the end.
 */
export async function pressRecording(key: string, times: number): Promise<HTMLElement[]> {
  const visited: HTMLElement[] = [];
  const record = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement && event.target !== visited.at(-1)) visited.push(event.target);
  };
  document.addEventListener('focusin', record);
  try {
    await userEvent.keyboard(key.repeat(times));
  } finally {
    document.removeEventListener('focusin', record);
  }
  return visited;
}
