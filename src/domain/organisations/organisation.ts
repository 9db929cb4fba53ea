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
}

export type OrganisationInput = Omit<Organisation, 'id'>;

/** "United Nations Office on Drugs and Crime (UNODC)", or the name alone. */
export function organisationLabel(o: { name: string; acronym: string | null }): string {
  return o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name;
}
