/**
 * The journey model: plain, JSON-serialisable data that a host app passes in.
 * Every reference is by id. Unknown optional fields are kept, never rejected.
 */

/** The schema version this library reads and writes. */
export const SCHEMA_VERSION = 1 as const;

/** The kinds of map a journey can be drawn as. */
export const JOURNEY_KINDS = ['current-state', 'future-state', 'day-in-the-life', 'service-blueprint'] as const;
/** What a journey map depicts: today, a designed future, a whole day, or a service blueprint. */
export type JourneyKind = (typeof JOURNEY_KINDS)[number];

/** The five service-blueprint lanes, in their canonical top-to-bottom order. */
export const BLUEPRINT_LANE_KINDS = ['customer', 'frontstage', 'backstage', 'support', 'evidence'] as const;
/** A service-blueprint lane kind. */
export type BlueprintLaneKind = (typeof BLUEPRINT_LANE_KINDS)[number];
/** Whether a lane is one of the service-blueprint lanes. */
export const isBlueprintLane = (lane: { kind: string }): boolean => (BLUEPRINT_LANE_KINDS as readonly string[]).includes(lane.kind);

/** Every lane kind a journey can declare; the last five are the service-blueprint lanes. */
export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'pains',
  'opportunities',
  'metrics',
  'text',
  'images',
  'emotion',
  ...BLUEPRINT_LANE_KINDS,
] as const;
/** What a row of the map holds. */
export type LaneKind = (typeof LANE_KINDS)[number];

/** Every kind of card that can sit in a cell. */
export const CARD_KINDS = [
  'action',
  'touchpoint',
  'thought',
  'pain',
  'opportunity',
  'process',
  'metric',
  'text',
  'image',
  'evidence',
] as const;
/**
 * What a card says: a customer action, a touchpoint on a channel, a thought, a pain
 * point, an opportunity, a (frontstage/backstage/support) process, a metric, free
 * text, an image, or a piece of physical evidence in a blueprint.
 */
export type CardKind = (typeof CARD_KINDS)[number];

/** Kinds of research evidence; `assumption` marks an insight nobody has validated yet. */
export const EVIDENCE_KINDS = [
  'interview',
  'survey',
  'analytics',
  'tickets',
  'observation',
  'usability-test',
  'reviews',
  'workshop',
  'assumption',
  'other',
] as const;
/** Where an insight comes from. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** How evidence was gathered: asked for (surveys, interviews, tests) or found as it happened (reviews, tickets, analytics). */
export const EVIDENCE_COLLECTIONS = ['solicited', 'unsolicited'] as const;
/** Solicited or unsolicited evidence. */
export type EvidenceCollection = (typeof EVIDENCE_COLLECTIONS)[number];

/** What evidence records: what people say (attitudinal) or what they do (behavioral). */
export const EVIDENCE_DIMENSIONS = ['attitudinal', 'behavioral'] as const;
/** Attitudinal or behavioral evidence. */
export type EvidenceDimension = (typeof EVIDENCE_DIMENSIONS)[number];

/** Channels that ship with a built-in icon. Any other string is accepted and drawn with a generic icon. */
export const CHANNELS = [
  'web',
  'mobile-app',
  'email',
  'phone',
  'chat',
  'social',
  'search',
  'ads',
  'store',
  'in-person',
  'mail',
  'word-of-mouth',
  'support-desk',
  'partner',
  'sms',
  'video',
  'event',
  'print',
  'kiosk',
] as const;
/** A channel with a built-in icon. */
export type KnownChannel = (typeof CHANNELS)[number];
/** A channel: one of the known ones, or any host-defined string. */
export type Channel = KnownChannel | (string & {});

/** Low / medium / high, used for impact, effort, severity and confidence. */
export const LEVELS = ['low', 'medium', 'high'] as const;
/** A three-step rating. */
export type Level = (typeof LEVELS)[number];

/** Where an opportunity stands. */
export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in-progress', 'done', 'rejected'] as const;
/** The delivery status of an opportunity. */
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Which curve an emotion point belongs to when current and future state are overlaid. */
export const EMOTION_SCENARIOS = ['current', 'future'] as const;
/** Current-state or future-state emotion. */
export type EmotionScenario = (typeof EMOTION_SCENARIOS)[number];

/** Reading direction of the map's text. */
export type Direction = 'ltr' | 'rtl';

/** The numeric range emotion scores are given on. */
export interface EmotionScale {
  /** The most negative score, e.g. `-3` or `1`. */
  min: number;
  /** The most positive score, e.g. `3` or `5`. */
  max: number;
  /** The neutral score the baseline is drawn at; defaults to the middle of the range. */
  neutral?: number;
  /** A word for the scale's low end, shown on the curve's axis, e.g. "Frustrated". */
  minLabel?: string;
  /** A word for the scale's high end, shown on the curve's axis, e.g. "Delighted". */
  maxLabel?: string;
}

/** Who owns a map and how fresh it is. */
export interface JourneyMeta {
  /** The person or team responsible for keeping the map current. */
  owner?: string;
  /** ISO 8601 date of the last edit. */
  updatedAt?: string;
  /** ISO 8601 date the map was last checked against real customers. */
  validatedAt?: string;
  /** Days a validation stays current: past it, the map and the stages whose research is older say they need validation. A host's `reviewPeriodDays` prop wins. */
  reviewPeriodDays?: number;
  /** Free tags for the host's catalogue. */
  tags?: string[];
}

/** A persona goal; `kind` tells career goals from personal ones. */
export interface PersonaGoal {
  /** The goal in the persona's words. */
  text: string;
  /** Whether the goal is about work or private life. */
  kind?: 'career' | 'personal' | 'other';
}

/** A person (or archetype) the journey is drawn for. */
export interface Persona {
  /** Unique id, referenced by emotions, cards and lanes. */
  id: string;
  /** Display name, e.g. "Sarah". */
  name: string;
  /** Photo URL (http(s) or relative). Initials are shown when absent. */
  photo?: string;
  /** Initials to show instead of a photo; derived from the name when absent. */
  initials?: string;
  /** Age in years. */
  age?: number;
  /** Job title or role, e.g. "CTO". */
  role?: string;
  /** Family or life situation. */
  situation?: string;
  /** Where they live or work. */
  location?: string;
  /** A short quote in their voice. */
  quote?: string;
  /** A sentence or two of background. */
  description?: string;
  /** What they want to achieve. */
  goals?: PersonaGoal[];
  /** What they need from the service. */
  needs?: string[];
  /** What annoys or blocks them. */
  frustrations?: string[];
  /** Habits and behaviours relevant to the journey. */
  behaviours?: string[];
  /** Channels they use. */
  channels?: Channel[];
  /** A colour for this persona's emotion curve (any CSS colour); the theme's palette is used otherwise. */
  color?: string;
}

/** A group of consecutive stages, e.g. Buy / Own / Advocate. */
export interface Phase {
  /** Unique id. */
  id: string;
  /** Display name. */
  name: string;
  /** The ids of the stages this phase groups, in order. */
  stages: string[];
  /** Optional description. */
  description?: string;
}

/** A measured value: a KPI on a stage or the content of a metric card. */
export interface Metric {
  /** What is measured, e.g. "Conversion". */
  label: string;
  /** The value, e.g. `3.2` or `"3.2%"`. */
  value: number | string;
  /** Unit shown after a numeric value, e.g. "%". */
  unit?: string;
  /** The target value, if any. */
  target?: number | string;
  /** Direction of change. */
  trend?: 'up' | 'down' | 'flat';
}

/** A column of the map. */
export interface Stage {
  /** Unique id, referenced by cards and emotions. */
  id: string;
  /** Display name, e.g. "Awareness". */
  name: string;
  /** The phase id this stage belongs to (optional; `Phase.stages` may say it instead). */
  phase?: string;
  /** What the customer wants to achieve in this stage. */
  goal?: string;
  /** What moves the customer into this stage. */
  trigger?: string;
  /** How long the stage typically takes, e.g. "2–3 weeks". */
  duration?: string;
  /** A sentence of description. */
  description?: string;
  /** KPIs measured in this stage. */
  metrics?: Metric[];
}

/** A row of the map. */
export interface Lane {
  /** Unique id, referenced by cards. */
  id: string;
  /** What the lane holds. */
  kind: LaneKind;
  /** The row header, e.g. "Touchpoints". */
  label: string;
  /** A sentence explaining the lane. */
  description?: string;
  /** Restrict the lane to one persona (for maps that compare personas). */
  persona?: string;
}

/** An image on an `image` card. */
export interface CardImage {
  /** Image URL (http(s) or relative). */
  src: string;
  /** Alternative text; required for accessibility. */
  alt: string;
}

/** What sits in a cell: a touchpoint, action, thought, pain point, opportunity, process… */
export interface Card {
  /** Unique id, referenced by links. */
  id: string;
  /** The stage (column) the card starts in. */
  stage: string;
  /** The lane (row) the card sits in. */
  lane: string;
  /** What the card says. */
  kind: CardKind;
  /** Short title shown on the card. */
  title: string;
  /** Longer text shown in the details popover. */
  description?: string;
  /** The last stage the card spans to (inclusive); must not come before `stage`. */
  endStage?: string;
  /** The persona this card is about, when a map compares several. */
  persona?: string;
  /** The channel of a touchpoint. */
  channel?: Channel;
  /** Marks a moment of truth: a point that decides whether the customer stays. */
  momentOfTruth?: boolean;
  /** Ids of cards this one leads to (drawn as arrows in a blueprint). */
  links?: string[];
  /** Ids of the evidence this insight cites. */
  evidence?: string[];
  /** For pain points: how much it hurts. */
  severity?: Level;
  /** For opportunities: expected impact. */
  impact?: Level;
  /** For opportunities: expected effort. */
  effort?: Level;
  /** For opportunities and processes: who owns it. */
  owner?: string;
  /** For opportunities: delivery status. */
  status?: OpportunityStatus;
  /** For metric cards: the measured value. */
  metric?: Metric;
  /** For image cards: the image. */
  image?: CardImage;
  /** A link to more (http(s), mailto, tel or relative). */
  url?: string;
  /** Free tags. */
  tags?: string[];
}

/** One point of the emotion curve. */
export interface Emotion {
  /** The stage the score belongs to. */
  stage: string;
  /** The persona feeling it; may be omitted when the journey has one persona. */
  persona?: string;
  /** The score, within `Journey.emotionScale`. */
  score: number;
  /** A word for the feeling, e.g. "Frustrated". */
  label?: string;
  /** Current-state (default) or future-state curve. */
  scenario?: EmotionScenario;
}

/** A research source insights cite. */
export interface Evidence {
  /** Unique id, referenced by cards. */
  id: string;
  /** What kind of source it is; `assumption` means not validated. */
  kind: EvidenceKind;
  /** Short label, e.g. "12 customer interviews, March". */
  label: string;
  /** More detail. */
  description?: string;
  /** How many people or records the source covers. */
  sampleSize?: number;
  /** ISO 8601 date the research was done. */
  date?: string;
  /** A link to the source (http(s), mailto, tel or relative). */
  url?: string;
  /** How much to trust it, as the researchers judge it; overrides the derived weight (see `evidenceWeight`). */
  confidence?: Level;
  /** Asked for (surveys, interviews) or found (reviews, tickets, analytics); defaults by `kind`. */
  collection?: EvidenceCollection;
  /** What people say (attitudinal) or what they do (behavioral); defaults by `kind`. */
  dimension?: EvidenceDimension;
}

/** A whole journey map. */
export interface Journey {
  /** Always `1` for this version of the model. */
  schemaVersion: typeof SCHEMA_VERSION;
  /** Unique id of the map. */
  id: string;
  /** Title shown above the map. */
  title: string;
  /** A sentence or two on scope and purpose. */
  description?: string;
  /** What the map depicts; defaults to `current-state`. */
  kind?: JourneyKind;
  /** BCP 47 language tag of the content, e.g. "en", "zh-CN", "ru". */
  locale?: string;
  /** Text direction; defaults to `ltr`. */
  dir?: Direction;
  /** The range of emotion scores; defaults to `{ min: -3, max: 3 }`. */
  emotionScale?: EmotionScale;
  /** Ownership and freshness. */
  meta?: JourneyMeta;
  /** The people the map is drawn for (at least one). */
  personas: Persona[];
  /** Optional groups of stages. */
  phases?: Phase[];
  /** The ordered columns (at least one). */
  stages: Stage[];
  /** The ordered rows. */
  lanes: Lane[];
  /**
   * How a run of consecutive service-blueprint lanes is ordered. `'convention'` (default):
   * as service designers draw a blueprint (Shostack, Bitner): physical evidence, customer
   * actions, frontstage, backstage, support processes, whatever their order in `lanes`.
   * `'journey'`: in the order of `lanes`.
   */
  blueprintOrder?: 'convention' | 'journey';
  /** What sits in the cells. */
  cards: Card[];
  /** The emotion curve's points. */
  emotions: Emotion[];
  /** Research sources that cards cite. */
  evidence?: Evidence[];
}

/** One thing wrong with an input journey. */
export interface JourneyProblem {
  /** JSON-style path to the offending value, e.g. `cards[3].stage`. */
  path: string;
  /** A plain sentence saying what is wrong. */
  message: string;
}
