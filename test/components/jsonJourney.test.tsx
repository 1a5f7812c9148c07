import { act, render, renderHook, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EmotionCurve, JourneyGrid, JourneyMap, JourneyValidationError, PersonaPanel } from '../../src';
import { ExportMenu, useJourneyExport, type ExportedFile } from '../../src/components/ExportMenu';
import blueprint from '../../stories/data/car-purchase-blueprint.journey.json';

// A journey imported from a .json file is typed as JSON gives it (`schemaVersion: number`,
// `kind: string`): every component that takes a journey accepts it as it is, with no
// cast (this file type-checks), and validates it when it runs.

/** The blueprint with its first card pointing at a stage it does not have, still typed as JSON. */
const broken = { ...blueprint, cards: [{ ...blueprint.cards[0]!, stage: 'nowhere' }, ...blueprint.cards.slice(1)] };

describe('a journey read from a .json file', () => {
  it('is drawn by JourneyMap, JourneyGrid and PersonaPanel as it is', () => {
    render(
      <>
        <JourneyMap journey={blueprint} aria-label="Whole map" />
        <JourneyGrid journey={blueprint} aria-label="Composed grid">
          <EmotionCurve />
        </JourneyGrid>
        <PersonaPanel journey={blueprint} variant="compact" />
      </>,
    );
    expect(screen.getAllByRole('grid')).toHaveLength(2);
    expect(within(screen.getByRole('grid', { name: 'Composed grid' })).getAllByRole('columnheader').length).toBeGreaterThanOrEqual(
      blueprint.stages.length,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is validated by JourneyGrid: a dangling stage shows the notice and reaches onError', () => {
    const onError = vi.fn();
    render(<JourneyGrid journey={broken} onError={onError} />);
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith([expect.objectContaining({ path: 'cards[0].stage' })]);
  });

  it('is validated by PersonaPanel: a broken journey shows its notice', () => {
    render(<PersonaPanel journey={broken} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to show: the journey data is not valid.');
  });

  it('is validated by the export hook and ExportMenu: a data file of a broken journey fails with every problem', async () => {
    const target = createRef<HTMLDivElement>();
    render(<ExportMenu target={target} journey={blueprint} />);
    expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument();

    const save = vi.fn<(file: ExportedFile) => void>();
    const { result, rerender } = renderHook(({ journey }: { journey: unknown }) => useJourneyExport(target, { journey, save }), {
      initialProps: { journey: blueprint as unknown },
    });
    let saved: boolean | undefined;
    await act(async () => {
      saved = await result.current.download('json');
    });
    expect(saved).toBe(true);
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ format: 'json', filename: 'Buying-a-family-car-at-a-dealership-service-blueprint.json' }),
    );

    rerender({ journey: broken });
    await act(async () => {
      saved = await result.current.download('json');
    });
    expect(saved).toBe(false);
    expect(result.current.error).toBeInstanceOf(JourneyValidationError);
    expect((result.current.error as JourneyValidationError).problems).toEqual([expect.objectContaining({ path: 'cards[0].stage' })]);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
