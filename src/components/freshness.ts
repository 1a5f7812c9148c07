import { journeyFreshness, type JourneyFreshness } from '../model/trust';
import type { Journey } from '../model/types';
import { useJourneyConfig } from './JourneyConfigProvider/JourneyConfigProvider';

/** One judgement per journey, day and period: every stage header of a map reads the same. */
const judged = /* @__PURE__ */ new WeakMap<Journey, { key: string; value: JourneyFreshness }>();

/** The journey's freshness by the configuration's `now` and review period (the host's, else the journey's). */
export function useFreshness(journey: Journey): JourneyFreshness {
  const { now, reviewPeriodDays } = useJourneyConfig();
  const key = `${now}|${reviewPeriodDays}`;
  let found = judged.get(journey);
  if (found?.key !== key) {
    found = { key, value: journeyFreshness(journey, { now, reviewPeriodDays }) };
    judged.set(journey, found);
  }
  return found.value;
}
