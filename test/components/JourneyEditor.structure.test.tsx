// The editor's structure controls in jsdom and on the server: every lane header gets its
// buttons, the Add a lane dialog reports one typed change, and the editor renders on the
// server with none of its overlays (they are drawn after hydration).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { JourneyEditor } from '../../src/edit';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;

// jsdom lays nothing out, so the drag library's auto-scroll finds the map's scroller not scrollable and says so.
const warn = console.warn.bind(console);
vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
  if (!String(args[0]).startsWith('Auto scrolling has been attached')) warn(...args);
});

describe('JourneyEditor’s structure controls', () => {
  it('give every lane header Rename, Describe, Move up, Move down and Remove, named after the lane', async () => {
    render(<JourneyEditor defaultJourney={kitchen} layout="grid" />);
    for (const lane of kitchen.lanes) {
      const header = await screen.findByRole('button', { name: `Rename lane ${lane.label}` });
      const controls = within(header.parentElement!)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label'));
      expect(controls).toEqual([
        `Rename lane ${lane.label}`,
        `Describe lane ${lane.label}`,
        `Move lane ${lane.label} up`,
        `Move lane ${lane.label} down`,
        `Remove lane ${lane.label}`,
      ]);
    }
  });

  it('add a lane through the dialog as one lane/add change, and move a lane down with its button', async () => {
    const user = userEvent.setup();
    const onJourneyChange = vi.fn();
    render(<JourneyEditor defaultJourney={kitchen} layout="grid" onJourneyChange={onJourneyChange} />);
    await user.click(screen.getByRole('button', { name: 'Add a lane' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind', hidden: true }), 'pains');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name', hidden: true }), 'Frictions{Enter}');
    expect(onJourneyChange).toHaveBeenCalledTimes(1);
    expect(onJourneyChange.mock.calls[0]![1]).toEqual([
      { type: 'lane/add', lane: { id: 'lane-8', kind: 'pains', label: 'Frictions' }, index: 7 },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Move lane Actions down' }));
    await waitFor(() => expect(onJourneyChange).toHaveBeenCalledTimes(2));
    expect(onJourneyChange.mock.calls[1]![1]).toEqual([{ type: 'lane/move', id: 'actions', index: 1 }]);
  });

  it('render on the server without their overlays', () => {
    const html = renderToString(<JourneyEditor defaultJourney={kitchen} layout="grid" />);
    expect(html).toContain('role="grid"');
    expect(html).not.toContain('Rename lane');
    expect(html).not.toContain('role="slider"');
  });
});
