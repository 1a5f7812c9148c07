import type { Card, Journey } from '../src';

/** A journey of the given size, built deterministically: for the extreme-size tests. */
export function largeJourney({
  stages = 24,
  lanes = 12,
  cards = 1000,
  personas = 3,
  titleLength = 0,
}: {
  stages?: number;
  lanes?: number;
  cards?: number;
  personas?: number;
  titleLength?: number;
}): Journey {
  const kinds = ['actions', 'touchpoints', 'thoughts', 'pains', 'opportunities'] as const;
  const cardKind = {
    actions: 'action',
    touchpoints: 'touchpoint',
    thoughts: 'thought',
    pains: 'pain',
    opportunities: 'opportunity',
  } as const;
  const laneList = Array.from({ length: lanes }, (_, i) => ({ id: `l${i}`, kind: kinds[i % kinds.length]!, label: `Lane ${i + 1}` }));
  const cardList: Card[] = Array.from({ length: cards }, (_, i) => {
    const lane = laneList[i % lanes]!;
    const stage = Math.floor(i / lanes) % stages;
    const card: Card = {
      id: `c${i}`,
      stage: `s${stage}`,
      lane: lane.id,
      kind: cardKind[lane.kind],
      title: titleLength > 0 && i === 0 ? 'Long title '.repeat(Math.ceil(titleLength / 11)).slice(0, titleLength) : `Card ${i + 1}`,
    };
    if (i % 7 === 0 && stage + 2 < stages) card.endStage = `s${stage + 2}`;
    if (i % 5 === 0 && i + lanes < cards) card.links = [`c${i + lanes}`];
    return card;
  });
  const personaList = Array.from({ length: personas }, (_, i) => ({ id: `p${i}`, name: `Persona ${i + 1}`, role: 'Customer' }));
  return {
    schemaVersion: 1,
    id: `large-${stages}-${cards}`,
    title: `${stages} stages, ${cards} cards`,
    personas: personaList,
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` })),
    lanes: [...laneList, { id: 'feel', kind: 'emotion', label: 'Emotion' }],
    cards: cardList,
    emotions: personaList.flatMap((p, pi) =>
      Array.from({ length: stages }, (_, i) => ({ stage: `s${i}`, persona: p.id, score: Math.round(3 * Math.sin(i / 2 + pi)) })),
    ),
  };
}
