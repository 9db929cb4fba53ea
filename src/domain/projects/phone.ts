// Words that introduce an extension, as contact pages write them in English and Russian.
const EXTENSION = /\s*(?:ext\.?|extension|x|доб\.?|добавочный|вн\.?)\s*(\d{1,6})\s*$/iu;

/**
 * The `tel:` address of a phone number as a page writes it: digits with the leading + kept,
 * and an extension ("Ext 101", "доб. 12") as RFC 3966's `;ext=` — "+(998-71) 120-80-50 Ext
 * 101" dials +998711208050 and then 101, not one long wrong number. Null when there are too few
 * digits to dial.
 */
export function telHref(phone: string): string | null {
  const ext = EXTENSION.exec(phone);
  const main = ext ? phone.slice(0, ext.index) : phone;
  const digits = main.replace(/\D/g, '');
  if (digits.length < 3) return null;
  const plus = /^\s*(?:\(\s*)?\+/.test(main) ? '+' : '';
  return `tel:${plus}${digits}${ext ? `;ext=${ext[1]}` : ''}`;
}
