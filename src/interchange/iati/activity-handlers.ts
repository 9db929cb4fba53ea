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

/**
 * What the reader does inside one element. `child` returns the handler of a child element, or
 * null to skip that child's whole subtree; elements nobody asked for cost nothing but a counter.
 */
export interface ElementHandler {
  child?(name: string, attrs: Attributes): ElementHandler | null;
  text?(text: string): void;
  close?(): void;
}

/** The defaults an activity's elements inherit from the file. */
export interface FileDefaults {
  version: string | null;
  language: string | null;
  currency: string | null;
}

function attr(attrs: Attributes, name: string): string | null {
  const value = attrs[name]?.trim();
  return value ? value : null;
}

/** Collects the element's text; `done` gets it trimmed. */
function textOf(done: (text: string) => void): ElementHandler {
  let text = '';
  return {
    text: (t) => {
      text += t;
    },
    close: () => done(text.trim()),
  };
}

/**
 * A 2.x narrative container (`<title><narrative xml:lang="fr">…`) that also reads 1.x text
 * written straight inside the element. Empty narratives carry nothing and are dropped.
 */
function narratives(
  attrs: Attributes,
  defaultLang: string | null,
  done: (items: IatiNarrative[]) => void,
): ElementHandler {
  const items: IatiNarrative[] = [];
  const ownLang = normaliseLanguage(attrs['xml:lang']) ?? defaultLang;
  let direct = '';
  return {
    child(name, childAttrs) {
      if (name !== 'narrative') return null;
      const lang = normaliseLanguage(childAttrs['xml:lang']) ?? ownLang;
      return textOf((text) => {
        if (text) items.push({ lang, text });
      });
    },
    text: (t) => {
      direct += t;
    },
    close() {
      const text = direct.trim();
      if (items.length === 0 && text) items.push({ lang: ownLang, text });
      done(items);
    },
  };
}

function isoDateOf(attrs: Attributes, done: (date: string | null) => void): ElementHandler {
  return textOf((text) => done(attr(attrs, 'iso-date') ?? (text || null)));
}

function budgetHandler(attrs: Attributes, activity: IatiActivity, file: FileDefaults) {
  const budget: IatiBudget = {
    type: attr(attrs, 'type'),
    status: attr(attrs, 'status'),
    periodStart: null,
    periodEnd: null,
    value: null,
    currency: null,
    valueDate: null,
  };
  return {
    child(name: string, a: Attributes): ElementHandler | null {
      if (name === 'period-start')
        return isoDateOf(a, (d) => {
          budget.periodStart = d;
        });
      if (name === 'period-end')
        return isoDateOf(a, (d) => {
          budget.periodEnd = d;
        });
      if (name !== 'value') return null;
      budget.currency = attr(a, 'currency');
      budget.valueDate = attr(a, 'value-date');
      return textOf((text) => {
        budget.value = text || null;
      });
    },
    close() {
      budget.currency =
        (budget.currency ?? activity.defaultCurrency ?? file.currency)?.toUpperCase() ?? null;
      activity.budgets.push(budget);
    },
  } satisfies ElementHandler;
}

function contactHandler(attrs: Attributes, activity: IatiActivity, lang: string | null) {
  const contact: IatiContact = {
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
  return {
    child(name: string, a: Attributes): ElementHandler | null {
      switch (name) {
        case 'organisation':
        case 'organization':
          return narratives(a, lang, (n) => {
            contact.organisation = n;
          });
        case 'department':
          return narratives(a, lang, (n) => {
            contact.department = n;
          });
        case 'person-name':
          return narratives(a, lang, (n) => {
            contact.personName = n;
          });
        case 'job-title':
          return narratives(a, lang, (n) => {
            contact.jobTitle = n;
          });
        case 'mailing-address':
          return narratives(a, lang, (n) => {
            contact.mailingAddress = n;
          });
        case 'telephone':
          return textOf((t) => {
            if (t) contact.telephones.push(t);
          });
        case 'email':
          return textOf((t) => {
            contact.email = t || null;
          });
        case 'website':
          return textOf((t) => {
            contact.website = t || null;
          });
        default:
          return null;
      }
    },
    close: () => void activity.contacts.push(contact),
  } satisfies ElementHandler;
}

function documentLinkHandler(attrs: Attributes, activity: IatiActivity, lang: string | null) {
  const link: IatiDocumentLink = {
    url: attr(attrs, 'url') ?? '',
    format: attr(attrs, 'format'),
    title: [],
    description: [],
    categories: [],
    languages: [],
    date: null,
  };
  return {
    child(name: string, a: Attributes): ElementHandler | null {
      switch (name) {
        case 'title':
          return narratives(a, lang, (n) => {
            link.title = n;
          });
        case 'description':
          return narratives(a, lang, (n) => {
            link.description = n;
          });
        case 'category': {
          const code = attr(a, 'code');
          if (code) link.categories.push(code);
          return null;
        }
        case 'language': {
          const code = normaliseLanguage(a.code);
          if (code) link.languages.push(code);
          return null;
        }
        case 'document-date':
          link.date = attr(a, 'iso-date');
          return null;
        default:
          return null;
      }
    },
    close: () => {
      if (link.url) activity.documentLinks.push(link);
    },
  } satisfies ElementHandler;
}

function emptyActivity(index: number, line: number, attrs: Attributes, file: FileDefaults) {
  const activity: IatiActivity = {
    index,
    line,
    version: file.version,
    iatiIdentifier: null,
    defaultLanguage: normaliseLanguage(attrs['xml:lang']) ?? file.language,
    defaultCurrency: attr(attrs, 'default-currency')?.toUpperCase() ?? null,
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
  return activity;
}

/** Reads one `<iati-activity>` element; `emit` receives it when its end tag is read. */
export function activityHandler(
  index: number,
  line: number,
  attrs: Attributes,
  file: FileDefaults,
  emit: (activity: IatiActivity) => void,
): ElementHandler {
  const activity = emptyActivity(index, line, attrs, file);
  const lang = activity.defaultLanguage;
  return {
    child(name, a) {
      switch (name) {
        case 'iati-identifier':
          return textOf((t) => {
            activity.iatiIdentifier = t || null;
          });
        case 'reporting-org': {
          const org = { ref: attr(a, 'ref'), type: attr(a, 'type'), narratives: [] };
          return narratives(a, lang, (n) => {
            activity.reportingOrg = { ...org, narratives: n };
          });
        }
        case 'title':
          return narratives(a, lang, (n) => void activity.title.push(...n));
        case 'description': {
          const type = attr(a, 'type') ?? '1';
          return narratives(
            a,
            lang,
            (n) => void activity.descriptions.push({ type, narratives: n }),
          );
        }
        case 'participating-org': {
          const rawRole = attr(a, 'role');
          const base = {
            ref: attr(a, 'ref'),
            type: attr(a, 'type'),
            role: organisationRoleCode(rawRole),
            rawRole,
            activityId: attr(a, 'activity-id'),
          };
          return narratives(
            a,
            lang,
            (n) => void activity.participatingOrgs.push({ ...base, narratives: n }),
          );
        }
        case 'activity-status':
          activity.status = attr(a, 'code');
          return null;
        case 'activity-date': {
          const type = activityDateCode(attr(a, 'type'));
          return isoDateOf(a, (isoDate) => {
            if (type && isoDate) activity.dates.push({ type, isoDate });
          });
        }
        case 'recipient-country': {
          const code = attr(a, 'code');
          if (code) {
            activity.recipientCountries.push({
              code: code.toUpperCase(),
              vocabulary: null,
              percentage: attr(a, 'percentage'),
            });
          }
          return null;
        }
        case 'recipient-region': {
          const code = attr(a, 'code');
          if (code) {
            activity.recipientRegions.push({
              code,
              vocabulary: regionVocabularyCode(attr(a, 'vocabulary')),
              percentage: attr(a, 'percentage'),
            });
          }
          return null;
        }
        case 'sector': {
          const code = attr(a, 'code') ?? attr(a, 'ref');
          if (code) {
            activity.sectors.push({
              vocabulary: sectorVocabularyCode(attr(a, 'vocabulary')),
              code,
              percentage: attr(a, 'percentage'),
            });
          }
          return null;
        }
        case 'budget':
          return budgetHandler(a, activity, file);
        case 'contact-info':
          return contactHandler(a, activity, lang);
        case 'document-link':
          return documentLinkHandler(a, activity, lang);
        case 'activity-website':
          return textOf((t) => {
            if (t) activity.websites.push(t);
          });
        default:
          return null;
      }
    },
    close: () => emit(activity),
  };
}
