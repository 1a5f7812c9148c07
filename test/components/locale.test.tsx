// The label set follows the journey's language: which part applies it, how overrides
// stack on it, and what server rendering gives before the set has been loaded.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JourneyConfigProvider, JourneyGrid, JourneyMap, PersonaPanel, defaultLabels, type Journey } from '../../src';
import { ruLabels, zhHantLabels } from '../../src/locales';
import { examples } from '../../stories/data';

const bakery = examples['bakery-owner-day-ru']!;
const kitchen = examples['ecommerce-kitchen']!;
const inRussian = { ...kitchen, locale: 'ru-RU' } as Journey;

describe('a part picks the set of its journey’s locale', () => {
  it('JourneyMap: English first, then the journey’s language once its set has arrived', async () => {
    render(<JourneyMap journey={inRussian} />);
    expect((await screen.findAllByText(ruLabels.stage)).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(defaultLabels.stage)).toEqual([]);
  });

  it('a standalone JourneyGrid and PersonaPanel pick it too', async () => {
    const { unmount } = render(<JourneyGrid journey={inRussian} />);
    expect((await screen.findAllByText(ruLabels.stage)).length).toBeGreaterThan(0);
    unmount();
    render(<PersonaPanel journey={{ ...bakery, locale: 'zh-Hant' }} />);
    const panel = document.querySelector<HTMLElement>('.jm-PersonaPanel')!;
    expect((await within(panel).findAllByText(zhHantLabels.goals)).length).toBeGreaterThan(0);
  });

  it('a provider’s labels stack on the journey’s set, and a part’s own labels on both', async () => {
    render(
      <JourneyConfigProvider labels={{ stage: 'Шаг' }}>
        <JourneyMap journey={inRussian} labels={{ phase: 'Период' }} />
      </JourneyConfigProvider>,
    );
    expect((await screen.findAllByText('Шаг')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Период').length).toBeGreaterThan(0);
    // The keys neither overrides come from the Russian set.
    expect(screen.getAllByText(ruLabels.cardKinds.pain, { exact: false }).length).toBeGreaterThan(0);
  });

  it('an invalid journey draws its problems in English: an invalid journey names no language', () => {
    render(<JourneyMap journey={{ ...inRussian, stages: 'x' } as unknown as Journey} />);
    expect(screen.getByRole('alert')).toHaveTextContent(defaultLabels.errorTitle);
  });
});
