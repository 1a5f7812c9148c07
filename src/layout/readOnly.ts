import type { EditCommand } from './editing';

/**
 * Which parts of a map the host lets the user edit, as pure functions: the editor's
 * `readOnly` prop read into one answer per part, and the part each command touches.
 */

/** The parts of a map a host can make read-only. */
export const EDITABLE_PARTS = ['cards', 'fields', 'stages', 'lanes', 'emotions', 'personas'] as const;
/**
 * A part of a map: `cards` (add, delete, move and link cards and change their span), `fields` (a
 * card's title and every field of its details), `stages` (move and remove stages),
 * `lanes` (lanes), `emotions` (the emotion curve), `personas` (edit, add and remove personas).
 */
export type EditablePart = (typeof EDITABLE_PARTS)[number];

/**
 * What the host makes read-only: `true` (everything: the map is only shown), an object
 * naming read-only parts (`{ stages: true, lanes: true }`), or the editable parts with
 * every other part read-only (`{ except: ['cards', 'fields'] }`). `false` or left out:
 * everything is editable.
 */
export type ReadOnly = boolean | (Partial<Record<EditablePart, boolean>> & { except?: never }) | { except: readonly EditablePart[] };

/** Whether each part is editable under `readOnly`. */
export function editableParts(readOnly: ReadOnly | undefined): Record<EditablePart, boolean> {
  const result = {} as Record<EditablePart, boolean>;
  for (const part of EDITABLE_PARTS) {
    if (readOnly === undefined || readOnly === false) result[part] = true;
    else if (readOnly === true) result[part] = false;
    else if ('except' in readOnly && Array.isArray(readOnly.except)) result[part] = readOnly.except.includes(part);
    else result[part] = (readOnly as Partial<Record<EditablePart, boolean>>)[part] !== true;
  }
  return result;
}

/** The part a command changes, or `undefined` for undo and redo (allowed whenever something is editable). */
export function partOf(command: EditCommand): EditablePart | undefined {
  switch (command.type) {
    case 'undo':
    case 'redo':
      return undefined;
    case 'rename':
    case 'details':
      return 'fields';
    default:
      return 'cards';
  }
}

/** Whether `command` may run with `editable` parts. */
export function allowed(command: EditCommand, editable: Record<EditablePart, boolean>): boolean {
  const part = partOf(command);
  return part ? editable[part] : EDITABLE_PARTS.some((p) => editable[p]);
}
