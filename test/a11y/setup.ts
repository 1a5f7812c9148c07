import '@testing-library/jest-dom/vitest';
import '../../src/styles.css';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { commands } from 'vitest/browser';

afterEach(async () => {
  cleanup();
  // Media emulation belongs to the page, not the test: every test starts from the default.
  await commands.emulateMedia({ forcedColors: null, reducedMotion: null, colorScheme: null, media: null });
});
