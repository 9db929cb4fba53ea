import { describe, expect, it } from 'vitest';
import { mergeFieldOf, mergeForms, resolutionsOf } from './merge.ts';
import type { FormValues } from './project-form.ts';

const base: FormValues = {
  language: 'en',
  title: 'Court reform',
  summary: 'Courts',
  description: 'First paragraph.\n\nSecond paragraph.',
  countries: ['KZ', 'KG'],
  startYear: '2015',
  startMonth: '1',
  'org.0.role': 'donor',
  'org.0.slug': 'eu',
  version: '3',
};

describe('mergeFieldOf', () => {
  it('groups the form keys of one field and leaves the rest out', () => {
    expect(mergeFieldOf('title')).toBe('title');
    expect(mergeFieldOf('startMonth')).toBe('period');
    expect(mergeFieldOf('org.3.newName')).toBe('organisations');
    expect(mergeFieldOf('budget.0.total')).toBe('budgetLines');
    expect(mergeFieldOf('tr.ru.description')).toBe('translations');
    expect(mergeFieldOf('version')).toBeNull();
    expect(mergeFieldOf('resolve.title')).toBeNull();
    expect(mergeFieldOf('state')).toBeNull();
  });
});

describe('mergeForms', () => {
  it('takes a field only they changed and keeps a field only I changed', () => {
    const theirs = { ...base, title: 'Judicial reform', countries: ['KZ', 'KG', 'TJ'] };
    const mine = { ...base, summary: 'Courts and prosecutors' };
    const out = mergeForms(base, theirs, mine);
    expect(out.conflicts).toEqual([]);
    expect(out.taken).toEqual(['title', 'countries']);
    expect(out.kept).toEqual(['summary']);
    expect(out.values.title).toBe('Judicial reform');
    expect(out.values.countries).toEqual(['KZ', 'KG', 'TJ']);
    expect(out.values.summary).toBe('Courts and prosecutors');
    expect(out.values.version).toBe('3');
  });

  it('reports a field both changed differently, and agrees when both made the same change', () => {
    const theirs = { ...base, description: 'First paragraph, revised.\n\nSecond paragraph.' };
    const mine = { ...base, description: 'First paragraph.\n\nSecond paragraph, mine.' };
    expect(mergeForms(base, theirs, mine).conflicts).toEqual(['description']);
    const same = { ...base, title: 'Same new title' };
    const out = mergeForms(base, same, { ...same });
    expect(out.conflicts).toEqual([]);
    expect(out.taken).toEqual([]);
  });

  it('ignores what the browser changes without the editor: order, blank rows, CRLF, spaces', () => {
    const theirs = { ...base, title: 'Theirs' };
    const mine: FormValues = {
      ...base,
      countries: ['KG', 'KZ'],
      description: 'First paragraph.\r\n\r\nSecond paragraph.',
      summary: 'Courts  ',
      'org.1.role': '',
      'org.1.slug': '',
      'budget.0.label': '',
      'budget.0.amount': '',
    };
    const out = mergeForms(base, theirs, mine);
    expect(out.conflicts).toEqual([]);
    expect(out.taken).toEqual(['title']);
  });

  it('replaces a whole list field by theirs: rows are never mixed', () => {
    const theirs = {
      ...base,
      'org.0.slug': 'undp',
      'org.1.role': 'implementing',
      'org.1.slug': 'unodc',
    };
    const mine = { ...base, 'org.2.role': '', 'org.2.newName': '' };
    const out = mergeForms(base, theirs, mine);
    expect(out.taken).toEqual(['organisations']);
    expect(Object.keys(out.values).filter((k) => k.startsWith('org.'))).toEqual([
      'org.0.role',
      'org.0.slug',
      'org.1.role',
      'org.1.slug',
    ]);
    expect(out.values['org.0.slug']).toBe('undp');
  });

  it('settles conflicts by the resolutions given, and only those', () => {
    const theirs = { ...base, title: 'T1', countries: ['UZ'] };
    const mine = { ...base, title: 'T2', countries: ['TM'] };
    const out = mergeForms(base, theirs, mine, { title: 'theirs' });
    expect(out.conflicts).toEqual(['countries']);
    expect(out.values.title).toBe('T1');
    const both = mergeForms(base, theirs, mine, { title: 'mine', countries: 'theirs' });
    expect(both.conflicts).toEqual([]);
    expect(both.values.title).toBe('T2');
    expect(both.values.countries).toEqual(['UZ']);
  });

  it('without a base, every differing field is a conflict', () => {
    const out = mergeForms(null, { ...base, title: 'A' }, { ...base, summary: 'B' });
    expect(out.conflicts).toEqual(['title', 'summary']);
  });

  it('reads resolutions from the form and ignores anything else', () => {
    expect(
      resolutionsOf({ 'resolve.title': 'theirs', 'resolve.countries': ['mine'], 'resolve.x': 'y' }),
    ).toEqual({ title: 'theirs', countries: 'mine' });
    expect(resolutionsOf({ 'resolve.summary': 'both' })).toEqual({});
  });
});
