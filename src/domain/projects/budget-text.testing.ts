import type { BudgetLine } from './budget.ts';

/** A budget line as the parser tests write it: [label, cents, currency, is total]. */
export type Line = [label: string | null, cents: number, currency: string, isTotal: boolean];

/** The BudgetLines the rows stand for. */
export function lines(rows: Line[]): BudgetLine[] {
  return rows.map(([label, amountCents, currency, isTotal]) => ({
    label,
    amountCents,
    currency,
    isTotal,
  }));
}
