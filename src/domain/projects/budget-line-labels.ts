import type { BudgetLine } from './budget.ts';
import { parseBudgetText } from './budget-text.ts';

/**
 * The budget lines with their labels in the language of `translatedText`, the project's budget
 * text in another language than the one its lines were labelled in ("Sub-Programme 2" on a
 * Russian page whose budget text says "Подпрограмма 2"). Labels are stored once, in the
 * project's own language; a translation only has the text. The labels are taken from the
 * translated text only when it parses surely into the very same lines (amounts, currencies,
 * totals, in order) and labels each; otherwise the stored labels stand, never a guess.
 */
export function budgetLinesLabelledBy(
  lines: readonly BudgetLine[],
  translatedText: string | null,
): readonly BudgetLine[] {
  if (!translatedText || !lines.some((l) => l.label !== null)) return lines;
  const parsed = parseBudgetText(translatedText);
  if (!parsed.sure || parsed.lines.length !== lines.length) return lines;
  const same = lines.every((line, i) => {
    const other = parsed.lines[i]!;
    return (
      other.amountCents === line.amountCents &&
      other.currency === line.currency &&
      other.isTotal === line.isTotal &&
      (line.label === null || other.label !== null)
    );
  });
  if (!same) return lines;
  return lines.map((line, i) =>
    line.label === null ? line : { ...line, label: parsed.lines[i]!.label },
  );
}
