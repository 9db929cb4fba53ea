import { describe, expect, it } from 'vitest';
import { diffLines, diffProjects } from './diff.ts';
import { canEdit, canTransition, transitionTarget } from './policy.ts';
import { parseProjectForm } from './project-form.ts';
import { projectToFormValues } from './project-form-values.ts';

const base = { title: 'T', language: 'en' };

describe('parseProjectForm', () => {
  it('reads a full form, including month-or-year periods and exact cents', () => {
    const { input, issues, newOrganisations } = parseProjectForm({
      ...base,
      startYear: '2015',
      startMonth: '1',
      endYear: '2019',
      countries: ['KZ', 'KG'],
      'budget.0.label': 'Total',
      'budget.0.amount': '70,600,000.10',
      'budget.0.currency': 'usd',
      'budget.0.total': 'on',
      'org.0.role': 'donor',
      'org.0.newName': 'New Fund',
      'tr.ru.title': 'Т',
      sectors: '15130, 15210',
    });
    expect(issues).toEqual([]);
    expect(input.period).toEqual({ start: { year: 2015, month: 1 }, end: { year: 2019 } });
    expect(input.budgetLines).toEqual([
      { label: 'Total', amountCents: 7_060_000_010, currency: 'USD', isTotal: true },
    ]);
    expect(input.countries.map((c) => c.code)).toEqual(['KZ', 'KG']);
    expect(newOrganisations).toEqual([{ name: 'New Fund', role: 'donor', row: 0 }]);
    expect(input.translations.map((t) => t.language)).toEqual(['ru']);
    expect(input.sectors.map((s) => s.code)).toEqual(['15130', '15210']);
  });

  it('skips blank repeated rows and keeps unknown periods unknown', () => {
    const { input, issues } = parseProjectForm({ ...base, 'budget.0.label': '', 'link.3.url': '' });
    expect(issues).toEqual([]);
    expect(input.budgetLines).toEqual([]);
    expect(input.period).toEqual({ start: null, end: null });
  });

  it('names the field of every problem', () => {
    const { issues } = parseProjectForm({
      title: '',
      startYear: '2020',
      endYear: '2019',
      'budget.1.amount': '-3',
      'budget.1.currency': 'ZZZ',
      description: '<iframe src=x>',
    });
    expect(issues.map((i) => i.field).sort()).toEqual(
      ['budget.1.amount', 'budget.1.currency', 'description', 'endYear', 'title'].sort(),
    );
  });
});

describe('workflow policy', () => {
  const draft = { state: 'draft' as const, createdBy: 1 };
  it('lets contributors edit and submit only their own drafts', () => {
    expect(canEdit({ id: 1, role: 'contributor' }, draft)).toBe(true);
    expect(canEdit({ id: 2, role: 'contributor' }, draft)).toBe(false);
    expect(canEdit({ id: 1, role: 'contributor' }, { ...draft, state: 'submitted' })).toBe(false);
    expect(canTransition({ id: 1, role: 'contributor' }, draft, 'submit')).toBe(true);
    expect(canTransition({ id: 1, role: 'contributor' }, draft, 'publish')).toBe(false);
    expect(canTransition({ id: 9, role: 'editor' }, draft, 'publish')).toBe(true);
  });
  it('knows where each step leads from where', () => {
    expect(transitionTarget('submitted', 'send-back')).toBe('draft');
    expect(transitionTarget('draft', 'archive')).toBeNull();
  });
});

describe('diff', () => {
  it('diffs lines by longest common subsequence', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });
  it('round-trips a project through the form and finds no change', () => {
    const { input } = parseProjectForm({ ...base, summary: 'S', startYear: '2015' });
    const project = {
      ...input,
      id: 1,
      types: [],
      organisations: [],
      provenance: {
        source: 'manual' as const,
        iatiIdentifier: null,
        sourceFile: null,
        importedAt: null,
      },
      state: 'draft' as const,
      version: 1,
      createdAt: '',
      updatedAt: '',
      publishedAt: null,
    };
    const again = parseProjectForm(projectToFormValues(project), project).input;
    expect(diffProjects(project, { ...project, ...again, types: [], organisations: [] })).toEqual(
      [],
    );
    expect(diffProjects(project, { ...project, title: 'U' }).map((c) => c.field)).toEqual([
      'title',
    ]);
  });
});
