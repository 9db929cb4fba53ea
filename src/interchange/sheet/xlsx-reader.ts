import ExcelJS from 'exceljs';

/** The text a person sees in a cell, whatever exceljs made of it. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value)
      return typeof value.text === 'string'
        ? value.text
        : cellText(value.text as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * The first worksheet of an XLSX workbook as rows of cell texts (rich text flattened, dates as
 * ISO days, formulas as their results); wholly empty rows are dropped.
 */
export async function readXlsx(data: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    const values = row.values as ExcelJS.CellValue[];
    // exceljs rows are 1-based: values[0] is always empty.
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i] ?? null));
    if (cells.some((c) => c.trim() !== '')) rows.push(cells);
  });
  return rows;
}
