import { type BudgetLine, centsToDecimal } from '../../domain/projects/budget.ts';
import { earliestDay, latestDay, type Period } from '../../domain/projects/period.ts';

/** One `<budget>` to write: a period of whole days and an exact amount. */
export interface BudgetOut {
  periodStart: string;
  periodEnd: string;
  /** Decimal text of the amount, e.g. "18300000" or "1250.50". */
  value: string;
  currency: string;
}

function lastDayOf(year: number, month: number): string {
  return latestDay({ year, month });
}

/**
 * The period a budget line's label names, as the IATI importer writes it: "2014" (a calendar
 * year), "2014-04" (one month) or "2014-04 – 2015-03"; null when the label is not a period.
 */
export function periodOfLabel(label: string | null): { start: string; end: string } | null {
  const text = label?.trim() ?? '';
  const year = /^(\d{4})$/.exec(text);
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31` };
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) {
    return { start: `${text}-01`, end: lastDayOf(Number(month[1]), Number(month[2])) };
  }
  const span = /^(\d{4})-(\d{2})\s*[–-]\s*(\d{4})-(\d{2})$/.exec(text);
  if (span) {
    return {
      start: `${span[1]}-${span[2]}-01`,
      end: lastDayOf(Number(span[3]), Number(span[4])),
    };
  }
  return null;
}

function projectSpan(period: Period): { start: string; end: string } | null {
  const from = period.start ?? period.end;
  const to = period.end ?? period.start;
  return from && to ? { start: earliestDay(from), end: latestDay(to) } : null;
}

/**
 * The budgets an activity reports, from its budget lines. Components that each name their
 * period (as imported IATI budgets do) are written one per period, and the importer sums them
 * back into the total; otherwise the total lines are written over the project's period, so a
 * "Total; of which component" breakdown is not counted twice. Lines with no period at all
 * (neither in the label nor on the project) cannot be expressed in IATI and are left out.
 */
export function budgetsOut(lines: readonly BudgetLine[], period: Period): BudgetOut[] {
  const components = lines.filter((l) => !l.isTotal);
  const totals = lines.filter((l) => l.isTotal);
  const periodic =
    components.length > 0 && components.every((l) => periodOfLabel(l.label) !== null);
  const chosen = periodic ? components : totals.length > 0 ? totals : components;
  const span = projectSpan(period);
  return chosen.flatMap((line) => {
    const when = periodOfLabel(line.label) ?? span;
    if (!when) return [];
    return [
      {
        periodStart: when.start,
        periodEnd: when.end,
        value: centsToDecimal(line.amountCents),
        currency: line.currency,
      },
    ];
  });
}
