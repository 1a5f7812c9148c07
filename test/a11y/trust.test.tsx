// Trust and freshness as a screen reader, a keyboard and forced colours meet them.
import { cleanup, render } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { JourneyMap, type Journey, type JourneyMapProps } from '../../src';
import { CoverageStrip } from '../../src/views';
import '../../src/views/views.css';
import { TRUST_NOW, trustArabicBank, trustKitchen } from '../../stories/journeys/trust';
import { announce, readTree } from './tree';
import { settle } from './visual';

const CASES: ReadonlyArray<readonly [string, Pick<JourneyMapProps, 'journey' | 'theme' | 'density'>]> = [
  ['light', { journey: trustKitchen }],
  ['dark', { journey: trustKitchen, theme: 'dark' }],
  ['compact', { journey: trustKitchen, density: 'compact' }],
  ['right to left', { journey: trustArabicBank }],
];

async function drawn(props: Pick<JourneyMapProps, 'journey' | 'theme' | 'density'>) {
  const result = render(
    <JourneyMap {...props} now={TRUST_NOW} layout="grid">
      <CoverageStrip />
    </JourneyMap>,
  );
  await settle();
  return result;
}

afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ forcedColors: 'none' });
});

describe.each(CASES)('%s', (_, props) => {
  test('passes axe with confidence badges, stale marks and the coverage strip', async () => {
    await drawn(props);
    const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('gives a screen reader each card’s confidence in its name, each stale stage in its description, and a sentence per stage of coverage', async () => {
    const { container } = await drawn(props);
    const tree = await readTree();
    const cards = tree.findAll('button').filter((n) => / · /.test(n.name ?? ''));
    const labels =
      props.journey === trustArabicBank
        ? ['ثقة عالية', 'ثقة متوسطة', 'ثقة منخفضة']
        : ['High confidence', 'Medium confidence', 'Low confidence'];
    for (const level of labels)
      expect(
        cards.some((n) => n.name!.includes(level)),
        level,
      ).toBe(true);
    const stale = [...container.querySelectorAll<HTMLElement>('.jm-StageColumn[data-stale]')];
    expect(stale.length).toBeGreaterThan(0);
    for (const header of stale) {
      const name = header.getAttribute('aria-label')!;
      expect(announce(tree.find('columnheader', name))).toMatch(
        props.journey === trustArabicBank ? /\(بحث أقدم من 120 يومًا/ : /\(Research older than 180 days/,
      );
    }
    const row = tree.find('row', props.journey === trustArabicBank ? 'تغطية البحث' : 'Research coverage');
    const cells = tree.findAll('gridcell').filter((cell) => tree.ancestors(cell).includes(row));
    expect(cells).toHaveLength((props.journey as Journey).stages.length);
    if (props.journey === trustKitchen) expect(announce(cells[0]!)).toBe('gridcell "Awareness: 2 of 3 insights backed by research"');
  });

  test('in forced colours an assumption card stays dashed and other cards solid; the coverage bars stay visible', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const { container } = await drawn(props);
    const style = (selector: string) => getComputedStyle(container.querySelector(selector)!);
    expect(style('.jm-TouchpointCard[data-evidence="assumption"]').borderTopStyle).toBe('dashed');
    expect(style('.jm-TouchpointCard-badge[data-badge="assumption"]').borderTopStyle).toBe('dashed');
    expect(style('.jm-TouchpointCard[data-evidence="validated"]').borderTopStyle).toBe('solid');
    expect(style('.jm-TouchpointCard-badge[data-confidence]').borderTopStyle).toBe('solid');
    const fill = container.querySelector(
      '.jm-CoverageStrip-cell[data-share="full"] .jm-CoverageStrip-fill, .jm-CoverageStrip-cell[data-share="part"] .jm-CoverageStrip-fill',
    )!;
    expect(getComputedStyle(fill).backgroundColor).not.toBe(getComputedStyle(fill.parentElement!).backgroundColor);
    expect(fill.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(style('.jm-StageColumn-stale').borderTopStyle).toBe('dashed');
  });
});

test('the coverage bars line up with the stage columns, left to right and right to left', async () => {
  for (const journey of [trustKitchen, trustArabicBank]) {
    const { container, unmount } = await drawn({ journey });
    const headers = [...container.querySelectorAll('.jm-JourneyGrid-head .jm-StageColumn')].map((h) => h.getBoundingClientRect());
    const cells = [...container.querySelectorAll('.jm-CoverageStrip-cell')].map((c) => c.getBoundingClientRect());
    expect(cells).toHaveLength(headers.length);
    cells.forEach((cell, i) => {
      expect(cell.left, `${journey.id} ${i}`).toBeCloseTo(headers[i]!.left, 0);
      expect(cell.width, `${journey.id} ${i}`).toBeCloseTo(headers[i]!.width, 0);
    });
    unmount();
  }
});
