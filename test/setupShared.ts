// What the jsdom tests (test/setup.ts) and the Chromium tests (test/a11y/setup.ts) set up alike.
import { configure } from '@testing-library/react';
import { beforeAll } from 'vitest';
import { preloadParts } from '../src/components/onDemand';
import { loadLabelSet } from '../src/components/useLocaleLabels';
import { loadViewLabelSet } from '../src/views/useViewLabels';
import { loadEditorLabelSet } from '../src/edit/useEditorLabels';
import { LABEL_LOCALES } from '../src/model/locale';

// waitFor and findBy* wait up to 5 s, not 1 s: on a busy two-core machine a part loaded on
// demand (the CSV or Mermaid writer behind the export menu) can take more than a second to arrive.
configure({ asyncUtilTimeout: 5_000 });

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
