import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportMenu, type ExportedFile } from '../../src/export';
import { smallJourney } from '../fixtures';

const ITEMS = [
  'SVG image',
  'SVG for design tools',
  'PNG image',
  'JSON (journey data)',
  'CSV (spreadsheet)',
  'Mermaid journey',
  'Print or save as PDF',
];

function setup(onSave = vi.fn<(file: ExportedFile) => void>()) {
  const user = userEvent.setup();
  render(
    <>
      <ExportMenu target={{ current: document.body }} journey={smallJourney()} onSave={onSave} />
      <button type="button">after</button>
    </>,
  );
  const button = screen.getByRole('button', { name: 'Export' });
  const menu = () => screen.getByRole('menu', { name: 'Export' });
  const item = (name: string) => within(menu()).getByRole('menuitem', { name });
  return { user, button, menu, item, onSave };
}

describe('ExportMenu', () => {
  it('is a menu button: closed, it has no menu; a click opens the menu it controls, labelled by it, on its first item', async () => {
    const { user, button, menu } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', menu().id);
    await waitFor(() => expect(within(menu()).getByRole('menuitem', { name: 'SVG image' })).toHaveFocus());
    expect(
      within(menu())
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(ITEMS);
    await user.click(button);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('ArrowDown opens it on the first item, ArrowUp on the last; the arrows wrap, Home and End go to the ends', async () => {
    const { user, button, item } = setup();
    button.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(item('SVG image')).toHaveFocus());
    await user.keyboard('{ArrowUp}');
    expect(item('Print or save as PDF')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('SVG image')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Print or save as PDF')).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}');
    expect(item('SVG for design tools')).toHaveFocus();
    // The focused item is the menu's one tab stop.
    expect(item('SVG for design tools')).toHaveAttribute('tabindex', '0');
    expect(item('SVG image')).toHaveAttribute('tabindex', '-1');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await waitFor(() => expect(button).toHaveFocus());
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(item('Print or save as PDF')).toHaveFocus());
  });

  it('Enter and Space open it on its first item', async () => {
    const { user, button, item } = setup();
    button.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(item('SVG image')).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveFocus());
    await user.keyboard(' ');
    await waitFor(() => expect(item('SVG image')).toHaveFocus());
  });

  it('typing a letter moves to the next item that starts with it', async () => {
    const { user, button, item } = setup();
    button.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(item('SVG image')).toHaveFocus());
    await user.keyboard('m');
    expect(item('Mermaid journey')).toHaveFocus();
    // Letters typed in quick succession spell one word; after a pause a new search starts.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await user.keyboard('p');
    expect(item('Print or save as PDF')).toHaveFocus();
    // The same letter again moves on to the next item with it, round to the start.
    await user.keyboard('p');
    expect(item('PNG image')).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 800));
    await user.keyboard('cs');
    expect(item('CSV (spreadsheet)')).toHaveFocus();
  });

  it('choosing an item closes the menu, gives focus back to the button and exports', async () => {
    const { user, button, item, onSave } = setup();
    button.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(item('SVG image')).toHaveFocus());
    await user.keyboard('j{Enter}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await waitFor(() => expect(button).toHaveFocus());
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ format: 'json', filename: 'Buying-a-kettle.json' });
  });

  it('Tab moves on and closes the menu; a press elsewhere closes it', async () => {
    const { user, button, item } = setup();
    button.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(item('SVG image')).toHaveFocus());
    await user.tab();
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();

    await user.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(document.body);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
