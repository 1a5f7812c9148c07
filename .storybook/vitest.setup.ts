// Runs in the browser before every story test (the Storybook plugin applies preview.tsx itself).
import { afterEach, beforeEach, expect, inject, vi, type MockInstance } from 'vitest';
import { page } from 'vitest/browser';

declare module 'vitest' {
  interface ProvidedContext {
    /** Absolute path of the folder story screenshots are written to. */
    screenshotDir: string;
    /** Tallest screenshot, in CSS pixels; the page around the test frame is this tall. */
    screenshotMaxHeight: number;
    /** Whether to write the screenshots at all. */
    screenshots: boolean;
  }
}

const LEVELS = ['error', 'warn'] as const;
let messages: string[] = [];
let spies: MockInstance[] = [];

const describe = (value: unknown): string => {
  if (value instanceof Error) return value.stack ?? value.message;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

// Any console.error or console.warn during a story — React warnings, a11y or prop-type
// complaints, errors caught by an error boundary — fails that story.
beforeEach(() => {
  messages = [];
  spies = LEVELS.map((level) => {
    const original = console[level].bind(console);
    return vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      messages.push(`console.${level}: ${args.map(describe).join(' ')}`);
      original(...args);
    });
  });
});

afterEach(async (context) => {
  for (const spy of spies) spy.mockRestore();
  const storyId = (context.task.meta as { storyId?: string }).storyId;
  if (storyId && inject('screenshots')) {
    // A picture of every story, for people to look at.
    try {
      // Grow the frame to the story's full height (up to a limit) so the picture shows all of it.
      const max = inject('screenshotMaxHeight');
      const full = document.documentElement.scrollHeight;
      if (full > window.innerHeight) {
        await page.viewport(window.innerWidth, Math.min(full, max));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      // Past the limit, the picture stops at the limit rather than going blank.
      const body = document.body.style;
      const saved = { height: body.height, overflow: body.overflow };
      if (full > max) Object.assign(body, { height: `${max}px`, overflow: 'hidden' });
      try {
        await page.screenshot({ path: `${inject('screenshotDir')}/${storyId}.jpg`, type: 'jpeg', quality: 85 });
      } finally {
        Object.assign(body, saved);
      }
    } catch (error) {
      messages.push(`screenshot failed: ${describe(error)}`);
    }
  }
  expect(messages, 'console errors or warnings while rendering the story').toEqual([]);
});
