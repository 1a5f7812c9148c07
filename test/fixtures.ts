import type { Journey } from '../src';

/** A small valid journey: two stages, one persona, a card per lane. Tests break copies of it. */
export function smallJourney(): Journey {
  return {
    schemaVersion: 1,
    id: 'small',
    title: 'Buying a kettle',
    kind: 'current-state',
    emotionScale: { min: -3, max: 3 },
    personas: [{ id: 'sam', name: 'Sam Rivera', age: 30, goals: [{ text: 'A kettle that lasts', kind: 'personal' }] }],
    phases: [{ id: 'buy', name: 'Buy', stages: ['search', 'checkout'] }],
    stages: [
      { id: 'search', name: 'Search', phase: 'buy', goal: 'Find a kettle', trigger: 'Old kettle broke' },
      { id: 'checkout', name: 'Checkout', phase: 'buy', metrics: [{ label: 'Conversion', value: 3.1, unit: '%' }] },
    ],
    lanes: [
      { id: 'touch', kind: 'touchpoints', label: 'Touchpoints' },
      { id: 'feel', kind: 'emotion', label: 'Emotions' },
      { id: 'pain', kind: 'pains', label: 'Pain points' },
    ],
    cards: [
      { id: 'c1', stage: 'search', lane: 'touch', kind: 'touchpoint', title: 'Search results', channel: 'search', evidence: ['e1'] },
      {
        id: 'c2',
        stage: 'checkout',
        lane: 'touch',
        kind: 'touchpoint',
        title: 'Checkout page',
        channel: 'web',
        momentOfTruth: true,
        links: ['c1'],
      },
      { id: 'c3', stage: 'search', endStage: 'checkout', lane: 'pain', kind: 'pain', title: 'Too many similar models', severity: 'medium' },
    ],
    emotions: [
      { stage: 'search', persona: 'sam', score: 1, label: 'Curious' },
      { stage: 'checkout', persona: 'sam', score: -2, label: 'Annoyed' },
    ],
    evidence: [{ id: 'e1', kind: 'interview', label: '8 interviews' }],
  };
}

/** What a card says first, "Kind: Title" — the start of its accessible name. */
export function cardName(el: Element | null): string {
  if (!el) return '';
  // A card drawn by the host's renderCard carries its name in a visually hidden first child.
  if (!el.querySelector('.jm-TouchpointCard-kind')) return el.querySelector('.jm-visually-hidden')?.textContent ?? '';
  const kind = el.querySelector('.jm-TouchpointCard-kind')?.textContent ?? '';
  const titleEl = el.querySelector('.jm-TouchpointCard-title');
  // A metric card shows its value before the title; the name's start is still "Kind: Title".
  const value = titleEl?.querySelector('.jm-TouchpointCard-metricValue')?.textContent;
  const title = (titleEl?.textContent ?? '').replace(value ? `${value} ` : '', '');
  return `${kind}${title}`;
}

/** A two-stage blueprint: the customer asks, the clerk shows models, the stock system reserves one. */
export function smallBlueprint(): Journey {
  const j = smallJourney();
  return {
    ...j,
    kind: 'service-blueprint',
    lanes: [
      { id: 'customer', kind: 'customer', label: 'Customer actions' },
      { id: 'front', kind: 'frontstage', label: 'Frontstage' },
      { id: 'back', kind: 'backstage', label: 'Backstage' },
      { id: 'support', kind: 'support', label: 'Support processes' },
    ],
    cards: [
      { id: 'b1', stage: 'search', lane: 'customer', kind: 'action', title: 'Asks for a kettle', links: ['b2'] },
      { id: 'b2', stage: 'search', lane: 'front', kind: 'process', title: 'Clerk shows models', links: ['b3'] },
      { id: 'b3', stage: 'checkout', lane: 'back', kind: 'process', title: 'Stock reserved' },
      { id: 'b4', stage: 'checkout', lane: 'support', kind: 'process', title: 'Warehouse system' },
    ],
  };
}
