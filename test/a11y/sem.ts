// Helpers of the semantics tests (sem-*.test.tsx): the journeys they walk, exact names,
// and the text a node holds.
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { arLabels } from '../../stories/labels';
import { examples } from '../../stories/data';
import { defaultLabels, type Journey, type JourneyLabels } from '../../src';
import type { AxNode } from './commands';
import type { AxTree } from './tree';

/** A journey to check, with the labels it is read in. */
export interface Case {
  name: string;
  journey: Journey;
  labels: JourneyLabels;
}

/** Every example journey in English, and the right-to-left Arabic one in Arabic. */
export const CASES: Case[] = [
  ...Object.entries(examples).map(([name, journey]) => ({ name, journey, labels: defaultLabels })),
  { name: 'arabic-bank (rtl)', journey: arabicBankJourney, labels: arLabels },
];

/** A pattern matching exactly `text`. */
export const exact = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The text a node holds, as a screen reader reads a live region: its static text, in order. */
export function textOf(tree: AxTree, node: AxNode): string {
  const out: string[] = [];
  const walk = (n: AxNode) => {
    if (n.role === 'StaticText') out.push(n.name);
    else for (const id of n.childIds) walk(tree.byId.get(id) ?? ({ childIds: [] } as unknown as AxNode));
  };
  walk(node);
  return out.join('');
}

/** Two frames: effects have run and Chromium has updated its tree. */
export const settle = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
