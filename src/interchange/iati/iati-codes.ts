// IATI 1.x wrote several codes as words; the 2.x Standard replaced them with numbers.
// Everything downstream of the reader sees only the 2.x codes.

const ROLE_WORDS: Record<string, string> = {
  funding: '1',
  accountable: '2',
  extending: '3',
  implementing: '4',
};

/** The 2.x OrganisationRole code for a 1.x word or a 2.x number; null when unknown. */
export function organisationRoleCode(raw: string | null): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (/^[1-4]$/.test(value)) return value;
  return ROLE_WORDS[value.toLowerCase()] ?? null;
}

const DATE_WORDS: Record<string, '1' | '2' | '3' | '4'> = {
  'start-planned': '1',
  'start-actual': '2',
  'end-planned': '3',
  'end-actual': '4',
};

/** The 2.x ActivityDateType code for a 1.x word or a 2.x number; null when unknown. */
export function activityDateCode(raw: string | null): '1' | '2' | '3' | '4' | null {
  if (!raw) return null;
  const value = raw.trim();
  if (value === '1' || value === '2' || value === '3' || value === '4') return value;
  return DATE_WORDS[value.toLowerCase()] ?? null;
}

const SECTOR_VOCABULARY_WORDS: Record<string, string> = {
  dac: '1',
  'dac-3': '2',
  cofog: '3',
  nace: '4',
  ntee: '5',
  ro: '99',
  ro2: '98',
};

/** The 2.x SectorVocabulary code; absent means "1" (DAC 5-digit), as the Standard says. */
export function sectorVocabularyCode(raw: string | null): string {
  const value = raw?.trim();
  if (!value) return '1';
  return SECTOR_VOCABULARY_WORDS[value.toLowerCase()] ?? value;
}

/** The 2.x RegionVocabulary code; absent (all of 1.x) means "1" (OECD DAC). */
export function regionVocabularyCode(raw: string | null): string {
  const value = raw?.trim();
  if (!value) return '1';
  return value.toUpperCase() === 'DAC' ? '1' : value;
}

/** "EN" → "en", "en-gb" → "en-GB": a BCP 47 tag in its usual case; null for empty. */
export function normaliseLanguage(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const [primary, ...rest] = value.split(/[-_]/);
  const tail = rest.map((part) => (part.length === 2 ? part.toUpperCase() : part.toLowerCase()));
  return [primary!.toLowerCase(), ...tail].join('-');
}
