import { describe, expect, it } from 'vitest';
import { isPlaceholderValue } from './placeholder-value.ts';

describe('isPlaceholderValue', () => {
  it('knows the cells that say "nothing" in English and Russian', () => {
    for (const text of [
      'None',
      'N/A',
      'n/a',
      '-',
      '—',
      'None available – national implementation',
      'not applicable',
      'нет',
      'Нет данных',
    ])
      expect(isPlaceholderValue(text), text).toBe(true);
  });

  it('leaves real values alone, even those starting with the same letters', () => {
    for (const text of ['Nonviolent Peaceforce', 'Norway', 'UNDP', 'Нетания', 'n/any', '2015'])
      expect(isPlaceholderValue(text), text).toBe(false);
  });
});
