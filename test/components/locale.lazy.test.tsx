// Server rendering before a label set has been loaded: this file starts with none loaded.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JourneyMap, defaultLabels, type Journey } from '../../src';
import { ruLabels } from '../../src/locales';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;

describe('server rendering', () => {
  it('renders in English while no set is loaded on the server, and in the set passed as labels at once', () => {
    const fresh = { ...kitchen, locale: 'ar' } as Journey;
    expect(renderToString(<JourneyMap journey={fresh} />)).toContain(`>${defaultLabels.stage}<`);
    const html = renderToString(<JourneyMap journey={fresh} labels={ruLabels} />);
    expect(html).toContain(`>${ruLabels.stage}<`);
    expect(html).not.toContain(`>${defaultLabels.stage}<`);
  });
});
