import type { Journey } from '../../src';
import { fromJourneyCsv, JourneyCsvError } from '../../src/io/csv';
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

/** The error of class `type` that `run` throws; fails when it throws none, or another. */
export function errorThrownBy<E extends Error>(run: () => unknown, type: abstract new (...args: never[]) => E): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}

/** The MermaidSyntaxError that reading `text` throws. */
export const mermaidSyntaxError = (text: string): MermaidSyntaxError => errorThrownBy(() => fromMermaidJourney(text), MermaidSyntaxError);

/** The JourneyCsvError that reading `text` throws. */
export const csvError = (text: string): JourneyCsvError => errorThrownBy(() => fromJourneyCsv(text), JourneyCsvError);
