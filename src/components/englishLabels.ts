import type { JourneyLabels } from './labelTypes';

/** "Line of visibility" → "line of visibility", inside an English sentence. */
const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
/** English plural of "card". */
const cards = (n: number) => `card${n === 1 ? '' : 's'}`;

/** The built-in English labels. */
export const defaultLabels: JourneyLabels = {
  cardKinds: {
    action: 'Action',
    touchpoint: 'Touchpoint',
    thought: 'Thought',
    pain: 'Pain point',
    opportunity: 'Opportunity',
    process: 'Process',
    metric: 'Metric',
    text: 'Note',
    image: 'Image',
    evidence: 'Physical evidence',
  },
  journeyKinds: {
    'current-state': 'Current state',
    'future-state': 'Future state',
    'day-in-the-life': 'Day in the life',
    'service-blueprint': 'Service blueprint',
  },
  evidenceKinds: {
    interview: 'Interviews',
    survey: 'Survey',
    analytics: 'Analytics',
    tickets: 'Support tickets',
    observation: 'Observation',
    'usability-test': 'Usability test',
    reviews: 'Reviews',
    workshop: 'Workshop',
    assumption: 'Assumption',
    other: 'Other source',
  },
  channels: {
    web: 'Website',
    'mobile-app': 'Mobile app',
    email: 'Email',
    phone: 'Phone',
    chat: 'Chat',
    social: 'Social media',
    search: 'Search',
    ads: 'Advertising',
    store: 'Store',
    'in-person': 'In person',
    mail: 'Post',
    'word-of-mouth': 'Word of mouth',
    'support-desk': 'Support desk',
    partner: 'Partner',
    sms: 'SMS',
    video: 'Video',
    event: 'Event',
    print: 'Print',
    kiosk: 'Kiosk',
  },
  levels: { low: 'Low', medium: 'Medium', high: 'High' },
  statuses: { idea: 'Idea', planned: 'Planned', 'in-progress': 'In progress', done: 'Done', rejected: 'Rejected' },
  momentOfTruth: 'Moment of truth',
  validated: 'Evidence',
  sources: (count) => `${count} source${count === 1 ? '' : 's'}`,
  assumption: 'Assumption',
  confidence: { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' },
  needsValidation: (days) => `Needs validation (review every ${days} days)`,
  staleStage: (days) => `Research older than ${days} days`,
  impact: 'Impact',
  effort: 'Effort',
  owner: 'Owner',
  status: 'Status',
  severity: 'Severity',
  channel: 'Channel',
  evidence: 'Evidence',
  linksTo: 'Leads to',
  linkedFrom: 'Follows from',
  spans: 'Spans',
  goal: 'Goal',
  trigger: 'Trigger',
  duration: 'Duration',
  lanes: 'Lanes',
  stage: 'Stage',
  phase: 'Phase',
  close: 'Close',
  openLink: 'Open link',
  emotion: 'Emotions',
  currentState: 'Current state',
  futureState: 'Future state',
  high: 'High',
  low: 'Low',
  legendScore: 'Score',
  legendHighLow: 'Highest, lowest',
  score: 'Score',
  feeling: 'Feeling',
  emotionSummary: ({ name, highStage, highScore, lowStage, lowScore, min, max, minLabel, maxLabel }) =>
    `${name}: highest at ${highStage} (${highScore}), lowest at ${lowStage} (${lowScore}), on a scale from ${min}${minLabel ? ` (${minLabel})` : ''} to ${max}${maxLabel ? ` (${maxLabel})` : ''}.`,
  emotionStage: ({ stage, scores }) =>
    scores.length === 0
      ? `${stage}: no score`
      : scores.length === 1
        ? `${stage}: ${scores[0]!.score}${scores[0]!.label ? `, ${scores[0]!.label}` : ''} — ${scores[0]!.name}`
        : `${stage}: ${scores.map((s) => `${s.name} ${s.score}${s.label ? ` ${s.label}` : ''}`).join('; ')}`,
  viewAsTable: 'View as table',
  viewAsChart: 'View as chart',
  lineOfInteraction: 'Line of interaction',
  lineOfVisibility: 'Line of visibility',
  lineOfInternalInteraction: 'Line of internal interaction',
  goals: 'Goals',
  needs: 'Needs',
  frustrations: 'Frustrations',
  behaviours: 'Behaviours',
  channelsUsed: 'Channels',
  age: (age) => `${age} years`,
  careerGoal: 'Career',
  personalGoal: 'Personal',
  allPersonas: 'All personas',
  personaSwitcher: 'Show persona',
  personaDetails: 'Persona details',
  stageDetails: 'Stage details',
  errorTitle: 'This journey map cannot be drawn',
  errorIntro: (count) => `The journey data has ${count} problem${count === 1 ? '' : 's'}:`,
  partError: 'Nothing to show: the journey data is not valid.',
  updated: 'Updated',
  validatedOn: 'Validated',
  legend: 'Legend',
  emptyCell: 'Empty',
  stageHeader: ({ name, index, count }) => `${name}, stage ${index} of ${count}`,
  phaseHeader: ({ name, index, count }) => `${name}, phase ${index} of ${count}`,
  cardPosition: ({ stage, endStage, lane }) => `${endStage ? `${stage} → ${endStage}` : stage} · ${lane}`,
  blueprintSide: ({ lineAbove, lineBelow }) => {
    const below = lineAbove && `below the ${lower(lineAbove)}`;
    const above = lineBelow && `above the ${lower(lineBelow)}`;
    const text = [below, above].filter(Boolean).join(', ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  },
  filterStatus: ({ personas, channels, lanes, shown, total }) => {
    const names = [...personas, ...channels, ...lanes];
    return names.length === 0
      ? `Showing all ${total} ${cards(total)}`
      : `Showing ${names.join(', ')}: ${shown} of ${total} ${cards(total)}`;
  },
};
