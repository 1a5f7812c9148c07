// The editor's details panel, readOnly and onFocusChange in jsdom: what a host's own tests meet.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { JourneyChange } from '../../src';
import { JourneyEditor, type EditorFocus } from '../../src/edit';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;
const PAIN = 'pain-aw-choice';
const cardEl = () => document.querySelector<HTMLElement>(`[data-nav-key="card:${PAIN}"]`)!;

describe('JourneyEditor details panel (jsdom)', () => {
  it('E opens a dialog named after the card; Save emits one step of typed changes', () => {
    const seen: JourneyChange[][] = [];
    render(<JourneyEditor defaultJourney={kitchen} onJourneyChange={(_n, c) => seen.push([...c])} />);
    cardEl().focus();
    fireEvent.keyDown(cardEl(), { key: 'e' });
    const dialog = screen.getByRole('dialog', { name: /^Card details: Too much choice/ });
    expect(dialog).not.toHaveAttribute('aria-modal');
    fireEvent.change(within(dialog).getByLabelText('Impact'), { target: { value: 'low' } });
    fireEvent.click(within(dialog).getByLabelText('Moment of truth'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(seen).toEqual([[{ type: 'card/update', id: PAIN, set: { impact: 'low', momentOfTruth: true } }]]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.querySelector('.jm-JourneyEditor-status')).toHaveTextContent(/updated: Impact, Moment of truth$/);
  });

  it('links: a search offers matching cards, a checked one becomes a link', () => {
    const seen: JourneyChange[][] = [];
    render(<JourneyEditor defaultJourney={kitchen} onJourneyChange={(_n, c) => seen.push([...c])} />);
    fireEvent.keyDown(cardEl(), { key: 'e' });
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Find a card to link to'), { target: { value: 'starter checklist' } });
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 card found');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /New-kitchen starter checklist/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(seen).toEqual([[{ type: 'link/add', from: PAIN, to: 'opp-aw-checklist' }]]);
  });

  it('an empty title is refused: marked invalid, described, nothing emitted', () => {
    const onJourneyChange = vi.fn();
    render(<JourneyEditor defaultJourney={kitchen} onJourneyChange={onJourneyChange} />);
    fireEvent.keyDown(cardEl(), { key: 'e' });
    const title = screen.getByLabelText('Title');
    fireEvent.change(title, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('⚠ A card needs a title.');
    expect(onJourneyChange).not.toHaveBeenCalled();
  });
});

describe('readOnly and onFocusChange (jsdom)', () => {
  it('{ stages: true } draws no stage controls; cards stay editable', () => {
    render(<JourneyEditor defaultJourney={kitchen} readOnly={{ stages: true }} />);
    expect(screen.queryByRole('button', { name: /^Move stage/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove stage/ })).toBeNull();
    fireEvent.keyDown(cardEl(), { key: 'e' });
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('reports the focused card and when its details are edited', () => {
    const focus: EditorFocus[] = [];
    render(<JourneyEditor defaultJourney={kitchen} onFocusChange={(f) => focus.push(f)} />);
    fireEvent.focus(cardEl());
    fireEvent.keyDown(cardEl(), { key: 'e' });
    expect(focus).toEqual([
      { cardId: PAIN, stageId: 'awareness', laneId: 'pains', editing: null },
      { cardId: PAIN, stageId: 'awareness', laneId: 'pains', editing: 'details' },
    ]);
  });
});
