import '@testing-library/jest-dom/vitest';
import '../../src/styles.css';
import '../../src/views/views.css';
import { preloadParts } from '../../src/components/onDemand';
import { loadLabelSet } from '../../src/components/useLocaleLabels';
import { loadViewLabelSet } from '../../src/views/useViewLabels';
import { loadEditorLabelSet } from '../../src/edit/useEditorLabels';
import { LABEL_LOCALES } from '../../src/model/locale';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { commands, userEvent } from 'vitest/browser';

// waitFor and findBy* wait up to 5 s, not 1 s, as in the jsdom tests: the machine may be busy.
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

/** Rests the mouse pointer in a corner of the frame, off where any map draws. */
async function parkPointer(): Promise<void> {
  const corner = document.createElement('div');
  corner.style.cssText = 'position:fixed;top:0;left:0;width:2px;height:2px';
  document.body.append(corner);
  await userEvent.hover(corner);
  corner.remove();
}

afterEach(async () => {
  cleanup();
  // A pointer left where a test clicked would rest over the next test's map and open a card's preview.
  await parkPointer();
  // Media emulation belongs to the page, not the test: every test starts from the default.
  await commands.emulateMedia({ forcedColors: null, reducedMotion: null, colorScheme: null, media: null });
});
