import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyShort, plural } from './format.ts';
import { en } from './messages/en.ts';
import { ru } from './messages/ru.ts';

describe('formatting for the reader', () => {
  it('gets Russian plurals right', () => {
    const forms = ru.projectsCount;
    expect(plural(forms, 1, 'ru-RU')).toBe('1 проект');
    expect(plural(forms, 2, 'ru-RU')).toBe('2 проекта');
    expect(plural(forms, 5, 'ru-RU')).toBe('5 проектов');
    expect(plural(forms, 21, 'ru-RU')).toBe('21 проект');
    expect(plural(forms, 11, 'ru-RU')).toBe('11 проектов');
    expect(plural(forms, 1234, 'ru-RU')).toBe('1\u00a0234 проекта');
  });

  it('gets English plurals right', () => {
    expect(plural(en.projectsCount, 1, 'en-GB')).toBe('1 project');
    expect(plural(en.projectsCount, 0, 'en-GB')).toBe('0 projects');
    expect(plural(en.projectsCount, 1234, 'en-GB')).toBe('1,234 projects');
  });

  it('formats money exactly, in the order of the language', () => {
    expect(formatMoney(7_060_000_000, 'USD', 'en-GB')).toBe('USD 70,600,000');
    expect(formatMoney(12_345, 'EUR', 'en-GB')).toBe('EUR 123.45');
    expect(formatMoney(7_060_000_000, 'USD', 'ru-RU')).toBe('70\u00a0600\u00a0000 USD');
    expect(formatMoneyShort(7_060_000_000, 'USD', 'en-GB')).toBe('USD 70.6 million');
    expect(formatMoneyShort(1_830_000_000, 'USD', 'ru-RU')).toMatch(/^18,3 миллиона USD$/);
    expect(formatMoneyShort(5_000_00, 'KZT', 'en-GB')).toBe('KZT 5,000');
  });
});
