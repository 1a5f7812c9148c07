/**
 * `react-journey-map/csv`: journeys read from and written to the spreadsheet layout of
 * journey-mapping workshops. An entry point of its own, so that papaparse ships only to
 * hosts that import it.
 *
 * @packageDocumentation
 */
import Papa from 'papaparse';
import type { Card, CardKind, Emotion, EmotionScale, Journey, Lane, LaneKind, Stage } from '../model/types';
import { brand, errorBrand, isBranded } from '../model/brand';
import { DEFAULT_EMOTION_SCALE, parseJourney } from '../model/validate';
import { slugify, uniqueIds } from './ids';

/** Options for {@link fromJourneyCsv}. */
export interface JourneyCsvOptions {
  /** The journey's title; defaults to "Journey". */
  title?: string;
  /** The journey's id; defaults to the slug of the title. */
  id?: string;
  /** The name of the one persona the emotion row belongs to; defaults to "Customer". */
  persona?: string;
  /** The range the emotion row's scores are given on; defaults to `{ min: -3, max: 3 }`. */
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

/** Thrown by {@link fromJourneyCsv}; `problems` lists every bad cell. */
export class JourneyCsvError extends Error {
  /** Every problem found, in row order. */
  readonly problems: readonly JourneyCsvProblem[];

  /** True for a JourneyCsvError from either build of the package (ES module or CommonJS), so `instanceof` works whichever one a host loaded. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(this, JourneyCsvError, CSV_ERROR, value);
  }

  constructor(problems: readonly JourneyCsvProblem[]) {
    const lines = problems.map((p) => `row ${p.row}, column ${p.column} (${columnName(p.column)}${p.row}): ${p.message}`);
    super(lines.length === 1 ? lines.join('') : `The CSV has ${lines.length} problems:\n  ${lines.join('\n  ')}`);
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

const CARD_KIND: Record<Exclude<LaneKind, 'emotion'>, CardKind> = {
  actions: 'action',
  customer: 'action',
  touchpoints: 'touchpoint',
  thoughts: 'thought',
  pains: 'pain',
  opportunities: 'opportunity',
  metrics: 'metric',
  text: 'text',
  images: 'image',
  frontstage: 'process',
  backstage: 'process',
  support: 'process',
  evidence: 'evidence',
};

/** Lower case, without a trailing "(…)" note, punctuation folded to single spaces. */
const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/\s*[(（][^)）]*[)）]\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const isEmotionRow = (name: string) => /^(emotion|эмоци|情绪|情感)/.test(name.trim().toLowerCase());

// Excel runs a cell starting with one of these as a formula; Papa.unparse prefixes a "'".
const FORMULA_ESCAPE = /^'(?=[=+\-@\t\r])/;

/**
 * Reads the spreadsheet layout teams draw journeys in:
 *
 * - the first non-blank row is the header: a corner cell (any text), then one stage
 *   name per column (the same name twice gives two stages with unique ids);
 * - every further row is a lane: its name in column A, then one cell per stage holding
 *   that lane's cards, one card title per line of the cell (a leading "•" is dropped);
 * - a row named "Emotion…", "Эмоци…" or "情绪…" (any case) holds one number per stage,
 *   the current-state emotion score of the one persona, on `options.emotionScale`
 *   (a decimal comma and a Unicode minus are accepted; an empty cell means no score).
 *
 * A lane's kind comes from its name, matched against common names in English, Russian
 * and Chinese ("Touchpoints", "Точки контакта", "触点", "Pain points", "痛点"…), else
 * `text`; "Customer actions" is a service-blueprint `customer` lane when the sheet also
 * has a frontstage, backstage, support or evidence row, else an `actions` lane. Each
 * card's kind follows its lane. Parsing is RFC 4180 (Papa Parse, comma-separated);
 * quoted cells may hold commas, quotes and line breaks; CRLF and a BOM are fine; blank
 * rows and empty trailing columns are skipped.
 *
 * @throws {JourneyCsvError} listing every bad cell: broken quoting, an empty stage
 * name or lane name, a cell to the right of the last stage, or an emotion score that
 * is not a number or lies outside the scale.
 */
export function fromJourneyCsv(text: string, options: JourneyCsvOptions = {}): Journey {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',' });
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
  const rows = parsed.data.map((row) => row.map((cell) => cell.replace(FORMULA_ESCAPE, '')));
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

  const scale = options.emotionScale ?? DEFAULT_EMOTION_SCALE;
  const personaName = options.persona ?? 'Customer';
  const personaId = slugify(personaName, 'persona');
  const blueprint = rows
    .slice(headerIndex + 1)
    .some((row) => ['frontstage', 'backstage', 'support', 'evidence'].includes(KIND_OF_NAME.get(normalise(row[0] ?? '')) ?? ''));
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
      lanes.push({ id: laneId(label), kind: 'emotion', label });
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
        const score = /^[+\-\u2212]?\d+([.,]\d+)?$/.test(value) ? Number(value.replace('\u2212', '-').replace(',', '.')) : NaN;
        if (Number.isNaN(score)) fail(r, i + 1, `the emotion score "${value}" is not a number`);
        else if (score < scale.min || score > scale.max) {
          const range = `${scale.min} to ${scale.max}`;
          fail(
            r,
            i + 1,
            `the emotion score ${score} lies outside the emotion scale ${range}; pass the emotionScale option for another range`,
          );
        } else emotions.push({ stage: stage.id, persona: personaId, score });
      });
      return;
    }

    let kind = KIND_OF_NAME.get(normalise(label)) ?? 'text';
    if (kind === 'customer' && !blueprint) kind = 'actions';
    const lane: Lane = { id: laneId(label), kind, label };
    lanes.push(lane);
    stages.forEach((stage, i) => {
      for (const line of (row[i + 1] ?? '').split(/\r\n|\r|\n/)) {
        const title = line.replace(/^\s*•/, '').trim();
        if (title !== '') cards.push({ id: `card-${cards.length + 1}`, stage: stage.id, lane: lane.id, kind: CARD_KIND[kind], title });
      }
    });
  });
  if (problems.length > 0) throw new JourneyCsvError(problems);

  const title = options.title ?? 'Journey';
  return parseJourney({
    schemaVersion: 1,
    id: options.id ?? slugify(title, 'journey'),
    title,
    emotionScale: { ...scale },
    personas: [{ id: personaId, name: personaName }],
    stages,
    lanes,
    cards,
    emotions,
  } satisfies Journey);
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
 * "Emotion" row at the bottom. Everything but names, titles and those scores (card
 * details, other personas' and future-state scores, phases, lane kinds) is left out;
 * an empty stage or lane name is replaced by its id. A lane of another kind whose label
 * starts with "Emotion" would be read back as the emotion row, so rename it first. Output is RFC 4180 with CRLF line
 * ends; a cell that a spreadsheet would run as a formula gets a leading "'", which
 * {@link fromJourneyCsv} removes again.
 */
export function toJourneyCsv(journey: Journey): string {
  const persona = journey.personas[0]?.id;
  const scores = new Map<string, number>();
  for (const e of journey.emotions) {
    const current = (e.scenario ?? 'current') === 'current' && (e.persona === undefined || e.persona === persona);
    if (current && !scores.has(e.stage)) scores.set(e.stage, e.score);
  }
  const scoreRow = (label: string, withScores: boolean) => [
    label,
    ...journey.stages.map((stage) => (withScores ? (scores.get(stage.id) ?? '') : '')),
  ];

  const rows: Array<Array<string | number>> = [['Lane', ...journey.stages.map((stage) => stage.name.trim() || stage.id)]];
  let scoresWritten = false;
  for (const lane of journey.lanes) {
    const label = lane.label.trim() || lane.id;
    if (lane.kind === 'emotion') {
      rows.push(scoreRow(isEmotionRow(label) ? label : `Emotion: ${label}`, !scoresWritten));
      scoresWritten = true;
      continue;
    }
    const cell = (stage: Stage) =>
      journey.cards
        .filter((card) => card.lane === lane.id && card.stage === stage.id)
        .map((card) => card.title.replace(/\s+/g, ' ').trim())
        .filter((title) => title !== '')
        .join('\n');
    rows.push([label, ...journey.stages.map(cell)]);
  }
  if (!scoresWritten && scores.size > 0) rows.push(scoreRow('Emotion', true));
  return `${Papa.unparse(rows, { escapeFormulae: true })}\r\n`;
}
