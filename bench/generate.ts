// Seeded journeys for the benchmarks. The same seed gives the same journey in Node
// (server rendering) and in the browser page, so every figure is about the same data.
// A tiny PRNG, not fast-check: benchmarks want one fixed, realistic journey per size.
import type { Card, CardKind, Emotion, Evidence, Journey, Lane, LaneKind, Persona, Phase, Stage } from '../src';

/** One benchmark size: cards spread over stages × card lanes (plus one emotion lane). */
export interface BenchSize {
  /** Number of cards. */
  cards: number;
  /** Number of stages (columns). */
  stages: number;
  /** Number of lanes that hold cards; an emotion lane is added after the third. */
  lanes: number;
}

/** The three sizes: about three and a half cards per cell at 1,000 and 10,000 cards, so 10× the cards is 10× everything. */
export const SIZES: readonly BenchSize[] = [
  { cards: 100, stages: 8, lanes: 12 },
  { cards: 1_000, stages: 24, lanes: 12 },
  { cards: 10_000, stages: 240, lanes: 12 },
];

/** The fixed seed. */
export const SEED = 20261128;

/** mulberry32: a 32-bit seeded PRNG, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'account address agent app basket billing booking branch call card cart chat checkout claim code confirm contract courier delivery deposit discount email estimate form fee guide help invoice login loan mail manual order offer password payment plan portal price quote receipt refund renewal repair report return review search service setup signup status store survey ticket tracking trial upgrade voucher warranty website'.split(
    ' ',
  );
const VERBS = 'asks compares finds opens reads checks pays waits calls books cancels shares chooses tries downloads reports'.split(' ');
const FEELINGS = ['Curious', 'Hopeful', 'Confused', 'Annoyed', 'Relieved', 'Anxious', 'Delighted', 'Frustrated', 'Calm', 'Impatient'];
const CHANNELS = ['web', 'mobile-app', 'email', 'phone', 'chat', 'social', 'search', 'store', 'sms', 'support-desk'];
const LEVELS = ['low', 'medium', 'high'] as const;
const STATUSES = ['idea', 'planned', 'in-progress', 'done', 'rejected'] as const;

/** The card lanes in map order, each with the kind of card it holds. The emotion lane goes after `pains`. */
const LANE_PLAN: ReadonlyArray<{ kind: LaneKind; label: string; card: CardKind }> = [
  { kind: 'actions', label: 'Customer actions', card: 'action' },
  { kind: 'touchpoints', label: 'Touchpoints', card: 'touchpoint' },
  { kind: 'thoughts', label: 'Thoughts', card: 'thought' },
  { kind: 'pains', label: 'Pain points', card: 'pain' },
  { kind: 'opportunities', label: 'Opportunities', card: 'opportunity' },
  { kind: 'metrics', label: 'Metrics', card: 'metric' },
  { kind: 'text', label: 'Notes', card: 'text' },
  { kind: 'customer', label: 'Customer', card: 'action' },
  { kind: 'frontstage', label: 'Frontstage', card: 'process' },
  { kind: 'backstage', label: 'Backstage', card: 'process' },
  { kind: 'support', label: 'Support processes', card: 'process' },
  { kind: 'evidence', label: 'Physical evidence', card: 'evidence' },
];

/**
 * A valid journey of `size.cards` cards over `size.stages` stages and `size.lanes`
 * card lanes, three personas with an emotion series each, four phases, evidence that
 * cards cite, spanning cards, moments of truth and blueprint links.
 */
export function generateJourney(size: BenchSize, seed = SEED): Journey {
  const rnd = prng(seed + size.cards);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const words = (min: number, max: number) => Array.from({ length: min + int(max - min + 1) }, () => pick(WORDS)).join(' ');
  const title = () => {
    const text = `${pick(WORDS)} ${pick(VERBS)} ${words(1, 4)}`;
    return text[0]!.toUpperCase() + text.slice(1);
  };

  const personas: Persona[] = ['Sarah Miller', 'Tomasz Nowak', 'Aiko Tanaka'].map((name, i) => ({
    id: `p${i}`,
    name,
    age: 28 + i * 9,
    role: ['Product manager', 'Electrician', 'Student'][i],
    quote: `I just want the ${pick(WORDS)} to work.`,
    goals: [
      { text: `Get the ${pick(WORDS)} done quickly`, kind: 'personal' },
      { text: `Keep the ${pick(WORDS)} under control`, kind: 'career' },
    ],
    needs: [`Clear ${pick(WORDS)}`, `Fast ${pick(WORDS)}`],
    frustrations: [`Slow ${pick(WORDS)}`, `Hidden ${pick(WORDS)}`],
    channels: [pick(CHANNELS), pick(CHANNELS)],
  }));

  const stages: Stage[] = Array.from({ length: size.stages }, (_, i) => {
    const stage: Stage = { id: `s${i}`, name: `${i + 1}. ${words(1, 2)}` };
    if (i % 3 === 0) stage.goal = `Finish the ${pick(WORDS)}`;
    if (i % 4 === 1) stage.duration = `${1 + int(5)} days`;
    if (i % 5 === 2) stage.metrics = [{ label: 'Conversion', value: 10 + int(80), unit: '%' }];
    return stage;
  });
  const phaseCount = Math.min(4, size.stages);
  const phases: Phase[] = Array.from({ length: phaseCount }, (_, p) => {
    const from = Math.floor((p * size.stages) / phaseCount);
    const to = Math.floor(((p + 1) * size.stages) / phaseCount);
    return { id: `ph${p}`, name: ['Discover', 'Buy', 'Use', 'Advocate'][p]!, stages: stages.slice(from, to).map((s) => s.id) };
  });

  const plan = LANE_PLAN.slice(0, size.lanes);
  const lanes: Lane[] = plan.map((l, i) => ({ id: `l${i}`, kind: l.kind, label: l.label }));
  const emotionAt = Math.min(4, lanes.length);
  lanes.splice(emotionAt, 0, { id: 'emotion', kind: 'emotion', label: 'Emotion' });

  const evidence: Evidence[] = [
    { id: 'ev0', kind: 'interview', label: '12 customer interviews', sampleSize: 12 },
    { id: 'ev1', kind: 'survey', label: 'Onboarding survey', sampleSize: 480 },
    { id: 'ev2', kind: 'analytics', label: 'Funnel analytics' },
    { id: 'ev3', kind: 'tickets', label: 'Support tickets, Q3', sampleSize: 230 },
    { id: 'ev4', kind: 'assumption', label: 'Team assumption' },
  ];

  const cards: Card[] = [];
  for (let i = 0; i < size.cards; i++) {
    const laneIndex = int(plan.length);
    const lane = plan[laneIndex]!;
    const start = int(size.stages);
    const card: Card = { id: `c${i}`, stage: `s${start}`, lane: `l${laneIndex}`, kind: lane.card, title: title() };
    if (rnd() < 0.12 && start < size.stages - 1) card.endStage = `s${Math.min(size.stages - 1, start + 1 + int(2))}`;
    if (rnd() < 0.5) card.description = `${title()}. ${title()}.`;
    if (lane.card === 'touchpoint' || (lane.kind === 'frontstage' && rnd() < 0.5)) card.channel = pick(CHANNELS);
    if (rnd() < 0.05) card.momentOfTruth = true;
    if (rnd() < 0.3) card.evidence = [pick(evidence).id];
    if (rnd() < 0.3) card.persona = pick(personas).id;
    if (lane.card === 'pain') card.severity = pick(LEVELS);
    if (lane.card === 'opportunity') {
      card.impact = pick(LEVELS);
      card.effort = pick(LEVELS);
      card.owner = `${pick(WORDS)} team`;
      card.status = pick(STATUSES);
    }
    if (lane.card === 'metric') card.metric = { label: 'Rate', value: int(100), unit: '%' };
    cards.push(card);
  }
  // Blueprint links: customer → frontstage → backstage → support, within a stage.
  const byLaneStage = new Map<string, Card[]>();
  for (const card of cards) {
    const key = `${card.lane}|${card.stage}`;
    const list = byLaneStage.get(key);
    if (list) list.push(card);
    else byLaneStage.set(key, [card]);
  }
  const blueprintChain = ['customer', 'frontstage', 'backstage', 'support'].map((kind) => plan.findIndex((l) => l.kind === kind));
  for (const card of cards) {
    const at = blueprintChain.indexOf(Number(card.lane.slice(1)));
    if (at === -1 || at === blueprintChain.length - 1 || blueprintChain[at + 1] === -1 || rnd() >= 0.3) continue;
    const targets = byLaneStage.get(`l${blueprintChain[at + 1]}|${card.stage}`);
    if (targets && targets.length > 0) card.links = [pick(targets).id];
  }

  const emotions: Emotion[] = [];
  personas.forEach((persona, p) => {
    let score = int(3) - 1;
    for (const stage of stages) {
      score = Math.max(-3, Math.min(3, score + int(3) - 1 + (p === 1 && rnd() < 0.1 ? -1 : 0)));
      emotions.push({ stage: stage.id, persona: persona.id, score, label: pick(FEELINGS) });
    }
  });

  return {
    schemaVersion: 1,
    id: `bench-${size.cards}`,
    title: `Benchmark journey, ${size.cards.toLocaleString('en')} cards`,
    description: `${size.stages} stages × ${size.lanes} card lanes, three personas.`,
    kind: 'service-blueprint',
    emotionScale: { min: -3, max: 3 },
    meta: { owner: 'Benchmarks', updatedAt: '2026-11-28' },
    personas,
    phases,
    stages,
    lanes,
    cards,
    emotions,
    evidence,
  };
}
