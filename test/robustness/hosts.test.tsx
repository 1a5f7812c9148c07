import { memo, StrictMode, type ReactElement } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { EmotionCurve, JourneyGrid, JourneyMap, validateJourney } from '../../src';
import { examples } from '../../stories/data';
import { largeJourney } from '../fixtures-large';
import { smallJourney } from '../fixtures';
import { realMessages } from '../console';

let errors: MockInstance;
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
});
afterEach(() => errors.mockRestore());

describe('in StrictMode', () => {
  it('renders, selects and opens details with no warning', async () => {
    const onSelect = vi.fn();
    render(
      <StrictMode>
        <JourneyMap journey={examples['car-purchase-blueprint']} onSelectedCardChange={onSelect} layout="grid" />
      </StrictMode>,
    );
    const card = screen.getAllByRole('button', { name: /^Action:/ })[0]!;
    await userEvent.click(card);
    expect(onSelect).toHaveBeenCalledWith(card.getAttribute('data-card-id'), expect.objectContaining({ kind: 'action' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(realMessages(errors.mock.calls)).toEqual([]);
  });
});

/**
 * Renders `element` to a string, puts the markup in the page, hydrates it and checks that
 * React found no mismatch and logged nothing; `check` looks at the page before and after.
 */
async function hydrates(element: ReactElement, check: (container: HTMLElement) => void) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.appendChild(container);
  check(container);
  const recoverable = vi.fn();
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError: recoverable });
  });
  expect(recoverable).not.toHaveBeenCalled();
  expect(realMessages(errors.mock.calls)).toEqual([]);
  check(container);
  act(() => root!.unmount());
  container.remove();
}

describe('server rendering and hydration', () => {
  it.each(['ecommerce-kitchen', 'car-purchase-blueprint', 'marketing-agency', 'broadband-zh'])(
    'hydrates the server markup of %s with no mismatch',
    async (name) => {
      const journey = examples[name]!;
      await hydrates(<JourneyMap journey={journey} layout="grid" />, (container) =>
        expect(within(container).getByRole('grid', { name: journey.title })).toBeInTheDocument(),
      );
    },
  );

  it('shows the lanes in the server markup and keeps them shown when hydrated; mounted in the browser, once its header is measured', async () => {
    const journey = examples['ecommerce-kitchen']!;
    // Lanes, not counting the header's rows: the body's rows, each with its row header.
    const shownLanes = (container: HTMLElement) => {
      const body = container.querySelector<HTMLElement>('.jm-JourneyGrid-body')!;
      expect(body).not.toHaveAttribute('hidden');
      return within(body)
        .getAllByRole('rowheader')
        .map((header) => header.textContent);
    };
    let served: Array<string | null> = [];
    await hydrates(<JourneyMap journey={journey} layout="grid" />, (container) => {
      served = shownLanes(container);
      expect(served.filter((text) => text?.startsWith('Actions'))).toHaveLength(1);
    });
    const { container } = render(<JourneyMap journey={journey} layout="grid" />);
    expect(shownLanes(container)).toEqual(served);
  });

  it('hydrates a grid whose curve the host wrapped in memo with no mismatch, the curve drawn once', async () => {
    const MemoCurve = memo(EmotionCurve);
    await hydrates(
      <JourneyGrid journey={smallJourney()} layout="grid" lanes={['touch']}>
        <MemoCurve />
      </JourneyGrid>,
      (container) => expect(container.querySelectorAll('.jm-EmotionCurve')).toHaveLength(1),
    );
  });
});

describe('extreme sizes', () => {
  it('draws a single-stage journey', () => {
    const journey = largeJourney({ stages: 1, lanes: 3, cards: 6, personas: 1 });
    render(<JourneyMap journey={journey} layout="grid" />);
    expect(screen.getAllByRole('columnheader', { name: /Stage 1/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /Card/ })).toHaveLength(6);
  });

  it('draws 200 stages', () => {
    const journey = largeJourney({ stages: 200, lanes: 4, cards: 400, personas: 2 });
    render(<JourneyMap journey={journey} layout="grid" />);
    expect(screen.getByRole('grid')).toHaveAttribute('aria-colcount', '201');
    expect(screen.getByRole('columnheader', { name: /Stage 200/ })).toBeInTheDocument();
    expect(document.querySelectorAll('.jm-EmotionCurve-point')).toHaveLength(400);
  });

  it('draws 10,000 cards on the server', () => {
    const journey = largeJourney({ stages: 40, lanes: 12, cards: 10_000, personas: 3 });
    expect(validateJourney(journey)).toEqual([]);
    const html = renderToString(<JourneyMap journey={journey} layout="grid" />);
    expect(html.split('class="jm-TouchpointCard"').length - 1).toBe(10_000);
  });

  it('keeps a 2,000-character title whole for the details popover', async () => {
    const journey = largeJourney({ stages: 3, lanes: 2, cards: 4, titleLength: 2000 });
    render(<JourneyMap journey={journey} layout="grid" />);
    const title = journey.cards[0]!.title;
    expect(title).toHaveLength(2000);
    const card = screen.getByRole('button', { name: (name: string) => name.startsWith(`Action: ${title}`) });
    // The face clamps the title with CSS; the popover shows it whole.
    expect(card.querySelector('.jm-TouchpointCard-title')).toHaveTextContent(title);
    await userEvent.click(card);
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
  });

  it('lists 40 personas in the switcher and draws their 40 curves', () => {
    const journey = largeJourney({ stages: 6, lanes: 3, cards: 30, personas: 40 });
    render(<JourneyMap journey={journey} layout="grid" />);
    expect(within(screen.getByRole('radiogroup')).getAllByRole('radio')).toHaveLength(41);
    // One line per persona in the plot (the legend draws a swatch of each line too).
    expect(document.querySelectorAll('.jm-EmotionCurve-plot .jm-EmotionCurve-line')).toHaveLength(40);
  });
});
