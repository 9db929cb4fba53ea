import { describe, expect, it } from 'vitest';
import { negotiateLocale, rememberedLocale } from './negotiate.ts';

describe('language negotiation', () => {
  it('takes the most preferred supported language', () => {
    expect(negotiateLocale('ru-RU,ru;q=0.9,en-US;q=0.8').code).toBe('ru');
    expect(negotiateLocale('en-GB,en;q=0.9,ru;q=0.8').code).toBe('en');
    expect(negotiateLocale('de-DE,de;q=0.9,ru;q=0.5').code).toBe('ru');
    expect(negotiateLocale('en;q=0.2, ru;q=0.8').code).toBe('ru');
  });

  it('falls back to English for nothing supported or nonsense', () => {
    expect(negotiateLocale(undefined).code).toBe('en');
    expect(negotiateLocale('de, fr').code).toBe('en');
    expect(negotiateLocale(';;;,q=,ru;q=0').code).toBe('en');
  });

  it('reads the remembered language from the cookie', () => {
    expect(rememberedLocale('a=1; lang=ru; b=2')?.code).toBe('ru');
    expect(rememberedLocale('lang=en')?.code).toBe('en');
    expect(rememberedLocale('lang=xx')).toBeUndefined();
    expect(rememberedLocale(undefined)).toBeUndefined();
  });
});
