// @vitest-environment node
// diffJourneys stays linear: four times the journey costs at most eight times the time,
// half-way between linear (4×) and quadratic (16×) growth (MAX_GROWTH in test/pathological.ts).
// Timed as test/linear.test.ts times the importers (measureGrowth: processor time, median
// of five runs, each long enough to last 20 ms, taken up to three times before it fails). The two versions
// differ everywhere: cards renamed, moved, removed and added, stages and lanes reordered
// (so the moves' ordering does real work), scores changed.
import { describe, expect, it } from 'vitest';
import { diffJourneys, type Card, type Emotion, type Journey } from '../src';
import { MAX_GROWTH, jsonBytes, measureGrowth, type PathologicalCase } from './pathological';

/** A journey of `n` cards over n/20 stages, n/50 lanes, 4 personas and n/20 pieces of evidence. */
function large(n: number): Journey {
  const stages = Array.from({ length: Math.max(2, n / 20) }, (_, i) => ({ id: `s${i}`, name: `Stage ${i}`, goal: `Goal ${i}` }));
  const lanes = Array.from({ length: Math.max(2, n / 50) }, (_, i) => ({ id: `l${i}`, kind: 'actions' as const, label: `Lane ${i}` }));
  const personas = Array.from({ length: 4 }, (_, i) => ({ id: `p${i}`, name: `Persona ${i}` }));
  const evidence = Array.from({ length: n / 20 }, (_, i) => ({ id: `e${i}`, kind: 'survey' as const, label: `Survey ${i}` }));
  const cards = Array.from({ length: n }, (_, i): Card => ({
    id: `c${i}`,
    stage: `s${i % stages.length}`,
    lane: `l${i % lanes.length}`,
    kind: 'action',
    title: `Card ${i}`,
    evidence: [`e${i % evidence.length}`],
    links: [`c${(i + 1) % n}`],
  }));
  const emotions = personas.flatMap((p) => stages.map((s, i): Emotion => ({ stage: s.id, persona: p.id, score: (i % 7) - 3 })));
  return { schemaVersion: 1, id: 'large', title: 'Large', personas, stages, lanes, cards, emotions, evidence };
}

/** The same journey changed throughout. */
function changed(j: Journey): Journey {
  const n = j.cards.length;
  const cards = j.cards
    .filter((_, i) => i % 7 !== 0)
    .map((c, i) =>
      i % 3 === 0 ? { ...c, title: `${c.title}, renamed` } : i % 5 === 0 ? { ...c, lane: j.lanes[(i + 1) % j.lanes.length]!.id } : c,
    );
  for (let i = 0; i < n / 7; i++) cards.push({ id: `new${i}`, stage: 's0', lane: 'l0', kind: 'pain', title: `New ${i}` });
  // Stages reversed in blocks of ten, lanes rotated by one.
  const stages = [...j.stages];
  for (let i = 0; i < stages.length; i += 10) stages.splice(i, 10, ...stages.slice(i, i + 10).reverse());
  const lanes = [...j.lanes.slice(1), j.lanes[0]!];
  const emotions = j.emotions.map((e, i) => (i % 2 === 0 ? { ...e, score: -e.score } : e));
  return { ...j, title: 'Large, later', cards, stages, lanes, emotions, evidence: j.evidence!.slice(1) };
}

const CASE: PathologicalCase<{ before: Journey; after: Journey }> = {
  name: 'diffJourneys',
  n: 1000,
  make: (n) => {
    const before = large(n);
    return { before, after: changed(before) };
  },
  bytes: ({ before, after }) => jsonBytes(before) + jsonBytes(after),
  run: ({ before, after }) => diffJourneys(before, after),
};

describe('diffJourneys costs time linear in the journeys’ size', () => {
  it('finds every kind of difference in the large journeys', () => {
    const { before, after } = CASE.make(CASE.n);
    const { summary } = diffJourneys(before, after);
    for (const count of [
      summary.cards.added,
      summary.cards.removed,
      summary.cards.changed,
      summary.cards.moved,
      summary.stages.moved,
      summary.lanes.moved,
      summary.evidence.removed,
      summary.emotions,
    ])
      expect(count).toBeGreaterThan(0);
    expect(summary.lanes.moved).toBe(1);
  });

  it(`4× the cards, stages, lanes and scores cost at most ${MAX_GROWTH}× the time, far below quadratic`, () => {
    const result = measureGrowth(CASE, MAX_GROWTH);
    const figures = `n = ${CASE.n} cards × ${result.repeat} calls: ${result.small.toFixed(1)} ms, 4n: ${result.large.toFixed(1)} ms, growth ${result.ratio.toFixed(2)}×`;
    console.log(figures);
    expect(result.ratio, figures).toBeLessThanOrEqual(MAX_GROWTH);
  }, 120_000);
});
