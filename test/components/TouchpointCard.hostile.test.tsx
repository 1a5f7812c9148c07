import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TouchpointCard, type Card } from '../../src';
import { isDrawableCard } from '../../src/model/card';
import { realMessages } from '../console';

const base = { id: 'c1', stage: 's1', lane: 'l1', kind: 'touchpoint', title: 'Checkout page' };

/** Cards a host might hand a standalone card: each field a value of the wrong kind. */
const hostile: Array<[string, Record<string, unknown>]> = [
  ['a prototype key as kind', { kind: '__proto__' }],
  ['constructor as kind', { kind: 'constructor' }],
  ['a prototype key as status', { kind: 'opportunity', status: '__proto__' }],
  ['a prototype key as severity', { kind: 'pain', severity: 'toString' }],
  ['evidence as text, not a list', { evidence: 'e1' }],
  ['a Symbol channel', { channel: Symbol('web') }],
  ['an object owner', { kind: 'opportunity', owner: { name: 'Team' } }],
  ['a metric without a value', { kind: 'metric', metric: { label: 'Conversion' } }],
  ['an image without alt text', { image: { src: 'https://example.com/a.png' } }],
  ['links that are not ids', { links: [1, 2] }],
  [
    'a getter that throws',
    Object.defineProperty({ ...base }, 'channel', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    }),
  ],
];

afterEach(() => vi.restoreAllMocks());

describe('a standalone TouchpointCard handed data of the wrong kind', () => {
  it.each(hostile)('%s: shows a notice instead of throwing, in the browser and on the server, and logs nothing', (_name, patch) => {
    const card = (Object.getOwnPropertyDescriptor(patch, 'channel')?.get ? patch : { ...base, ...patch }) as unknown as Card;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(isDrawableCard(card)).toBe(false);
    expect(() => renderToString(<TouchpointCard card={card} />)).not.toThrow();
    render(<TouchpointCard card={card} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(realMessages(error.mock.calls)).toEqual([]);
  });

  it('draws a well-formed card of every field as before', () => {
    const card: Card = {
      ...base,
      kind: 'opportunity',
      channel: 'web',
      owner: 'Checkout team',
      status: 'planned',
      impact: 'high',
      effort: 'low',
      evidence: [],
      links: ['c2'],
      momentOfTruth: true,
    };
    expect(isDrawableCard(card)).toBe(true);
    render(<TouchpointCard card={card} />);
    expect(screen.getByRole('article', { name: 'Opportunity: Checkout page' })).toHaveTextContent('Checkout team');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
