import type { Journey } from '../../src';

/**
 * A small map of every everyday part, for the designer's guide: one persona, two phases,
 * three stages, the lanes a current-state map usually has, research behind some cards
 * and an assumption behind another.
 */
export const bikeRepairJourney: Journey = {
  schemaVersion: 1,
  id: 'bike-repair',
  title: 'Getting a bike repaired',
  description: 'From a flat tyre on Monday to riding again on Friday.',
  kind: 'current-state',
  emotionScale: { min: -3, max: 3, minLabel: 'Annoyed', maxLabel: 'Delighted' },
  meta: { owner: 'Service design team', updatedAt: '2026-10-02', validatedAt: '2026-09-15' },
  personas: [
    {
      id: 'lena',
      name: 'Lena Okafor',
      age: 34,
      role: 'Nurse, cycles to work',
      quote: 'If the bike is off the road, my whole week gets longer.',
      goals: [{ text: 'Back on the bike before the next early shift', kind: 'career' }],
      frustrations: ['Repair prices nobody will say up front'],
      channels: ['web', 'phone', 'store'],
    },
  ],
  phases: [
    { id: 'choose', name: 'Choose', stages: ['find', 'book'] },
    { id: 'use', name: 'Use', stages: ['collect'] },
  ],
  stages: [
    { id: 'find', name: 'Find a shop', goal: 'A shop near work that can do it this week', trigger: 'A flat tyre on the way home' },
    { id: 'book', name: 'Book a slot', goal: 'A time and a price', duration: '10 minutes' },
    { id: 'collect', name: 'Collect the bike', goal: 'Ride home the same evening' },
  ],
  lanes: [
    { id: 'do', kind: 'actions', label: 'Actions' },
    { id: 'touch', kind: 'touchpoints', label: 'Touchpoints' },
    { id: 'think', kind: 'thoughts', label: 'Thoughts' },
    { id: 'feel', kind: 'emotion', label: 'Emotion' },
    { id: 'pain', kind: 'pains', label: 'Pain points' },
    { id: 'idea', kind: 'opportunities', label: 'Opportunities' },
  ],
  cards: [
    { id: 'a-search', stage: 'find', lane: 'do', kind: 'action', title: 'Searches for repair shops nearby' },
    { id: 't-map', stage: 'find', lane: 'touch', kind: 'touchpoint', title: 'Map listing with reviews', channel: 'search' },
    {
      id: 't-book',
      stage: 'book',
      lane: 'touch',
      kind: 'touchpoint',
      title: 'Online booking form',
      channel: 'web',
      momentOfTruth: true,
      evidence: ['ev-interviews'],
    },
    { id: 't-desk', stage: 'collect', lane: 'touch', kind: 'touchpoint', title: 'Shop counter', channel: 'store' },
    { id: 'th-price', stage: 'book', lane: 'think', kind: 'thought', title: 'How much will this cost me?' },
    {
      id: 'p-price',
      stage: 'book',
      lane: 'pain',
      kind: 'pain',
      title: 'Price only given at the counter',
      severity: 'high',
      evidence: ['ev-interviews', 'ev-tickets'],
    },
    {
      id: 'o-quote',
      stage: 'book',
      lane: 'idea',
      kind: 'opportunity',
      title: 'Fixed prices for common repairs on the form',
      impact: 'high',
      effort: 'low',
      status: 'planned',
      owner: 'Web team',
      evidence: ['ev-guess'],
    },
  ],
  emotions: [
    { stage: 'find', score: 1, label: 'Hopeful' },
    { stage: 'book', score: -2, label: 'Wary' },
    { stage: 'collect', score: 2, label: 'Relieved' },
  ],
  evidence: [
    { id: 'ev-interviews', kind: 'interview', label: '9 interviews with commuters', sampleSize: 9 },
    { id: 'ev-tickets', kind: 'tickets', label: 'Complaints about surprise prices, Q3' },
    { id: 'ev-guess', kind: 'assumption', label: 'Team idea, not yet tested' },
  ],
};

/**
 * The front and back of the same repair as a service blueprint: what Lena does, what
 * the shop does where she can see it, what happens behind the counter and what supports it.
 */
export const bikeRepairBlueprint: Journey = {
  schemaVersion: 1,
  id: 'bike-repair-blueprint',
  title: 'Getting a bike repaired: the blueprint',
  kind: 'service-blueprint',
  personas: [{ id: 'lena', name: 'Lena Okafor' }],
  stages: [
    { id: 'book', name: 'Book a slot' },
    { id: 'collect', name: 'Collect the bike' },
  ],
  lanes: [
    { id: 'customer', kind: 'customer', label: 'Customer actions' },
    { id: 'front', kind: 'frontstage', label: 'Frontstage' },
    { id: 'back', kind: 'backstage', label: 'Backstage' },
    { id: 'support', kind: 'support', label: 'Support processes' },
  ],
  cards: [
    { id: 'cu-book', stage: 'book', lane: 'customer', kind: 'action', title: 'Fills in the booking form', links: ['fs-confirm'] },
    { id: 'fs-confirm', stage: 'book', lane: 'front', kind: 'process', title: 'Confirmation email', links: ['bs-plan'] },
    { id: 'bs-plan', stage: 'book', lane: 'back', kind: 'process', title: 'Mechanic plans the day', links: ['sp-parts'] },
    { id: 'sp-parts', stage: 'book', lane: 'support', kind: 'process', title: 'Parts ordered from the supplier' },
    { id: 'cu-pay', stage: 'collect', lane: 'customer', kind: 'action', title: 'Pays and rides home', links: ['fs-hand'] },
    { id: 'fs-hand', stage: 'collect', lane: 'front', kind: 'process', title: 'Counter staff explain the repair' },
  ],
  emotions: [],
};
