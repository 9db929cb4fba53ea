import { PARSE_NOTES_EN, type ParseNoteMessages } from '../../domain/projects/parse-notes.ts';
import type { IatiWarningMessages } from '../../interchange/iati/iati-warnings.ts';
import type { Plural } from './en.ts';

/** The values a spreadsheet problem's sentence is built from. */
type P = { value: string; detail: string };

const PERIOD_PROBLEMS_EN: Record<string, string> = {
  startInvalid: 'start is not a valid month or year',
  endInvalid: 'end is not a valid month or year',
  endBeforeStart: 'end is before start',
};
const forPeriod = (period: string) => (period ? ` for ${period}` : '');

/** What an IATI activity gave that was not kept (IatiWarningCode), in English. */
const IATI_WARNINGS_EN: IatiWarningMessages = {
  countryUnknown: ({ value }) => `recipient-country "${value}" is not an ISO 3166-1 code; left out`,
  regionUnknown: ({ value, detail }) =>
    `recipient-region "${value}" (vocabulary ${detail}) is not an OECD DAC region; left out`,
  budgetNotExact: ({ value, detail }) =>
    `budget${forPeriod(detail)}: "${value}" is not an exact amount; left out`,
  budgetNegative: ({ value, detail }) =>
    `budget${forPeriod(detail)}: negative amount ${value}; left out`,
  budgetNoCurrency: ({ detail }) =>
    `budget${forPeriod(detail)}: no currency (neither the value nor the activity names one); left out`,
  budgetCurrencyUnknown: ({ value, detail }) =>
    `budget${forPeriod(detail)}: "${value}" is not an ISO 4217 currency; left out`,
  datesPlannedUsed: ({ detail }) =>
    `activity dates: ${PERIOD_PROBLEMS_EN[detail] ?? detail}; the planned dates were used`,
  datesEndLeftOut: ({ detail }) =>
    `activity dates: ${PERIOD_PROBLEMS_EN[detail] ?? detail}; the end date was left out`,
  datePlaceholder: ({ value }) =>
    `activity date "${value}" is a placeholder (before 1960); the date is unknown, the value kept in the period note`,
  orgNoName: () => 'participating-org with neither a name nor a ref; left out',
  orgRoleUnknown: ({ value, detail }) =>
    `participating-org "${value}": role "${detail}" is not an IATI role; left out`,
  orgNotNamed: ({ value, detail }) =>
    `participating-org (${detail}) is named only by "${value}", a type or codelist label, not an organisation; none was created`,
  orgCountryNamed: ({ value, detail }) =>
    `participating-org "${value}" is the name of a country; taken as "${detail}" — review it`,
  linkNotWeb: ({ value, detail }) => `${detail} "${value}" is not an http(s) address; left out`,
};

/** The editor's import pages in English: uploads, progress, the spreadsheet preview and its problems. */
export const adminImportsEn = {
  nav: 'Imports',
  title: 'Imports',
  intro:
    'Bring in projects from IATI activity files or from a spreadsheet. A file is written whole or not at all.',
  newState: 'New projects are created as',
  iati: {
    title: 'IATI activity files (XML)',
    hint: (mb: string) =>
      `One or more IATI 2.0x or 1.0x activity files, up to ${mb} MB each. Projects are matched by their IATI identifier, so importing a file again updates them.`,
    files: 'Files',
    force: 'Overwrite projects edited, entered or deleted here (otherwise they are skipped)',
    submit: 'Upload and import',
  },
  sheet: {
    title: 'Spreadsheet (CSV or XLSX)',
    hint: (mb: string) =>
      `A CSV or XLSX file up to ${mb} MB whose first row names the columns (Title, Country, Type of project, Period, Donor, Budget, …). You see a preview of every row before anything is written.`,
    file: 'File',
    clearEmpty: 'Empty cells clear fields',
    clearEmptyHint: 'When this is off, an empty cell keeps what is stored.',
    language: 'Language of the texts',
    submit: 'Upload and preview',
  },
  recent: 'Recent imports',
  none: 'No imports yet.',
  columns: {
    file: 'File',
    kind: 'Kind',
    state: 'State',
    records: 'Records',
    who: 'Who',
    when: 'When',
  },
  kinds: { iati: 'IATI', sheet: 'Spreadsheet' },
  states: {
    queued: 'Queued',
    running: 'Running',
    done: 'Done',
    failed: 'Failed',
    preview: 'Preview, not imported',
  },
  errors: {
    noFile: 'Choose a file to upload.',
    tooLarge: (name: string, mb: string) =>
      `“${name}” is larger than ${mb} MB. Nothing was imported.`,
    tooMany: 'Too many files or fields in one upload. Nothing was imported.',
    badUpload: 'The upload could not be read. Nothing was imported.',
    stopped:
      'The process running this import stopped before it finished. Nothing of the unfinished file was written.',
    expired: 'This preview was not imported within a day. Upload the file again.',
    crashed: (message: string) => `The import stopped with an error: ${message}`,
  },
  run: {
    title: (file: string) => `Import of ${file}`,
    state: 'State',
    progress: 'Progress',
    activities: (n: string) => `${n} activities`,
    megabytes: (read: string, total: string) => `${read} of ${total} MB read`,
    fileOf: (i: string, n: string) => `file ${i} of ${n}`,
    refreshing: 'This page refreshes itself until the import has finished.',
    started: 'Started',
    finished: 'Finished',
    by: 'By',
    read: 'Activities read',
    created: 'Created',
    createdDrafts: 'as drafts, for review',
    createdPublished: 'published',
    updated: 'Updated',
    unchanged: 'Unchanged',
    skipped: 'Skipped',
    written: 'Written.',
    nothingChanged: 'Nothing to write: every activity was unchanged or skipped.',
    notWritten: 'Nothing of this file was written.',
    error: 'Error',
    at: (line: string, column: string) => `line ${line}, column ${column}`,
    skippedTitle: 'Skipped activities',
    position: 'Activity',
    identifier: 'IATI identifier',
    reason: 'Reason',
    warnings: (shown: string, total: string) => `Warnings (${shown} of ${total} shown)`,
    seconds: (s: string) => `${s} s`,
    size: (mb: string) => `${mb} MB`,
    back: 'Back to imports',
    // Why an activity was skipped (SkipCode); "Overwrite…" is the upload form's checkbox.
    skipReasons: {
      noIdentifier: 'It has no iati-identifier.',
      noTitle: 'It has no title.',
      duplicate: (first: string | null) =>
        first
          ? `Activity ${first} of this file has the same iati-identifier.`
          : 'An earlier activity of this file has the same iati-identifier.',
      deletedLocally: 'The project was deleted here; tick “Overwrite …” to import it again.',
      enteredLocally: (source: string) =>
        `The project was entered here (source: ${source}); tick “Overwrite …” to replace it.`,
      editedLocally: (time: string) =>
        `The project was edited here since its last import (${time}); tick “Overwrite …” to replace it.`,
    },
  },
  preview: {
    title: (file: string) => `Preview of ${file}`,
    intro:
      'Nothing has been written yet. Rows with errors are left out; fix them in the spreadsheet and upload it again, or import the valid rows now.',
    // Plural forms: the view sets the number, {n}, in bold.
    counts: {
      create: { other: '{n} to create' } as Plural,
      update: { other: '{n} to update' } as Plural,
      unchanged: { other: '{n} unchanged' } as Plural,
      error: { other: '{n} with errors' } as Plural,
    },
    actions: {
      create: 'Create',
      update: 'Update',
      unchanged: 'Unchanged',
      error: 'Error',
    },
    unmatched: 'Columns not matched (their cells are not imported)',
    allMatched: 'Every column was matched.',
    readOnly: 'Columns read only (not imported)',
    clearEmptyOn: 'Empty cells clear fields.',
    clearEmptyOff: 'Empty cells keep what is stored.',
    row: 'Row',
    action: 'Action',
    project: 'Project',
    problems: 'Errors and warnings',
    changes: 'What changes',
    empty: '(empty)',
    newOrganisations:
      'New organisations: no stored organisation has these names, acronyms or translations, so importing creates them (check them in Organisations afterwards).',
    warning: 'Warning',
    importButton: (n: string) => `Import the ${n} valid rows`,
    nothingToImport: 'No row would change anything: there is nothing to import.',
    fileError: 'This file cannot be imported',
    imported: (created: string, updated: string) =>
      `Imported: ${created} created, ${updated} updated.`,
    notImported: 'Nothing was written.',
  },
  parseNotes: PARSE_NOTES_EN as ParseNoteMessages,
  iatiWarnings: IATI_WARNINGS_EN,
  problems: {
    fileUnreadable: ({ detail }: P) => `the file could not be read as CSV or XLSX: ${detail}`,
    fileNotUtf8: ({ value }: P) =>
      `the file is not UTF-8 text (line ${value} is not), so its letters cannot be read for sure. In Excel, save it as "CSV UTF-8 (Comma delimited) (*.csv)", or as an Excel workbook (XLSX), and upload it again`,
    noTitleColumn: () => 'no "Title" or "Slug" column was found in the first row',
    duplicateColumn: ({ value, detail }: P) =>
      value === detail
        ? `the column "${value}" appears twice in the first row; keep only one of them`
        : `the columns "${detail}" and "${value}" are the same field; keep only one of them`,
    importFailed: ({ detail }: P) => `nothing was imported: ${detail}`,
    titleMissing: () => 'a project needs a title',
    slugInvalid: ({ value }: P) =>
      `"${value}" is not a valid slug (lower-case letters, digits and hyphens)`,
    slugTwice: ({ value }: P) => `"${value}" appears twice in the sheet`,
    slugDeleted: ({ value }: P) =>
      `"${value}" is the slug of a deleted project; give another slug, or none to make one from the title`,
    slugTaken: ({ value }: P) =>
      `"${value}" was taken by another project while importing; the row was not written, and that project was not changed`,
    iatiIdentifierTaken: ({ value, detail }: P) =>
      `"${value}" is already the IATI identifier of the project "${detail}"`,
    iatiIdentifierOfDeleted: ({ value, detail }: P) =>
      `"${value}" is the IATI identifier of the deleted project "${detail}"`,
    iatiIdentifierTwice: ({ value }: P) => `"${value}" is given to two projects in the sheet`,
    unknownPlace: ({ value }: P) => `"${value}" is not a known country or region`,
    unknownCountry: ({ value }: P) => `"${value}" is not a known country`,
    unknownType: ({ value, detail }: P) =>
      `"${value}" is not in the vocabulary${detail ? `; the nearest types are ${detail}` : ''}`,
    unknownOrganisation: ({ value }: P) => `"${value}" is not a known organisation`,
    newOrganisation: ({ value }: P) =>
      `new organisation "${value}": no organisation of this name, acronym or translation is stored, so the import creates it`,
    placeholderCell: ({ value }: P) =>
      `"${value}" means no value: the field is left empty and the text kept as a note`,
    dateInvalid: ({ value }: P) =>
      `"${value}" is not a year, a month or a date such as 2015, 2015-01 or 2015-01-31`,
    periodUnclear: ({ value, detail }: P) =>
      `"${value}" is not clear (${detail || 'no dates found'}); give Start and End as 2015-01`,
    periodConflict: ({ value, detail }: P) => `"${value}" and Start/End "${detail}" disagree`,
    periodOneTaken: ({ value }: P) =>
      `"${value}" was taken; the other period columns were not changed`,
    periodStartInvalid: () => 'the start is not a valid month or year',
    periodEndInvalid: () => 'the end is not a valid month or year',
    periodEndBeforeStart: () => 'the end is before the start',
    budgetLineUnreadable: ({ value }: P) =>
      `"${value}" is not "label: CUR amount", e.g. "Total: USD 1500000 (total)"`,
    budgetUnsure: ({ detail }: P) =>
      `the amounts were not read for sure (${detail}); no budget lines were kept, the text was`,
    budgetUnsureKept: ({ detail }: P) =>
      `the amounts were not read for sure (${detail}); the text was kept and so were the stored budget lines`,
    budgetCurrencyFromColumn: ({ value }: P) =>
      `the amount has no currency: ${value} was taken from the Currency column`,
    currencyUnknown: ({ value }: P) => `unknown currency ${value}`,
  },
};
