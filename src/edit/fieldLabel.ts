import type { JourneyLabels } from '../components/labels';
import type { CardFormField } from '../layout/cardForm';
import type { EditorLabels } from './labels';

// Apart from the card form, which loads on demand: the editor names the fields a save changed.
/** The name of a field as the form labels it (for announcements). */
export function fieldLabel(field: CardFormField, labels: EditorLabels, mapLabels: JourneyLabels): string {
  const names: Record<CardFormField, string> = {
    title: labels.fieldTitle,
    description: labels.fieldDescription,
    kind: labels.fieldKind,
    channel: mapLabels.channel,
    severity: mapLabels.severity,
    impact: mapLabels.impact,
    effort: mapLabels.effort,
    status: mapLabels.status,
    owner: mapLabels.owner,
    momentOfTruth: mapLabels.momentOfTruth,
    stage: labels.fieldStage,
    endStage: labels.fieldEndStage,
    evidence: labels.fieldEvidence,
    links: labels.fieldLinks,
  };
  return names[field];
}
