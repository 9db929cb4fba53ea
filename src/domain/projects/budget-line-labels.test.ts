import { describe, expect, it } from 'vitest';
import type { BudgetLine } from './budget.ts';
import { budgetLinesLabelledBy } from './budget-line-labels.ts';

const stored: BudgetLine[] = [
  { label: 'Total', amountCents: 7_060_000_000, currency: 'USD', isTotal: true },
  { label: 'Sub-Programme 2', amountCents: 1_830_000_000, currency: 'USD', isTotal: false },
];
const russian =
  'Ориентировочный бюджет на начало проекта: всего — 70,6 млн долларов США; Подпрограмма 2 — 18,3 млн долларов США.';

describe('budget line labels in the language of a translated budget text', () => {
  it('takes the labels of a translation that states the same lines', () => {
    const lines = budgetLinesLabelledBy(stored, russian);
    expect(lines.map((l) => l.label)).toEqual(['всего', 'Подпрограмма 2']);
    expect(lines.map((l) => [l.amountCents, l.currency, l.isTotal])).toEqual(
      stored.map((l) => [l.amountCents, l.currency, l.isTotal]),
    );
  });

  it('keeps the stored labels when the translation states other amounts or currencies', () => {
    expect(budgetLinesLabelledBy(stored, russian.replace('18,3', '18,4'))).toBe(stored);
    expect(budgetLinesLabelledBy(stored, russian.replaceAll('долларов США', 'евро'))).toBe(stored);
    expect(budgetLinesLabelledBy(stored.slice(0, 1), russian)).toEqual(stored.slice(0, 1));
  });

  it('keeps them when the translation is unsure, missing or has no labels to give', () => {
    expect(budgetLinesLabelledBy(stored, 'около 70 млн')).toBe(stored);
    expect(budgetLinesLabelledBy(stored, null)).toBe(stored);
    expect(budgetLinesLabelledBy(stored, '70,6 млн долларов США; 18,3 млн долларов США')).toBe(
      stored,
    );
  });

  it('leaves unlabelled lines unlabelled', () => {
    const bare = stored.map((l) => ({ ...l, label: null }));
    expect(budgetLinesLabelledBy(bare, russian)).toBe(bare);
  });
});
