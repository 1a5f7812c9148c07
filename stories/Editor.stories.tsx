import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { parseJourney, type Journey } from '../src';
import { JourneyEditor, useJourneyHistory } from '../src/edit';
import { examples } from './data';

const STORAGE_KEY = 'react-journey-map:editor:ecommerce-kitchen';
const example = examples['ecommerce-kitchen']!;

/** The journey kept in this browser's storage, or the example when there is none (or it no longer reads). */
function stored(): Journey {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return text ? parseJourney(JSON.parse(text)) : example;
  } catch {
    return example;
  }
}

/** A host page: the editor controlled by `useJourneyHistory`, the journey saved on every change. */
function EditableMap() {
  const history = useJourneyHistory(stored());
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(history.journey));
  }, [history.journey]);
  return (
    <JourneyEditor
      journey={history.journey}
      onJourneyChange={history.onJourneyChange}
      onUndo={history.undo}
      onRedo={history.redo}
      layout="grid"
      actions={
        <div style={{ display: 'flex', gap: 8 }}>
          <button type="button" onClick={history.undo} disabled={!history.canUndo}>
            Undo
          </button>
          <button type="button" onClick={history.redo} disabled={!history.canRedo}>
            Redo
          </button>
          <button type="button" onClick={() => history.reset(example)}>
            Reset
          </button>
        </div>
      }
    />
  );
}

/**
 * Editable maps (`react-journey-map/edit`): the host owns the journey, the editor emits
 * typed changes. Here the host keeps the history with `useJourneyHistory` and saves the
 * journey in this browser's storage; Reset goes back to the example.
 */
const meta = {
  title: 'Editor/Editable map',
  component: EditableMap,
} satisfies Meta<typeof EditableMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Focus a card and press F2 to rename it (Enter commits, Escape cancels), Delete to delete
 * it, Ctrl+Arrow keys to move it; on an empty cell press N to add a card. Ctrl+Z undoes.
 * The pointer has the same through the small toolbar on the card or cell pointed at, and
 * a double-click renames.
 */
export const EditableMapStory: Story = {
  name: 'Editable map',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
    const card = () => canvasElement.querySelector<HTMLElement>('[data-card-id="th-aw"]')!;
    await step('delete a card: focus it, press Delete', async () => {
      // Tab into the map's one tab stop, then down its first column to the card.
      const grid = canvas.getByRole('grid');
      for (let i = 0; i < 30 && !grid.contains(document.activeElement); i++) await userEvent.tab();
      for (let i = 0; i < 10 && document.activeElement !== card(); i++) await userEvent.keyboard('{ArrowDown}');
      await expect(card()).toHaveFocus();
      await userEvent.keyboard('{Delete}');
      await waitFor(() => expect(card()).toBeNull());
      await expect(canvasElement.querySelector('.jm-JourneyEditor-status')).toHaveTextContent(
        'Card “There are hundreds of fridges. Where do I even start?” deleted from Awareness · Thoughts',
      );
      await expect(document.activeElement).toHaveAttribute('data-nav-key', 'cell:thoughts:0');
    });
    await step('undo it with the Undo button', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(card()).toHaveTextContent('There are hundreds of fridges. Where do I even start?'));
      await expect(canvas.getByRole('button', { name: 'Undo' })).toBeDisabled();
      await expect(canvas.getByRole('button', { name: 'Redo' })).toBeEnabled();
    });
  },
};
