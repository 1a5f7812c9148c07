/**
 * `react-journey-map/mermaid`: journeys read from and written to Mermaid `journey`
 * diagrams. An entry point of its own, apart from the map components.
 *
 * @packageDocumentation
 */
import type { Card, Emotion, Journey, Lane, Persona, Stage } from '../model/types';
import { brand, errorBrand, isBranded } from '../model/brand';
import { DEFAULT_EMOTION_SCALE, parseBuiltJourney } from '../model/validate';
import { problemList, quote } from '../model/messages';
import { slugify, uniqueIds } from './ids';

/** One thing wrong with a line of a Mermaid journey diagram. */
export interface MermaidProblem {
  /** The 1-based line number. */
  line: number;
  /** The offending line, trimmed, at most 200 characters. */
  text: string;
  /** A plain sentence saying what is wrong. */
  message: string;
}

const MERMAID_ERROR = /* @__PURE__ */ errorBrand('MermaidSyntaxError');

/**
 * Thrown by {@link fromMermaidJourney} when the text is not a journey diagram it can read.
 * `problems` lists every bad line; `line` and `text` repeat the first of them.
 */
export class MermaidSyntaxError extends Error {
  /** The 1-based number of the first bad line. */
  readonly line: number;
  /** The first bad line, trimmed. */
  readonly text: string;
  /** Every bad line found, in order. */
  readonly problems: readonly MermaidProblem[];

  /** True for a MermaidSyntaxError from either build of the package (ES module or CommonJS), so `instanceof` works whichever one a host loaded. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(this, MermaidSyntaxError, MERMAID_ERROR, value);
  }

  constructor(problems: readonly [MermaidProblem, ...MermaidProblem[]]) {
    super(problemList('The Mermaid journey', problems, (p) => `line ${p.line}: ${p.message}`));
    this.name = 'MermaidSyntaxError';
    this.line = problems[0].line;
    this.text = problems[0].text;
    this.problems = problems;
    brand(this, MERMAID_ERROR);
  }
}

/** The label of the metric that carries a task's own Mermaid score on an imported card. */
export const MERMAID_SCORE_LABEL = 'Score';

const SCORE_SCALE = { min: 1, max: 5, neutral: 3 } as const;
/** Mermaid's own line break in a text: `<br>`, `<br/>`, `</br />`, `<BR\t>`… */
const LINE_BREAK = /<\/?br\s*\/?>/gi;
const TASK_LANE: Lane = { id: 'tasks', kind: 'actions', label: 'Tasks' };
const TASK_SHAPE = '"Task: score: Actor, …"';
// The statements, made once: a pattern written inside the line loop would be a new object for every line.
const ACC_DESCR_OPEN = /^\s*accDescr\s*\{/i;
const ACC_LINE = /^acc(title|descr)\s*:(.*)$/i;
const JOURNEY_LINE = /^journey$/i;
const HEADING = /^(title|section)\s/i;
const TASK_LINE = /^([^:]+):([^:]*)(?::([^:]*))?$/;
const WHOLE_NUMBER = /^\d+$/;
/** The actors of every task that names none (never added to). */
const NO_ACTORS: readonly number[] = [];

interface Task {
  name: string;
  score: number;
  /** The actors it names, each once, as numbers in order of first appearance in the diagram. */
  actors: readonly number[];
  /** Index into the section list; -1 for tasks before the first section. */
  section: number;
  /** The 1-based line it was read from. */
  line: number;
}

/** The text of a line from `start` on, cut before a `#` or `%%` comment. By hand: `(#|%%).*$` is quadratic on "####…". */
function beforeComment(line: string): string {
  const hash = line.indexOf('#');
  const percent = line.indexOf('%%');
  const cut = hash < 0 ? percent : percent < 0 ? hash : Math.min(hash, percent);
  return cut < 0 ? line : line.slice(0, cut);
}

/**
 * Reads a Mermaid `journey` diagram into a {@link Journey}.
 *
 * Understood: an optional leading `journey` line, YAML front matter with a `title`,
 * `title …`, `accTitle: …`, `accDescr: …` and `accDescr { … }` (which becomes the
 * description), `section …`, task lines `Task: score: Actor, Actor`, `%%` and `#`
 * comments, blank lines and any line ending. Keywords are case-insensitive, as in Mermaid.
 *
 * Mapping:
 * - each section becomes a stage (id slugified from its name, made unique; a `<br>`,
 *   `<br/>` or `</br>` in the name is a line break, as Mermaid draws it); tasks
 *   before the first section go into a stage named after the title, or "Journey";
 * - each task becomes an `action` card in one lane `{ id: "tasks", kind: "actions" }`,
 *   with its own score kept as `metric: { label: "Score", value: score }` so that
 *   {@link toMermaidJourney} writes it back unchanged;
 * - each actor becomes a persona (first-appearance order); when no task names an
 *   actor the journey gets one persona, "Customer". A card names its `persona` when
 *   its task names exactly one of several personas;
 * - a task that names no actor counts for every persona, so each persona's emotion
 *   score for a stage is the mean (to two decimals) of the tasks in that section that
 *   name it or name nobody, on the scale `{ min: 1, max: 5, neutral: 3 }`. (A diagram
 *   whose tasks without actors would give more scores than it has characters is
 *   refused: many actors times many such sections would not fit in memory);
 * - the journey's id is the slug of its title; `accTitle` is the title when there is
 *   no `title`, and is otherwise dropped.
 *
 * @throws {MermaidSyntaxError} listing every bad line: a line that is no statement,
 * a score that is not a whole number from 1 to 5 (never clamped), an unclosed
 * `accDescr {`, or a text with no section and no task. Its message lists the first ten.
 */
export function fromMermaidJourney(text: string): Journey {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: MermaidProblem[] = [];
  const sections: string[] = [];
  const tasks: Task[] = [];
  // Actors by number, in order of first appearance, and the last task that named each.
  const actorNames: string[] = [];
  const actorIndex = new Map<string, number>();
  const namedBy: number[] = [];
  let title: string | undefined;
  let accTitle: string | undefined;
  let description: string | undefined;
  let block: { start: number; lines: string[] } | undefined;
  let started = false;
  let first = 0;

  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const entry = line.trim();
        if (/^title:/.test(entry)) {
          const value = entry.slice(6).trim();
          title = (
            value.length > 1 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]) ? value.slice(1, -1) : value
          ).trim();
        }
      }
      first = end + 1;
    }
  }

  const fail = (i: number, message: string) => problems.push({ line: i + 1, text: lines[i]!.trim().slice(0, 200), message });
  for (let i = first; i < lines.length; i++) {
    const raw = lines[i]!;
    let line = raw;

    const open = block ? null : ACC_DESCR_OPEN.exec(line);
    if (open) {
      block = { start: i + 1, lines: [] };
      line = line.slice(open[0].length);
    }
    if (block) {
      const close = line.indexOf('}');
      block.lines.push((close < 0 ? line : line.slice(0, close)).trim());
      if (close < 0) continue;
      description = block.lines.join('\n').trim();
      block = undefined;
      line = line.slice(close + 1);
    }

    line = line.trim();
    // accTitle and accDescr values run to the end of the line, comment characters included.
    const acc = ACC_LINE.exec(line);
    if (acc) {
      if (acc[1]!.toLowerCase() === 'title') accTitle = acc[2]!.trim();
      else description = acc[2]!.trim();
      started = true;
      continue;
    }
    line = beforeComment(line).trim();
    if (line === '') continue;

    if (JOURNEY_LINE.test(line)) {
      if (started) fail(i, 'the "journey" keyword may only open the diagram');
      started = true;
      continue;
    }
    started = true;
    const heading = HEADING.exec(line);
    if (heading) {
      const value = line.slice(heading[0].length).trim();
      if (heading[1]!.toLowerCase() === 'title') title = value;
      else if (value.includes(':')) fail(i, `a section name cannot contain ":", but found ${quote(value)}`);
      // Splitting by a pattern makes a new pattern object each time: only for names that hold a tag.
      else if (!value.includes('<')) sections.push(value);
      else
        sections.push(
          value
            .split(LINE_BREAK)
            .map((part) => part.trim())
            .join('\n'),
        );
      continue;
    }

    const task = TASK_LINE.exec(line);
    if (!task) {
      fail(i, `expected ${TASK_SHAPE} but found ${quote(raw.trim())}`);
      continue;
    }
    const name = task[1]!.trim().replace(/^\u200B/, '');
    const scoreText = task[2]!.trim();
    const score = Number(scoreText);
    if (scoreText === '') fail(i, `the task ${quote(name)} has no score; write a whole number from 1 to 5 after the first ":"`);
    else if (!WHOLE_NUMBER.test(scoreText) || score < SCORE_SCALE.min || score > SCORE_SCALE.max) {
      fail(i, `the score ${quote(scoreText)} of task ${quote(name)} is not a whole number from 1 to 5`);
    }
    let actors = NO_ACTORS;
    if (task[3] !== undefined) {
      const named: number[] = [];
      for (const part of task[3].split(',')) {
        const actor = part.trim();
        if (actor === '') continue;
        let a = actorIndex.get(actor);
        if (a === undefined) {
          actorIndex.set(actor, (a = actorNames.push(actor) - 1));
          namedBy.push(-1);
        }
        // An actor named twice in one task counts once.
        if (namedBy[a] === tasks.length) continue;
        namedBy[a] = tasks.length;
        named.push(a);
      }
      actors = named;
    }
    tasks.push({ name, score, actors, section: sections.length - 1, line: i + 1 });
  }

  if (block) {
    const message = 'the "accDescr {" block is never closed with "}"';
    problems.push({ line: block.start, text: lines[block.start - 1]!.trim().slice(0, 200), message });
  }
  if (problems.length === 0 && sections.length === 0 && tasks.length === 0) {
    const message = `the text holds no journey; add a "section" line and tasks such as ${TASK_SHAPE}`;
    problems.push({ line: 1, text: lines[0]!.trim().slice(0, 200), message });
  }
  // Score sums per stage, in one pass over the tasks: of the tasks naming nobody, and per
  // actor of the tasks naming them. Tasks come section by section, so each section's
  // actors are one run of entries (runStart to runEnd), in order of their first task there.
  const offset = tasks.some((task) => task.section < 0) ? 1 : 0;
  const slots = sections.length + offset;
  // Of the tasks naming nobody, per section: the sum of their scores and how many there are.
  const openSum = new Float64Array(slots);
  const openCount = new Int32Array(slots);
  const runStart = new Int32Array(slots);
  const runEnd = new Int32Array(slots);
  const entryActor: number[] = [];
  const entrySum: number[] = [];
  const entryCount: number[] = [];
  // Per actor, the last section it was found in and its entry there.
  const slotOf = new Int32Array(actorNames.length).fill(-1);
  const entryOf = new Int32Array(actorNames.length);
  let current = -1;
  let firstOpen: Task | undefined;
  for (const task of tasks) {
    const s = task.section + offset;
    if (s !== current) runStart[s] = runEnd[s] = entryActor.length;
    current = s;
    if (task.actors.length === 0) {
      openSum[s] = openSum[s]! + task.score;
      openCount[s] = openCount[s]! + 1;
      firstOpen ??= task;
    }
    for (const a of task.actors) {
      if (slotOf[a] === s) {
        const e = entryOf[a]!;
        entrySum[e] = entrySum[e]! + task.score;
        entryCount[e] = entryCount[e]! + 1;
      } else {
        slotOf[a] = s;
        entryOf[a] = entryActor.push(a) - 1;
        entrySum.push(task.score);
        entryCount.push(1);
      }
    }
    runEnd[s] = entryActor.length;
  }
  // A task naming nobody counts for every actor: that many scores must stay in proportion to the text.
  const actorCount = actorNames.length || 1;
  let points = 0;
  for (let s = 0; s < slots; s++) points += openCount[s]! > 0 ? actorCount : runEnd[s]! - runStart[s]!;
  if (firstOpen && points > Math.max(100_000, text.length)) {
    const sectionCount = openCount.filter((count) => count > 0).length;
    const message = `tasks that name no actor count for each of the ${actorCount} actors in ${sectionCount} sections: ${points} scores, more than a diagram of this size may hold; name the actors of these tasks`;
    problems.push({ line: firstOpen.line, text: lines[firstOpen.line - 1]!.trim().slice(0, 200), message });
  }
  const [firstProblem, ...otherProblems] = problems;
  if (firstProblem) throw new MermaidSyntaxError([firstProblem, ...otherProblems]);

  const journeyTitle = title ?? accTitle ?? 'Journey';
  const stageId = uniqueIds('stage');
  const stages: Stage[] = [...(offset ? [journeyTitle] : []), ...sections].map((name) => ({ id: stageId(name), name }));

  const personaId = uniqueIds('persona');
  const personas: Persona[] = (actorNames.length > 0 ? actorNames : ['Customer']).map((name) => ({ id: personaId(name), name }));

  const cards = tasks.map((task, i): Card => {
    const card: Card = {
      id: `task-${i + 1}`,
      stage: stages[task.section + offset]!.id,
      lane: TASK_LANE.id,
      kind: 'action',
      title: task.name,
      metric: { label: MERMAID_SCORE_LABEL, value: task.score },
    };
    if (personas.length > 1 && task.actors.length === 1) card.persona = personas[task.actors[0]!]!.id;
    return card;
  });

  const emotions: Emotion[] = [];
  const push = (stage: Stage, persona: Persona, sum: number, count: number) =>
    emotions.push({ stage: stage.id, persona: persona.id, score: Math.round((sum / count) * 100) / 100 });
  stages.forEach((stage, s) => {
    const start = runStart[s]!;
    const end = runEnd[s]!;
    if (openCount[s]! > 0) {
      // Every persona in order, with the tasks naming it here if any: mark this section's entries.
      for (let e = start; e < end; e++) {
        slotOf[entryActor[e]!] = s;
        entryOf[entryActor[e]!] = e;
      }
      personas.forEach((persona, p) => {
        const e = slotOf[p] === s ? entryOf[p]! : -1;
        push(stage, persona, openSum[s]! + (e < 0 ? 0 : entrySum[e]!), openCount[s]! + (e < 0 ? 0 : entryCount[e]!));
      });
      return;
    }
    // A stage whose tasks all name actors visits only those, in the personas' order: its
    // entries are in that order unless a later section named an actor first.
    let sorted = true;
    for (let e = start + 1; e < end && sorted; e++) sorted = entryActor[e - 1]! < entryActor[e]!;
    if (sorted) {
      for (let e = start; e < end; e++) push(stage, personas[entryActor[e]!]!, entrySum[e]!, entryCount[e]!);
      return;
    }
    const entries: number[] = [];
    for (let e = start; e < end; e++) entries.push(e);
    entries.sort((x, y) => entryActor[x]! - entryActor[y]!);
    for (const e of entries) push(stage, personas[entryActor[e]!]!, entrySum[e]!, entryCount[e]!);
  });

  // Built here of texts and whole numbers read from the diagram: checked without a plain copy.
  return parseBuiltJourney({
    schemaVersion: 1,
    id: slugify(journeyTitle, 'journey'),
    title: journeyTitle,
    ...(description ? { description } : {}),
    emotionScale: { ...SCORE_SCALE },
    personas,
    stages,
    // The scores are drawn as a curve; an emotion lane gives the curve its row.
    lanes: [{ ...TASK_LANE }, { id: 'emotion', kind: 'emotion', label: 'Emotion' }],
    cards,
    emotions,
  } satisfies Journey);
}

/** Replaces characters that break a Mermaid statement with full-width lookalikes; newlines become spaces. */
function clean(text: string, forbidden = ''): string {
  const tidy = text.replace(/%%+/g, '%').replace(/\s+/g, ' ').trim();
  if (forbidden === '') return tidy;
  return tidy.replace(new RegExp(`[${forbidden}]`, 'g'), (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

// Mermaid's lexer reads these at the start of a task name as keywords; a zero-width
// space in front keeps the name a name and stays invisible.
const KEYWORD_START = /^(journey|(title|section)\s|acc(title|descr)\s*[:{])/i;

/**
 * Writes a journey as a Mermaid `journey` diagram, keeping what Mermaid can express.
 *
 * - `title` from the title, `accDescr` from the description (a `{ … }` block when it
 *   spans lines), and one `section` per stage, empty ones included; a line break in a
 *   stage name is written as `<br>`, which Mermaid draws as one.
 * - Tasks are the journey's `action` cards (or its `touchpoint` cards when it has no
 *   action card), each in the section of its start stage, in card order.
 * - A task's actors are its card's persona, or every persona when the card names none.
 * - A task's score is the card's own score when it carries one (a
 *   `metric: { label: "Score" }` with a whole value from 1 to 5, as
 *   {@link fromMermaidJourney} writes), else the mean current-state emotion score of
 *   the stage for the task's personas (journey-wide points count for everyone),
 *   mapped linearly from the journey's emotion scale onto 1–5 and rounded; a stage
 *   with no score gets the scale's neutral value. A score is always a whole number from
 *   1 to 5, whatever the scale (never NaN).
 * - Characters Mermaid would misread (`:` in names, `,` in actors, `#`, `;`, `%%`,
 *   `}` in a description block) become full-width lookalikes; newlines become spaces.
 *
 * Other lanes, cards, phases and persona details have no place in Mermaid and are left out.
 */
export function toMermaidJourney(journey: Journey): string {
  const out = ['journey'];
  const title = clean(journey.title, '#;');
  if (title !== '') out.push(`  title ${title}`);
  const description = journey.description?.trim() ?? '';
  if (/[\r\n]/.test(description)) {
    out.push('  accDescr {', ...description.split(/\r\n|\r|\n/).map((line) => `    ${clean(line, '}')}`.trimEnd()), '  }');
  } else if (description !== '') out.push(`  accDescr: ${clean(description)}`);

  const scale = journey.emotionScale ?? DEFAULT_EMOTION_SCALE;
  // The midpoint as min + span / 2: (min + max) / 2 overflows for scales near ±Number.MAX_VALUE.
  const neutral = journey.emotionScale?.neutral ?? scale.min + (scale.max - scale.min) / 2;
  const toMermaidScore = (score: number) => {
    const position = (score - scale.min) / (scale.max - scale.min);
    const mapped = Math.round(SCORE_SCALE.min + position * (SCORE_SCALE.max - SCORE_SCALE.min));
    return Number.isNaN(mapped) ? SCORE_SCALE.neutral : Math.min(SCORE_SCALE.max, Math.max(SCORE_SCALE.min, mapped));
  };
  const nameOf = new Map(journey.personas.map((persona) => [persona.id, clean(persona.name, ':,#;')]));
  const everyone = [...nameOf.values()].filter((actor) => actor !== '').join(', ');
  const taskKind = journey.cards.some((card) => card.kind === 'action') ? 'action' : 'touchpoint';

  // Current-state sums per stage, in one pass: of every point, of the journey-wide ones, and per persona.
  const sums = new Map<string, { sum: number; count: number }>();
  const add = (key: string, score: number) => {
    const total = sums.get(key);
    if (total) {
      total.sum += score;
      total.count++;
    } else sums.set(key, { sum: score, count: 1 });
  };
  for (const e of journey.emotions) {
    if ((e.scenario ?? 'current') !== 'current') continue;
    add(`${e.stage}\u0000*`, e.score);
    add(`${e.stage}\u0000${e.persona === undefined ? '' : `=${e.persona}`}`, e.score);
  }
  /** The mean score of a stage for one persona (with the journey-wide points), or for everyone. */
  const stageScore = (stage: string, persona?: string) => {
    const parts = persona === undefined ? [`${stage}\u0000*`] : [`${stage}\u0000`, `${stage}\u0000=${persona}`];
    let sum = 0;
    let count = 0;
    for (const part of parts) {
      sum += sums.get(part)?.sum ?? 0;
      count += sums.get(part)?.count ?? 0;
    }
    return count === 0 ? neutral : sum / count;
  };

  // Tasks by start stage, in card order.
  const tasksOf = new Map<string, Card[]>();
  for (const card of journey.cards) {
    if (card.kind !== taskKind) continue;
    const list = tasksOf.get(card.stage);
    if (list) list.push(card);
    else tasksOf.set(card.stage, [card]);
  }

  journey.stages.forEach((stage, i) => {
    const name = stage.name
      .trim()
      .split(/\r\n|\r|\n/)
      .map((line) => clean(line, ':#;'))
      .join('<br>');
    out.push(`  section ${name || `Stage ${i + 1}`}`);
    for (const card of tasksOf.get(stage.id) ?? []) {
      const own = card.persona !== undefined && nameOf.has(card.persona) ? card.persona : undefined;
      const kept = card.metric?.label === MERMAID_SCORE_LABEL ? card.metric.value : undefined;
      const score =
        typeof kept === 'number' && Number.isInteger(kept) && kept >= SCORE_SCALE.min && kept <= SCORE_SCALE.max
          ? kept
          : toMermaidScore(stageScore(stage.id, own));
      let name = clean(card.title, ':#;') || 'Untitled task';
      if (KEYWORD_START.test(name)) name = `\u200B${name}`;
      const actors = own === undefined ? everyone : nameOf.get(own);
      out.push(`    ${name}: ${score}${actors ? `: ${actors}` : ''}`);
    }
  });
  return `${out.join('\n')}\n`;
}
