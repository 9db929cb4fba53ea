import { en, type Messages } from './messages/en.ts';
import { ru } from './messages/ru.ts';

/** One interface language: its catalogue, its Intl locale and its URL prefix. */
export interface Locale {
  code: string;
  /** The locale Intl formats numbers, months and money with. */
  intl: string;
  /** The language's own name, for the switcher. */
  name: string;
  /** "" for the default language, otherwise "/<code>". */
  prefix: string;
  messages: Messages;
}

// A new language is one catalogue file in messages/ and one line here.
export const LOCALES: readonly Locale[] = [
  { code: 'en', intl: 'en-GB', name: 'English', prefix: '', messages: en },
  { code: 'ru', intl: 'ru-RU', name: 'Русский', prefix: '/ru', messages: ru },
];

export const DEFAULT_LOCALE = LOCALES[0]!;

/** The locale with this code, or undefined. */
export function findLocale(code: string): Locale | undefined {
  return LOCALES.find((l) => l.code === code);
}
