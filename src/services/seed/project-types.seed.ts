import type { ProjectTypeInput } from '../../domain/vocabularies/project-type.ts';

/**
 * The rule-of-law platform's project types, with the names its own site uses (Access to justice,
 * Anti-corruption, Children's rights, Civil law and procedure, Criminal law and procedure,
 * Judicial reform, Public prosecutors) and ours beside them, each mapped to OECD DAC CRS
 * purpose codes. Migration 0006 renamed the near-duplicates older databases hold.
 */
export const PROJECT_TYPES: ProjectTypeInput[] = [
  {
    slug: 'anti-corruption',
    name: 'Anti-corruption',
    names: { ru: 'Противодействие коррупции' },
    dacCodes: ['15113'],
  },
  {
    slug: 'criminal-law-and-procedure',
    name: 'Criminal law and procedure',
    names: { ru: 'Уголовное право и процесс' },
    dacCodes: ['15130', '15131'],
  },
  {
    slug: 'judicial-reform',
    name: 'Judicial reform',
    names: { ru: 'Судебная реформа' },
    dacCodes: ['15130', '15134'],
  },
  {
    slug: 'access-to-justice',
    name: 'Access to justice',
    names: { ru: 'Доступ к правосудию' },
    dacCodes: ['15130'],
  },
  {
    slug: 'childrens-rights',
    name: "Children's rights",
    names: { ru: 'Права детей' },
    // No DAC purpose code is theirs alone (15160 is all human rights; 15130 all of justice), so
    // imports never infer these two from sectors: editors choose them.
    dacCodes: [],
  },
  {
    slug: 'public-prosecutors',
    name: 'Public prosecutors',
    names: { ru: 'Прокуратура' },
    dacCodes: [],
  },
  {
    slug: 'human-rights',
    name: 'Human rights',
    names: { ru: 'Права человека' },
    dacCodes: ['15160'],
  },
  {
    slug: 'police-reform',
    name: 'Police reform',
    names: { ru: 'Реформа полиции' },
    dacCodes: ['15132'],
  },
  {
    slug: 'penitentiary-reform',
    name: 'Penitentiary reform',
    names: { ru: 'Пенитенциарная реформа' },
    dacCodes: ['15137'],
  },
  {
    slug: 'public-administration',
    name: 'Public administration',
    names: { ru: 'Государственное управление' },
    dacCodes: ['15110'],
  },
  {
    slug: 'civil-law-and-procedure',
    name: 'Civil law and procedure',
    names: { ru: 'Гражданское право и процесс' },
    dacCodes: ['15130', '25010'],
  },
  {
    slug: 'constitutional-law',
    name: 'Constitutional law',
    names: { ru: 'Конституционное право' },
    dacCodes: ['15150'],
  },
  {
    slug: 'gender-equality',
    name: 'Gender equality and violence against women',
    names: { ru: 'Гендерное равенство и насилие в отношении женщин' },
    dacCodes: ['15170', '15180'],
  },
  {
    slug: 'drug-control-and-organised-crime',
    name: 'Drug control and organised crime',
    names: { ru: 'Контроль над наркотиками и организованная преступность' },
    dacCodes: ['16063', '15210'],
  },
  {
    slug: 'migration-and-border-management',
    name: 'Migration and border management',
    names: { ru: 'Миграция и управление границами' },
    dacCodes: ['15190', '15136'],
  },
  {
    slug: 'civil-society-and-media',
    name: 'Civil society and media',
    names: { ru: 'Гражданское общество и СМИ' },
    dacCodes: ['15150', '15153'],
  },
].map((t, position) => ({ ...t, position }));
