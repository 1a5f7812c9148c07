import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JourneyGrid, JourneyMap, ServiceBlueprintLane } from '../../src';
import type { Box } from '../../src/layout/links';
import { examples } from '../../stories/data';
import { smallBlueprint } from '../fixtures';

/** Each row under the stage headers in order: a lane by its label, a blueprint line by its text. */
function rowsInOrder(container: HTMLElement): string[] {
  // Rows are found once with the visibility check; inside a visible row, skip it (it is slow in jsdom).
  return within(container)
    .getAllByRole('row')
    .filter((row) => row.closest('table') === null && within(row).queryAllByRole('columnheader', { hidden: true }).length === 0)
    .map((row) => {
      const header = within(row).queryAllByRole('rowheader', { hidden: true })[0];
      // The label, without the lane's description or persona.
      return header ? header.querySelector('.jm-Lane-label')!.textContent! : row.textContent!;
    });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ServiceBlueprintLane', () => {
  it('given the car-purchase blueprint → its lanes follow the convention, physical evidence on top, and the three lines sit between the right lanes', () => {
    render(<JourneyMap journey={examples['car-purchase-blueprint']!} layout="grid" showPersonas={false} showLegend={false} />);
    const rows = rowsInOrder(screen.getByRole('grid'));
    const at = (label: string) => rows.indexOf(label);
    expect(rows.filter((r) => r.startsWith('Line of'))).toEqual([
      'Line of interaction',
      'Line of visibility',
      'Line of internal interaction',
    ]);
    expect(rows.slice(at('Physical evidence'), at('Support processes') + 1)).toEqual([
      'Physical evidence',
      'Customer actions',
      'Line of interaction',
      'Frontstage',
      'Line of visibility',
      'Backstage',
      'Line of internal interaction',
      'Support processes',
    ]);
    // Lanes outside the blueprint keep their places around it.
    expect(rows[at('Physical evidence') - 1]).toBe('Touchpoints');
    expect(rows[at('Support processes') + 1]).toBe('Pain points');
  });

  it("given the car purchase ordered by its journey → the lanes keep the journey's order", () => {
    render(
      <JourneyMap
        journey={{ ...examples['car-purchase-blueprint']!, blueprintOrder: 'journey' }}
        layout="grid"
        showPersonas={false}
        showLegend={false}
      />,
    );
    const rows = rowsInOrder(screen.getByRole('grid'));
    expect(rows.indexOf('Physical evidence')).toBe(rows.indexOf('Support processes') + 1);
  });

  it('each line spans the whole grid, label column included', () => {
    render(<JourneyGrid journey={smallBlueprint()} layout="grid" />);
    const line = screen.getByText('Line of visibility').closest('[role="gridcell"]')!;
    expect(line).toHaveAttribute('aria-colindex', '1');
    expect(line).toHaveAttribute('aria-colspan', '3');
    expect(line.closest('[role="row"]')).toHaveAttribute('data-line', 'visibility');
  });

  it('uses the labels given for the lines', () => {
    render(
      <JourneyGrid
        journey={smallBlueprint()}
        layout="grid"
        labels={{
          lineOfInteraction: 'Interaktionslinie',
          lineOfVisibility: 'Sichtbarkeitslinie',
          lineOfInternalInteraction: 'Interne Linie',
        }}
      />,
    );
    expect(rowsInOrder(screen.getByRole('grid'))).toEqual([
      'Customer actions',
      'Interaktionslinie',
      'Frontstage',
      'Sichtbarkeitslinie',
      'Backstage',
      'Interne Linie',
      'Support processes',
    ]);
    expect(screen.queryByText('Line of visibility')).not.toBeInTheDocument();
  });

  it('draws only the lines and lanes asked for', () => {
    render(
      <JourneyGrid journey={smallBlueprint()} layout="grid">
        <ServiceBlueprintLane data-testid="custom" lanes={['customer', 'front', 'back']} lines={['visibility']} />
      </JourneyGrid>,
    );
    expect(rowsInOrder(screen.getByTestId('custom'))).toEqual(['Customer actions', 'Frontstage', 'Line of visibility', 'Backstage']);
  });

  it('draws an arrow for each link between its lanes, highlighted while either end is selected', async () => {
    const boxes: Record<string, Box> = {
      b1: { x: 100, y: 10, width: 160, height: 40 },
      b2: { x: 100, y: 110, width: 160, height: 40 },
      b3: { x: 400, y: 210, width: 160, height: 40 },
    };
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      if (this.classList.contains('jm-ServiceBlueprintLane')) return new DOMRect(0, 0, 800, 400);
      const box = boxes[this.getAttribute('data-card-id') ?? ''];
      return box ? new DOMRect(box.x, box.y, box.width, box.height) : new DOMRect(0, 0, 0, 0);
    });
    const user = userEvent.setup();
    render(<JourneyGrid journey={smallBlueprint()} layout="grid" />);
    // The router loads on demand: the arrows come a moment after the map.
    await waitFor(() => expect(document.querySelector('svg.jm-ServiceBlueprintLane-arrows')).not.toBeNull());
    const svg = document.querySelector('svg.jm-ServiceBlueprintLane-arrows')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('viewBox', '0 0 800 400');
    const arrows = () => Array.from(svg.querySelectorAll('path.jm-ServiceBlueprintLane-arrow'));
    await waitFor(() => expect(arrows()).toHaveLength(2));
    expect(arrows().map((a) => [a.getAttribute('data-from'), a.getAttribute('data-to')])).toEqual([
      ['b1', 'b2'],
      ['b2', 'b3'],
    ]);
    // One above the other: one straight line down; apart: from the side of one to the side of the other.
    expect(arrows()[0]!.getAttribute('d')).toBe('M180,50L180,110');
    expect(arrows()[1]!.getAttribute('d')).toMatch(/^M260,130L.*L400,230$/);
    expect(arrows().filter((a) => a.hasAttribute('data-active'))).toEqual([]);

    await user.click(screen.getByRole('button', { name: /^Action: Asks for a kettle( |$)/ }));
    expect(arrows().map((a) => a.hasAttribute('data-active'))).toEqual([true, false]);
    await user.click(screen.getByRole('button', { name: /^Process: Clerk shows models( |$)/ }));
    expect(arrows().map((a) => a.hasAttribute('data-active'))).toEqual([true, true]);
    expect(arrows()[0]!.getAttribute('marker-end')).toMatch(/arrowhead-active\)$/);
  });

  it('draws no arrows when asked not to', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => new DOMRect(0, 0, 100, 40));
    render(
      <JourneyGrid journey={smallBlueprint()} layout="grid" lanes={['actions']}>
        <ServiceBlueprintLane showArrows={false} />
      </JourneyGrid>,
    );
    expect(document.querySelector('svg.jm-ServiceBlueprintLane-arrows')).toBeNull();
  });

  it('throws a clear error outside a JourneyGrid', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<ServiceBlueprintLane />)).toThrow('`ServiceBlueprintLane` must be used inside `JourneyGrid`');
  });
});
