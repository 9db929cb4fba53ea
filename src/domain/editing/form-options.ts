import regionsFile from '../../data/regions.json' with { type: 'json' };
import { activeCountries, activeCurrencies, type CodeName } from '../vocabularies/codelists.ts';

const nameIn = (c: CodeName, language: string) =>
  ((c as unknown as Record<string, string | null | undefined>)[language] || c.en) as string;

const sorted = (items: CodeName[], language: string) =>
  items
    .map((c) => ({ value: c.code, label: nameIn(c, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));

/** The codelist choices of the project form, named and sorted in the reader's language. */
export function codelistOptions(language: string) {
  return {
    countries: sorted(activeCountries(), language),
    regions: sorted(
      (regionsFile.items as CodeName[]).filter((r) => !r.withdrawn),
      language,
    ),
    currencies: activeCurrencies()
      .map((c) => ({ value: c.code, label: `${c.code} – ${nameIn(c, language)}` }))
      .sort((a, b) => a.value.localeCompare(b.value)),
  };
}

export type CodelistOptions = ReturnType<typeof codelistOptions>;
