import { type BudgetLine, centsToDecimal } from '../projects/budget.ts';
import type { Project } from '../projects/project.ts';
import type { FormValues } from './project-form.ts';

/** The form's values for an existing project: what the edit form starts from. */
export function projectToFormValues(p: Project): FormValues {
  const v: FormValues = {
    slug: p.slug,
    language: p.language,
    title: p.title,
    summary: p.summary ?? '',
    description: p.description ?? '',
    periodNote: p.periodNote ?? '',
    budgetText: p.budgetText ?? '',
    beneficiary: p.beneficiary ?? '',
    startYear: p.period.start ? String(p.period.start.year) : '',
    startMonth: p.period.start?.month ? String(p.period.start.month) : '',
    endYear: p.period.end ? String(p.period.end.year) : '',
    endMonth: p.period.end?.month ? String(p.period.end.month) : '',
    countries: p.countries.map((c) => c.code),
    regions: p.regions.map((r) => r.code),
    beneficiaryCountries: [...p.beneficiaryCountries],
    types: p.types.map((t) => t.slug),
    sectors: p.sectors
      .filter((s) => s.vocabulary === '1')
      .map((s) => s.code)
      .join(', '),
    version: String(p.version),
  };
  p.organisations.forEach((o, i) => {
    v[`org.${i}.role`] = o.role;
    v[`org.${i}.slug`] = o.organisation.slug;
  });
  setBudgetLines(v, p.budgetLines);
  p.contacts.forEach((c, i) => {
    v[`contact.${i}.role`] = c.role ?? '';
    v[`contact.${i}.organisation`] = c.organisation ?? '';
    v[`contact.${i}.person`] = c.person ?? '';
    v[`contact.${i}.jobTitle`] = c.jobTitle ?? '';
    v[`contact.${i}.phones`] = c.phones.join('\n');
    v[`contact.${i}.email`] = c.email ?? '';
    v[`contact.${i}.address`] = c.address ?? '';
    v[`contact.${i}.website`] = c.website ?? '';
  });
  p.links.forEach((l, i) => {
    v[`link.${i}.kind`] = l.kind;
    v[`link.${i}.url`] = l.url;
    v[`link.${i}.title`] = l.title ?? '';
    v[`link.${i}.language`] = l.language ?? '';
    v[`link.${i}.format`] = l.format ?? '';
  });
  for (const t of p.translations) {
    v[`tr.${t.language}.title`] = t.title;
    v[`tr.${t.language}.summary`] = t.summary ?? '';
    v[`tr.${t.language}.description`] = t.description ?? '';
    v[`tr.${t.language}.budgetText`] = t.budgetText ?? '';
    v[`tr.${t.language}.beneficiary`] = t.beneficiary ?? '';
    v[`tr.${t.language}.periodNote`] = t.periodNote ?? '';
  }
  return v;
}

function setBudgetLines(v: FormValues, lines: readonly BudgetLine[]) {
  lines.forEach((l, i) => {
    v[`budget.${i}.label`] = l.label ?? '';
    v[`budget.${i}.amount`] = centsToDecimal(l.amountCents);
    v[`budget.${i}.currency`] = l.currency;
    if (l.isTotal) v[`budget.${i}.total`] = 'on';
  });
}

/** The form's values with its budget lines replaced by `lines` (what "Read the budget" read). */
export function withBudgetLines(values: FormValues, lines: readonly BudgetLine[]): FormValues {
  const v: FormValues = Object.fromEntries(
    Object.entries(values).filter(([key]) => !key.startsWith('budget.')),
  );
  setBudgetLines(v, lines);
  return v;
}
