// Link mode's keyboard model: how the target walks from card to card as arrow keys are
// pressed, which links are refused, the changes that add and remove one, and the words said.
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges, invertJourneyChanges } from '../../src';
import { editCommand, summarizeChanges } from '../../src/layout/editing';
import {
  addLinkChange,
  cardLinks,
  edgePoint,
  linkProblem,
  linkStep,
  linkWords,
  startLink,
  unlinkChange,
  type LinkMode,
} from '../../src/layout/linking';
import { examples } from '../../stories/data';

const car = examples['car-purchase-blueprint']!;
const walk = (keys: string[], from = 'cu-sh', options: { rtl?: boolean; laneOrder?: string[] } = {}) => {
  let state: LinkMode = startLink(car, from)!;
  for (const key of keys) {
    const step = linkStep(car, state, key, options);
    if (step?.type !== 'move') throw new Error(`${key}: expected a move, got ${JSON.stringify(step)}`);
    state = step.state;
  }
  return state.to;
};

describe('starting link mode', () => {
  it('L on a focused card starts it; the target starts on the card itself', () => {
    expect(editCommand({ type: 'card', cardId: 'cu-sh' }, { key: 'l' })).toEqual({ type: 'link', cardId: 'cu-sh' });
    expect(editCommand({ type: 'card', cardId: 'cu-sh' }, { key: 'L' })).toEqual({ type: 'link', cardId: 'cu-sh' });
    expect(editCommand({ type: 'card', cardId: 'cu-sh' }, { key: 'l', ctrlKey: true })).toBeUndefined();
    expect(editCommand({ type: 'cell', laneId: 'customer', stage: 0 }, { key: 'l' })).toBeUndefined();
    expect(startLink(car, 'cu-sh')).toEqual({ from: 'cu-sh', to: 'cu-sh' });
    expect(startLink(car, 'nope')).toBeUndefined();
  });
});

describe('moving the target', () => {
  it('Down and Up go to the next lane with a card in the same stage, in the lanes’ order as drawn', () => {
    expect(walk(['ArrowDown'])).toBe('fs-sh');
    expect(walk(['ArrowDown', 'ArrowDown', 'ArrowDown'])).toBe('sp-sh');
    expect(walk(['ArrowUp'])).toBe('tp-sh');
    // Drawn with physical evidence on top of the blueprint (the convention), Up from the customer goes there.
    const drawn = [
      'touchpoints',
      'physical-evidence',
      'customer',
      'frontstage',
      'backstage',
      'support',
      'pains',
      'opportunities',
      'thoughts',
    ];
    expect(walk(['ArrowUp'], 'cu-sh', { laneOrder: drawn })).toBe('pe-sh');
  });

  it('Down skips lanes empty in that stage and walks through the cards of one cell', () => {
    // Test drive has no pain point: Down from physical evidence goes to the opportunities, first of two.
    expect(walk(['ArrowDown'], 'pe-td')).toBe('opp-td');
    expect(walk(['ArrowDown', 'ArrowDown'], 'pe-td')).toBe('opp-td-contact');
    expect(walk(['ArrowDown', 'ArrowDown', 'ArrowUp'], 'pe-td')).toBe('opp-td');
    // Handover holds two pain points: Up from the opportunity goes to the last of them.
    expect(walk(['ArrowUp'], 'opp-ho')).toBe('pain-ho-handoff');
  });

  it('Left and Right go to the neighbouring stage in the same lane, mirrored right to left', () => {
    expect(walk(['ArrowRight'])).toBe('cu-td');
    expect(walk(['ArrowLeft'])).toBe('cu-re');
    expect(walk(['ArrowLeft'], 'cu-sh', { rtl: true })).toBe('cu-td');
    expect(walk(['ArrowRight'], 'cu-sh', { rtl: true })).toBe('cu-re');
  });

  it('a stage without a card in the lane: the nearest lane that has one, the upper one on a tie', () => {
    // Test drive has no pain point; the nearest lanes with a card are physical evidence and opportunities.
    expect(walk(['ArrowRight'], 'pain-sh')).toBe('pe-td');
  });

  it('the edges of the map are edges; other keys are left to the map', () => {
    const state = startLink(car, 'cu-re')!;
    expect(linkStep(car, state, 'ArrowLeft')).toEqual({ type: 'edge' });
    expect(linkStep(car, startLink(car, 'tp-re')!, 'ArrowUp')).toEqual({ type: 'edge' });
    expect(linkStep(car, state, 'Enter')).toEqual({ type: 'connect' });
    expect(linkStep(car, state, ' ')).toEqual({ type: 'connect' });
    expect(linkStep(car, state, 'Escape')).toEqual({ type: 'cancel' });
    expect(linkStep(car, state, 'Delete')).toEqual({ type: 'unlink' });
    expect(linkStep(car, state, 'a')).toBeUndefined();
    expect(linkStep(car, state, 'Tab')).toBeUndefined();
  });

  it('cards in lanes not drawn (filtered out) are skipped', () => {
    expect(walk(['ArrowDown'], 'cu-sh', { laneOrder: ['touchpoints', 'customer', 'backstage'] })).toBe('bs-sh');
  });
});

describe('what can be linked', () => {
  it('a card cannot link to itself, nor twice to the same card; a link back is another link', () => {
    expect(linkProblem(car, 'cu-sh', 'cu-sh')).toBe('self');
    expect(linkProblem(car, 'cu-sh', 'fs-sh')).toBe('exists');
    expect(linkProblem(car, 'cu-sh', 'nope')).toBe('missing');
    expect(linkProblem(car, 'fs-sh', 'cu-sh')).toBeNull();
    expect(addLinkChange(car, 'cu-sh', 'fs-sh')).toBeUndefined();
    expect(addLinkChange(car, 'cu-sh', 'pe-sh')).toEqual({ type: 'link/add', from: 'cu-sh', to: 'pe-sh' });
  });

  it('the change adds the arrow and its inverse takes it away', () => {
    const change = addLinkChange(car, 'cu-sh', 'pe-sh')!;
    const after = applyJourneyChanges(car, [change]);
    expect(after.cards.find((c) => c.id === 'cu-sh')!.links).toEqual(['fs-sh', 'pe-sh']);
    expect(applyJourneyChanges(after, invertJourneyChanges(car, [change]))).toEqual(car);
  });

  it('removing: the link between two cards whichever way it goes', () => {
    expect(unlinkChange(car, 'cu-sh', 'fs-sh')).toEqual({ type: 'link/remove', from: 'cu-sh', to: 'fs-sh' });
    expect(unlinkChange(car, 'fs-sh', 'cu-sh')).toEqual({ type: 'link/remove', from: 'cu-sh', to: 'fs-sh' });
    expect(unlinkChange(car, 'cu-sh', 'pe-sh')).toBeUndefined();
  });

  it('a card’s links: those it leads to, then those leading to it, each with its removal', () => {
    expect(cardLinks(car, 'bs-ho')).toEqual([
      {
        direction: 'out',
        other: 'sp-ho',
        title: 'Registration, logistics and lender payout',
        remove: { type: 'link/remove', from: 'bs-ho', to: 'sp-ho' },
      },
      {
        direction: 'in',
        other: 'bs-de',
        title: 'Manager approves discount and values trade-in',
        remove: { type: 'link/remove', from: 'bs-de', to: 'bs-ho' },
      },
      {
        direction: 'in',
        other: 'fs-ho',
        title: 'Adviser reveals the car and explains features',
        remove: { type: 'link/remove', from: 'fs-ho', to: 'bs-ho' },
      },
    ]);
    expect(cardLinks(car, 'tp-re')).toEqual([]);
  });
});

describe('what is said', () => {
  it('the target by title, stage and lane, and what is already between the two', () => {
    expect(linkWords(car, { from: 'cu-sh', to: 'pe-sh' })).toEqual({
      from: 'Checks the boot, rear seats and car seats',
      to: 'Display cars, price boards and brochure',
      stage: 'Visit showroom',
      lane: 'Physical evidence',
      linked: null,
    });
    expect(linkWords(car, { from: 'cu-sh', to: 'fs-sh' }).linked).toBe('out');
    expect(linkWords(car, { from: 'fs-sh', to: 'cu-sh' }).linked).toBe('in');
    expect(linkWords(car, { from: 'cu-sh', to: 'cu-sh' }).linked).toBe('self');
  });

  it('one link change is summed up with both titles; undoing a details save with one link says so too', () => {
    expect(summarizeChanges(car, [{ type: 'link/add', from: 'cu-sh', to: 'pe-sh' }])).toEqual({
      action: 'linked',
      from: 'Checks the boot, rear seats and car seats',
      to: 'Display cars, price boards and brochure',
    });
    expect(summarizeChanges(car, [{ type: 'link/remove', from: 'cu-sh', to: 'fs-sh' }])).toMatchObject({ action: 'unlinked' });
  });
});

describe('drawing the line', () => {
  const box = { left: 0, top: 0, width: 100, height: 40 };
  it('leaves the card at its border, toward the other card', () => {
    expect(edgePoint(box, 300, 20)).toEqual({ x: 100, y: 20 });
    expect(edgePoint(box, 50, 200)).toEqual({ x: 50, y: 40 });
    expect(edgePoint(box, -150, 20)).toEqual({ x: 0, y: 20 });
    expect(edgePoint(box, 60, 25)).toEqual({ x: 50, y: 20 });
    const corner = edgePoint(box, 250, 170);
    expect(corner.y).toBeCloseTo(40);
    expect(corner.x).toBeCloseTo(50 + 200 * (20 / 150));
  });
});
