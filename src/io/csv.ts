/**
 * `react-journey-map/csv`: journeys read from and written to the spreadsheet layout of
 * journey-mapping workshops. An entry point of its own, so that papaparse ships only to
 * hosts that import it.
 *
 * @packageDocumentation
 */
import Papa from 'papaparse';
import type { Card, Emotion, EmotionScale, Journey, Lane, LaneKind, Stage } from '../model/types';
import { brand, errorBrand, isBranded } from '../model/brand';
import { DEFAULT_EMOTION_SCALE, parseBuiltJourney, parseJourney } from '../model/validate';
import { problemList, quote } from '../model/messages';
import { LANE_CARD_KINDS } from '../model/card';
import { slugify, uniqueIds } from './ids';

/** Options for {@link fromJourneyCsv}. */
export interface JourneyCsvOptions {
  /** The journey's title; defaults to "Journey". */
  title?: string;
  /** The journey's id; defaults to the slug of the title. */
  id?: string;
  /** The name of the one persona the emotion row belongs to; defaults to "Customer". */
  persona?: string;
  /**
   * The range the emotion row's scores are given on. Defaults to the scale the CSV names
   * after the emotion row's label, as {@link toJourneyCsv} writes it ("Emotion (1 to 5)"),
   * else `{ min: -3, max: 3 }`.
   */
  emotionScale?: EmotionScale;
}

/** One thing wrong with a CSV cell, located as a spreadsheet shows it. */
export interface JourneyCsvProblem {
  /** The 1-based row, counting a cell's inner line breaks as one row. */
  row: number;
  /** The 1-based column (1 is column A). */
  column: number;
  /** A plain sentence saying what is wrong. */
  message: string;
}

/** Spreadsheet column name of a 1-based column: 1 → A, 27 → AA. */
const columnName = (column: number): string =>
  (column > 26 ? columnName(Math.floor((column - 1) / 26)) : '') + String.fromCharCode(65 + ((column - 1) % 26));

const CSV_ERROR = /* @__PURE__ */ errorBrand('JourneyCsvError');

/** Thrown by {@link fromJourneyCsv}; `problems` lists every bad cell, its message the first ten. */
export class JourneyCsvError extends Error {
  /** Every problem found, in row order. */
  readonly problems: readonly JourneyCsvProblem[];

  /** True for a JourneyCsvError from either build of the package (ES module or CommonJS), so `instanceof` works whichever one a host loaded. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(this, JourneyCsvError, CSV_ERROR, value);
  }

  constructor(problems: readonly JourneyCsvProblem[]) {
    super(problemList('The CSV', problems, (p) => `row ${p.row}, column ${p.column} (${columnName(p.column)}${p.row}): ${p.message}`));
    this.name = 'JourneyCsvError';
    this.problems = problems;
    brand(this, CSV_ERROR);
  }
}

const LANE_NAMES: ReadonlyArray<readonly [Exclude<LaneKind, 'emotion'>, string]> = [
  ['actions', 'actions|action|activities|steps|doing|user actions|what they do|действия|шаги|行动|行为|用户行为|用户行动'],
  ['customer', 'customer actions|действия клиента|客户行为|顾客行为'],
  ['touchpoints', 'touchpoints|touchpoint|touch points|channels|interactions|точки контакта|точки касания|каналы|触点|接触点|渠道'],
  ['thoughts', 'thoughts|thought|thinking|thoughts feelings|thoughts and feelings|quotes|мысли|想法|思考|用户想法'],
  ['pains', 'pain points|pain point|pains|painpoints|frustrations|problems|issues|болевые точки|боли|проблемы|痛点|问题'],
  ['opportunities', 'opportunities|opportunity|ideas|improvements|возможности|идеи|机会|机会点'],
  ['metrics', 'metrics|kpis|kpi|measures|метрики|показатели|指标'],
  ['frontstage', 'frontstage|front stage|frontstage actions|onstage|фронт офис|фронтстейдж|前台|前台行为'],
  ['backstage', 'backstage|back stage|backstage actions|offstage|бэк офис|бэкстейдж|后台|后台行为'],
  ['support', 'support processes|support process|supporting processes|процессы поддержки|поддерживающие процессы|支持过程|支持流程'],
  ['evidence', 'physical evidence|evidence|props|физические свидетельства|материальные свидетельства|有形展示|实体证据'],
];
const KIND_OF_NAME = new Map(LANE_NAMES.flatMap(([kind, names]) => names.split('|').map((name) => [name, kind] as const)));

/** Lower case, without a trailing "(…)" note, punctuation folded to single spaces. */
function normalise(name: string): string {
  let text = name.toLowerCase().trimEnd();
  if (text.endsWith(')') || text.endsWith('）')) {
    // The note opens at the first bracket after the last closing one before its end. By
    // hand, not by a pattern: `\s*[(（][^)）]*[)）]\s*$` takes quadratic time on "((((…".
    const body = text.slice(0, -1);
    const from = Math.max(body.lastIndexOf(')'), body.lastIndexOf('）')) + 1;
    const open = [body.indexOf('(', from), body.indexOf('（', from)].filter((i) => i >= 0);
    if (open.length > 0) text = body.slice(0, Math.min(...open));
  }
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const isEmotionRow = (name: string) => /^(emotion|эмоци|情绪|情感)/.test(name.trim().toLowerCase());

// A spreadsheet runs a cell starting with one of = + - @ tab CR as a formula, in every
// line of it; such a cell is written with a leading "'". A cell that already starts with
// "'"s before one of them gets one more, so that reading removes exactly one.
const FORMULA = /^'*[=+\-@\t\r]/;
const FORMULA_ESCAPE = /^'(?='*[=+\-@\t\r])/;

/** A number as a spreadsheet or `String(number)` writes it: sign, decimal point or comma, exponent. */
const NUMBER = /^[+\-\u2212]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;
const readNumber = (text: string) => (NUMBER.test(text) ? Number(text.replace('\u2212', '-').replace(',', '.')) : NaN);

// The scale after an emotion row's label, as toJourneyCsv writes it: "Emotion (1 to 5)",
// "Emotion (-3 to 3, neutral 0)", "Emotion (-3 to 3, ends Frustrated | Delighted)". The
// end words have "%", "(", ")", "," and "|" percent-encoded, so the note holds no other.
const SCALE_RANGE = /^\s*(\S+)\s+to\s+(\S+)\s*$/;
const SCALE_NEUTRAL = /^\s*neutral\s+(\S+)\s*$/;
const SCALE_ENDS = /^\s*ends\s/;
const encodeEnd = (word: string) => word.replace(/[%(),|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const decodeEnd = (word: string) => word.trim().replace(/%(25|28|29|2C|7C)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The scale a note names ("-3 to 3, neutral 0, ends A | B"), or undefined when it is no scale note. */
function readScaleNote(note: string): EmotionScale | undefined {
  const [range = '', ...rest] = note.split(',');
  const bounds = SCALE_RANGE.exec(range);
  if (!bounds) return undefined;
  const scale: EmotionScale = { min: readNumber(bounds[1]!), max: readNumber(bounds[2]!) };
  for (const part of rest) {
    const neutral = SCALE_NEUTRAL.exec(part);
    if (neutral && scale.neutral === undefined) scale.neutral = readNumber(neutral[1]!);
    else if (SCALE_ENDS.test(part) && scale.minLabel === undefined) {
      const [low = '', high = '', extra] = part.replace(SCALE_ENDS, '').split('|');
      if (extra !== undefined) return undefined;
      if (decodeEnd(low)) scale.minLabel = decodeEnd(low);
      if (decodeEnd(high)) scale.maxLabel = decodeEnd(high);
    } else return undefined;
  }
  return Object.values(scale).some((v) => typeof v === 'number' && Number.isNaN(v)) ? undefined : scale;
}

/** The note toJourneyCsv writes after an emotion row's label for `scale`. */
function writeScaleNote(scale: EmotionScale): string {
  const neutral = scale.neutral === undefined ? '' : `, neutral ${scale.neutral}`;
  const ends = scale.minLabel || scale.maxLabel ? `, ends ${encodeEnd(scale.minLabel ?? '')} | ${encodeEnd(scale.maxLabel ?? '')}` : '';
  return ` (${scale.min} to ${scale.max}${neutral}${ends})`;
}

/**
 * The scale named at the end of a label ("Emotion (1 to 5)") and the label without it;
 * `scale` is `null` when the numbers give no drawable scale ("(5 to 1)"), and missing
 * when the label ends in no such note ("Emotion (good to bad)" is a plain label).
 */
function scaleNote(label: string): { label: string; scale?: EmotionScale | null } {
  const text = label.trimEnd();
  const open = text.lastIndexOf('(');
  const scale = text.endsWith(')') && open >= 0 ? readScaleNote(text.slice(open + 1, -1)) : undefined;
  if (!scale) return { label };
  const { min, max, neutral } = scale;
  const drawable = min < max && Number.isFinite(max - min) && (neutral === undefined || (neutral >= min && neutral <= max));
  return { label: text.slice(0, open).trimEnd(), scale: drawable ? scale : null };
}

/**
 * Unifies record ends: CRLF, CR and LF outside quoted cells all become LF, so that a
 * file with mixed line ends (a CRLF header, LF rows) reads row by row. Line breaks
 * inside quoted cells are kept as they are.
 */
function unifyLineEnds(text: string): string {
  let out = '';
  let last = 0;
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (c === '"' && cellStart) {
      quoted = true;
    } else if (c === '\r') {
      out += `${text.slice(last, i)}\n`;
      if (text[i + 1] === '\n') i++;
      last = i + 1;
    }
    cellStart = !quoted && (c === ',' || c === '\n' || c === '\r');
  }
  return out + text.slice(last);
}

/**
 * Reads the spreadsheet layout teams draw journeys in:
 *
 * - the first non-blank row is the header: a corner cell (any text), then one stage
 *   name per column (the same name twice gives two stages with unique ids);
 * - every further row is a lane: its name in column A, then one cell per stage holding
 *   that lane's cards, one card title per line of the cell (a leading "•" is dropped);
 * - a row named "Emotion…", "Эмоци…" or "情绪…" (any case) holds one number per stage,
 *   the current-state emotion score of the one persona (a decimal comma, a Unicode minus
 *   and an exponent are accepted; an empty cell means no score). The scores are on
 *   `options.emotionScale`, else on the scale named at the end of the first emotion row's
 *   label, "Emotion (1 to 5)" or "Emotion (1 to 5, neutral 3)" (the note is not part of
 *   the lane's label), else on -3 to 3.
 *
 * A lane's kind comes from its name, matched against common names in English, Russian
 * and Chinese ("Touchpoints", "Точки контакта", "触点", "Pain points", "痛点"…), else
 * `text`; "Customer actions" is a service-blueprint `customer` lane when the sheet also
 * has a frontstage, backstage, support or evidence row, else an `actions` lane. Each
 * card's kind follows its lane. Parsing is RFC 4180 (Papa Parse, comma-separated);
 * quoted cells may hold commas, quotes and line breaks; CRLF, LF and CR line ends (mixed
 * too) and a BOM are fine; blank rows and empty trailing columns are skipped. A cell
 * that {@link toJourneyCsv} guarded against formulas loses its one leading "'".
 *
 * @throws {JourneyCsvError} listing every bad cell: broken quoting, an empty stage
 * name or lane name, a cell to the right of the last stage, or an emotion score that
 * is not a number or lies outside the scale.
 */
export function fromJourneyCsv(text: string, options: JourneyCsvOptions = {}): Journey {
  const parsed = Papa.parse<string[]>(unifyLineEnds(text.replace(/^\uFEFF/, '')), { delimiter: ',', newline: '\n' });
  if (parsed.errors.length > 0) {
    throw new JourneyCsvError(
      parsed.errors.map((error) => ({
        row: (error.row ?? 0) + 1,
        column: Math.max(1, parsed.data[error.row ?? 0]?.length ?? 1),
        message:
          error.code === 'MissingQuotes'
            ? 'a quoted cell is never closed; a cell that starts with " must end with "'
            : 'a quote inside a quoted cell must be doubled, as ""',
      })),
    );
  }
  const rows = parsed.data;
  // Papa Parse's rows are this call's own: guarded cells lose their "'" in place.
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) if (row[c]!.startsWith("'")) row[c] = row[c]!.replace(FORMULA_ESCAPE, '');
  }
  const problems: JourneyCsvProblem[] = [];
  // r and c are 0-based here; problems are reported 1-based.
  const fail = (r: number, c: number, message: string) => problems.push({ row: r + 1, column: c + 1, message });

  const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) {
    throw new JourneyCsvError([{ row: 1, column: 1, message: 'the CSV is empty; its first row must name the stages' }]);
  }
  const header = rows[headerIndex]!.map((cell) => cell.trim());
  let width = header.length;
  while (width > 1 && header[width - 1] === '') width--;
  if (width < 2) fail(headerIndex, 1, 'the header row names no stages; write the stage names from column B on');
  const stageId = uniqueIds('stage');
  const stages: Stage[] = header.slice(1, width).map((name, i) => {
    if (name === '') fail(headerIndex, i + 1, 'the stage name is empty');
    return { id: stageId(name), name };
  });

  const emotionRow = rows.findIndex((row, r) => r > headerIndex && isEmotionRow(row[0] ?? '') && scaleNote(row[0]!).scale !== undefined);
  const noted = emotionRow < 0 ? undefined : scaleNote(rows[emotionRow]![0]!).scale;
  if (noted === null && !options.emotionScale) {
    fail(emotionRow, 0, 'the emotion scale after the label must run from a lower to a higher number, as in "Emotion (1 to 5)"');
  }
  const scale = options.emotionScale ?? noted ?? DEFAULT_EMOTION_SCALE;
  const personaName = options.persona ?? 'Customer';
  const personaId = slugify(personaName, 'persona');
  // Each row's kind by its name, found once (a name's spaces at either end make no difference to it).
  const kinds = rows.map((row, r) => (r > headerIndex ? KIND_OF_NAME.get(normalise(row[0] ?? '')) : undefined));
  const blueprint = kinds.some((kind) => kind === 'frontstage' || kind === 'backstage' || kind === 'support' || kind === 'evidence');
  const laneId = uniqueIds('lane');
  const lanes: Lane[] = [];
  const cards: Card[] = [];
  const emotions: Emotion[] = [];
  let scoresRow: number | undefined;

  rows.forEach((row, r) => {
    if (r <= headerIndex || isBlank(row)) return;
    const label = (row[0] ?? '').trim();
    if (label === '') fail(r, 0, 'the lane name is empty');
    const extra = row.findIndex((cell, c) => c >= width && cell.trim() !== '');
    if (extra >= 0) fail(r, extra, `the row has more cells than the header, whose last stage is in column ${columnName(width)}`);

    if (isEmotionRow(label)) {
      const named = scaleNote(label).label;
      lanes.push({ id: laneId(named), kind: 'emotion', label: named });
      const filled = row.findIndex((cell, c) => c > 0 && c < width && cell.trim() !== '');
      if (filled < 0) return;
      if (scoresRow !== undefined) {
        fail(r, filled, `a second row of emotion scores; the scores are read from row ${scoresRow + 1} only`);
        return;
      }
      scoresRow = r;
      stages.forEach((stage, i) => {
        const value = (row[i + 1] ?? '').trim();
        if (value === '') return;
        const score = readNumber(value);
        if (!Number.isFinite(score)) fail(r, i + 1, `the emotion score ${quote(value)} is not a number`);
        else if (score < scale.min || score > scale.max) {
          const range = `${scale.min} to ${scale.max}`;
          fail(
            r,
            i + 1,
            `the emotion score ${score} lies outside the emotion scale ${range}; name another scale after the label, as in "Emotion (1 to 5)", or pass the emotionScale option`,
          );
        } else emotions.push({ stage: stage.id, persona: personaId, score });
      });
      return;
    }

    let kind = kinds[r] ?? 'text';
    if (kind === 'customer' && !blueprint) kind = 'actions';
    const lane: Lane = { id: laneId(label), kind, label };
    lanes.push(lane);
    // Only the cells the row has: a short row under a wide header costs its own length.
    row.slice(1, width).forEach((cell, i) => {
      const stage = stages[i]!;
      for (const line of cell.split(/\r\n|\r|\n/)) {
        const title = line.replace(/^\s*•/, '').trim();
        if (title !== '')
          cards.push({ id: `card-${cards.length + 1}`, stage: stage.id, lane: lane.id, kind: LANE_CARD_KINDS[kind], title });
      }
    });
  });
  if (problems.length > 0) throw new JourneyCsvError(problems);

  const title = options.title ?? 'Journey';
  const journey: Journey = {
    schemaVersion: 1,
    id: options.id ?? slugify(title, 'journey'),
    title,
    emotionScale: { ...scale },
    personas: [{ id: personaId, name: personaName }],
    stages,
    lanes,
    cards,
    emotions,
  };
  // Built here of the cells' texts and numbers, it needs no plain copy to be checked; unless
  // the options (from JavaScript, unchecked) put in a scale or a name that is not text.
  const built =
    options.emotionScale === undefined && typeof journey.id === 'string' && typeof title === 'string' && typeof personaName === 'string';
  return built ? parseBuiltJourney(journey) : parseJourney(journey);
}

/** A card title as one line of a cell: line breaks become spaces; a leading "•" gets a bullet of its own to lose on reading. */
function titleLine(title: string): string {
  const line = title.replace(/[\r\n]+/g, ' ').trim();
  return line.startsWith('•') ? `• ${line}` : line;
}

/**
 * Writes a journey in the spreadsheet layout {@link fromJourneyCsv} reads: a header
 * "Lane" + stage names, then one row per lane in lane order with each cell holding the
 * titles of the lane's cards that start in that stage, one per line (a card spanning
 * several stages is written in its start stage only).
 *
 * The first `emotion` lane's row holds the current-state scores of the first persona
 * (or the journey-wide points); a label that would not be read back as an emotion row
 * is written as "Emotion: <label>". A journey with scores but no emotion lane gets an
 * "Emotion" row at the bottom. A scale other than -3 to 3 is named after the emotion
 * rows' labels ("Emotion (1 to 5)"), so the CSV reads back with no options.
 *
 * What reads back: stage names, lane labels and card titles exactly, once trimmed (a
 * title's line breaks become spaces; an empty title is left out), and the scores.
 * Everything else (card details, other personas' and future-state scores, phases, lane
 * kinds) is left out; an empty stage or lane name is replaced by its id. A lane of
 * another kind whose label starts with "Emotion" would be read back as the emotion row,
 * so rename it first. Output is RFC 4180 with CRLF line ends; a cell that a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a CR, in any of its lines'
 * first) gets a leading "'", which {@link fromJourneyCsv} removes again.
 */
export function toJourneyCsv(journey: Journey): string {
  const persona = journey.personas[0]?.id;
  const scores = new Map<string, number>();
  for (const e of journey.emotions) {
    const current = (e.scenario ?? 'current') === 'current' && (e.persona === undefined || e.persona === persona);
    if (current && !scores.has(e.stage)) scores.set(e.stage, e.score);
  }
  const scale = journey.emotionScale;
  const note = scale ? writeScaleNote(scale) : '';
  const defaultScale =
    !scale ||
    (scale.min === DEFAULT_EMOTION_SCALE.min &&
      scale.max === DEFAULT_EMOTION_SCALE.max &&
      scale.neutral === undefined &&
      !scale.minLabel &&
      !scale.maxLabel);
  // A label that ends in something read as a scale is protected by the real scale after it.
  const emotionLabel = (label: string) =>
    !defaultScale || scaleNote(label).scale !== undefined ? `${label}${note || ' (-3 to 3)'}` : label;
  const scoreRow = (label: string, withScores: boolean) => [
    emotionLabel(label),
    ...journey.stages.map((stage) => (withScores ? (scores.get(stage.id) ?? '') : '')),
  ];

  // Titles by lane and start stage, in card order, gathered in one pass over the cards.
  const cells = new Map<string, string[]>();
  for (const card of journey.cards) {
    const line = titleLine(card.title);
    if (line === '') continue;
    const key = `${card.lane}\u0000${card.stage}`;
    const cell = cells.get(key);
    if (cell) cell.push(line);
    else cells.set(key, [line]);
  }

  const rows: Array<Array<string | number>> = [['Lane', ...journey.stages.map((stage) => stage.name.trim() || stage.id)]];
  let scoresWritten = false;
  for (const lane of journey.lanes) {
    const label = lane.label.trim() || lane.id;
    if (lane.kind === 'emotion') {
      rows.push(scoreRow(isEmotionRow(label) ? label : `Emotion: ${label}`, !scoresWritten));
      scoresWritten = true;
      continue;
    }
    rows.push([label, ...journey.stages.map((stage) => cells.get(`${lane.id}\u0000${stage.id}`)?.join('\n') ?? '')]);
  }
  if (!scoresWritten && scores.size > 0) rows.push(scoreRow('Emotion', true));
  return `${Papa.unparse(rows, { escapeFormulae: FORMULA })}\r\n`;
}
