/** One organisation, whatever roles it plays in however many projects. */
export interface Organisation {
  id: number;
  slug: string;
  name: string;
  acronym: string | null;
  iatiIdentifier: string | null;
  /** IATI OrganisationType code, e.g. "40" for multilateral. */
  iatiType: string | null;
  website: string | null;
  /** Name and acronym in other languages, by language code. */
  translations?: Record<string, OrganisationName>;
}

export interface OrganisationName {
  name: string;
  acronym: string | null;
}

export type OrganisationInput = Omit<Organisation, 'id'>;

/** "United Nations Office on Drugs and Crime (UNODC)", or the name alone. */
export function organisationLabel(o: OrganisationName): string {
  return o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name;
}

/** The organisation's name and acronym in the language, or the original ones. */
export function localizedOrganisation(
  o: OrganisationName & { translations?: Record<string, OrganisationName> },
  language: string,
): OrganisationName {
  const tr = o.translations?.[language];
  return tr?.name ? tr : { name: o.name, acronym: o.acronym };
}
