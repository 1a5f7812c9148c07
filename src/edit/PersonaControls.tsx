import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useIsomorphicLayoutEffect } from '../components/context';
import type { JourneyChange } from '../model/changes';
import type { Journey } from '../model/types';
import type { EditorLabels } from './labels';
import { PersonaFormDialog, RemovePersonaDialog } from './dialogs';

/** Props of {@link PersonaControls}. */
export interface PersonaControlsProps {
  root: RefObject<HTMLElement | null>;
  journey: Journey;
  labels: EditorLabels;
  /** Applies changes through the editor, announced with `say` (undoable). */
  commit: (changes: JourneyChange[], say: string) => void;
  /** Announces `text` politely. */
  announce: (text: string) => void;
}

/** The persona panel as drawn in the map. */
interface Spots {
  panel: HTMLElement | null;
}

const ATTR = 'data-jm-persona-control';
const SMALL: CSSProperties = { minWidth: 24, minHeight: 24, padding: '0 6px', font: 'inherit', fontSize: 12, lineHeight: 1 };

function findSpots(root: HTMLElement | null): Spots {
  return {
    panel: root?.querySelector<HTMLElement>('.jm-PersonaPanel') ?? null,
  };
}

const sameSpots = (a: Spots, b: Spots) => a.panel === b.panel;

/** What the persona dialogs are doing. */
type Task = { type: 'edit'; id: string } | { type: 'add' } | { type: 'remove'; id: string };

/**
 * The personas, editable: in the map's persona panel, for each persona an "Edit persona"
 * button (a form of every field) and, when the journey has several, a "Remove persona" one
 * (saying what goes with it), then an "Add a persona" button. Drawn into the panel by the
 * editor, so the viewer itself draws nothing more.
 */
export function PersonaControls({ root, journey, labels, commit, announce }: PersonaControlsProps) {
  const [spots, setSpots] = useState<Spots>({ panel: null });
  const [task, setTask] = useState<Task | null>(null);
  const [focus, setFocus] = useState<{ key: string } | null>(null);
  useEffect(() => {
    const find = () => {
      const found = findSpots(root.current);
      setSpots((old) => (sameSpots(old, found) ? old : found));
    };
    find();
    const observer = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(find);
    if (root.current) observer?.observe(root.current, { childList: true, subtree: true });
    return () => observer?.disconnect();
  }, [root, journey]);
  // Focus goes to the control named once, and again only when a redraw of the panel took it away.
  const asked = useRef<{ key: string } | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (!focus) return;
    const fresh = asked.current !== focus;
    asked.current = focus;
    const go = () => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (!fresh && !lost) return;
      const find = (key: string) => root.current?.querySelector<HTMLElement>(`[${ATTR}="${CSS.escape(key)}"]`);
      // A persona added may not be drawn (the panel may show one at a time): the Add button takes focus.
      (find(focus.key) ?? find('add'))?.focus();
    };
    go();
    const frame = requestAnimationFrame(go);
    return () => cancelAnimationFrame(frame);
  }, [root, focus, spots]);

  const several = journey.personas.length > 1;
  const done = (changes: JourneyChange[], say: string, key: string) => {
    setTask(null);
    if (changes.length) commit(changes, say);
    else announce(say);
    setFocus({ key });
  };
  // Closed without a change: focus back on the button that opened the dialog.
  const close = (key: string) => {
    setTask(null);
    setFocus({ key });
  };
  // Short on screen (✎ and the name, ✕, +), named in full for screen readers: the name shown is part of the name read.
  const button = (key: string, label: string, text: string, onClick: () => void) => (
    <button
      key={key}
      type="button"
      className="jm-JourneyEditor-personaButton"
      {...{ [ATTR]: key }}
      aria-label={label}
      style={SMALL}
      onClick={onClick}
    >
      {text}
    </button>
  );
  return (
    <>
      {spots.panel &&
        createPortal(
          <div
            role="group"
            aria-label={labels.personaControls}
            className="jm-JourneyEditor-personaControls"
            style={{
              flexBasis: '100%',
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'center',
              gap: '0.25em 0.75em',
              marginBlockStart: '0.5em',
              fontFamily: 'system-ui, sans-serif',
            }}
          >
            {journey.personas.map((persona) => (
              <span key={persona.id} style={{ display: 'inline-flex', gap: 2 }}>
                {button(`edit:${persona.id}`, labels.editPersona(persona.name), `✎ ${persona.name}`, () =>
                  setTask({ type: 'edit', id: persona.id }),
                )}
                {several &&
                  button(`remove:${persona.id}`, labels.removePersona(persona.name), '✕', () =>
                    setTask({ type: 'remove', id: persona.id }),
                  )}
              </span>
            ))}
            {button('add', labels.addPersona, `+ ${labels.addPersona}`, () => setTask({ type: 'add' }))}
          </div>,
          spots.panel,
        )}
      {task?.type === 'remove' && (
        <RemovePersonaDialog
          journey={journey}
          labels={labels}
          personaId={task.id}
          onClose={() => close(`remove:${task.id}`)}
          onCommit={(changes, say) => done(changes, say, 'add')}
        />
      )}
      {(task?.type === 'edit' || task?.type === 'add') && (
        <PersonaFormDialog
          journey={journey}
          labels={labels}
          personaId={task.type === 'edit' ? task.id : undefined}
          onClose={() => close(task.type === 'edit' ? `edit:${task.id}` : 'add')}
          onCommit={(changes, say) => {
            const added = changes[0]?.type === 'persona/add' ? changes[0].persona.id : undefined;
            done(changes, say, added ? `edit:${added}` : task.type === 'edit' ? `edit:${task.id}` : 'add');
          }}
        />
      )}
    </>
  );
}
