import type { OrganisationInput } from '../../domain/organisations/organisation.ts';
import { DEMO_ORGANISATION_NAMES_RU } from './demo-organisations-ru.seed.ts';

// Real donors and implementers (IATI organisation identifiers where they are well known, else
// null) plus a few fictional national NGOs. The projects that name them are fictional.
// IATI OrganisationType: 10 government, 15 other public sector, 21 international NGO,
// 22 national NGO, 40 multilateral, 60 foundation, 80 academic.

type Row = [
  slug: string,
  name: string,
  acronym: string | null,
  iati: string | null,
  type: string,
  website: string | null,
];

// biome-ignore format: one organisation a line reads as a table
const ROWS: Row[] = [
  // Donors and funders
  ['european-union', 'European Union', 'EU', 'XI-IATI-EC_INTPA', '15', 'https://international-partnerships.ec.europa.eu'],
  ['usaid', 'United States Agency for International Development', 'USAID', 'US-GOV-1', '10', 'https://www.usaid.gov'],
  ['us-inl', 'U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs', 'INL', null, '10', 'https://www.state.gov'],
  ['bmz', 'Federal Ministry for Economic Cooperation and Development (Germany)', 'BMZ', 'DE-1', '10', 'https://www.bmz.de'],
  ['giz', 'Deutsche Gesellschaft für Internationale Zusammenarbeit', 'GIZ', 'XM-DAC-5-7', '10', 'https://www.giz.de'],
  ['undp', 'United Nations Development Programme', 'UNDP', 'XM-DAC-41114', '40', 'https://www.undp.org'],
  ['osce', 'Organization for Security and Co-operation in Europe', 'OSCE', null, '40', 'https://www.osce.org'],
  ['world-bank', 'World Bank', null, 'XM-DAC-44000', '40', 'https://www.worldbank.org'],
  ['adb', 'Asian Development Bank', 'ADB', 'XM-DAC-46004', '40', 'https://www.adb.org'],
  ['ebrd', 'European Bank for Reconstruction and Development', 'EBRD', 'XM-DAC-46015', '40', 'https://www.ebrd.com'],
  ['sida', 'Swedish International Development Cooperation Agency', 'Sida', 'SE-0', '10', 'https://www.sida.se'],
  ['sdc', 'Swiss Agency for Development and Cooperation', 'SDC', 'CH-4', '10', 'https://www.eda.admin.ch/sdc'],
  ['fcdo', 'Foreign, Commonwealth & Development Office', 'FCDO', 'GB-GOV-1', '10', 'https://www.gov.uk/fcdo'],
  ['jica', 'Japan International Cooperation Agency', 'JICA', 'XM-DAC-701-8', '10', 'https://www.jica.go.jp'],
  ['government-of-japan', 'Government of Japan', null, null, '10', 'https://www.mofa.go.jp'],
  ['finland-mfa', 'Ministry for Foreign Affairs of Finland', null, 'FI-3', '10', 'https://um.fi'],
  ['norway-mfa', 'Norwegian Ministry of Foreign Affairs', null, 'NO-BRC-972417882', '10', 'https://www.regjeringen.no'],
  ['open-society-foundations', 'Open Society Foundations', 'OSF', null, '60', 'https://www.opensocietyfoundations.org'],
  ['soros-foundation-kazakhstan', 'Soros Foundation Kazakhstan', null, null, '60', null],
  ['osiaf-tajikistan', 'Open Society Institute Assistance Foundation – Tajikistan', 'OSIAF', null, '60', null],
  // Implementers: multilateral
  ['unicef', 'United Nations Children’s Fund', 'UNICEF', 'XM-DAC-41122', '40', 'https://www.unicef.org'],
  ['un-women', 'United Nations Entity for Gender Equality and the Empowerment of Women', 'UN Women', 'XM-DAC-41146', '40', 'https://www.unwomen.org'],
  ['unfpa', 'United Nations Population Fund', 'UNFPA', 'XM-DAC-41119', '40', 'https://www.unfpa.org'],
  ['iom', 'International Organization for Migration', 'IOM', 'XM-DAC-47066', '40', 'https://www.iom.int'],
  ['ilo', 'International Labour Organization', 'ILO', 'XM-DAC-41302', '40', 'https://www.ilo.org'],
  ['idlo', 'International Development Law Organization', 'IDLO', null, '40', 'https://www.idlo.int'],
  ['icmpd', 'International Centre for Migration Policy Development', 'ICMPD', null, '40', 'https://www.icmpd.org'],
  ['oecd', 'Organisation for Economic Co-operation and Development', 'OECD', null, '40', 'https://www.oecd.org'],
  ['osce-programme-office-in-astana', 'OSCE Programme Office in Astana', null, null, '40', 'https://www.osce.org/programme-office-in-astana'],
  ['osce-programme-office-in-bishkek', 'OSCE Programme Office in Bishkek', null, null, '40', 'https://www.osce.org/programme-office-in-bishkek'],
  ['osce-programme-office-in-dushanbe', 'OSCE Programme Office in Dushanbe', null, null, '40', 'https://www.osce.org/programme-office-in-dushanbe'],
  ['osce-centre-in-ashgabat', 'OSCE Centre in Ashgabat', null, null, '40', 'https://www.osce.org/centre-in-ashgabat'],
  ['osce-project-co-ordinator-in-uzbekistan', 'OSCE Project Co-ordinator in Uzbekistan', null, null, '40', 'https://www.osce.org/project-coordinator-in-uzbekistan'],
  // Implementers: NGOs and academia (the last three are fictional)
  ['penal-reform-international', 'Penal Reform International', 'PRI', null, '21', 'https://www.penalreform.org'],
  ['internews', 'Internews', null, null, '21', 'https://internews.org'],
  ['aba-roli', 'American Bar Association Rule of Law Initiative', 'ABA ROLI', null, '21', 'https://www.americanbar.org'],
  ['iphr', 'International Partnership for Human Rights', 'IPHR', null, '21', 'https://www.iphronline.org'],
  ['westminster-foundation-for-democracy', 'Westminster Foundation for Democracy', 'WFD', null, '15', 'https://www.wfd.org'],
  ['transparency-international-kazakhstan', 'Transparency International Kazakhstan', null, null, '22', null],
  ['development-policy-institute', 'Development Policy Institute', 'DPI', null, '22', null],
  ['nagoya-university-cale', 'Nagoya University Center for Asian Legal Exchange', 'CALE', null, '80', null],
  ['zan-komek', 'Public Foundation “Zan Kömek”', null, null, '22', 'https://example.org/zan-komek'],
  ['migrant-legal-support', 'Public Foundation “Legal Support for Migrants”', null, null, '22', null],
  ['law-clinics-association-tajikistan', 'Association of University Law Clinics of Tajikistan', null, null, '22', null],
  // National counterparts (accountable)
  ['kz-anti-corruption-agency', 'Anti-Corruption Agency of the Republic of Kazakhstan', null, null, '10', null],
  ['kz-constitutional-court', 'Constitutional Court of the Republic of Kazakhstan', null, null, '10', null],
  ['aifc-court', 'Astana International Financial Centre Court', 'AIFC Court', null, '10', null],
  ['kg-ministry-of-justice', 'Ministry of Justice of the Kyrgyz Republic', null, null, '10', null],
  ['tj-drug-control-agency', 'Drug Control Agency under the President of the Republic of Tajikistan', 'DCA', null, '10', null],
  ['tj-council-of-justice', 'Council of Justice of the Republic of Tajikistan', null, null, '10', null],
  ['tj-ministry-of-justice', 'Ministry of Justice of the Republic of Tajikistan', null, null, '10', null],
  ['tm-institute-of-state-law-and-democracy', 'Institute of State, Law and Democracy of Turkmenistan', null, null, '10', null],
  ['uz-supreme-judicial-council', 'Supreme Judicial Council of the Republic of Uzbekistan', null, null, '10', null],
  ['uz-public-services-agency', 'Public Services Agency under the Ministry of Justice of the Republic of Uzbekistan', null, null, '10', null],
  ['uz-chamber-of-advocates', 'Chamber of Advocates of the Republic of Uzbekistan', null, null, '10', null],
];

/** Donors, implementers and national counterparts named by the demo projects. */
export const DEMO_ORGANISATION_LIST: OrganisationInput[] = ROWS.map(
  ([slug, name, acronym, iatiIdentifier, iatiType, website]) => {
    const ru = DEMO_ORGANISATION_NAMES_RU[slug];
    return {
      slug,
      name,
      acronym,
      iatiIdentifier,
      iatiType,
      website,
      ...(ru ? { translations: { ru: { name: ru[0], acronym: ru[1] } } } : {}),
    };
  },
);
