import type { BudgetLine } from '../../domain/projects/budget.ts';
import { toCents } from '../../domain/projects/budget.ts';
import { parseBudgetText } from '../../domain/projects/budget-text.ts';
import type { ProjectInput } from '../../domain/projects/project.ts';
import { isKnownCurrency } from '../../domain/vocabularies/codelists.ts';
import { budgetLineCell, type ColumnKey } from '../../interchange/csv/project-columns.ts';
import { splitValues } from '../../interchange/sheet/sheet-headers.ts';
import type { SheetProblem } from './sheet-problem.ts';

// A row's Budget and Budget lines cells: how the import reads a donor's budget text into lines.

/** A row's cell by column; undefined when the field keeps its value. */
export type Take = (key: ColumnKey) => string | undefined;

const LINE = /^(?:(.*?):\s*)?([A-Z]{3})\s+(\d+(?:\.\d{1,2})?)(\s*\((?:total|итого|всего)\))?$/i;

/** Reads the export's "Label: USD 123.45 (total)" budget line cells. */
function budgetLinesCell(cell: string, errors: SheetProblem[]): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const part of splitValues(cell)) {
    const m = LINE.exec(part);
    const cents = m ? toCents(m[3]!) : null;
    const currency = m?.[2]?.toUpperCase() ?? '';
    if (!m || cents === null || !isKnownCurrency(currency)) {
      errors.push({ code: 'budgetLineUnreadable', column: 'budgetLines', value: part });
      continue;
    }
    lines.push({
      label: m[1]?.trim() || null,
      amountCents: cents,
      currency,
      isTotal: Boolean(m[4]),
    });
  }
  return lines;
}

// An amount alone: digits, with spaces, commas or dots between them.
const BARE_AMOUNT = /^\d(?:[\d\s\u00a0\u202f.,]*\d)?$/;

/** The row's one known currency in the read-only Currency column, if it names exactly one. */
function currencyOfRow(cell: string | undefined): string | undefined {
  const currencies = splitValues(cell ?? '').map((c) => c.toUpperCase());
  return currencies.length === 1 && isKnownCurrency(currencies[0]!) ? currencies[0] : undefined;
}

/**
 * Budget text kept as written; lines from "Budget lines", else read from changed text. A bare
 * amount ("1600000") takes the row's Currency column when it names one currency. Text whose
 * amounts cannot be read for sure never removes stored lines: they are kept, with a warning.
 */
export function readBudget(
  base: ProjectInput,
  input: ProjectInput,
  take: Take,
  currencyCell: string | undefined,
  errors: SheetProblem[],
  warnings: SheetProblem[],
) {
  const text = take('budget');
  if (text !== undefined) input.budgetText = text === '' ? null : text;
  const lines = take('budgetLines');
  if (lines !== undefined) {
    const stored = base.budgetLines.map(budgetLineCell).join('; ');
    if (lines !== stored) input.budgetLines = lines === '' ? [] : budgetLinesCell(lines, errors);
    return;
  }
  if (text === undefined || input.budgetText === base.budgetText) return;
  if (input.budgetText === null) {
    input.budgetLines = [];
    return;
  }
  let parsed = parseBudgetText(input.budgetText);
  const currency = currencyOfRow(currencyCell);
  if (!parsed.sure && currency && BARE_AMOUNT.test(input.budgetText)) {
    const withCurrency = parseBudgetText(`${currency} ${input.budgetText}`);
    if (withCurrency.sure) {
      parsed = withCurrency;
      warnings.push({ code: 'budgetCurrencyFromColumn', column: 'budget', value: currency });
    }
  }
  // Lines read from the old text describe the old text: they go with it. Lines an editor
  // entered by hand stay when the new text cannot be read for sure.
  const fromOldText =
    base.budgetText !== null &&
    JSON.stringify(parseBudgetText(base.budgetText).lines) === JSON.stringify(base.budgetLines);
  if (parsed.sure) input.budgetLines = parsed.lines;
  else if (base.budgetLines.length > 0 && !fromOldText) {
    input.budgetLines = base.budgetLines;
    warnings.push({ code: 'budgetUnsureKept', column: 'budget', notes: parsed.notes });
  } else {
    input.budgetLines = [];
    warnings.push({ code: 'budgetUnsure', column: 'budget', notes: parsed.notes });
  }
  for (const line of input.budgetLines)
    if (!isKnownCurrency(line.currency))
      errors.push({ code: 'currencyUnknown', column: 'budget', value: line.currency });
}
