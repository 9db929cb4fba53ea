import type { Plural } from './messages/en.ts';

/** Picks the plural form for `n` in the locale and puts the formatted number in it. */
export function plural(forms: Plural, n: number, intlLocale: string): string {
  const rule = new Intl.PluralRules(intlLocale).select(n);
  const template = forms[rule] ?? forms.other;
  return template.replace('{n}', formatNumber(n, intlLocale));
}

/** A whole or decimal number with the locale's separators. */
export function formatNumber(n: number, intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale).format(n);
}

function currencyFirst(currency: string, intlLocale: string): boolean {
  const parts = new Intl.NumberFormat(intlLocale, {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
  }).formatToParts(1);
  return (
    parts.findIndex((p) => p.type === 'currency') < parts.findIndex((p) => p.type === 'integer')
  );
}

/** Exact money: "USD 18,300,000" / "18 300 000 USD" (cents shown only when there are any). */
export function formatMoney(cents: number, currency: string, intlLocale: string): string {
  const number = new Intl.NumberFormat(intlLocale, {
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
  return currencyFirst(currency, intlLocale) ? `${currency} ${number}` : `${number} ${currency}`;
}

/** Money for reading at a glance: "USD 70.6 million" / "70,6 млн USD". */
export function formatMoneyShort(cents: number, currency: string, intlLocale: string): string {
  const amount = cents / 100;
  if (amount < 100_000) return formatMoney(cents, currency, intlLocale);
  const number = new Intl.NumberFormat(intlLocale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(amount);
  return currencyFirst(currency, intlLocale) ? `${currency} ${number}` : `${number} ${currency}`;
}

/** A timestamp as a date in the locale: "28 November 2026". */
export function formatDate(iso: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}
