// Journeys known to be valid, by object. Journeys are treated as immutable (a changed
// journey is a new object, as React props are), so a journey that `applyJourneyChanges`
// checked or made need not be checked again: not when the next change applies to it, and
// not when a map draws it.
const valid = /* @__PURE__ */ new WeakSet<object>();

/** Records that `journey` (an object) is a valid journey. */
export function markValid(journey: object): void {
  valid.add(journey);
}

/** Whether `journey` is an object recorded as valid by {@link markValid}. */
export function knownValid(journey: unknown): boolean {
  return typeof journey === 'object' && journey !== null && valid.has(journey);
}
