import type ExcelJS from 'exceljs';

/** True for a number format that shows a date or time (exceljs' own test, quotes and [] left out). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** An Excel serial day (1900 or 1904 system) as an ISO day. */
export function serialDayToIso(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** How a formula's result is shown: its cell's number format and the workbook's date system. */
export interface FormulaContext {
  numFmt: string | undefined;
  date1904: boolean;
}

/** The text a person sees in a cell, whatever exceljs made of it. */
export function cellText(value: ExcelJS.CellValue, formula?: FormulaContext): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text ?? '').join('');
    if ('hyperlink' in value)
      return typeof value.text === 'string'
        ? value.text
        : cellText(value.text as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      // The streaming reader leaves a formula's result a bare number: an error result
      // (#N/A, #REF!…) becomes NaN and a date stays a serial day unless its format is read here.
      if (typeof result === 'number') {
        if (Number.isNaN(result)) return '';
        if (formula && isDateFormat(formula.numFmt))
          return serialDayToIso(result, formula.date1904);
      }
      return cellText(result as ExcelJS.CellValue);
    }
    if ('error' in value) return '';
  }
  return String(value);
}
