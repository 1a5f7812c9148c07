import type { JourneyProblem } from '../model/types';
import { validateJourney } from '../model/validate';
import { knownValid } from '../model/known';

// JourneyMap, JourneyGrid and PersonaPanel each check their journey, since each can be
// used alone; inside one map they get the same object. Journeys are props and, like all
// React props, are treated as immutable (a changed journey is a new object), so the
// result is kept per object and the journey is validated once.
const checked = /* @__PURE__ */ new WeakMap<object, JourneyProblem[]>();

/** The problems of a journey handed to a component: `validateJourney`, once per journey object. */
export function journeyProblems(journey: unknown): JourneyProblem[] {
  if (typeof journey !== 'object' || journey === null) return validateJourney(journey);
  // A journey `applyJourneyChanges` made (an editor's) is valid by construction.
  if (knownValid(journey)) return [];
  let problems = checked.get(journey);
  if (!problems) checked.set(journey, (problems = validateJourney(journey)));
  return problems;
}
