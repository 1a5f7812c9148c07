import '@testing-library/jest-dom/vitest';
import './setupShared';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, inject } from 'vitest';

declare module 'vitest' {
  interface ProvidedContext {
    /** Set in the project whose files share one module graph (vitest.config.ts). */
    sharedModules?: boolean;
  }
}

// A module loaded without a document decides, once, that it runs on a server (effects,
// not layout effects): shared with the files that have one, it would act so there too.
if (inject('sharedModules') && typeof document === 'undefined')
  throw new Error('A file that runs in Node belongs in ISOLATED_TESTS (vitest.config.ts), not in a project whose files share modules.');

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

afterEach(() => cleanup());

// Files share one document (the 'unit' project does not isolate them): whatever a file
// left in it, such as a root it rendered itself, goes with the file.
afterAll(() => {
  if (typeof document !== 'undefined') document.body.replaceChildren();
});
