import type { Journey } from '../../src';

/** The smallest useful journey: the one in the README and the Introduction page. */
export const kettleJourney: Journey = {
  schemaVersion: 1,
  id: 'kettle',
  title: 'Buying a kettle',
  personas: [{ id: 'sam', name: 'Sam' }],
  stages: [
    { id: 'search', name: 'Search' },
    { id: 'checkout', name: 'Checkout' },
  ],
  lanes: [
    { id: 'touch', kind: 'touchpoints', label: 'Touchpoints' },
    { id: 'feel', kind: 'emotion', label: 'Emotion' },
  ],
  cards: [{ id: 'c1', stage: 'search', lane: 'touch', kind: 'touchpoint', title: 'Search results', channel: 'search' }],
  emotions: [
    { stage: 'search', score: 1 },
    { stage: 'checkout', score: -2 },
  ],
};
