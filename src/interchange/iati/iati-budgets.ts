import type { BudgetLine } from '../../domain/projects/budget.ts';
import { isKnownCurrency } from '../../domain/vocabularies/codelists.ts';
import type { IatiBudget } from './iati-activity.ts';
import type { IatiWarning } from './iati-warnings.ts';

/**
 * Exact cents from an XML decimal ("1500000", "-20.5", "12.345"): string arithmetic, never a
 * float, so 0.1 + 0.2 troubles nothing. A third decimal rounds half away from zero. Null when
 * the text is not a decimal or the amount is beyond exact integers.
 */
export function decimalToCents(text: string | null): number | null {
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$/.exec(text ?? '');
  if (!m || (!m[2] && !m[3])) return null;
  const whole = (m[2] || '0').replace(/^0+(?=\d)/, '');
  const fraction = (m[3] ?? '').padEnd(3, '0');
  let cents = BigInt(whole) * 100n + BigInt(fraction.slice(0, 2));
  if (Number(fraction[2]) >= 5) cents += 1n;
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const value = Number(cents);
  return m[1] === '-' && value !== 0 ? -value : value;
}

function monthKey(isoDate: string | null): string | null {
  const m = /^(\d{4})-(\d{2})/.exec(isoDate ?? '');
  return m ? `${m[1]}-${m[2]}` : null;
}

/** "2014" for a calendar year, "2014-04 – 2015-03" otherwise; null when the period is unknown. */
export function budgetPeriodLabel(start: string | null, end: string | null): string | null {
  const from = monthKey(start);
  const to = monthKey(end);
  if (
    from &&
    to &&
    from.endsWith('-01') &&
    to.endsWith('-12') &&
    from.slice(0, 4) === to.slice(0, 4)
  ) {
    return from.slice(0, 4);
  }
  if (from && to) return from === to ? from : `${from} – ${to}`;
  return from ?? to;
}

function spanLabel(first: string | null, last: string | null): string | null {
  const a = first?.split(' – ')[0] ?? null;
  const b = last?.split(' – ').at(-1) ?? null;
  if (!a || !b) return null;
  return a === b ? a : `${a} – ${b}`;
}

interface UsableBudget {
  key: string;
  label: string | null;
  cents: number;
  currency: string;
  revised: boolean;
  start: string;
}

/**
 * Budget lines from an activity's `<budget>` elements: a revised budget replaces the original
 * of the same period; several periods in one currency give a total line (their sum) plus one
 * component per period. Budgets that cannot be used exactly are left out and named in `warnings`.
 */
export function budgetLinesFrom(budgets: readonly IatiBudget[]): {
  lines: BudgetLine[];
  warnings: IatiWarning[];
} {
  const warnings: IatiWarning[] = [];
  const byPeriod = new Map<string, UsableBudget>();
  for (const b of budgets) {
    const period = budgetPeriodLabel(b.periodStart, b.periodEnd);
    const detail = period ?? '';
    const cents = decimalToCents(b.value);
    if (cents === null) {
      warnings.push({ code: 'budgetNotExact', value: b.value ?? '', detail });
      continue;
    }
    if (cents < 0) {
      warnings.push({ code: 'budgetNegative', value: b.value ?? '', detail });
      continue;
    }
    if (!b.currency || !/^[A-Z]{3}$/.test(b.currency)) {
      warnings.push({ code: 'budgetNoCurrency', detail });
      continue;
    }
    if (!isKnownCurrency(b.currency)) {
      warnings.push({ code: 'budgetCurrencyUnknown', value: b.currency, detail });
      continue;
    }
    const key = `${b.periodStart ?? ''}/${b.periodEnd ?? ''}/${b.currency}`;
    const candidate: UsableBudget = {
      key,
      label: period,
      cents,
      currency: b.currency,
      revised: b.type === '2',
      start: b.periodStart ?? '',
    };
    const seen = byPeriod.get(key);
    if (!seen || (candidate.revised && !seen.revised)) byPeriod.set(key, candidate);
    else if (seen.revised === candidate.revised) seen.cents += cents;
  }
  const usable = [...byPeriod.values()].sort((a, b) => a.start.localeCompare(b.start));
  if (usable.length === 0) return { lines: [], warnings };
  if (usable.length === 1) {
    const only = usable[0]!;
    return {
      lines: [
        { label: only.label, amountCents: only.cents, currency: only.currency, isTotal: true },
      ],
      warnings,
    };
  }
  const components = usable.map((u) => ({
    label: u.label,
    amountCents: u.cents,
    currency: u.currency,
    isTotal: false,
  }));
  const currencies = new Set(usable.map((u) => u.currency));
  const sum = usable.reduce((total, u) => total + u.cents, 0);
  if (currencies.size > 1 || !Number.isSafeInteger(sum)) return { lines: components, warnings };
  const total: BudgetLine = {
    label: spanLabel(usable[0]!.label, usable.at(-1)!.label),
    amountCents: sum,
    currency: usable[0]!.currency,
    isTotal: true,
  };
  return { lines: [total, ...components], warnings };
}
