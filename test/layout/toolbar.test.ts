// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clearView, isShown, toggleView, toolbarGroups, toolbarMove, viewFilters, viewNames } from '../../src/layout/toolbar';
import { examples } from '../../stories/data';
import { smallJourney } from '../fixtures';

const names = { channel: (id: string) => `#${id}`, confidence: (l: string) => `~${l}`, status: (s: string) => `!${s}` };

describe('toolbarGroups', () => {
  it('given one persona, no evidence and no opportunities → only lanes and channels are offered', () => {
    const j = { ...smallJourney(), cards: smallJourney().cards.map((c) => ({ ...c, evidence: undefined })) };
    const groups = toolbarGroups(j, names);
    expect(groups.map((g) => g.key)).toEqual(['lanes', 'channels']);
    expect(groups[0]!.items).toEqual([
      { id: 'touch', name: 'Touchpoints' },
      { id: 'feel', name: 'Emotions' },
      { id: 'pain', name: 'Pain points' },
    ]);
    expect(groups[1]!.items.map((i) => i.name)).toEqual(['#search', '#web']);
  });

  it('given several personas, evidence and opportunities → every filter, levels and statuses named by the caller', () => {
    const groups = toolbarGroups(examples['saas-onboarding-multi']!, names);
    expect(groups.map((g) => g.key)).toContain('personas');
    const kitchen = toolbarGroups(examples['ecommerce-kitchen']!, names);
    expect(kitchen.find((g) => g.key === 'confidence')!.items.map((i) => i.name)).toEqual([
      '~high',
      '~medium',
      '~low',
      '~assumption',
      '~none',
    ]);
    expect(kitchen.find((g) => g.key === 'statuses')!.items[0]).toEqual({ id: 'idea', name: '!idea' });
  });
});

describe('toggleView', () => {
  const j = smallJourney();
  const lanes = toolbarGroups(j, names)[0]!;

  it('turning one value off lists the others; turning it on again leaves the filter out', () => {
    const off = toggleView({ card: 'c1' }, lanes, 'feel', j);
    expect(off).toEqual({ card: 'c1', lanes: ['touch', 'pain'] });
    expect(isShown(off, 'lanes', 'feel', j)).toBe(false);
    expect(toggleView(off, lanes, 'feel', j)).toEqual({ card: 'c1' });
  });

  it('reads lanes named by kind, and writes them back as ids', () => {
    const view = { lanes: ['pains'] };
    expect(isShown(view, 'lanes', 'pain', j)).toBe(true);
    expect(toggleView(view, lanes, 'touch', j)).toEqual({ lanes: ['touch', 'pain'] });
  });

  it('turning every value off leaves an empty list: nothing of that kind shows', () => {
    let view = {};
    for (const item of lanes.items) view = toggleView(view, lanes, item.id, j);
    expect(view).toEqual({ lanes: [] });
    expect(viewFilters(view)).toBe(true);
    expect(clearView({ ...view, card: 'c2' })).toEqual({ card: 'c2' });
    expect(viewFilters(clearView(view))).toBe(false);
  });

  it('names what a view narrows to, group by group', () => {
    const groups = toolbarGroups(j, names);
    expect(viewNames({}, groups, j)).toEqual([]);
    expect(viewNames({ lanes: ['pains'], channels: ['web'] }, groups, j)).toEqual(['Pain points', '#web']);
  });
});

describe('toolbarMove (WAI-ARIA toolbar pattern)', () => {
  it('moves forward and back with the arrows, wrapping, mirrored right to left', () => {
    expect(toolbarMove('ArrowRight', 0, 3, false)).toBe(1);
    expect(toolbarMove('ArrowRight', 2, 3, false)).toBe(0);
    expect(toolbarMove('ArrowLeft', 0, 3, false)).toBe(2);
    expect(toolbarMove('ArrowLeft', 0, 3, true)).toBe(1);
    expect(toolbarMove('ArrowRight', 0, 3, true)).toBe(2);
    expect(toolbarMove('ArrowDown', 1, 3, true)).toBe(2);
    expect(toolbarMove('ArrowUp', 1, 3, false)).toBe(0);
  });

  it('goes to the ends with Home and End, and answers no other key', () => {
    expect(toolbarMove('Home', 2, 3, false)).toBe(0);
    expect(toolbarMove('End', 0, 3, true)).toBe(2);
    expect(toolbarMove('Enter', 0, 3, false)).toBeNull();
    expect(toolbarMove('ArrowRight', 0, 0, false)).toBeNull();
  });
});
