import { describe, expect, it } from 'vitest';
import { findLocale } from '../../i18n/locales.ts';
import { matchHeaders } from '../../interchange/sheet/sheet-headers.ts';
import type { ImportRun } from '../../services/import-runs/import-run.ts';
import type { SheetPreview } from '../../services/sheet-import/sheet-import.service.ts';
import type { AdminContext } from './admin-context.ts';
import { sheetPreviewView } from './imports-sheet.view.ts';

function context(code: 'en' | 'ru'): AdminContext {
  const locale = findLocale(code)!;
  return {
    locale,
    t: locale.messages,
    path: '/admin/imports/1',
    origin: 'http://localhost',
    today: '2030-01-01',
    user: null,
    csrf: 'token',
  };
}

const run = { id: 1, fileName: 'sheet.csv', options: {} } as unknown as ImportRun;

function preview(counts: SheetPreview['counts']): SheetPreview {
  return {
    file: 'sheet.csv',
    format: 'csv',
    columns: matchHeaders(['Title', 'Currency', 'Status', 'Статус']),
    unmatchedColumns: [],
    rows: [],
    fileError: null,
    counts,
  };
}

describe('spreadsheet preview page', () => {
  it('puts the counts in the form that agrees with each number, in Russian too', () => {
    const counts = (html: string) =>
      [...html.matchAll(/<li data-count="(\w+)">(.*?)<\/li>/g)].map((m) => [
        m[1],
        m[2]!.replace(/<\/?strong>/g, ''),
      ]);
    const ru = String(
      sheetPreviewView(
        { run, preview: preview({ create: 1, update: 3, unchanged: 5, error: 22 }) },
        context('ru'),
      ),
    );
    expect(counts(ru)).toEqual([
      ['create', '1 будет создан'],
      ['update', '3 будут обновлены'],
      ['unchanged', '5 без изменений'],
      ['error', '22 с ошибками'],
    ]);
    const more = String(
      sheetPreviewView(
        { run, preview: preview({ create: 5, update: 21, unchanged: 0, error: 0 }) },
        context('ru'),
      ),
    );
    expect(counts(more).slice(0, 2)).toEqual([
      ['create', '5 будет создано'],
      ['update', '21 будет обновлён'],
    ]);
    const en = String(
      sheetPreviewView(
        { run, preview: preview({ create: 1, update: 3, unchanged: 0, error: 2 }) },
        context('en'),
      ),
    );
    expect(en).toContain('<li data-count="update"><strong>3</strong> to update</li>');
  });

  it('names the read-only columns in the reader’s language', () => {
    const counts = { create: 1, update: 0, unchanged: 0, error: 0 };
    expect(String(sheetPreviewView({ run, preview: preview(counts) }, context('ru')))).toContain(
      'Столбцы только для чтения (не импортируются): Валюта, Статус</p>',
    );
    expect(String(sheetPreviewView({ run, preview: preview(counts) }, context('en')))).toContain(
      'Columns read only (not imported): Currency, Status</p>',
    );
  });
});
