import { normaliseName } from '../vocabularies/place-names.ts';

// The IATI OrganisationType codelist's labels (IATI Standard 2.03, CC BY 4.0) and the OECD CRS
// channel categories publishers put where a name belongs ("Donor country-based NGO"), plus
// the words of "nobody in particular". None of them names one organisation; an import that
// created them would gather unrelated projects under a made-up donor.
const LABELS = [
  'Government',
  'Local Government',
  'Other Public Sector',
  'International NGO',
  'National NGO',
  'Regional NGO',
  'Partner Country based NGO',
  'Public Private Partnership',
  'Multilateral',
  'Foundation',
  'Private Sector',
  'Private Sector in Provider Country',
  'Private Sector in Aid Recipient Country',
  'Private Sector in Third Country',
  'Academic, Training and Research',
  'Other',
  'Donor country-based NGO',
  'Developing country-based NGO',
  'Public sector institutions',
  'Donor Government',
  'Recipient Government',
  'Third Country Government',
  'Non-governmental organisations (NGOs) and civil society',
  'Public-Private Partnerships (PPP) and networks',
  'Multilateral organisations',
  'Private sector institutions',
  'Teaching institutions, research institutes or think-tanks',
  'Not applicable',
  'Unknown',
  'None',
  'N/A',
];

const FOLDED = new Set(LABELS.map(normaliseName));

/**
 * True when a participating organisation's "name" is a type or channel label or a code
 * ("Other.", "Donor country-based NGO", "22000", "21"): a kind of organisation, not one.
 */
export function isPlaceholderOrganisationName(name: string): boolean {
  const trimmed = name.trim();
  // A bare OrganisationType code (2 digits) or a CRS channel category (5 digits ending 000);
  // other 5-digit refs (41114) are multilaterals' own channel codes and do name one.
  if (/^\d{2}$/.test(trimmed) || /^\d{2}000$/.test(trimmed)) return true;
  return FOLDED.has(normaliseName(trimmed));
}
