import { describe, expect, it, vi } from 'vitest';
import { JourneyValidationError, parseJourney } from '../../src/model/validate';
import { JourneyCsvError, fromJourneyCsv } from '../../src/io/csv';
import { MermaidSyntaxError, fromMermaidJourney } from '../../src/io/mermaid';

// A host can hold two copies of each error class: the package's ES module build and its
// CommonJS build. A fresh module graph stands in for the second copy here; the packed
// package is tested across both builds in test/package/host.test.ts.
async function secondCopy() {
  vi.resetModules();
  const [validate, csv, mermaid] = await Promise.all([
    import('../../src/model/validate'),
    import('../../src/io/csv'),
    import('../../src/io/mermaid'),
  ]);
  return { validate, csv, mermaid };
}

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('the error classes under instanceof', () => {
  it('recognise an error made by another copy of the package, both ways', async () => {
    const other = await secondCopy();
    expect(other.validate.JourneyValidationError).not.toBe(JourneyValidationError);

    const ours = thrown(() => parseJourney({}));
    const theirs = thrown(() => other.validate.parseJourney({}));
    expect(ours).toBeInstanceOf(other.validate.JourneyValidationError);
    expect(theirs).toBeInstanceOf(JourneyValidationError);

    const csv = thrown(() => other.csv.fromJourneyCsv('Lane,A\nEmotion,very good'));
    expect(csv).toBeInstanceOf(JourneyCsvError);
    expect(thrown(() => fromJourneyCsv('Lane,A\nEmotion,very good'))).toBeInstanceOf(other.csv.JourneyCsvError);

    const mermaid = thrown(() => other.mermaid.fromMermaidJourney('journey\n  section A\n    Task: eleven: Me'));
    expect(mermaid).toBeInstanceOf(MermaidSyntaxError);
    expect(thrown(() => fromMermaidJourney('journey\n  section A\n    Task: eleven: Me'))).toBeInstanceOf(other.mermaid.MermaidSyntaxError);
  });

  it('do not mistake one class for another, nor a plain error or look-alike for either', () => {
    const validation = thrown(() => parseJourney({}));
    const csv = thrown(() => fromJourneyCsv('Lane,A\nEmotion,very good'));
    expect(validation).not.toBeInstanceOf(JourneyCsvError);
    expect(csv).not.toBeInstanceOf(JourneyValidationError);
    expect(csv).not.toBeInstanceOf(MermaidSyntaxError);
    expect(new Error('The journey is not valid')).not.toBeInstanceOf(JourneyValidationError);
    expect({ name: 'JourneyValidationError', problems: [] }).not.toBeInstanceOf(JourneyValidationError);
    expect(null).not.toBeInstanceOf(JourneyValidationError);
    // Only an object carrying the brand set to true is one: not a function, nor another value.
    const key = Symbol.for('react-journey-map.JourneyValidationError');
    expect(Object.assign(() => 1, { [key]: true })).not.toBeInstanceOf(JourneyValidationError);
    expect({ [key]: 1 }).not.toBeInstanceOf(JourneyValidationError);
    expect({ [key]: true }).toBeInstanceOf(JourneyValidationError);
    expect(validation).toBeInstanceOf(Error);
  });

  it('keep the brand out of enumeration, copies and JSON', () => {
    const error = thrown(() => parseJourney({})) as JourneyValidationError;
    expect(Object.keys(error).sort()).toEqual(['name', 'problems']);
    expect(Object.getOwnPropertySymbols({ ...error })).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'JourneyValidationError', problems: error.problems });
  });

  it('let a host subclass them with the usual prototype check', () => {
    class StrictError extends JourneyValidationError {}
    const plain = thrown(() => parseJourney({}));
    const strict = new StrictError([{ path: '', message: 'not allowed here' }]);
    expect(strict).toBeInstanceOf(StrictError);
    expect(strict).toBeInstanceOf(JourneyValidationError);
    expect(plain).not.toBeInstanceOf(StrictError);
  });
});
