import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { JourneyMap } from '../../src';
import { JourneyCompare } from '../../src/views';
import { examples } from '../../stories/data';
import { backPainRevised } from '../../stories/journeys/revisions';
import { describeConformance } from '../conformance';

const backPain = examples['healthcare-back-pain']!;
const card = (id: string) => document.querySelector<HTMLElement>(`.jm-TouchpointCard[data-card-id="${id}"]`);
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('JourneyCompare', () => {
  it('says what changed as text: the summary line under the title', () => {
    render(<JourneyCompare before={backPain} after={backPainRevised} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Getting help for chronic back pain');
    expect(screen.getByText('+1 card, −8, 1 changed, 1 moved · Booking the first appointment +1 → +3')).toBeInTheDocument();
  });

  it('marks each changed card in its description, and leaves unchanged cards and a plain map as they were', () => {
    render(<JourneyCompare before={backPain} after={backPainRevised} />);
    expect(description(card('tp-ref-app')!)).toContain('New');
    expect(description(card('pain-og-drift')!)).toContain('Removed');
    expect(description(card('pain-book-wait')!)).toContain('Severity: High → Medium');
    expect(description(card('pain-fv-history')!)).toContain('Moved from First appointment–Treatment · Pain points');
    expect(card('act-rec-search')!.querySelector('.jm-Note')).toBeNull();
    const { container } = render(<JourneyMap journey={backPainRevised} />);
    expect(container.querySelector('.jm-Note')).toBeNull();
  });

  it('switches between both, the new and the old version (uncontrolled), and tells the host', async () => {
    const onModeChange = vi.fn();
    render(<JourneyCompare before={backPain} after={backPainRevised} onModeChange={onModeChange} />);
    expect(screen.getByRole('radio', { name: 'Both' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'After' }));
    expect(onModeChange).toHaveBeenLastCalledWith('after');
    expect(card('pain-og-drift')).toBeNull();
    expect(card('tp-ref-app')).not.toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Before' }));
    expect(card('tp-ref-app')).toBeNull();
    expect(description(card('pain-fv-history')!)).toMatch(/Moves to Booking the first appointment.* · Pain points/);
  });

  it('follows a controlled mode', () => {
    const { rerender } = render(<JourneyCompare before={backPain} after={backPainRevised} mode="after" />);
    expect(screen.getByRole('radio', { name: 'After' })).toBeChecked();
    rerender(<JourneyCompare before={backPain} after={backPainRevised} mode="before" />);
    expect(screen.getByRole('radio', { name: 'Before' })).toBeChecked();
  });

  it('takes its strings from viewLabels', () => {
    render(
      <JourneyCompare
        before={backPain}
        after={backPainRevised}
        viewLabels={{ compareMarks: { added: 'Neu', removed: 'Entfernt', changed: 'Geändert' } }}
      />,
    );
    expect(description(card('tp-ref-app')!)).toContain('Neu');
  });

  it('shows a notice and reports the first invalid version', () => {
    const onError = vi.fn();
    const { unmount } = render(<JourneyCompare before={{ ...backPain, stages: [] }} after={backPainRevised} onError={onError} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to show');
    expect(onError).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ path: 'stages' })]));
    unmount();
    render(<JourneyCompare before={backPain} after={42} onError={onError} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('renders on the server', () => {
    expect(renderToString(<JourneyCompare before={backPain} after={backPainRevised} />)).toContain('+1 card, −8, 1 changed');
  });
});

describeConformance('JourneyCompare', {
  rootClass: 'jm-JourneyCompare',
  standalone: true,
  render: (props) => <JourneyCompare before={backPain} after={backPainRevised} {...props} />,
});
