import {
  CARD_KINDS,
  EMOTION_SCENARIOS,
  EVIDENCE_KINDS,
  JOURNEY_KINDS,
  LANE_KINDS,
  LEVELS,
  EVIDENCE_COLLECTIONS,
  EVIDENCE_DIMENSIONS,
  OPPORTUNITY_STATUSES,
  SCHEMA_VERSION,
  type Journey,
  type JourneyProblem,
} from './types';
import { isSafeCssColor, isSafeUrl } from './sanitize';
import { brand, errorBrand, isBranded } from './brand';
import { describe, quote, quoteList, suggester, truncate } from './messages';
import { readPlain } from './plain';
import { isIsoDate } from './dates';

// The optional fields checked alike, in lists made once (not for every item).
const PERSONA_TEXTS = ['initials', 'role', 'situation', 'location', 'quote', 'description'] as const;
const PERSONA_LISTS = ['needs', 'frustrations', 'behaviours', 'channels'] as const;
const STAGE_TEXTS = ['goal', 'trigger', 'duration', 'description'] as const;
const CARD_LEVELS = ['severity', 'impact', 'effort'] as const;

/** What a list that is not there holds, shared: no list made for each item that lacks it. */
const NONE: readonly never[] = [];

/** The scale used when a journey declares none. */
export const DEFAULT_EMOTION_SCALE = { min: -3, max: 3 } as const;

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

const itemPath = (listPath: string, index: number): string => `${listPath}[${index}]`;

/**
 * An object in a list, with where it is: its path (`cards[3]`) is made into text only
 * when a message needs it, not for each of thousands of items.
 */
class ItemPath {
  constructor(
    readonly item: Obj,
    readonly list: string,
    readonly index: number,
  ) {}

  toString(): string {
    return itemPath(this.list, this.index);
  }
}

/** A JSON-style path, as text or as a list's item. */
type Path = string | ItemPath;

const join = (path: Path, key: string): string => {
  const text = String(path);
  return text === '' ? key : `${text}.${key}`;
};
const isFiniteNumber = (value: unknown): value is number => Number.isFinite(value);
/** A metric's value or target: a finite number or a text. */
const isNumberOrText = (value: unknown): boolean => (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string');

/**
 * Checks any value against the journey model and returns every problem found,
 * each with a JSON-style path such as `cards[3].stage`. Never throws, whatever it is
 * given: a value that cannot be read (a throwing getter or Proxy trap, a revoked Proxy)
 * is a problem at its path, such as `cards[2]: could not be read`, and so is a hole in a
 * list (`cards[0]: missing item`). An empty list means the value is a valid
 * {@link Journey} and that {@link serializeJourney} writes it as text that
 * {@link parseJourney} reads back equal: unknown extra fields are allowed, but not
 * values JSON cannot hold (functions, BigInts, NaN, cycles, class instances).
 * The input is read once; getters run once.
 */
export function validateJourney(input: unknown): JourneyProblem[] {
  try {
    const { value, problems: read } = readPlain(input);
    const lost = read.filter((p) => p.lost).map((p) => p.path);
    const within = (path: string, root: string) =>
      root === '' || path === root || (path.startsWith(root) && (path[root.length] === '.' || path[root.length] === '['));
    // What could not be read is reported once, where it is; the checks' own findings win over "JSON cannot hold this".
    const checked = checkJourney(value).filter((p) => !lost.some((root) => within(p.path, root)));
    const paths = new Set(checked.map((p) => p.path));
    return [
      ...read.filter((p) => p.lost).map(({ path, message }) => ({ path, message })),
      ...checked,
      ...read.filter((p) => !p.lost && !paths.has(p.path)).map(({ path, message }) => ({ path, message })),
    ];
  } catch (error) {
    // Unreachable by design; a last guard so that no input can throw into the host.
    return [{ path: '', message: `The journey could not be checked: ${truncate(String((error as Error)?.message))}` }];
  }
}

/**
 * The state of the check under way. A check calls no outside code (it reads a plain copy
 * of the input) and never starts another, so one slot at module level holds it, and the
 * checks below are plain functions: made once, not again as closures for each journey,
 * which would also make the engine recompile the whole check on every call.
 */
let problems: JourneyProblem[] = [];
const NO_SUGGESTION = (): string => '';
let suggestion: (value: string, known: readonly string[]) => string = NO_SUGGESTION;
// Id lists can be long (thousands of cards): each list's ids are looked up in a map from
// each id to its position in the list, the one that found repeats, or made on first use.
let positions = new Map<readonly string[], ReadonlyMap<string, number>>();
// Whether the journey's ids are unique by construction (one this package's importers built):
// then no map is made to find repeats, only one for the lists that references look up.
let uniqueByConstruction = false;

// The checks below report into `problems`. Each reads `obj[key]` at `path` and
// returns the value when it is usable, otherwise `undefined`.

function add(path: Path, message: string): void {
  problems.push({ path: String(path), message });
}

/** Reports a value of the wrong type, e.g. "must be text, but it is a list". */
function mistyped(path: Path, expected: string, value: unknown): void {
  add(path, `must be ${expected}, but it is ${describe(value)}`);
}

/**
 * Reads a text field, reporting it when it is not text. With `required` (the field's
 * name in messages, e.g. "The card title"), a missing field is reported too.
 */
function text(obj: Obj, key: string, path: Path, required?: string): string | undefined {
  const value = obj[key];
  if (typeof value === 'string') return value;
  if (value !== undefined) add(join(path, key), `${required ? `${required} ` : ''}must be text, but it is ${describe(value)}`);
  else if (required) add(join(path, key), `${required} is required`);
  return undefined;
}

function id(obj: Obj, path: Path, what: string): string | undefined {
  // Ids are read by the thousand: the message is made only for an id that is not text.
  const value = typeof obj.id === 'string' ? obj.id : text(obj, 'id', path, `The ${what} id`);
  if (value === undefined || value.trim() !== '') return value;
  add(join(path, 'id'), `The ${what} id must not be empty`);
  return undefined;
}

function optionalUrl(obj: Obj, key: string, path: Path): void {
  const value = text(obj, key, path);
  if (value !== undefined && !isSafeUrl(value)) {
    add(join(path, key), `the link "${truncate(value)}" is not allowed; use an http(s), mailto or tel address, or a relative path`);
  }
}

function optionalDate(obj: Obj, key: string, path: Path): void {
  const value = text(obj, key, path);
  if (value !== undefined && !isIsoDate(value)) {
    add(join(path, key), `${quote(value)} is not an ISO 8601 date; write it as YYYY-MM-DD, or with a time as 2024-03-01T09:30:00Z`);
  }
}

function optionalBoolean(obj: Obj, key: string, path: Path): void {
  const value = obj[key];
  if (value !== undefined && typeof value !== 'boolean') mistyped(join(path, key), 'true or false', value);
}

function optionalNumber(obj: Obj, key: string, path: Path, min?: number): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (!isFiniteNumber(value)) mistyped(join(path, key), 'a finite number', value);
  else if (min !== undefined && value < min) add(join(path, key), `must be at least ${min}, but it is ${value}`);
  else return value;
  return undefined;
}

function optionalEnum(obj: Obj, key: string, path: Path, allowed: readonly string[], required = false): void {
  const value = obj[key];
  if (value === undefined) {
    if (required) add(join(path, key), `is required; use one of ${quoteList(allowed, 20)}`);
  } else if (typeof value !== 'string' || !allowed.includes(value)) {
    add(join(path, key), `${describe(value)} is not one of ${quoteList(allowed, 20)}`);
  }
}

/** Checks that `key` is a list of texts; returns the texts with their indices in the list. */
function stringList(obj: Obj, key: string, path: Path): ReadonlyArray<[text: string, index: number]> {
  const value = obj[key];
  if (value === undefined) return NONE;
  const result: Array<[string, number]> = [];
  // Paths are made only for what is there: most items lack most lists.
  if (!Array.isArray(value)) mistyped(join(path, key), 'a list of texts', value);
  else {
    value.forEach((item, i) => {
      if (typeof item !== 'string') mistyped(itemPath(join(path, key), i), 'text', item);
      else result.push([item, i]);
    });
  }
  return result;
}

/** Checks that `key` is a list of objects and returns them with their paths. */
function objectList(obj: Obj, key: string, path: Path, what: string, required: boolean): readonly ItemPath[] {
  const value = obj[key];
  if (value === undefined) {
    if (required) add(join(path, key), `The list of ${what} is required`);
    return NONE;
  }
  const result: ItemPath[] = [];
  if (!Array.isArray(value)) mistyped(join(path, key), `a list of ${what}`, value);
  else {
    const listPath = join(path, key);
    value.forEach((item, i) => {
      if (isObject(item)) result.push(new ItemPath(item, listPath, i));
      else mistyped(itemPath(listPath, i), 'an object', item);
    });
  }
  return result;
}

/** Reports an id named a second time in one list (two links to one card); returns whether this is the first time. */
function firstTime(seen: Map<string, string>, value: string, path: string): boolean {
  const first = seen.get(value);
  if (first !== undefined) add(path, `${quote(value)} is listed twice (first at ${first})`);
  else seen.set(value, path);
  return first === undefined;
}

/** Collects ids of a collection, reporting duplicates (unless they are unique by construction). */
function ids(items: readonly ItemPath[], what: string): string[] {
  const known: string[] = [];
  const paths: ItemPath[] = [];
  const position = new Map<string, number>();
  for (const path of items) {
    const itemId = id(path.item, path, what);
    if (itemId === undefined) continue;
    if (uniqueByConstruction) {
      // Not looked for repeats: the map for lookups is made on the first one (see positionOf).
      known.push(itemId);
      continue;
    }
    const first = position.get(itemId);
    if (first !== undefined) add(join(path, 'id'), `duplicate ${what} id ${quote(itemId)} (first used at ${String(paths[first])})`);
    else {
      position.set(itemId, known.push(itemId) - 1);
      paths.push(path);
    }
  }
  if (!uniqueByConstruction) positions.set(known, position);
  return known;
}

/** The position of `value` in `known`, a list {@link ids} made, or undefined. */
function positionOf(known: readonly string[], value: string): number | undefined {
  let position = positions.get(known);
  if (!position) positions.set(known, (position = new Map(known.map((id, i) => [id, i]))));
  return position.get(value);
}

/**
 * Checks that `value`, found at `key` (a field or a list index) under `path`, is the id of
 * a known item. References are read by the thousand: their path is made only for a problem.
 */
function reference(value: unknown, path: Path, key: string | number, what: string, known: readonly string[]): string | undefined {
  if (typeof value === 'string' && positionOf(known, value) !== undefined) return value;
  const at = typeof key === 'number' ? itemPath(String(path), key) : join(path, key);
  if (typeof value !== 'string') mistyped(at, `the id of a ${what}`, value);
  else add(at, `unknown ${what} ${quote(value)}${suggestion(value, known)}`);
  return undefined;
}

function optionalReference(obj: Obj, key: string, path: Path, what: string, known: readonly string[]): string | undefined {
  return obj[key] === undefined ? undefined : reference(obj[key], path, key, what, known);
}

function metric(value: unknown, path: Path): void {
  if (!isObject(value)) {
    mistyped(path, 'a metric object with a label and a value', value);
    return;
  }
  text(value, 'label', path, 'The metric label');
  if (value.value === undefined) add(join(path, 'value'), 'The metric value is required');
  else if (!isNumberOrText(value.value)) mistyped(join(path, 'value'), 'a finite number or text', value.value);
  text(value, 'unit', path);
  if (value.target !== undefined && !isNumberOrText(value.target)) {
    mistyped(join(path, 'target'), 'a finite number or text', value.target);
  }
  optionalEnum(value, 'trend', path, ['up', 'down', 'flat']);
}

/** The model's checks on a plain copy of the input (see {@link readPlain}). */
function checkJourney(input: unknown, idsUnique = false): JourneyProblem[] {
  problems = [];
  suggestion = suggester();
  positions = new Map();
  uniqueByConstruction = idsUnique;
  try {
    checkPlain(input);
    return problems;
  } finally {
    // Nothing of this journey is kept once its check is over.
    problems = [];
    positions = new Map();
    suggestion = NO_SUGGESTION;
    uniqueByConstruction = false;
  }
}

/** The checks of {@link checkJourney}, reporting into `problems`. */
function checkPlain(input: unknown): void {
  /** The ids of one list seen so far, for {@link firstTime}; cleared for each list. */
  const listed = new Map<string, string>();
  if (!isObject(input)) {
    add('', `A journey must be an object, but it is ${input === undefined ? 'undefined' : describe(input)}`);
    return;
  }
  const j = input;

  if (j.schemaVersion === undefined) add('schemaVersion', `The schema version is required; this library reads version ${SCHEMA_VERSION}`);
  else if (j.schemaVersion !== SCHEMA_VERSION) {
    add('schemaVersion', `schema version ${describe(j.schemaVersion)} is not supported; this library reads version ${SCHEMA_VERSION}`);
  }
  id(j, '', 'journey');
  text(j, 'title', '', 'The journey title');
  text(j, 'description', '');
  optionalEnum(j, 'kind', '', JOURNEY_KINDS);
  text(j, 'locale', '');
  optionalEnum(j, 'dir', '', ['ltr', 'rtl']);
  optionalEnum(j, 'blueprintOrder', '', ['convention', 'journey']);

  // Emotion scale first: scores are checked against it.
  let scale: { min: number; max: number } = DEFAULT_EMOTION_SCALE;
  const declared = j.emotionScale;
  if (declared !== undefined) {
    if (!isObject(declared)) mistyped('emotionScale', 'an object like { "min": -3, "max": 3 }', declared);
    else {
      text(declared, 'minLabel', 'emotionScale');
      text(declared, 'maxLabel', 'emotionScale');
      const { min, max } = declared;
      for (const [bound, value] of [
        ['min', min],
        ['max', max],
      ] as const) {
        if (!isFiniteNumber(value)) {
          add(`emotionScale.${bound}`, `must be a finite number, but it is ${value === undefined ? 'missing' : describe(value)}`);
        }
      }
      if (isFiniteNumber(min) && isFiniteNumber(max)) {
        if (min >= max) add('emotionScale', `min (${min}) must be below max (${max})`);
        // ±Number.MAX_VALUE are finite, but the span between them is not: no curve could be drawn on it.
        else if (!isFiniteNumber(max - min)) add('emotionScale', `the span from min (${min}) to max (${max}) is too large to draw`);
        else {
          scale = { min, max };
          const neutral = optionalNumber(declared, 'neutral', 'emotionScale');
          if (neutral !== undefined && (neutral < min || neutral > max)) {
            add('emotionScale.neutral', `${neutral} lies outside the scale ${min} to ${max}`);
          }
        }
      }
    }
  }

  if (j.meta !== undefined) {
    if (!isObject(j.meta)) mistyped('meta', 'an object', j.meta);
    else {
      text(j.meta, 'owner', 'meta');
      optionalDate(j.meta, 'updatedAt', 'meta');
      optionalDate(j.meta, 'validatedAt', 'meta');
      optionalNumber(j.meta, 'reviewPeriodDays', 'meta', 1);
      stringList(j.meta, 'tags', 'meta');
    }
  }

  // Collections and their ids.
  const personas = objectList(j, 'personas', '', 'personas', true);
  const phases = objectList(j, 'phases', '', 'phases', false);
  const stages = objectList(j, 'stages', '', 'stages', true);
  const lanes = objectList(j, 'lanes', '', 'lanes', true);
  const cards = objectList(j, 'cards', '', 'cards', true);
  const emotions = objectList(j, 'emotions', '', 'emotions', true);
  const evidence = objectList(j, 'evidence', '', 'evidence sources', false);

  if (Array.isArray(j.personas) && j.personas.length === 0) add('personas', 'A journey needs at least one persona');
  if (Array.isArray(j.stages) && j.stages.length === 0) add('stages', 'A journey needs at least one stage');

  const personaIds = ids(personas, 'persona');
  const phaseIds = ids(phases, 'phase');
  const stageIds = ids(stages, 'stage');
  const laneIds = ids(lanes, 'lane');
  const cardIds = ids(cards, 'card');
  const evidenceIds = ids(evidence, 'evidence');

  for (const path of personas) {
    const p = path.item;
    text(p, 'name', path, 'The persona name');
    optionalUrl(p, 'photo', path);
    for (const key of PERSONA_TEXTS) text(p, key, path);
    optionalNumber(p, 'age', path, 0);
    for (const goalPath of objectList(p, 'goals', path, 'goals', false)) {
      const goal = goalPath.item;
      text(goal, 'text', goalPath, 'The goal text');
      optionalEnum(goal, 'kind', goalPath, ['career', 'personal', 'other']);
    }
    for (const key of PERSONA_LISTS) stringList(p, key, path);
    const color = text(p, 'color', path);
    if (color !== undefined && !isSafeCssColor(color)) {
      add(join(path, 'color'), `"${truncate(color)}" is not a CSS colour such as "#1f6feb" or "rgb(31 111 235)"`);
    }
  }

  // Phases: members exist, belong to one phase only, and sit side by side in order.
  const phaseOfStage = new Map<string, string>();
  for (const path of phases) {
    const phase = path.item;
    text(phase, 'name', path, 'The phase name');
    text(phase, 'description', path);
    const membersPath = join(path, 'stages');
    if (phase.stages === undefined) {
      add(membersPath, 'The list of stage ids in this phase is required');
      continue;
    }
    const indices: number[] = [];
    stringList(phase, 'stages', path).forEach(([stageId, i]) => {
      const memberPath = itemPath(membersPath, i);
      if (reference(stageId, membersPath, i, 'stage', stageIds) === undefined) return;
      const other = phaseOfStage.get(stageId);
      if (other !== undefined) {
        add(memberPath, `stage ${quote(stageId)} is already in phase ${quote(other)}; a stage belongs to one phase at most`);
        return;
      }
      if (typeof phase.id === 'string') phaseOfStage.set(stageId, phase.id);
      indices.push(positionOf(stageIds, stageId)!);
    });
    if (indices.some((index, i) => i > 0 && index !== indices[i - 1]! + 1)) {
      add(membersPath, 'the stages of a phase must follow one another in the order of the stages list');
    }
  }

  for (const path of stages) {
    const stage = path.item;
    text(stage, 'name', path, 'The stage name');
    for (const key of STAGE_TEXTS) text(stage, key, path);
    const phase = optionalReference(stage, 'phase', path, 'phase', phaseIds);
    if (phase !== undefined && typeof stage.id === 'string') {
      const listed = phaseOfStage.get(stage.id);
      if (listed !== phase) {
        add(
          join(path, 'phase'),
          listed === undefined
            ? `phase ${quote(phase)} does not list stage ${quote(stage.id)} in its stages`
            : `stage ${quote(stage.id)} is listed in phase ${quote(listed)}, not ${quote(phase)}`,
        );
      }
    }
    if (stage.metrics !== undefined) {
      const metricsPath = join(path, 'metrics');
      if (!Array.isArray(stage.metrics)) mistyped(metricsPath, 'a list of metrics', stage.metrics);
      else stage.metrics.forEach((m, i) => metric(m, itemPath(metricsPath, i)));
    }
  }

  for (const path of lanes) {
    const lane = path.item;
    optionalEnum(lane, 'kind', path, LANE_KINDS, true);
    text(lane, 'label', path, 'The lane label');
    text(lane, 'description', path);
    optionalReference(lane, 'persona', path, 'persona', personaIds);
  }

  for (const path of cards) {
    const card = path.item;
    const start = optionalReference(card, 'stage', path, 'stage', stageIds);
    if (card.stage === undefined) add(join(path, 'stage'), 'The stage the card sits in is required');
    if (card.lane === undefined) add(join(path, 'lane'), 'The lane the card sits in is required');
    else reference(card.lane, path, 'lane', 'lane', laneIds);
    optionalEnum(card, 'kind', path, CARD_KINDS, true);
    text(card, 'title', path, 'The card title');
    text(card, 'description', path);
    const end = optionalReference(card, 'endStage', path, 'stage', stageIds);
    if (start !== undefined && end !== undefined && positionOf(stageIds, end)! < positionOf(stageIds, start)!) {
      add(join(path, 'endStage'), `the card ends at stage ${quote(end)}, which comes before its start stage ${quote(start)}`);
    }
    optionalReference(card, 'persona', path, 'persona', personaIds);
    text(card, 'channel', path);
    optionalBoolean(card, 'momentOfTruth', path);
    listed.clear();
    for (const [target, i] of stringList(card, 'links', path)) {
      const linksPath = join(path, 'links');
      const linkPath = itemPath(linksPath, i);
      if (!firstTime(listed, target, linkPath)) continue;
      if (target === card.id) add(linkPath, 'a card cannot link to itself');
      else reference(target, linksPath, i, 'card', cardIds);
    }
    listed.clear();
    for (const [source, i] of stringList(card, 'evidence', path)) {
      const sourcesPath = join(path, 'evidence');
      if (firstTime(listed, source, itemPath(sourcesPath, i))) reference(source, sourcesPath, i, 'evidence source', evidenceIds);
    }
    for (const key of CARD_LEVELS) optionalEnum(card, key, path, LEVELS);
    text(card, 'owner', path);
    optionalEnum(card, 'status', path, OPPORTUNITY_STATUSES);
    if (card.metric !== undefined) metric(card.metric, join(path, 'metric'));
    const image = card.image;
    if (image !== undefined) {
      const imagePath = join(path, 'image');
      if (!isObject(image)) mistyped(imagePath, 'an object with src and alt', image);
      else {
        const src = text(image, 'src', imagePath, 'The image source');
        if (src !== undefined && !isSafeUrl(src)) {
          add(join(imagePath, 'src'), `the image address "${truncate(src)}" is not allowed; use an http(s) address or a relative path`);
        }
        text(image, 'alt', imagePath, 'The image alternative text');
      }
    }
    optionalUrl(card, 'url', path);
    stringList(card, 'tags', path);
  }

  // The first point of each scenario, stage and persona (or none), by its path. Keyed by one
  // number made of their positions: no text to make and hash, no map per stage, for each point.
  const seenPoints = new Map<number, ItemPath>();
  const scenarios = new Map<string, number>();
  for (const path of emotions) {
    const emotion = path.item;
    const stage =
      emotion.stage === undefined
        ? (add(join(path, 'stage'), 'The stage of the emotion point is required'), undefined)
        : reference(emotion.stage, path, 'stage', 'stage', stageIds);
    const persona = optionalReference(emotion, 'persona', path, 'persona', personaIds);
    if (emotion.persona === undefined && personaIds.length > 1) {
      add(join(path, 'persona'), 'the journey has several personas, so each emotion point must name its persona');
    }
    const score = emotion.score;
    if (score === undefined) add(join(path, 'score'), 'The emotion score is required');
    else if (!isFiniteNumber(score)) add(join(path, 'score'), `the score must be a finite number, but it is ${describe(score)}`);
    else if (score < scale.min || score > scale.max) {
      add(join(path, 'score'), `the score ${score} lies outside the emotion scale ${scale.min} to ${scale.max}`);
    }
    text(emotion, 'label', path);
    optionalEnum(emotion, 'scenario', path, EMOTION_SCENARIOS);
    if (stage !== undefined) {
      // A point without a persona belongs to the only persona, when there is one: naming it too scores the stage twice.
      const who = persona ?? (emotion.persona === undefined && personaIds.length === 1 ? personaIds[0] : undefined);
      const scenario = typeof emotion.scenario === 'string' ? emotion.scenario : 'current';
      let kind = scenarios.get(scenario);
      if (kind === undefined) scenarios.set(scenario, (kind = scenarios.size));
      const whoAt = who === undefined ? personaIds.length : positionOf(personaIds, who)!;
      const key = (kind * stageIds.length + positionOf(stageIds, stage)!) * (personaIds.length + 1) + whoAt;
      const first = seenPoints.get(key);
      if (first !== undefined) {
        add(path, `a second score for stage ${quote(stage)}${who ? ` and persona ${quote(who)}` : ''} (the first is at ${String(first)})`);
      } else seenPoints.set(key, path);
    }
  }

  for (const path of evidence) {
    const source = path.item;
    optionalEnum(source, 'kind', path, EVIDENCE_KINDS, true);
    text(source, 'label', path, 'The evidence label');
    text(source, 'description', path);
    optionalNumber(source, 'sampleSize', path, 0);
    optionalDate(source, 'date', path);
    optionalUrl(source, 'url', path);
    optionalEnum(source, 'confidence', path, LEVELS);
    optionalEnum(source, 'collection', path, EVIDENCE_COLLECTIONS);
    optionalEnum(source, 'dimension', path, EVIDENCE_DIMENSIONS);
  }
}

/** Formats a problem as one line, e.g. `cards[3].stage: unknown stage "chekout"`. */
export function formatProblem(problem: JourneyProblem): string {
  return `${problem.path === '' ? 'journey' : problem.path}: ${problem.message}`;
}

const VALIDATION_ERROR = /* @__PURE__ */ errorBrand('JourneyValidationError');

/** Thrown by {@link parseJourney}; `problems` lists everything wrong with the input. */
export class JourneyValidationError extends Error {
  /** Every problem found, each with its JSON-style path. */
  declare readonly problems: readonly JourneyProblem[];

  /** True for a JourneyValidationError from either build of the package (ES module or CommonJS), so `instanceof` works whichever one a host loaded. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(this, JourneyValidationError, VALIDATION_ERROR, value);
  }

  constructor(problems: readonly JourneyProblem[]) {
    // Each line is capped, so the message stays short whatever the input holds; `problems` keeps every problem whole.
    const head = problems
      .slice(0, 5)
      .map((problem) => truncate(formatProblem(problem), 200))
      .join('\n  ');
    const more = problems.length > 5 ? `\n  …and ${problems.length - 5} more` : '';
    super(`The journey is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${head}${more}`);
    // `problems` is declared, not a class field, which the es2020 build would compile to a helper call.
    this.problems = problems;
    this.name = 'JourneyValidationError';
    brand(this, VALIDATION_ERROR);
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

/**
 * {@link parseJourney} for a journey this package's importers built themselves, of plain
 * objects, lists, texts and finite numbers made from the text they read: the model's
 * checks alone. The plain copy that {@link validateJourney} reads first guards against
 * getters, Proxies, cycles, holes and values JSON cannot hold, which such a journey has
 * none of; an import makes a journey many times the size of its text, and copying it
 * would cost as much again as checking it. Its ids are unique by construction (names
 * made unique with `uniqueIds`, cards numbered), so they are not checked for repeats
 * either: a map of every id would cost a hash-table insertion each. Not for anything a
 * host passed in.
 *
 * @internal
 */
export function parseBuiltJourney(journey: Journey): Journey {
  const problems = checkJourney(journey, true);
  if (problems.length > 0) throw new JourneyValidationError(problems);
  return journey;
}

/**
 * Writes a journey as indented JSON text that {@link parseJourney} reads back unchanged,
 * for any journey {@link validateJourney} accepts. (A value it reports, such as a cycle
 * or a BigInt, may make this throw.)
 */
export function serializeJourney(journey: Journey): string {
  return `${JSON.stringify(journey, null, 2)}\n`;
}
