import { describe, expect, it } from 'vitest';
import { isValidSlug, SLUG_MAX_LENGTH, slugify, uniqueSlug } from './slug.ts';

describe('slugs', () => {
  it('makes the seed slug from its title', () => {
    expect(slugify('UNODC Programme for Central Asia – 2015-2019')).toBe(
      'unodc-programme-for-central-asia-2015-2019',
    );
  });

  it('transliterates Cyrillic and drops accents', () => {
    expect(slugify('Программа УНП ООН')).toBe('programma-unp-oon');
    expect(slugify('Qazaqstan: Құқықтық реформа')).toBe('qazaqstan-quqyqtyq-reforma');
    expect(slugify('Coopération régionale')).toBe('cooperation-regionale');
  });

  it('never returns an empty or over-long slug', () => {
    expect(slugify('—')).toBe('project');
    const long = slugify('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(isValidSlug(long)).toBe(true);
  });

  it('validates canonical slugs only', () => {
    expect(isValidSlug('a-b-c')).toBe(true);
    for (const bad of ['A-b', 'a--b', '-a', 'a-', 'a b', '', 'a/b'])
      expect(isValidSlug(bad)).toBe(false);
  });

  it('finds the first free suffix', () => {
    const taken = new Set(['x', 'x-2']);
    expect(uniqueSlug('x', (s) => taken.has(s))).toBe('x-3');
    expect(uniqueSlug('y', (s) => taken.has(s))).toBe('y');
  });
});
