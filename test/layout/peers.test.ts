// Peers: who is on which card, the words that say so, and an outline that stays visible on the card.
import { describe, expect, it } from 'vitest';
import { contrast, defaultPeerLabels, parseColor, peerOutline, peersByCard, textOn } from '../../src/layout/peers';

const ana = { id: 'a', name: 'Ana', color: '#d1350f', cardId: 'c1', editing: true };
const ben = { id: 'b', name: 'Ben', color: '#ffd54f', cardId: 'c1' };
const cy = { id: 'c', name: 'Cy', color: 'teal', cardId: 'gone' };
const dee = { id: 'd', name: 'Dee', color: '#000' };

describe('given peers on cards → when grouped by card', () => {
  it('keeps only peers on cards of the map, in the order given', () => {
    const byCard = peersByCard([ana, ben, cy, dee], ['c1', 'c2']);
    expect([...byCard.keys()]).toEqual(['c1']);
    expect(byCard.get('c1')!.map((p) => p.name)).toEqual(['Ana', 'Ben']);
    expect(peersByCard([ana], new Set(['c1'])).get('c1')).toHaveLength(1);
    expect(peersByCard([], ['c1']).size).toBe(0);
  });

  it('says who is editing and who is only there', () => {
    expect(defaultPeerLabels.peerTag({ name: 'Ana', editing: true })).toBe('Ana is editing');
    expect(defaultPeerLabels.peerTag({ name: 'Ben', editing: false })).toBe('Ben');
    expect(
      defaultPeerLabels.peersOnCard([
        { name: 'Ana', editing: true },
        { name: 'Ben', editing: false },
      ]),
    ).toBe('Ana is editing; Ben is here');
  });
});

describe('given a peer colour and a card colour → when the outline is chosen', () => {
  it('reads hex and rgb colours, and nothing else', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#1f6feb')).toEqual([31, 111, 235]);
    expect(parseColor('rgb(31, 111, 235)')).toEqual([31, 111, 235]);
    expect(parseColor('rgba(0 0 0 / 50%)')).toEqual([0, 0, 0]);
    expect(parseColor('color(srgb 0.96 0.95 1)')).toEqual([245, 242, 255]);
    expect(peerOutline('#1f6feb', 'color(srgb 0.96 0.95 0.99)')).toBe('#1f6feb');
    expect(parseColor('teal')).toBeUndefined();
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 0);
  });

  it('keeps a colour of 3:1 contrast, else falls back to black on light cards and white on dark ones', () => {
    expect(peerOutline('#d1350f', '#ffffff')).toBe('#d1350f');
    expect(contrast(peerOutline('#ffd54f', '#ffffff'), '#ffffff')!).toBeGreaterThanOrEqual(3);
    expect(peerOutline('#ffd54f', 'rgb(255, 255, 255)')).toBe('#000000');
    expect(peerOutline('#ffd54f', 'rgb(30, 33, 40)')).toBe('#ffd54f');
    expect(peerOutline('#1a237e', 'rgb(30, 33, 40)')).toBe('#ffffff');
    expect(peerOutline('teal', '#ffffff')).toBe('#000000');
  });
});

describe('given a name tag in a peer colour → when its text colour is chosen', () => {
  it('is white on dark tags and black on light ones, at least 4.5:1 against the tag', () => {
    for (const [tag, text] of [
      ['#1565c0', '#ffffff'],
      ['#ffd54f', '#000000'],
      ['#000000', '#ffffff'],
      ['#ffffff', '#000000'],
    ] as const) {
      expect(textOn(tag)).toBe(text);
      expect(contrast(textOn(tag), tag)!).toBeGreaterThanOrEqual(4.5);
    }
    expect(textOn('teal')).toBe('#000000');
  });
});
