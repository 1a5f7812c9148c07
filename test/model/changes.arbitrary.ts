// Random changes to a journey, made from its current state so that most of them apply:
// each draws its kind and its targets from a list of numbers.
import fc from 'fast-check';
import { CARD_KINDS, JourneyValidationError, LANE_KINDS, applyJourneyChanges, type Journey, type JourneyChange } from '../../src';

/** Picks from a list with a number (undefined for an empty list). */
const pick = <T>(list: readonly T[] | undefined, n: number): T | undefined => (list && list.length > 0 ? list[n % list.length] : undefined);

let fresh = 0;
/** An id no journey has. */
const newId = (prefix: string) => `${prefix}-new-${++fresh}`;

/** One change of the journey's current state, chosen by the numbers `r` (each 0…2³¹). */
export function randomChange(j: Journey, r: readonly number[]): JourneyChange | undefined {
  const [k = 0, a = 0, b = 0, c = 0, d = 0] = r;
  const card = pick(j.cards, a);
  const other = pick(j.cards, b);
  const stage = pick(j.stages, b);
  const lane = pick(j.lanes, c);
  const persona = pick(j.personas, a);
  const evidence = pick(j.evidence, c);
  const phase = pick(j.phases, d);
  const scale = j.emotionScale ?? { min: -3, max: 3 };
  switch (k % 34) {
    case 0:
    case 1:
      return stage && lane
        ? {
            type: 'card/add',
            card: { id: newId('c'), stage: stage.id, lane: lane.id, kind: pick(CARD_KINDS, d)!, title: `New ${a % 100}` },
            index: d % 3 === 0 ? undefined : c,
          }
        : undefined;
    case 2:
      return card && { type: 'card/update', id: card.id, set: { title: `Renamed ${d % 1000}` } };
    case 3:
      return (
        card &&
        (card.description
          ? { type: 'card/update', id: card.id, unset: ['description'] }
          : { type: 'card/update', id: card.id, set: { description: 'Said better', momentOfTruth: true } })
      );
    case 4:
    case 5:
      return card && stage && lane
        ? { type: 'card/move', id: card.id, stage: stage.id, lane: lane.id, ...(d % 3 === 0 ? { endStage: null } : {}) }
        : undefined;
    case 6:
      return card && other && card.id !== other.id
        ? { type: 'card/move', id: card.id, before: other.id }
        : card && { type: 'card/move', id: card.id, index: d };
    case 7:
      return card && { type: 'card/remove', id: card.id };
    case 8:
      return card && evidence ? { type: 'card/cite', id: card.id, evidence: evidence.id } : undefined;
    case 9:
      return card?.evidence?.length ? { type: 'card/uncite', id: card.id, evidence: pick(card.evidence, d)! } : undefined;
    case 10:
      return card && other ? { type: 'link/add', from: card.id, to: other.id } : undefined;
    case 11:
      return card?.links?.length ? { type: 'link/remove', from: card.id, to: pick(card.links, d)! } : undefined;
    case 12:
      // A stage added after the last one joins no phase, so the phases stay whole.
      return { type: 'stage/add', stage: { id: newId('s'), name: `Stage ${a % 100}` } };
    case 13:
      return stage && { type: 'stage/update', id: stage.id, set: { name: `Stage ${d % 100}`, goal: 'A goal' } };
    case 14:
      return stage && (j.phases?.length ? undefined : { type: 'stage/move', id: stage.id, index: d });
    case 15:
    case 16:
      return stage && j.stages.length > 1
        ? {
            type: 'stage/remove',
            id: stage.id,
            cards:
              d % 2 === 0
                ? 'remove'
                : {
                    moveTo: pick(
                      j.stages.filter((s) => s.id !== stage.id),
                      c,
                    )!.id,
                  },
          }
        : undefined;
    case 17:
      return phase && { type: 'phase/update', id: phase.id, set: { name: `Phase ${d % 10}` } };
    case 18:
      return phase && { type: 'phase/remove', id: phase.id };
    case 19:
      return { type: 'lane/add', lane: { id: newId('l'), kind: pick(LANE_KINDS, d)!, label: `Lane ${a % 100}` }, index: c };
    case 20:
      return lane && { type: 'lane/update', id: lane.id, set: { label: `Lane ${d % 100}`, description: 'What it holds' } };
    case 21:
      return lane && { type: 'lane/move', id: lane.id, index: d };
    case 22:
      return lane && j.lanes.length > 1
        ? {
            type: 'lane/remove',
            id: lane.id,
            cards:
              d % 2 === 0
                ? 'remove'
                : {
                    moveTo: pick(
                      j.lanes.filter((l) => l.id !== lane.id),
                      c,
                    )!.id,
                  },
          }
        : undefined;
    case 23:
      // A second persona needs every score to name its persona; the journey's own scores may not.
      return j.emotions.every((e) => e.persona)
        ? { type: 'persona/add', persona: { id: newId('p'), name: `Persona ${a % 10}` }, index: c }
        : undefined;
    case 24:
      return persona && { type: 'persona/update', id: persona.id, set: { role: 'Buyer', age: 30 + (d % 40) } };
    case 25:
      return persona && j.personas.length > 1 ? { type: 'persona/remove', id: persona.id } : undefined;
    case 26:
      return { type: 'evidence/add', evidence: { id: newId('e'), kind: 'interview', label: `Interviews ${a % 10}` }, index: c };
    case 27:
      return evidence && { type: 'evidence/update', id: evidence.id, set: { label: 'Renamed source', sampleSize: d % 50 } };
    case 28:
      return evidence && { type: 'evidence/remove', id: evidence.id };
    case 29: {
      if (!stage) return undefined;
      const who = j.personas.length > 1 ? pick(j.personas, a)!.id : undefined;
      const score = scale.min + (d % (Math.floor(scale.max - scale.min) + 1));
      return {
        type: 'emotion/set',
        emotion: { stage: stage.id, ...(who ? { persona: who } : {}), score, ...(d % 2 ? { label: 'Calm' } : {}) },
      };
    }
    case 30: {
      const point = pick(j.emotions, a);
      return point && { type: 'emotion/remove', stage: point.stage, persona: point.persona, scenario: point.scenario };
    }
    case 31:
      return j.description
        ? { type: 'journey/update', unset: ['description'] }
        : { type: 'journey/update', set: { title: `Journey ${d % 100}`, description: 'Now described' } };
    case 32:
      return persona && { type: 'persona/move', id: persona.id, index: d };
    default:
      return evidence ? { type: 'evidence/move', id: evidence.id, index: d } : phase && { type: 'phase/move', id: phase.id, index: d };
  }
}

/** Lists of numbers, each list the draw of one change. */
export const changeDraws = fc.array(fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 12 });

/**
 * Applies the drawn changes one at a time, keeping those that apply; a change is refused
 * only with a JourneyValidationError (anything else is thrown on). Returns the journey,
 * the changes that applied and how many were refused.
 */
export function walk(start: Journey, draws: readonly number[][]): { journey: Journey; applied: JourneyChange[]; refused: number } {
  let journey = start;
  const applied: JourneyChange[] = [];
  let refused = 0;
  for (const draw of draws) {
    const change = randomChange(journey, draw);
    if (!change) continue;
    try {
      journey = applyJourneyChanges(journey, [change]);
      applied.push(change);
    } catch (error) {
      if (!(error instanceof JourneyValidationError)) throw error;
      refused++;
    }
  }
  return { journey, applied, refused };
}
