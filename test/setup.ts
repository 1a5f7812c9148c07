import '@testing-library/jest-dom/vitest';
import './setupShared';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

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
