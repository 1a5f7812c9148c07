// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ISO_DATE, isIsoDate } from '../../src/model/dates';

describe('isIsoDate: the dates a journey may hold', () => {
  it('accepts calendar dates, with a time of day, seconds, fractions and a zone', () => {
    for (const text of [
      '2024-03-01',
      '2024-02-29',
      '1999-12-31',
      '2024-03-01T00:00',
      '2024-03-01T09:30',
      '2024-03-01T19:59',
      '2024-03-01T23:59',
      '2024-03-01T09:30:00',
      '2024-03-01T09:30:59',
      '2024-03-01T09:30:00.5',
      '2024-03-01T09:30:00.123456',
      '2024-03-01T09:30:00Z',
      '2024-03-01T09:30Z',
      '2024-03-01T09:30+01:00',
      '2024-03-01T09:30-0530',
      '2024-03-01T09:30:15.25+23:59',
      '2024-03-01T09:30-19:00',
    ]) {
      expect(isIsoDate(text), text).toBe(true);
      expect(ISO_DATE.test(text), text).toBe(true);
    }
  });

  it('refuses days the calendar does not have, although their form is right', () => {
    for (const text of ['2024-02-30', '2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32']) {
      expect(isIsoDate(text), text).toBe(false);
    }
    // Only the day is checked against the calendar; a real day with a time is kept.
    expect(isIsoDate('2024-02-30T10:00')).toBe(false);
  });

  it('refuses texts of another form, however Date would read them', () => {
    for (const text of [
      '',
      '2024',
      '2024-3-01',
      '2024-03-1',
      '24-03-01',
      '12024-03-01',
      'x2024-03-01',
      '2024-03-01x',
      '2024/03/01',
      '2024-03-01 09:30',
      '2024-03-01T9:30',
      '2024-03-01T24:00',
      '2024-03-01T30:00',
      '2024-03-01T09:60',
      '2024-03-01T09',
      '2024-03-01T09:30:60',
      '2024-03-01T09:30:5',
      '2024-03-01T09:30:00.',
      '2024-03-01T09:30:00z',
      '2024-03-01T09:30+1:00',
      '2024-03-01T09:30+24:00',
      '2024-03-01T09:30+01:60',
      '2024-03-01T09:30+01',
      'March 1, 2024',
      ' 2024-03-01',
      '2024-03-01\n',
    ]) {
      expect(isIsoDate(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('needs the form as well as a real day: a text that only begins with one is refused', () => {
    expect(isIsoDate('2024-03-01Tfoo')).toBe(false);
    expect(isIsoDate('2024-03-01garbage')).toBe(false);
    // A real day first and a whole date at the end are no date either.
    expect(isIsoDate('2024-03-01x2024-03-01')).toBe(false);
  });

  it('needs a real day as well as the form: a date Date cannot read at all is refused', () => {
    expect(ISO_DATE.test('0000-00-00')).toBe(true);
    expect(isIsoDate('0000-00-00')).toBe(false);
    expect(ISO_DATE.test('2024-99-99')).toBe(true);
    expect(isIsoDate('2024-99-99')).toBe(false);
  });
});
