import type { Journey } from '../../src';
import { fromMermaidJourney, MermaidSyntaxError } from '../../src/io/mermaid';

/** The first persona's current-state scores in stage order. */
export const firstPersonaScores = (journey: Journey) =>
  journey.stages.map(
    (stage) =>
      journey.emotions.find(
        (e) =>
          e.stage === stage.id &&
          (e.scenario ?? 'current') === 'current' &&
          (e.persona === undefined || e.persona === journey.personas[0]!.id),
      )?.score,
  );

/** The MermaidSyntaxError that reading `text` throws; fails when it throws none or another. */
export function mermaidSyntaxError(text: string): MermaidSyntaxError {
  try {
    fromMermaidJourney(text);
  } catch (error) {
    if (error instanceof MermaidSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a MermaidSyntaxError');
}
