// What the editor's Chromium tests share: an editor that records every journey it
// reports, and the axe check at WCAG 2.x A and AA.
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { expect } from 'vitest';
import type { Journey } from '../../src';
import { JourneyEditor, type JourneyEditorProps } from '../../src/edit';

/** What an editor rendered by {@link renderEditor} has reported: the latest journey, and how many changes. */
export interface Reported {
  last: () => Journey;
  count: () => number;
}

/** Renders an uncontrolled editor of `journey` (grid layout) and records every journey it reports. */
export function renderEditor(journey: Journey, props: Partial<JourneyEditorProps> = {}): Reported {
  const seen: Journey[] = [journey];
  render(<JourneyEditor defaultJourney={journey} layout="grid" onJourneyChange={(next) => seen.push(next)} {...props} />);
  return { last: () => seen[seen.length - 1]!, count: () => seen.length - 1 };
}

/** Fails with each violation's rule and targets when axe finds any at WCAG 2.0–2.2 A or AA. */
export async function noAxeViolations(): Promise<void> {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
