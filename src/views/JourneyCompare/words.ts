import type { Journey } from '../../model/types';
import type { CardPlace } from '../../model/diff';
import { channelName, type JourneyLabels } from '../../components/labels';
import { formatMetric } from '../../components/format';
import { plainValue, type CompareWords } from '../../layout/compare';
import type { ViewLabels } from '../labels';

const LEVEL_FIELDS: ReadonlySet<string> = new Set(['severity', 'impact', 'effort']);

/**
 * The words a comparison's marks are written in: the view's strings, with the map's labels
 * for the names and values they already translate (levels, statuses, kinds, channels) and
 * the journey's own names for what a field refers to (evidence, linked cards, personas);
 * in right-to-left text the arrow from old to new points left.
 */
export function compareWords(text: ViewLabels, labels: JourneyLabels, journey: Journey, rtl = false): CompareWords {
  const names = new Map<string, string>();
  for (const p of journey.personas) names.set(`persona:${p.id}`, p.name);
  for (const e of journey.evidence ?? []) names.set(`evidence:${e.id}`, e.label);
  for (const c of journey.cards) names.set(`links:${c.id}`, c.title);
  const word = (field: string, value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    if (LEVEL_FIELDS.has(field)) return labels.levels[value as 'low'] ?? value;
    if (field === 'status') return labels.statuses[value as 'idea'] ?? value;
    if (field === 'kind') return labels.cardKinds[value as 'pain'] ?? value;
    if (field === 'channel') return channelName(value, labels);
    return names.get(`${field}:${value}`) ?? value;
  };
  return {
    ...text.compareMarks,
    movedFrom: text.movedFrom,
    movesTo: text.movesTo,
    arrow: rtl ? '\u2190' : '\u2192',
    fieldName: (field) => (LEVEL_FIELDS.has(field) || field === 'owner' ? labels[field as 'owner'] : (text.fields[field] ?? field)),
    fieldValue: (field, value) => {
      if (field === 'metric' && value && typeof value === 'object' && 'value' in value) {
        const { value: n, unit } = value as { value: number; unit?: string };
        return formatMetric(n, unit, journey.locale);
      }
      // Levels, statuses and names are words of the map, not quoted text.
      const v = Array.isArray(value) ? value.map((x) => word(field, x)) : word(field, value);
      const quoted = field === 'title' || field === 'description' || field === 'owner';
      if (!quoted && (typeof v === 'string' || Array.isArray(v))) return [v].flat().join(', ') || '\u2013';
      return typeof v === 'boolean' ? (v ? '\u2713' : '\u2013') : plainValue(v);
    },
  };
}

/** A place in words: "Checkout · Pain points" (stage, or first–last stage, then lane), by the names either version gives. */
export function placeWords(place: CardPlace, stageName: (id: string) => string, laneName: (id: string) => string): string {
  const stages =
    place.endStage && place.endStage !== place.stage
      ? `${stageName(place.stage)}\u2013${stageName(place.endStage)}`
      : stageName(place.stage);
  return `${stages} \u00b7 ${laneName(place.lane)}`;
}
