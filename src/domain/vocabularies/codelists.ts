import countriesFile from '../../data/countries.json' with { type: 'json' };
import currenciesFile from '../../data/currencies.json' with { type: 'json' };
import regionsFile from '../../data/regions.json' with { type: 'json' };
import sectorsFile from '../../data/sectors.json' with { type: 'json' };

/** One code of a shipped codelist with its names (see scripts/derive-vocabularies.ts). */
export interface CodeName {
  code: string;
  en: string;
  ru?: string | null;
  withdrawn?: boolean;
}

function index(items: CodeName[]) {
  return new Map(items.map((i) => [i.code, i]));
}

const COUNTRIES = index(countriesFile.items);
const REGIONS = index(regionsFile.items);
const CURRENCIES = index(currenciesFile.items);
const SECTORS = index(sectorsFile.items);

function nameIn(entry: CodeName | undefined, code: string, language: string): string {
  if (!entry) return code;
  const localized = (entry as unknown as Record<string, string | null | undefined>)[language];
  return localized || entry.en;
}

/** The country's name in the language (English when no translation exists); the code if unknown. */
export function countryName(code: string, language: string): string {
  return nameIn(COUNTRIES.get(code), code, language);
}

/** The region's name ("Central Asia (regional)") in the language, falling back to English. */
export function regionName(code: string, language: string): string {
  return nameIn(REGIONS.get(code), code, language);
}

/** The currency's name in the language. */
export function currencyName(code: string, language: string): string {
  return nameIn(CURRENCIES.get(code), code, language);
}

/** The DAC sector's name (English only in the source). */
export function sectorName(code: string): string {
  return SECTORS.get(code)?.en ?? code;
}

/** True for an ISO 3166-1 alpha-2 code in the IATI Country list. */
export const isKnownCountry = (code: string) => COUNTRIES.has(code);
/** True for an IATI Region code (e.g. 619, Central Asia). */
export const isKnownRegion = (code: string) => REGIONS.has(code);
/** True for an ISO 4217 code in the IATI Currency list. */
export const isKnownCurrency = (code: string) => CURRENCIES.has(code);
/** True for a 5-digit DAC CRS purpose code. */
export const isKnownSector = (code: string) => SECTORS.has(code);

/** Active currency codes, for pickers. */
export function activeCurrencies(): CodeName[] {
  return [...CURRENCIES.values()].filter((c) => !c.withdrawn);
}

/** Active countries, for pickers. */
export function activeCountries(): CodeName[] {
  return [...COUNTRIES.values()].filter((c) => !c.withdrawn);
}

/** Every region of the shipped list (IATI Region codelist, OECD DAC vocabulary). */
export function regionsList(): CodeName[] {
  return [...REGIONS.values()];
}
