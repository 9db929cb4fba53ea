import { centsToDecimal } from '../../domain/projects/budget.ts';
import type { ParsedBudget } from '../../domain/projects/budget-text.ts';
import { parseNoteText } from '../../domain/projects/parse-notes.ts';
import { formatMoney } from '../../i18n/format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';

/**
 * What the budget reader made of the text: its lines (amount, currency, label, total or
 * component) and, when it was unsure, its notes. `filled`: the form's lines were replaced by
 * these (the no-JavaScript "Read the budget" button); otherwise, with JavaScript, a button
 * copies them into the lines. Each line carries its values for that script.
 */
export function budgetReadingPanel(
  parsed: ParsedBudget,
  ctx: AdminContext,
  options: { filled: boolean },
): SafeHtml {
  const f = ctx.t.admin.form;
  const notes = parsed.notes.map(
    (n) => html`<li>${parseNoteText(n, ctx.t.admin.imports.parseNotes)}</li>`,
  );
  if (parsed.lines.length === 0)
    return html`<p class="budget-reading__none">${f.budgetReadNone}</p>${notes.length > 0 ? html`<ul class="budget-reading__notes">${notes}</ul>` : ''}`;
  const rows = parsed.lines.map(
    (l) =>
      html`<tr data-budget-line data-amount="${centsToDecimal(l.amountCents)}" data-currency="${l.currency}" data-label="${l.label ?? ''}" data-total="${l.isTotal ? '1' : ''}"><td>${formatMoney(l.amountCents, l.currency, ctx.locale.intl)}</td><td>${l.label ?? '—'}</td><td>${l.isTotal ? f.isTotal : f.component}</td></tr>`,
  );
  return html`<p class="budget-reading__title"><strong>${f.budgetRead}</strong> · ${parsed.sure ? f.budgetReadSure : f.budgetReadUnsure}</p>
${notes.length > 0 ? html`<ul class="budget-reading__notes">${notes}</ul>` : ''}
<table class="admin-table budget-reading__lines"><thead><tr><th scope="col">${f.amount}</th><th scope="col">${f.label}</th><th scope="col">${f.kind}</th></tr></thead><tbody>${rows}</tbody></table>
${options.filled ? html`<p class="admin-notice" role="status">${f.budgetReadFilled}</p>` : html`<button type="button" class="button button--secondary" data-use-budget-lines>${f.useBudgetLines}</button>`}`;
}
