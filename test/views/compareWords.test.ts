// The words of a comparison's marks: the map's labels for what they translate, the
// journey's names for what a field refers to, the arrow by direction.
import { describe, expect, it } from 'vitest';
import { defaultLabels } from '../../src';
import { defaultViewLabels } from '../../src/views';
import { compareWords, placeWords } from '../../src/views/JourneyCompare/words';
import { examples } from '../../stories/data';

const kitchen = examples['ecommerce-kitchen']!;
const words = compareWords(defaultViewLabels, defaultLabels, kitchen);

describe('compareWords', () => {
  it('names fields by the map’s labels where it has them, else the view’s, else the field itself', () => {
    expect(words.fieldName('severity')).toBe('Severity');
    expect(words.fieldName('owner')).toBe(defaultLabels.owner);
    expect(words.fieldName('title')).toBe('Title');
    expect(words.fieldName('somethingNew')).toBe('somethingNew');
  });

  it('gives levels, statuses, kinds and channels in the map’s words, unquoted', () => {
    expect(words.fieldValue('severity', 'high')).toBe('High');
    expect(words.fieldValue('status', 'in-progress')).toBe('In progress');
    expect(words.fieldValue('kind', 'pain')).toBe(defaultLabels.cardKinds.pain);
    expect(words.fieldValue('channel', 'email')).toBe(defaultLabels.channels.email);
  });

  it('gives evidence, linked cards and personas by their names, and text quoted', () => {
    const evidence = kitchen.evidence![0]!;
    expect(words.fieldValue('evidence', [evidence.id])).toBe(evidence.label);
    const other = kitchen.cards[0]!;
    expect(words.fieldValue('links', [other.id])).toBe(other.title);
    expect(words.fieldValue('title', 'Old title')).toBe('\u201cOld title\u201d');
    expect(words.fieldValue('owner', undefined)).toBe('\u2013');
  });

  it('writes a metric as its number and unit, and a flag as a check or a dash', () => {
    expect(words.fieldValue('metric', { label: 'Abandonment', value: 71, unit: '%' })).toBe('71%');
    expect(words.fieldValue('momentOfTruth', true)).toBe('\u2713');
    expect(words.fieldValue('momentOfTruth', undefined)).toBe('\u2013');
  });

  it('points the arrow from old to new the way the text reads', () => {
    expect(words.arrow).toBe('\u2192');
    expect(compareWords(defaultViewLabels, defaultLabels, kitchen, true).arrow).toBe('\u2190');
  });
});

describe('placeWords', () => {
  const name = (id: string) => id.toUpperCase();
  it('says the stage (or first–last stage of a span), then the lane', () => {
    expect(placeWords({ stage: 'a', lane: 'l' }, name, name)).toBe('A \u00b7 L');
    expect(placeWords({ stage: 'a', endStage: 'c', lane: 'l' }, name, name)).toBe('A\u2013C \u00b7 L');
    expect(placeWords({ stage: 'a', endStage: 'a', lane: 'l' }, name, name)).toBe('A \u00b7 L');
  });
});
