import type {
  IatiActivity,
  IatiBudget,
  IatiContact,
  IatiDocumentLink,
  IatiNarrative,
} from './iati-activity.ts';
import {
  activityDateCode,
  normaliseLanguage,
  organisationRoleCode,
  regionVocabularyCode,
  sectorVocabularyCode,
} from './iati-codes.ts';

export type Attributes = Record<string, string>;

/** The defaults an activity's elements inherit from the file. */
export interface FileDefaults {
  version: string | null;
  language: string | null;
  currency: string | null;
}

// What an open element is. The builder keeps a stack of these numbers and one current object
// per kind, instead of a closure per element: the importer's speed is bounded by this loop.
enum Kind {
  Root,
  Activity,
  Identifier,
  Narratives,
  Narrative,
  Date,
  Budget,
  BudgetStart,
  BudgetEnd,
  BudgetValue,
  Contact,
  Telephone,
  Email,
  Website,
  DocumentLink,
  ActivityWebsite,
}

// Where the narratives of the open container go when it closes.
enum Target {
  ReportingOrg,
  Title,
  Description,
  ParticipatingOrg,
  ContactOrganisation,
  ContactDepartment,
  ContactPerson,
  ContactJobTitle,
  ContactAddress,
  DocumentTitle,
  DocumentDescription,
}

function attr(attrs: Attributes, name: string): string | null {
  const value = attrs[name];
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/**
 * Turns the SAX events of one `<iati-activities>` document into IatiActivity objects, one per
 * `<iati-activity>`, handed to `emit` at its end tag. Elements it does not read are skipped with
 * a depth counter. Reads 1.x text written straight inside elements as well as 2.x narratives.
 */
export class ActivityBuilder {
  private readonly kinds: Kind[] = [Kind.Root];
  private skipped = 0;
  private count = 0;
  private text = '';
  private capturing = false;

  private activity: IatiActivity | null = null;
  private items: IatiNarrative[] = [];
  private containerLang: string | null = null;
  private narrativeLang: string | null = null;
  private target = Target.Title;
  private attrs: Attributes = {};
  private budget: IatiBudget | null = null;
  private contact: IatiContact | null = null;
  private link: IatiDocumentLink | null = null;

  constructor(
    private readonly file: FileDefaults,
    private readonly emit: (activity: IatiActivity) => void,
  ) {}

  open(name: string, attrs: Attributes, line: number): void {
    if (this.skipped > 0) {
      this.skipped++;
      return;
    }
    const kind = this.childKind(this.kinds[this.kinds.length - 1]!, name, attrs, line);
    if (kind === null) this.skipped = 1;
    else this.kinds.push(kind);
  }

  onText(text: string): void {
    if (this.capturing && this.skipped === 0) this.text += text;
  }

  close(): void {
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    this.finish(this.kinds.pop()!);
  }

  private capture(): void {
    this.text = '';
    this.capturing = true;
  }

  private takeText(): string {
    const text = this.text.trim();
    this.text = '';
    this.capturing = false;
    return text;
  }

  private narratives(target: Target, attrs: Attributes): Kind {
    this.target = target;
    this.attrs = attrs;
    this.items = [];
    this.containerLang = normaliseLanguage(attrs['xml:lang']) ?? this.activity!.defaultLanguage;
    this.capture();
    return Kind.Narratives;
  }

  private childKind(parent: Kind, name: string, attrs: Attributes, line: number): Kind | null {
    // Prefixed elements are publishers' own extensions (afdb:…, ir:registry-record).
    if (name.includes(':')) return null;
    switch (parent) {
      case Kind.Root:
        if (name !== 'iati-activity') return null;
        this.activity = this.newActivity(attrs, line);
        return Kind.Activity;
      case Kind.Activity:
        return this.activityChild(name, attrs);
      case Kind.Narratives:
        if (name !== 'narrative') return null;
        this.narrativeLang = normaliseLanguage(attrs['xml:lang']) ?? this.containerLang;
        this.text = '';
        return Kind.Narrative;
      case Kind.Budget:
        return this.budgetChild(name, attrs);
      case Kind.Contact:
        return this.contactChild(name, attrs);
      case Kind.DocumentLink:
        return this.documentChild(name, attrs);
      default:
        return null;
    }
  }

  private activityChild(name: string, attrs: Attributes): Kind | null {
    const activity = this.activity!;
    switch (name) {
      case 'iati-identifier':
        this.capture();
        return Kind.Identifier;
      case 'reporting-org':
        return this.narratives(Target.ReportingOrg, attrs);
      case 'title':
        return this.narratives(Target.Title, attrs);
      case 'description':
        return this.narratives(Target.Description, attrs);
      case 'participating-org':
        return this.narratives(Target.ParticipatingOrg, attrs);
      case 'activity-status':
        activity.status = attr(attrs, 'code');
        return null;
      case 'activity-date':
        this.attrs = attrs;
        this.capture();
        return Kind.Date;
      case 'recipient-country': {
        const code = attr(attrs, 'code');
        if (code) {
          activity.recipientCountries.push({
            code: code.toUpperCase(),
            vocabulary: null,
            percentage: attr(attrs, 'percentage'),
          });
        }
        return null;
      }
      case 'recipient-region': {
        const code = attr(attrs, 'code');
        if (code) {
          activity.recipientRegions.push({
            code,
            vocabulary: regionVocabularyCode(attr(attrs, 'vocabulary')),
            percentage: attr(attrs, 'percentage'),
          });
        }
        return null;
      }
      case 'sector': {
        const code = attr(attrs, 'code') ?? attr(attrs, 'ref');
        if (code) {
          activity.sectors.push({
            vocabulary: sectorVocabularyCode(attr(attrs, 'vocabulary')),
            code,
            percentage: attr(attrs, 'percentage'),
          });
        }
        return null;
      }
      case 'budget':
        this.budget = {
          type: attr(attrs, 'type'),
          status: attr(attrs, 'status'),
          periodStart: null,
          periodEnd: null,
          value: null,
          currency: null,
          valueDate: null,
        };
        return Kind.Budget;
      case 'contact-info':
        this.contact = {
          type: attr(attrs, 'type'),
          organisation: [],
          department: [],
          personName: [],
          jobTitle: [],
          telephones: [],
          email: null,
          website: null,
          mailingAddress: [],
        };
        return Kind.Contact;
      case 'document-link':
        this.link = {
          url: attr(attrs, 'url') ?? '',
          format: attr(attrs, 'format'),
          title: [],
          description: [],
          categories: [],
          languages: [],
          date: null,
        };
        return Kind.DocumentLink;
      case 'activity-website':
        this.capture();
        return Kind.ActivityWebsite;
      default:
        return null;
    }
  }

  private budgetChild(name: string, attrs: Attributes): Kind | null {
    this.attrs = attrs;
    this.capture();
    if (name === 'period-start') return Kind.BudgetStart;
    if (name === 'period-end') return Kind.BudgetEnd;
    if (name !== 'value') {
      this.capturing = false;
      return null;
    }
    this.budget!.currency = attr(attrs, 'currency');
    this.budget!.valueDate = attr(attrs, 'value-date');
    return Kind.BudgetValue;
  }

  private contactChild(name: string, attrs: Attributes): Kind | null {
    switch (name) {
      case 'organisation':
      case 'organization':
        return this.narratives(Target.ContactOrganisation, attrs);
      case 'department':
        return this.narratives(Target.ContactDepartment, attrs);
      case 'person-name':
        return this.narratives(Target.ContactPerson, attrs);
      case 'job-title':
        return this.narratives(Target.ContactJobTitle, attrs);
      case 'mailing-address':
        return this.narratives(Target.ContactAddress, attrs);
      case 'telephone':
        this.capture();
        return Kind.Telephone;
      case 'email':
        this.capture();
        return Kind.Email;
      case 'website':
        this.capture();
        return Kind.Website;
      default:
        return null;
    }
  }

  private documentChild(name: string, attrs: Attributes): Kind | null {
    const link = this.link!;
    switch (name) {
      case 'title':
        return this.narratives(Target.DocumentTitle, attrs);
      case 'description':
        return this.narratives(Target.DocumentDescription, attrs);
      case 'category': {
        const code = attr(attrs, 'code');
        if (code) link.categories.push(code);
        return null;
      }
      case 'language': {
        const code = normaliseLanguage(attrs.code);
        if (code) link.languages.push(code);
        return null;
      }
      case 'document-date':
        link.date = attr(attrs, 'iso-date');
        return null;
      default:
        return null;
    }
  }

  private finish(kind: Kind): void {
    const activity = this.activity;
    switch (kind) {
      case Kind.Activity:
        this.activity = null;
        this.emit(activity!);
        return;
      case Kind.Identifier:
        activity!.iatiIdentifier = this.takeText() || null;
        return;
      case Kind.Narrative: {
        const text = this.text.trim();
        if (text) this.items.push({ lang: this.narrativeLang, text });
        this.text = '';
        return;
      }
      case Kind.Narratives:
        this.finishNarratives(this.takeText());
        return;
      case Kind.Date: {
        const text = this.takeText();
        const type = activityDateCode(attr(this.attrs, 'type'));
        const isoDate = attr(this.attrs, 'iso-date') ?? (text || null);
        if (type && isoDate) activity!.dates.push({ type, isoDate });
        return;
      }
      case Kind.BudgetStart:
        this.budget!.periodStart = attr(this.attrs, 'iso-date') ?? (this.takeText() || null);
        this.capturing = false;
        return;
      case Kind.BudgetEnd:
        this.budget!.periodEnd = attr(this.attrs, 'iso-date') ?? (this.takeText() || null);
        this.capturing = false;
        return;
      case Kind.BudgetValue:
        this.budget!.value = this.takeText() || null;
        return;
      case Kind.Budget: {
        const budget = this.budget!;
        const currency = budget.currency ?? activity!.defaultCurrency ?? this.file.currency;
        budget.currency = currency ? currency.toUpperCase() : null;
        activity!.budgets.push(budget);
        return;
      }
      case Kind.Telephone: {
        const text = this.takeText();
        if (text) this.contact!.telephones.push(text);
        return;
      }
      case Kind.Email:
        this.contact!.email = this.takeText() || null;
        return;
      case Kind.Website:
        this.contact!.website = this.takeText() || null;
        return;
      case Kind.Contact:
        activity!.contacts.push(this.contact!);
        return;
      case Kind.DocumentLink:
        if (this.link!.url) activity!.documentLinks.push(this.link!);
        return;
      case Kind.ActivityWebsite: {
        const text = this.takeText();
        if (text) activity!.websites.push(text);
        return;
      }
      default:
        return;
    }
  }

  private finishNarratives(direct: string): void {
    const items = this.items;
    if (items.length === 0 && direct) items.push({ lang: this.containerLang, text: direct });
    const activity = this.activity!;
    const attrs = this.attrs;
    switch (this.target) {
      case Target.ReportingOrg:
        activity.reportingOrg = {
          ref: attr(attrs, 'ref'),
          type: attr(attrs, 'type'),
          narratives: items,
          secondaryReporter: ['1', 'true'].includes(attr(attrs, 'secondary-reporter') ?? ''),
        };
        return;
      case Target.Title:
        for (const item of items) activity.title.push(item);
        return;
      case Target.Description:
        activity.descriptions.push({ type: attr(attrs, 'type') ?? '1', narratives: items });
        return;
      case Target.ParticipatingOrg: {
        const rawRole = attr(attrs, 'role');
        activity.participatingOrgs.push({
          ref: attr(attrs, 'ref'),
          type: attr(attrs, 'type'),
          role: organisationRoleCode(rawRole),
          rawRole,
          activityId: attr(attrs, 'activity-id'),
          narratives: items,
        });
        return;
      }
      case Target.ContactOrganisation:
        this.contact!.organisation = items;
        return;
      case Target.ContactDepartment:
        this.contact!.department = items;
        return;
      case Target.ContactPerson:
        this.contact!.personName = items;
        return;
      case Target.ContactJobTitle:
        this.contact!.jobTitle = items;
        return;
      case Target.ContactAddress:
        this.contact!.mailingAddress = items;
        return;
      case Target.DocumentTitle:
        this.link!.title = items;
        return;
      case Target.DocumentDescription:
        this.link!.description = items;
        return;
    }
  }

  private newActivity(attrs: Attributes, line: number): IatiActivity {
    const currency = attr(attrs, 'default-currency');
    return {
      index: this.count++,
      line,
      version: this.file.version,
      iatiIdentifier: null,
      defaultLanguage: normaliseLanguage(attrs['xml:lang']) ?? this.file.language,
      defaultCurrency: currency ? currency.toUpperCase() : null,
      hierarchy: attr(attrs, 'hierarchy'),
      lastUpdated: attr(attrs, 'last-updated-datetime'),
      reportingOrg: null,
      title: [],
      descriptions: [],
      participatingOrgs: [],
      status: null,
      dates: [],
      recipientCountries: [],
      recipientRegions: [],
      sectors: [],
      budgets: [],
      contacts: [],
      documentLinks: [],
      websites: [],
    };
  }
}
