/** One structured budget line: "Sub-Programme 2 – USD 18.3 million". */
export interface BudgetLine {
  label: string | null;
  /** Amount in minor units (hundredths), so money is exact: 18.3 million = 1_830_000_000. */
  amountCents: number;
  /** ISO 4217 code. */
  currency: string;
  /** True for the line that is the whole project's budget, false for a component. */
  isTotal: boolean;
}

const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** Amounts above this (in cents) would lose exactness as JavaScript numbers. */
export const MAX_AMOUNT_CENTS = Number.MAX_SAFE_INTEGER;

/** Converts a decimal amount in major units to exact cents, or null if it cannot be exact. */
export function toCents(amount: number | string): number | null {
  const text = typeof amount === 'number' ? amount.toFixed(2) : amount.trim();
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** The decimal text of an amount in cents: 183000000 → "1830000", 12345 → "123.45". */
export function centsToDecimal(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}

/** Names what is wrong with one line, or returns null. */
export function budgetLineProblem(line: BudgetLine, knownCurrency: (code: string) => boolean) {
  if (!CURRENCY_PATTERN.test(line.currency) || !knownCurrency(line.currency)) {
    return { field: 'currency', message: `"${line.currency}" is not an ISO 4217 currency code` };
  }
  if (!Number.isSafeInteger(line.amountCents) || line.amountCents < 0) {
    return { field: 'amount', message: 'amount must be a non-negative number' };
  }
  if (line.label !== null && line.label.length > 200) {
    return { field: 'label', message: 'label is longer than 200 characters' };
  }
  return null;
}

/** The headline budget: the total lines, or, when none is marked total, the sum per currency. */
export function headlineBudget(
  lines: readonly BudgetLine[],
): { currency: string; cents: number }[] {
  const totals = lines.filter((l) => l.isTotal);
  const chosen = totals.length > 0 ? totals : lines;
  const byCurrency = new Map<string, number>();
  for (const line of chosen) {
    byCurrency.set(line.currency, (byCurrency.get(line.currency) ?? 0) + line.amountCents);
  }
  return [...byCurrency].map(([currency, cents]) => ({ currency, cents }));
}
