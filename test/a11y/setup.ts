import '@testing-library/jest-dom/vitest';
import '../setupShared';
import '../../src/styles.css';
import '../../src/views/views.css';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { commands, userEvent } from 'vitest/browser';

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
