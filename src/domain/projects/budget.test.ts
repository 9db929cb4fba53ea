import { describe, expect, it } from 'vitest';
import { budgetLineProblem, centsToDecimal, headlineBudget, toCents } from './budget.ts';

const known = (c: string) => ['USD', 'EUR', 'KZT'].includes(c);

describe('budget lines', () => {
  it('converts decimal amounts to exact cents', () => {
    expect(toCents('70600000')).toBe(7_060_000_000);
    expect(toCents('18300000.5')).toBe(1_830_000_050);
    expect(toCents('0.07')).toBe(7);
    expect(toCents(0.1 + 0.2)).toBe(30);
    for (const bad of ['-1', '1.234', 'abc', '', '1e5']) expect(toCents(bad)).toBeNull();
  });

  it('writes cents back as decimals', () => {
    expect(centsToDecimal(7_060_000_000)).toBe('70600000');
    expect(centsToDecimal(12345)).toBe('123.45');
    expect(centsToDecimal(5)).toBe('0.05');
  });

  it('names the field at fault', () => {
    const line = { label: 'Total', amountCents: 100, currency: 'USD', isTotal: true };
    expect(budgetLineProblem(line, known)).toBeNull();
    expect(budgetLineProblem({ ...line, currency: 'XYZ' }, known)?.field).toBe('currency');
    expect(budgetLineProblem({ ...line, currency: 'usd' }, known)?.field).toBe('currency');
    expect(budgetLineProblem({ ...line, amountCents: -1 }, known)?.field).toBe('amount');
    expect(budgetLineProblem({ ...line, label: 'x'.repeat(201) }, known)?.field).toBe('label');
  });

  it('takes the total lines as the headline, else sums per currency', () => {
    const seed = [
      { label: 'Total', amountCents: 7_060_000_000, currency: 'USD', isTotal: true },
      { label: 'Sub-Programme 2', amountCents: 1_830_000_000, currency: 'USD', isTotal: false },
    ];
    expect(headlineBudget(seed)).toEqual([{ currency: 'USD', cents: 7_060_000_000 }]);
    const parts = [
      { label: 'A', amountCents: 100, currency: 'EUR', isTotal: false },
      { label: 'B', amountCents: 250, currency: 'EUR', isTotal: false },
      { label: 'C', amountCents: 5, currency: 'KZT', isTotal: false },
    ];
    expect(headlineBudget(parts)).toEqual([
      { currency: 'EUR', cents: 350 },
      { currency: 'KZT', cents: 5 },
    ]);
  });
});
