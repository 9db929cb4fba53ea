/** A project type from the controlled vocabulary, mapped to OECD DAC sector codes. */
export interface ProjectType {
  id: number;
  slug: string;
  name: string;
  /** Names in other languages, by language code. */
  names: Record<string, string>;
  /** 5-digit DAC CRS purpose codes this type stands for. */
  dacCodes: string[];
  position: number;
}

export type ProjectTypeInput = Omit<ProjectType, 'id'>;
