import type { ProjectInput } from '../../domain/projects/project.ts';
import {
  contact,
  dac,
  demoProject,
  en,
  fromIati,
  fromSpreadsheet,
  link,
  part,
  period,
  ru,
  total,
} from './demo-build.ts';

// Fictional demo projects in the Kyrgyz Republic (see the README: demo data, not real records).

export const KYRGYZSTAN_PROJECTS: ProjectInput[] = [
  demoProject({
    slug: 'kg-child-friendly-justice',
    title: 'Child-Friendly Justice in the Kyrgyz Republic',
    summary:
      'Diverted children in conflict with the law away from detention and made courts and police interviews safe for child victims and witnesses.',
    description: `Children who come into contact with the justice system in Kyrgyzstan were too often held in pre-trial detention and questioned without a lawyer or a psychologist.

The project worked on three levels:

- **Law:** support to the drafting of the Code on Children and of the diversion provisions in the Criminal Procedure Code.
- **Institutions:** child-friendly interview rooms in twelve police stations and four courts; specialised juvenile judges in Bishkek and Osh.
- **Services:** community-based diversion and mediation programmes run by local social workers, with follow-up for a year.

By the end of 2023 the share of children held in pre-trial detention had fallen by more than half compared with 2019.`,
    period: period('2020-01', '2023-12'),
    budgetText: 'EUR 3,000,000',
    budgetLines: [total('EUR', '3,000,000')],
    countries: ['KG'],
    beneficiary: 'Children in contact with the justice system; juvenile judges and police',
    beneficiaryCountries: ['KG'],
    typeSlugs: ['childrens-rights', 'criminal-law-and-procedure', 'human-rights'],
    donors: ['european-union'],
    implementers: ['unicef'],
    translations: [
      ru({
        title: 'Правосудие, дружественное к детям, в Кыргызской Республике',
        summary:
          'Помог отвести детей, вступивших в конфликт с законом, от содержания под стражей и сделать допросы и суды безопасными для детей-жертв и свидетелей.',
        description: `Дети, попадавшие в систему правосудия Кыргызстана, слишком часто содержались под стражей до суда и допрашивались без адвоката и психолога.

Проект работал на трёх уровнях:

- **Законодательство:** поддержка разработки Кодекса о детях и норм об отказе от уголовного преследования в Уголовно-процессуальном кодексе.
- **Институты:** дружественные к детям комнаты для допросов в двенадцати отделах милиции и четырёх судах; специализированные судьи по делам несовершеннолетних в Бишкеке и Оше.
- **Услуги:** программы медиации и альтернативных мер на уровне местных сообществ с сопровождением социальных работников в течение года.

К концу 2023 года доля детей, содержащихся под стражей до суда, сократилась более чем вдвое по сравнению с 2019 годом.`,
        budgetText: '3 000 000 евро',
        beneficiary:
          'Дети, вступившие в контакт с системой правосудия; судьи и милиция по делам несовершеннолетних',
      }),
    ],
  }),

  demoProject({
    slug: 'kg-state-guaranteed-legal-aid',
    title: 'Strengthening the State-Guaranteed Legal Aid System',
    summary:
      'Helps the Ministry of Justice run a legal aid system that reaches poor and remote people in civil as well as criminal cases.',
    description: `The Law on State-Guaranteed Legal Aid of 2016 created a Legal Aid Coordination Centre and opened free legal aid in civil and administrative cases. The project helps make the law work.

#### What the project does

1. Primary legal aid
   1. Thirty-five free legal aid centres in district towns, staffed by Ministry of Justice lawyers;
   2. A national hotline and an online chat.
2. Secondary legal aid
   1. Quality standards and peer review for legal aid lawyers;
   2. Fair fees paid on time through an electronic case-management system.
3. Sustainability
   - A costed plan for the state budget to take over the centres at the end of Phase II.

More about the system on the [Legal Aid Coordination Centre site](https://example.org/kg-legal-aid).`,
    period: period('2018-06', '2026-12'),
    periodNote: 'Phase I: June 2018 – May 2022; Phase II: June 2022 – December 2026.',
    budgetText: 'CHF 5,600,000 in total, of which CHF 2,400,000 for Phase II',
    budgetLines: [total('CHF', '5,600,000'), part('Phase II', 'CHF', '2,400,000')],
    countries: ['KG'],
    beneficiary: 'People who cannot afford a lawyer, in particular in rural areas',
    beneficiaryCountries: ['KG'],
    typeSlugs: ['access-to-justice'],
    donors: ['sdc'],
    implementers: ['undp'],
    accountable: ['kg-ministry-of-justice'],
    sectors: dac(['15130', 100]),
    provenance: fromIati(
      'XM-DAC-41114-PROJECT-00098765',
      'undp-kgz-activities.xml',
      '2026-11-01T04:00:00.000Z',
    ),
    contacts: [
      contact({
        organisation: 'UNDP in the Kyrgyz Republic',
        person: 'Bakyt Osmonaliev',
        jobTitle: 'Rule of Law Programme Analyst',
        phones: ['+996 312 555 101', '+996 555 555 102'],
        email: 'b.osmonaliev@example.org',
        address: '160 Example Street, Bishkek 720040, Kyrgyz Republic',
        website: 'https://example.org/undp-kg',
      }),
    ],
    translations: [
      ru({
        title: 'Укрепление системы гарантированной государством юридической помощи',
        summary:
          'Помогает Министерству юстиции выстроить систему юридической помощи, доступную малоимущим и жителям отдалённых районов по гражданским и уголовным делам.',
        description: `Закон о гарантированной государством юридической помощи 2016 года создал Координационный центр по юридической помощи и открыл бесплатную помощь по гражданским и административным делам. Проект помогает закону работать.

#### Что делает проект

1. Первичная юридическая помощь
   1. Тридцать пять центров бесплатной юридической помощи в районных центрах с юристами Министерства юстиции;
   2. Национальная горячая линия и онлайн-чат.
2. Квалифицированная юридическая помощь
   1. Стандарты качества и взаимная оценка адвокатов, оказывающих помощь;
   2. Справедливая и своевременная оплата через электронную систему учёта дел.
3. Устойчивость
   - План с расчётом затрат, по которому государственный бюджет возьмёт центры на себя по окончании второй фазы.

Подробнее о системе — на [сайте Координационного центра](https://example.org/kg-legal-aid).`,
        budgetText: 'Всего 5 600 000 швейцарских франков, в том числе 2 400 000 на вторую фазу',
        beneficiary: 'Люди, которые не могут оплатить адвоката, прежде всего в сельской местности',
        periodNote: 'Фаза I: июнь 2018 – май 2022; фаза II: июнь 2022 – декабрь 2026.',
      }),
    ],
  }),

  demoProject({
    slug: 'kg-community-policing',
    title: 'Community Policing and Police Reform Support in Kyrgyzstan',
    summary:
      'Supported local public safety councils and community police inspectors in twenty municipalities.',
    description: `The project supported the Ministry of Internal Affairs in putting the police reform programme into practice at the level of municipalities.

- Local public safety councils were set up in twenty municipalities; each agreed a yearly safety plan with residents.
- Community police inspectors received training in problem-oriented policing, conflict prevention and working with young people.
- Mobile police reception points visited remote villages of Chui, Issyk-Kul and Jalal-Abad regions every month.
- A yearly public-trust survey measured change; results were published in Kyrgyz and Russian.

Lessons from the pilot municipalities were included in the national Concept of Police Reform adopted in 2022.`,
    period: period('2019-03', '2022-02'),
    budgetText: 'NOK 18 million',
    budgetLines: [total('NOK', '18,000,000')],
    countries: ['KG'],
    beneficiary: 'Residents of twenty pilot municipalities; community police inspectors',
    beneficiaryCountries: ['KG'],
    typeSlugs: ['police-reform'],
    donors: ['norway-mfa'],
    implementers: ['osce-programme-office-in-bishkek'],
    contacts: [
      contact({
        organisation: 'OSCE Programme Office in Bishkek',
        person: 'Elena Petrenko',
        jobTitle: 'National Police Reform Officer',
        phones: ['+996 312 555 230'],
        email: 'e.petrenko@example.org',
        address: '139 Example Street, Bishkek 720001, Kyrgyz Republic',
      }),
    ],
  }),

  demoProject({
    slug: 'kg-open-budgets-local-self-government',
    title: 'Open Budgets for Local Self-Government',
    summary:
      'Helped municipalities publish their budgets, involve residents in spending decisions and reduce procurement risks.',
    description: `Local self-government bodies in Kyrgyzstan manage growing budgets but publish little about them. The project helped sixty municipalities open their books.

Main results:

1. Citizen budgets: short, illustrated budget summaries published every year by all sixty municipalities.
2. Participatory budgeting: residents voted on small infrastructure projects worth 5–10 percent of local investment budgets.
3. Procurement:
   1. red-flag indicators built into the public procurement portal;
   2. training for local councillors on reading procurement data.

The Development Policy Institute, a Kyrgyz NGO, ran the project and trained a network of local trainers.`,
    period: period('2021-10', '2026-09'),
    budgetText: 'USD 4,950,000',
    budgetLines: [total('USD', '4,950,000')],
    countries: ['KG'],
    beneficiary: 'Sixty municipalities and their residents',
    beneficiaryCountries: ['KG'],
    typeSlugs: ['public-administration', 'anti-corruption'],
    donors: ['usaid'],
    implementers: ['development-policy-institute'],
    links: [
      link('https://example.org/kg-open-budgets', 'Citizen budgets of the sixty municipalities'),
    ],
  }),

  demoProject({
    slug: 'kg-independent-media-and-media-literacy',
    title: 'Independent Media and Media Literacy in Kyrgyzstan',
    summary:
      'Supports regional newsrooms, legal defence for journalists and media literacy in schools.',
    description: `Independent journalism in Kyrgyzstan faces new legal and financial pressure. The programme helps regional media stay independent and audiences tell fact from manipulation.

### Three lines of work

- **Newsrooms:** core grants and business coaching for twelve regional outlets publishing in Kyrgyz, Russian and Uzbek.
- **Legal defence:** a pro bono lawyers' network that represents journalists and bloggers in defamation and "false information" cases.
- **Media literacy:** a course for secondary schools, accredited by the Ministry of Education, and teacher training in every region.

The programme also monitors how the media laws adopted since 2023 are applied and publishes a yearly report.`,
    period: period('2025-01', '2028-12'),
    budgetText: 'SEK 24 million',
    budgetLines: [total('SEK', '24,000,000')],
    countries: ['KG'],
    beneficiary: 'Regional media outlets, journalists, pupils and teachers',
    beneficiaryCountries: ['KG'],
    typeSlugs: ['civil-society-and-media', 'human-rights'],
    donors: ['sida'],
    implementers: ['internews'],
    sectors: dac(['15153', 70], ['15160', 30]),
    provenance: fromIati(
      'SE-0-SE-6-5201004501-KGZ-15153',
      'sida-activities-kgz.xml',
      '2026-10-15T07:30:00.000Z',
    ),
    translations: [
      ru({
        title: 'Независимые СМИ и медиаграмотность в Кыргызстане',
        summary:
          'Поддерживает региональные редакции, юридическую защиту журналистов и медиаграмотность в школах.',
        description: `Независимая журналистика в Кыргызстане испытывает новое правовое и финансовое давление. Программа помогает региональным СМИ сохранить независимость, а аудитории — отличать факты от манипуляций.

### Три направления работы

- **Редакции:** институциональные гранты и бизнес-наставничество для двенадцати региональных изданий на кыргызском, русском и узбекском языках.
- **Юридическая защита:** сеть адвокатов pro bono, представляющих журналистов и блогеров по делам о клевете и «ложной информации».
- **Медиаграмотность:** курс для средних школ, аккредитованный Министерством образования, и обучение учителей во всех областях.

Программа также отслеживает применение законов о СМИ, принятых с 2023 года, и ежегодно публикует доклад.`,
        budgetText: '24 млн шведских крон',
        beneficiary: 'Региональные СМИ, журналисты, школьники и учителя',
      }),
    ],
  }),

  demoProject({
    slug: 'kg-health-care-in-prisons',
    title: 'Health Care and Rehabilitation in Kyrgyz Penitentiary Institutions',
    summary:
      'Improved tuberculosis care, mental health support and pre-release planning in six prisons.',
    description: `Prisoners in Kyrgyzstan face high rates of tuberculosis and HIV, and most leave prison with no plan for work or housing.

The project:

- trained prison medical staff in tuberculosis screening and treatment adherence, together with the national TB centre;
- introduced mental health screening on admission in six institutions;
- piloted pre-release planning with social workers and probation officers six months before release;
- documented conditions of detention for the National Centre for the Prevention of Torture.

This record is archived: it was entered twice, and the current record of the same work is kept by the implementing organisation.`,
    period: period('2016-05', '2019-04'),
    budgetText: 'USD 640,000',
    budgetLines: [total('USD', '640,000')],
    countries: ['KG'],
    beneficiary: 'Prisoners and prison medical staff in six institutions',
    beneficiaryCountries: ['KG'],
    typeSlugs: ['penitentiary-reform', 'human-rights'],
    donors: ['open-society-foundations'],
    implementers: ['penal-reform-international'],
    state: 'archived',
  }),

  demoProject({
    slug: 'kg-parliamentary-legal-drafting',
    title: 'Constitutional Dialogue and Parliamentary Legal Drafting',
    summary:
      'Supported the Jogorku Kenesh in assessing the constitutionality and impact of draft laws after the 2021 constitutional reform.',
    description: `After the constitution of 2021 changed the balance between the President and Parliament, the Jogorku Kenesh needed to rebuild its legal drafting and review capacity.

Support included:

1. A legal drafting manual and a checklist for constitutional compatibility of draft laws.
2. Regulatory impact assessment training for the staff of parliamentary committees.
3. Public hearings on four major codes, organised with civil society and broadcast online.
4. An exchange programme with parliamentary legal services in the United Kingdom and Georgia.

The data in this record come from the donor-coordination spreadsheet; the exact start and end months are not known.`,
    period: period('2021', '2023'),
    budgetText: 'GBP 800,000',
    budgetLines: [total('GBP', '800,000')],
    countries: ['KG'],
    beneficiary: 'Jogorku Kenesh (Parliament) of the Kyrgyz Republic',
    beneficiaryCountries: ['KG'],
    typeSlugs: ['constitutional-law', 'public-administration'],
    donors: ['fcdo'],
    implementers: ['westminster-foundation-for-democracy'],
    provenance: fromSpreadsheet('donor-matrix-kyrgyzstan-2024.xlsx', '2025-02-11T09:30:00.000Z'),
  }),

  demoProject({
    slug: 'kg-legal-protection-of-labour-migrants',
    language: 'ru',
    title: 'Правовая защита трудовых мигрантов и их семей',
    summary:
      'Консультации и сопровождение для трудовых мигрантов до отъезда, за рубежом и после возвращения.',
    description: `Около миллиона граждан Кыргызстана работают за рубежом. Многие уезжают без договора, теряют документы и сталкиваются с невыплатой заработной платы.

Проект помогает на всех этапах миграции:

1. **До отъезда:** консультации в Баткенской, Ошской и Джалал-Абадской областях о трудовых договорах и правилах въезда.
2. **За рубежом:** юридическая поддержка через партнёрские организации и горячую линию.
3. **После возвращения:**
   - помощь в восстановлении документов;
   - споры о пенсионном стаже и алиментах;
   - направление к программам занятости.

Проект также собирает обезличенные данные о нарушениях прав мигрантов и передаёт их Министерству труда.`,
    period: period('2024-04', '2026-12'),
    budgetText: '420 000 евро',
    budgetLines: [total('EUR', '420,000')],
    countries: ['KG'],
    beneficiary: 'Трудовые мигранты и члены их семей',
    beneficiaryCountries: ['KG'],
    typeSlugs: ['migration-and-border-management', 'access-to-justice'],
    donors: ['bmz'],
    extending: ['giz'],
    implementers: ['migrant-legal-support'],
    contacts: [
      contact({
        organisation: 'ОФ «Правовая поддержка мигрантов»',
        person: 'Айжан Токтосунова',
        jobTitle: 'Директор',
        phones: ['+996 3622 5 55 12', '+996 770 555 120'],
        email: 'migrants@example.org',
        address: 'ул. Примерная, 5, Баткен 715100, Кыргызская Республика',
      }),
    ],
    translations: [
      en({
        title: 'Legal Protection of Labour Migrants and Their Families',
        summary:
          'Advice and support for labour migrants before departure, abroad and after their return.',
        description: `About a million citizens of Kyrgyzstan work abroad. Many leave without a contract, lose their documents and are not paid their wages.

The project helps at every stage of migration:

1. **Before departure:** advice in Batken, Osh and Jalal-Abad regions on employment contracts and entry rules.
2. **Abroad:** legal support through partner organisations and a hotline.
3. **After return:**
   - help to restore documents;
   - disputes about pension records and alimony;
   - referral to employment programmes.

The project also collects anonymised data on violations of migrants' rights and passes them to the Ministry of Labour.`,
        budgetText: 'EUR 420,000',
        beneficiary: 'Labour migrants and their families',
      }),
    ],
  }),

  demoProject({
    slug: 'kg-integrated-border-management-batken',
    title: 'Integrated Border Management in the Batken Region',
    summary:
      'Will equip and train border and customs officers in Batken and improve cross-border cooperation with neighbouring communities.',
    description: `Batken Region borders both Tajikistan and Uzbekistan, and several of its borders were only recently delimited. Incidents between border communities still occur.

Planned activities:

- three new border crossing points with separate lanes for people, cars and freight;
- joint training for border guards and customs officers on human rights at the border and on detecting trafficking;
- cross-border dialogue platforms of village elders, women's groups and young people;
- an early-warning system for local conflicts over water and pasture.

The project is designed with the Border Service and local authorities and will be implemented by IOM with Japanese grant funding.`,
    period: period('2027-04', '2030-03'),
    budgetText: 'JPY 412,500,000 (grant aid)',
    budgetLines: [total('JPY', '412,500,000', 'Grant aid')],
    countries: ['KG'],
    beneficiary: 'Border Service of the Kyrgyz Republic; border communities of Batken Region',
    beneficiaryCountries: ['KG'],
    typeSlugs: ['migration-and-border-management'],
    donors: ['jica'],
    implementers: ['iom'],
  }),
];
