import {
  CARD_KINDS,
  EMOTION_SCENARIOS,
  EVIDENCE_KINDS,
  JOURNEY_KINDS,
  LANE_KINDS,
  LEVELS,
  OPPORTUNITY_STATUSES,
  SCHEMA_VERSION,
  type Journey,
  type JourneyProblem,
} from './types';
import { isSafeUrl } from './url';

/** The scale used when a journey declares none. */
export const DEFAULT_EMOTION_SCALE = { min: -3, max: 3 } as const;

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'string') return `the text "${truncate(value)}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
};

const truncate = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max)}…` : text);

const quoteList = (values: readonly string[], max = 6): string => {
  const shown = values.slice(0, max).map((v) => `"${v}"`);
  return values.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
};

/** Edit distance, used only to suggest a likely intended id in a message. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

function suggestion(value: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))) {
    return `; did you mean "${best}"?`;
  }
  return known.length > 0 ? `; known ids are ${quoteList(known)}` : '; none are defined';
}

// A CSS colour may reach an inline style; allow only characters a colour needs so a
// value can never close its declaration or open a url().
const CSS_COLOR = /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch|color)\([0-9a-z.,%\s/+-]*\))$/i;

/** Whether `value` looks like a plain CSS colour that cannot escape a style declaration. */
export function isSafeCssColor(value: string): boolean {
  return CSS_COLOR.test(value.trim()) && !/url|expression|var/i.test(value);
}

class Checker {
  readonly problems: JourneyProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Reports a missing or mistyped required string; returns it when usable. */
  requiredString(obj: Obj, key: string, path: string, what: string): string | undefined {
    const value = obj[key];
    if (value === undefined) {
      this.add(join(path, key), `${what} is required`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(join(path, key), `${what} must be text, but it is ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  id(obj: Obj, path: string, what: string): string | undefined {
    const value = this.requiredString(obj, 'id', path, `The ${what} id`);
    if (value !== undefined && value.trim() === '') {
      this.add(join(path, 'id'), `The ${what} id must not be empty`);
      return undefined;
    }
    return value;
  }

  optionalString(obj: Obj, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.add(join(path, key), `must be text, but it is ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  optionalUrl(obj: Obj, key: string, path: string): void {
    const value = this.optionalString(obj, key, path);
    if (value !== undefined && !isSafeUrl(value)) {
      this.add(
        join(path, key),
        `the link "${truncate(value)}" is not allowed; use an http(s), mailto or tel address, or a relative path`,
      );
    }
  }

  optionalDate(obj: Obj, key: string, path: string): void {
    const value = this.optionalString(obj, key, path);
    if (value !== undefined && Number.isNaN(Date.parse(value))) {
      this.add(join(path, key), `"${truncate(value)}" is not a date; write it as YYYY-MM-DD`);
    }
  }

  optionalBoolean(obj: Obj, key: string, path: string): void {
    const value = obj[key];
    if (value !== undefined && typeof value !== 'boolean') {
      this.add(join(path, key), `must be true or false, but it is ${describe(value)}`);
    }
  }

  optionalNumber(obj: Obj, key: string, path: string, { min }: { min?: number } = {}): number | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(join(path, key), `must be a finite number, but it is ${describe(value)}`);
      return undefined;
    }
    if (min !== undefined && value < min) {
      this.add(join(path, key), `must be at least ${min}, but it is ${value}`);
      return undefined;
    }
    return value;
  }

  optionalEnum(obj: Obj, key: string, path: string, allowed: readonly string[], required = false): void {
    const value = obj[key];
    if (value === undefined) {
      if (required) this.add(join(path, key), `is required; use one of ${quoteList(allowed, 20)}`);
      return;
    }
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.add(join(path, key), `${describe(value)} is not one of ${quoteList(allowed, 20)}`);
    }
  }

  stringList(obj: Obj, key: string, path: string): string[] {
    const value = obj[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.add(join(path, key), `must be a list of texts, but it is ${describe(value)}`);
      return [];
    }
    const result: string[] = [];
    value.forEach((item, i) => {
      if (typeof item !== 'string') this.add(`${join(path, key)}[${i}]`, `must be text, but it is ${describe(item)}`);
      else result.push(item);
    });
    return result;
  }

  /** Checks that `key` is a list of objects and returns them with their paths. */
  objectList(obj: Obj, key: string, path: string, what: string, required: boolean): Array<[Obj, string]> {
    const value = obj[key];
    const listPath = join(path, key);
    if (value === undefined) {
      if (required) this.add(listPath, `The list of ${what} is required`);
      return [];
    }
    if (!Array.isArray(value)) {
      this.add(listPath, `must be a list of ${what}, but it is ${describe(value)}`);
      return [];
    }
    const result: Array<[Obj, string]> = [];
    value.forEach((item, i) => {
      const itemPath = `${listPath}[${i}]`;
      if (isObject(item)) result.push([item, itemPath]);
      else this.add(itemPath, `must be an object, but it is ${describe(item)}`);
    });
    return result;
  }

  /** Collects ids of a collection, reporting duplicates. */
  ids(items: Array<[Obj, string]>, what: string): string[] {
    const seen = new Map<string, string>();
    for (const [item, path] of items) {
      const id = this.id(item, path, what);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first !== undefined) this.add(join(path, 'id'), `duplicate ${what} id "${id}" (first used at ${first})`);
      else seen.set(id, path);
    }
    return [...seen.keys()];
  }

  reference(value: unknown, path: string, what: string, known: readonly string[]): string | undefined {
    if (typeof value !== 'string') {
      this.add(path, `must be the id of a ${what}, but it is ${describe(value)}`);
      return undefined;
    }
    if (!known.includes(value)) {
      this.add(path, `unknown ${what} "${truncate(value)}"${suggestion(value, known)}`);
      return undefined;
    }
    return value;
  }

  optionalReference(obj: Obj, key: string, path: string, what: string, known: readonly string[]): string | undefined {
    return obj[key] === undefined ? undefined : this.reference(obj[key], join(path, key), what, known);
  }

  metric(value: unknown, path: string): void {
    if (!isObject(value)) {
      this.add(path, `must be a metric object with a label and a value, but it is ${describe(value)}`);
      return;
    }
    this.requiredString(value, 'label', path, 'The metric label');
    const v = value.value;
    if (v === undefined) this.add(join(path, 'value'), 'The metric value is required');
    else if (typeof v === 'number' ? !Number.isFinite(v) : typeof v !== 'string') {
      this.add(join(path, 'value'), `must be a finite number or text, but it is ${describe(v)}`);
    }
    this.optionalString(value, 'unit', path);
    const target = value.target;
    if (target !== undefined && (typeof target === 'number' ? !Number.isFinite(target) : typeof target !== 'string')) {
      this.add(join(path, 'target'), `must be a finite number or text, but it is ${describe(target)}`);
    }
    this.optionalEnum(value, 'trend', path, ['up', 'down', 'flat']);
  }
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/**
 * Checks any value against the journey model and returns every problem found,
 * each with a JSON-style path such as `cards[3].stage`. Never throws. An empty list
 * means the value is a valid {@link Journey}. Unknown extra fields are allowed.
 */
export function validateJourney(input: unknown): JourneyProblem[] {
  const c = new Checker();
  if (!isObject(input)) {
    c.add('', `A journey must be an object, but it is ${input === undefined ? 'undefined' : describe(input)}`);
    return c.problems;
  }
  const j = input;

  if (j.schemaVersion === undefined) c.add('schemaVersion', `The schema version is required; this library reads version ${SCHEMA_VERSION}`);
  else if (j.schemaVersion !== SCHEMA_VERSION) {
    c.add('schemaVersion', `schema version ${describe(j.schemaVersion)} is not supported; this library reads version ${SCHEMA_VERSION}`);
  }
  const journeyId = c.requiredString(j, 'id', '', 'The journey id');
  if (journeyId !== undefined && journeyId.trim() === '') c.add('id', 'The journey id must not be empty');
  c.requiredString(j, 'title', '', 'The journey title');
  c.optionalString(j, 'description', '');
  c.optionalEnum(j, 'kind', '', JOURNEY_KINDS);
  c.optionalString(j, 'locale', '');
  c.optionalEnum(j, 'dir', '', ['ltr', 'rtl']);

  // Emotion scale first: scores are checked against it.
  let scale: { min: number; max: number } = DEFAULT_EMOTION_SCALE;
  if (j.emotionScale !== undefined) {
    if (!isObject(j.emotionScale)) {
      c.add('emotionScale', `must be an object like { "min": -3, "max": 3 }, but it is ${describe(j.emotionScale)}`);
    } else {
      const min = j.emotionScale.min;
      const max = j.emotionScale.max;
      const okMin = typeof min === 'number' && Number.isFinite(min);
      const okMax = typeof max === 'number' && Number.isFinite(max);
      if (!okMin) c.add('emotionScale.min', `must be a finite number, but it is ${min === undefined ? 'missing' : describe(min)}`);
      if (!okMax) c.add('emotionScale.max', `must be a finite number, but it is ${max === undefined ? 'missing' : describe(max)}`);
      if (okMin && okMax) {
        if (min >= max) c.add('emotionScale', `min (${min}) must be below max (${max})`);
        else {
          scale = { min, max };
          const neutral = c.optionalNumber(j.emotionScale, 'neutral', 'emotionScale');
          if (neutral !== undefined && (neutral < min || neutral > max)) {
            c.add('emotionScale.neutral', `${neutral} lies outside the scale ${min} to ${max}`);
          }
        }
      }
    }
  }

  if (j.meta !== undefined) {
    if (!isObject(j.meta)) c.add('meta', `must be an object, but it is ${describe(j.meta)}`);
    else {
      c.optionalString(j.meta, 'owner', 'meta');
      c.optionalDate(j.meta, 'updatedAt', 'meta');
      c.optionalDate(j.meta, 'validatedAt', 'meta');
      c.stringList(j.meta, 'tags', 'meta');
    }
  }

  // Collections and their ids.
  const personas = c.objectList(j, 'personas', '', 'personas', true);
  const phases = c.objectList(j, 'phases', '', 'phases', false);
  const stages = c.objectList(j, 'stages', '', 'stages', true);
  const lanes = c.objectList(j, 'lanes', '', 'lanes', true);
  const cards = c.objectList(j, 'cards', '', 'cards', true);
  const emotions = c.objectList(j, 'emotions', '', 'emotions', true);
  const evidence = c.objectList(j, 'evidence', '', 'evidence sources', false);

  if (Array.isArray(j.personas) && j.personas.length === 0) c.add('personas', 'A journey needs at least one persona');
  if (Array.isArray(j.stages) && j.stages.length === 0) c.add('stages', 'A journey needs at least one stage');

  const personaIds = c.ids(personas, 'persona');
  const phaseIds = c.ids(phases, 'phase');
  const stageIds = c.ids(stages, 'stage');
  const laneIds = c.ids(lanes, 'lane');
  const cardIds = c.ids(cards, 'card');
  const evidenceIds = c.ids(evidence, 'evidence');

  for (const [p, path] of personas) {
    c.requiredString(p, 'name', path, 'The persona name');
    c.optionalUrl(p, 'photo', path);
    for (const key of ['initials', 'role', 'situation', 'location', 'quote', 'description']) c.optionalString(p, key, path);
    c.optionalNumber(p, 'age', path, { min: 0 });
    for (const [goal, goalPath] of c.objectList(p, 'goals', path, 'goals', false)) {
      c.requiredString(goal, 'text', goalPath, 'The goal text');
      c.optionalEnum(goal, 'kind', goalPath, ['career', 'personal', 'other']);
    }
    for (const key of ['needs', 'frustrations', 'behaviours', 'channels']) c.stringList(p, key, path);
    const color = c.optionalString(p, 'color', path);
    if (color !== undefined && !isSafeCssColor(color)) {
      c.add(join(path, 'color'), `"${truncate(color)}" is not a CSS colour such as "#1f6feb" or "rgb(31 111 235)"`);
    }
  }

  // Phases: members exist, belong to one phase only, and sit side by side in order.
  const stageIndex = new Map(stageIds.map((id, i) => [id, i]));
  const phaseOfStage = new Map<string, string>();
  for (const [phase, path] of phases) {
    c.requiredString(phase, 'name', path, 'The phase name');
    c.optionalString(phase, 'description', path);
    if (phase.stages === undefined) {
      c.add(join(path, 'stages'), 'The list of stage ids in this phase is required');
      continue;
    }
    const members = c.stringList(phase, 'stages', path);
    const indices: number[] = [];
    members.forEach((stageId, i) => {
      const memberPath = `${join(path, 'stages')}[${i}]`;
      if (c.reference(stageId, memberPath, 'stage', stageIds) === undefined) return;
      const other = phaseOfStage.get(stageId);
      if (other !== undefined) {
        c.add(memberPath, `stage "${stageId}" is already in phase "${other}"; a stage belongs to one phase at most`);
        return;
      }
      if (typeof phase.id === 'string') phaseOfStage.set(stageId, phase.id);
      indices.push(stageIndex.get(stageId)!);
    });
    const consecutive = indices.every((index, i) => i === 0 || index === indices[i - 1]! + 1);
    if (!consecutive) {
      c.add(join(path, 'stages'), 'the stages of a phase must follow one another in the order of the stages list');
    }
  }

  for (const [stage, path] of stages) {
    c.requiredString(stage, 'name', path, 'The stage name');
    for (const key of ['goal', 'trigger', 'duration', 'description']) c.optionalString(stage, key, path);
    const phase = c.optionalReference(stage, 'phase', path, 'phase', phaseIds);
    if (phase !== undefined && typeof stage.id === 'string') {
      const listed = phaseOfStage.get(stage.id);
      if (listed !== phase) {
        c.add(
          join(path, 'phase'),
          listed === undefined
            ? `phase "${phase}" does not list stage "${stage.id}" in its stages`
            : `stage "${stage.id}" is listed in phase "${listed}", not "${phase}"`,
        );
      }
    }
    if (stage.metrics !== undefined) {
      if (!Array.isArray(stage.metrics)) c.add(join(path, 'metrics'), `must be a list of metrics, but it is ${describe(stage.metrics)}`);
      else stage.metrics.forEach((m, i) => c.metric(m, `${join(path, 'metrics')}[${i}]`));
    }
  }

  for (const [lane, path] of lanes) {
    c.optionalEnum(lane, 'kind', path, LANE_KINDS, true);
    c.requiredString(lane, 'label', path, 'The lane label');
    c.optionalString(lane, 'description', path);
    c.optionalReference(lane, 'persona', path, 'persona', personaIds);
  }

  for (const [card, path] of cards) {
    const start = c.optionalReference(card, 'stage', path, 'stage', stageIds);
    if (card.stage === undefined) c.add(join(path, 'stage'), 'The stage the card sits in is required');
    if (card.lane === undefined) c.add(join(path, 'lane'), 'The lane the card sits in is required');
    else c.reference(card.lane, join(path, 'lane'), 'lane', laneIds);
    c.optionalEnum(card, 'kind', path, CARD_KINDS, true);
    c.requiredString(card, 'title', path, 'The card title');
    c.optionalString(card, 'description', path);
    const end = c.optionalReference(card, 'endStage', path, 'stage', stageIds);
    if (start !== undefined && end !== undefined && stageIndex.get(end)! < stageIndex.get(start)!) {
      c.add(join(path, 'endStage'), `the card ends at stage "${end}", which comes before its start stage "${start}"`);
    }
    c.optionalReference(card, 'persona', path, 'persona', personaIds);
    c.optionalString(card, 'channel', path);
    c.optionalBoolean(card, 'momentOfTruth', path);
    c.stringList(card, 'links', path).forEach((target, i) => {
      const linkPath = `${join(path, 'links')}[${i}]`;
      if (target === card.id) c.add(linkPath, 'a card cannot link to itself');
      else c.reference(target, linkPath, 'card', cardIds);
    });
    c.stringList(card, 'evidence', path).forEach((source, i) =>
      c.reference(source, `${join(path, 'evidence')}[${i}]`, 'evidence source', evidenceIds),
    );
    c.optionalEnum(card, 'severity', path, LEVELS);
    c.optionalEnum(card, 'impact', path, LEVELS);
    c.optionalEnum(card, 'effort', path, LEVELS);
    c.optionalString(card, 'owner', path);
    c.optionalEnum(card, 'status', path, OPPORTUNITY_STATUSES);
    if (card.metric !== undefined) c.metric(card.metric, join(path, 'metric'));
    if (card.image !== undefined) {
      if (!isObject(card.image)) c.add(join(path, 'image'), `must be an object with src and alt, but it is ${describe(card.image)}`);
      else {
        const imagePath = join(path, 'image');
        const src = c.requiredString(card.image, 'src', imagePath, 'The image source');
        if (src !== undefined && !isSafeUrl(src)) {
          c.add(join(imagePath, 'src'), `the image address "${truncate(src)}" is not allowed; use an http(s) address or a relative path`);
        }
        c.requiredString(card.image, 'alt', imagePath, 'The image alternative text');
      }
    }
    c.optionalUrl(card, 'url', path);
    c.stringList(card, 'tags', path);
  }

  const seenPoints = new Map<string, string>();
  for (const [emotion, path] of emotions) {
    const stage =
      emotion.stage === undefined
        ? (c.add(join(path, 'stage'), 'The stage of the emotion point is required'), undefined)
        : c.reference(emotion.stage, join(path, 'stage'), 'stage', stageIds);
    const persona = c.optionalReference(emotion, 'persona', path, 'persona', personaIds);
    if (emotion.persona === undefined && personaIds.length > 1) {
      c.add(join(path, 'persona'), 'the journey has several personas, so each emotion point must name its persona');
    }
    const score = emotion.score;
    if (score === undefined) c.add(join(path, 'score'), 'The emotion score is required');
    else if (typeof score !== 'number' || !Number.isFinite(score)) {
      c.add(join(path, 'score'), `the score must be a finite number, but it is ${describe(score)}`);
    } else if (score < scale.min || score > scale.max) {
      c.add(join(path, 'score'), `the score ${score} lies outside the emotion scale ${scale.min} to ${scale.max}`);
    }
    c.optionalString(emotion, 'label', path);
    c.optionalEnum(emotion, 'scenario', path, EMOTION_SCENARIOS);
    if (stage !== undefined) {
      const key = `${stage}\u0000${persona ?? ''}\u0000${typeof emotion.scenario === 'string' ? emotion.scenario : 'current'}`;
      const first = seenPoints.get(key);
      if (first !== undefined) {
        c.add(path, `a second score for stage "${stage}"${persona ? ` and persona "${persona}"` : ''} (the first is at ${first})`);
      } else seenPoints.set(key, path);
    }
  }

  for (const [source, path] of evidence) {
    c.optionalEnum(source, 'kind', path, EVIDENCE_KINDS, true);
    c.requiredString(source, 'label', path, 'The evidence label');
    c.optionalString(source, 'description', path);
    c.optionalNumber(source, 'sampleSize', path, { min: 0 });
    c.optionalDate(source, 'date', path);
    c.optionalUrl(source, 'url', path);
    c.optionalEnum(source, 'confidence', path, LEVELS);
  }

  return c.problems;
}

/** Formats a problem as one line, e.g. `cards[3].stage: unknown stage "chekout"`. */
export function formatProblem(problem: JourneyProblem): string {
  return `${problem.path === '' ? 'journey' : problem.path}: ${problem.message}`;
}

/** Thrown by {@link parseJourney}; `problems` lists everything wrong with the input. */
export class JourneyValidationError extends Error {
  /** Every problem found, each with its JSON-style path. */
  readonly problems: readonly JourneyProblem[];

  constructor(problems: readonly JourneyProblem[]) {
    const head = problems.slice(0, 5).map(formatProblem).join('\n  ');
    const more = problems.length > 5 ? `\n  …and ${problems.length - 5} more` : '';
    super(`The journey is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${head}${more}`);
    this.name = 'JourneyValidationError';
    this.problems = problems;
  }
}

/**
 * Returns `input` typed as a {@link Journey}, or throws a {@link JourneyValidationError}
 * listing every problem. A string is read as JSON first. Unknown fields are kept.
 */
export function parseJourney(input: unknown): Journey {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      throw new JourneyValidationError([{ path: '', message: `The text is not valid JSON: ${(error as Error).message}` }]);
    }
  }
  const problems = validateJourney(value);
  if (problems.length > 0) throw new JourneyValidationError(problems);
  return value as Journey;
}

/** Writes a journey as indented JSON text that {@link parseJourney} reads back unchanged. */
export function serializeJourney(journey: Journey): string {
  return `${JSON.stringify(journey, null, 2)}\n`;
}
