import { describe, expect, it } from 'vitest';
import {
  earliestDay,
  formatPartialDateKey,
  formatPeriod,
  latestDay,
  parsePartialDateKey,
  periodProblem,
  projectStatus,
} from './period.ts';
import { parsePeriodText } from './period-text.ts';

const labels = {
  unknown: 'Not known',
  since: (s: string) => `Since ${s}`,
  until: (e: string) => `Until ${e}`,
};

describe('period formatting', () => {
  it('formats the seed period as the platform shows it', () => {
    const period = { start: { year: 2015, month: 1 }, end: { year: 2019, month: 12 } };
    expect(formatPeriod(period, 'en-GB', labels)).toBe('January 2015 – December 2019');
  });

  it('formats Russian months with a capital letter', () => {
    const period = { start: { year: 2015, month: 1 }, end: { year: 2019, month: 12 } };
    expect(formatPeriod(period, 'ru-RU', labels)).toBe('Январь 2015 г. – Декабрь 2019 г.');
  });

  it('formats year-only, open and unknown periods', () => {
    expect(formatPeriod({ start: { year: 2011 }, end: { year: 2016 } }, 'en-GB', labels)).toBe(
      '2011 – 2016',
    );
    expect(formatPeriod({ start: { year: 2018, month: 3 }, end: null }, 'en-GB', labels)).toBe(
      'Since March 2018',
    );
    expect(formatPeriod({ start: null, end: { year: 2020 } }, 'en-GB', labels)).toBe('Until 2020');
    expect(formatPeriod({ start: null, end: null }, 'en-GB', labels)).toBe('Not known');
    expect(formatPeriod({ start: { year: 2020 }, end: { year: 2020 } }, 'en-GB', labels)).toBe(
      '2020',
    );
  });
});

describe('period storage keys', () => {
  it('keeps the precision in the key and reads it back', () => {
    expect(formatPartialDateKey({ year: 2015, month: 1 })).toBe('2015-01');
    expect(formatPartialDateKey({ year: 2015 })).toBe('2015');
    expect(parsePartialDateKey('2015-01')).toEqual({ year: 2015, month: 1 });
    expect(parsePartialDateKey('2015')).toEqual({ year: 2015 });
  });

  it('rejects malformed keys', () => {
    for (const bad of ['', '15', '2015-13', '2015-1', 'abcd', '2015-00', null, undefined]) {
      expect(parsePartialDateKey(bad)).toBeNull();
    }
  });

  it('gives the first and last possible day', () => {
    expect(earliestDay({ year: 2015 })).toBe('2015-01-01');
    expect(latestDay({ year: 2019 })).toBe('2019-12-31');
    expect(latestDay({ year: 2024, month: 2 })).toBe('2024-02-29');
    expect(latestDay({ year: 2023, month: 2 })).toBe('2023-02-28');
  });
});

describe('period rules', () => {
  it('refuses an end before the start, but allows the same month', () => {
    expect(periodProblem({ start: { year: 2019 }, end: { year: 2015 } })).toBe(
      'end is before start',
    );
    expect(
      periodProblem({ start: { year: 2019, month: 5 }, end: { year: 2019, month: 5 } }),
    ).toBeNull();
    expect(periodProblem({ start: { year: 2019, month: 5 }, end: { year: 2019 } })).toBeNull();
    expect(periodProblem({ start: { year: 2019, month: 13 }, end: null })).toMatch(/start/);
  });

  it('derives the status from the dates against today', () => {
    const today = '2026-11-28';
    expect(
      projectStatus({ start: { year: 2015, month: 1 }, end: { year: 2019, month: 12 } }, today),
    ).toBe('completed');
    expect(projectStatus({ start: { year: 2025 }, end: { year: 2027 } }, today)).toBe('ongoing');
    expect(projectStatus({ start: { year: 2027, month: 1 }, end: null }, today)).toBe('planned');
    expect(
      projectStatus({ start: { year: 2026, month: 11 }, end: { year: 2026, month: 11 } }, today),
    ).toBe('ongoing');
    expect(projectStatus({ start: null, end: null }, today)).toBeNull();
  });
});

describe('period text', () => {
  it('reads the seed period', () => {
    expect(parsePeriodText('January 2015 – December 2019')).toMatchObject({
      start: { year: 2015, month: 1 },
      end: { year: 2019, month: 12 },
      sure: true,
    });
  });

  it('round-trips what formatPeriod writes', () => {
    const period = { start: { year: 2012, month: 6 }, end: { year: 2014, month: 12 } };
    const { start, end } = parsePeriodText(formatPeriod(period, 'en-GB', labels));
    expect({ start, end }).toEqual(period);
  });
});
