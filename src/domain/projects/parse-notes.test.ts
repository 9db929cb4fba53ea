import { describe, expect, it } from 'vitest';
import { adminRu } from '../../i18n/messages/admin.ru.ts';
import { parseBudgetText } from './budget-text.ts';
import { PARSE_NOTES_EN, type ParseNoteCode, parseNoteText } from './parse-notes.ts';
import { parsePeriodText } from './period-text.ts';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\d)\}/g)].map((m) => m[1]).sort();

describe('parser notes', () => {
  it('every translation uses exactly the English sentence’s placeholders', () => {
    const ru = adminRu.imports.parseNotes;
    for (const code of Object.keys(PARSE_NOTES_EN) as ParseNoteCode[]) {
      expect(ru[code], code).toBeTruthy();
      expect(placeholders(ru[code]), code).toEqual(placeholders(PARSE_NOTES_EN[code]));
    }
  });

  it('carry codes and pieces, so the same note reads in Russian', () => {
    const budget = parseBudgetText('USD 1-2 million');
    const range = budget.notes.find((n) => n.code === 'range')!;
    expect(range.text).toBe('"USD 1-2 million" is a range and was not read');
    expect(parseNoteText(range, adminRu.imports.parseNotes)).toBe(
      '«USD 1-2 million» — диапазон, он не прочитан',
    );
    const period = parsePeriodText('2019 - 2015');
    expect(period.sure).toBe(false);
    expect(period.notes.map((n) => n.code)).toContain('endBeforeStart');
    expect(period.notes.map((n) => parseNoteText(n, adminRu.imports.parseNotes))).toContain(
      'окончание раньше начала',
    );
  });
});
