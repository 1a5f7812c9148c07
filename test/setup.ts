import '@testing-library/jest-dom/vitest';
import { preloadParts } from '../src/components/onDemand';
import { loadLabelSet } from '../src/components/useLocaleLabels';
import { loadViewLabelSet } from '../src/views/useViewLabels';
import { loadEditorLabelSet } from '../src/edit/useEditorLabels';
import { LABEL_LOCALES } from '../src/model/locale';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

// The parts a map loads on demand (and the map's, views' and editor's label sets of the journeys' languages) are loaded up front, so that tests meet them synchronously;
// `*.lazy.test.tsx` files test the loading itself and start without them.
// Vitest reads fixtures from the first argument's pattern; the file being run comes second.
// eslint-disable-next-line no-empty-pattern
beforeAll(async ({}, file) => {
  if (!/\.lazy\.test\.tsx?$/.test(file.name))
    await Promise.all([
      preloadParts(),
      ...LABEL_LOCALES.flatMap((locale) => [loadLabelSet(locale), loadViewLabelSet(locale), loadEditorLabelSet(locale)]),
    ]);
});

// The library's style sheets are not loaded in jsdom. The one rule the editor's drag
// auto-scroll checks for (the grid's scroller scrolls, as in JourneyGrid.css) is given
// here in longhands, which jsdom's computed style reads, so that jsdom does not report the
// scroller as unscrollable in every drag test. Files that run in Node (server rendering,
// the package tests) have no document.
if (typeof document !== 'undefined') {
  const scrollerRule = document.createElement('style');
  scrollerRule.textContent = '.jm-JourneyGrid-scroller { overflow-x: auto; overflow-y: auto; }';
  document.head.append(scrollerRule);
}

// waitFor and findBy* wait up to 5 s, not 1 s: on a busy two-core machine a part loaded on
// demand (the CSV or Mermaid writer behind the export menu) can take more than a second to arrive.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
