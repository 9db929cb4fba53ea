/**
 * What the budget and period text parsers were unsure of or left out. Each note is a code with
 * the pieces of text it is about, so an editor reads it in their own language; `text` is the
 * English sentence, for the command line and for logs.
 */
export interface ParseNote {
  code: ParseNoteCode;
  args: string[];
  text: string;
}

/** The English sentence of each note; `{0}`, `{1}`… are the note's pieces, in order. */
export const PARSE_NOTES_EN = {
  // Both parsers
  textTooLong: 'the text is longer than {0} characters and was not read',
  // Budget text
  budgetUnreadable: 'the budget text could not be read',
  tooManyNumbers: 'the text has more than {0} numbers and was not read',
  rate: '"{0}" is a rate (per year, per grant…), not a sum',
  labelShortened: 'a label longer than {0} characters was shortened',
  noLabel: '"{0}" has no label',
  noLabelComponent: '"{0}" has no label; it was read as a component',
  twoTotals: 'two different totals in {0}: {1} and {2}',
  componentsExceedTotal: 'the components add up to {0}, more than the total {1}',
  currencyAlone: '"{0}" is not next to an amount',
  noAmount: 'no amount with a currency was found',
  range: '"{0}" is a range and was not read',
  noCurrency: '"{0}" has no currency and was ignored',
  currencyFromText: 'the currency of "{0}" was taken from the rest of the text ({1})',
  currencyAssumed: '"{0}" was taken to mean {1}',
  mixedSeparators:
    '"{0}" is not a number that can be read exactly (both "." and "," are used more than once)',
  badGrouping:
    '"{0}" is not a number that can be read exactly (thousands are not in groups of three)',
  numberAmbiguous: '"{0}" was read as {1}; it could also mean {2}',
  subCent: '"{0}" has digits below one cent; it was rounded',
  tooLarge: '"{0}" is too large to store exactly and was ignored',
  shareOver100: 'the share "{0}" is more than 100 percent',
  sharesOver100: 'the shares {0} add up to {1} percent, more than 100',
  negativeAmount: '"{0}" is negative; a budget cannot be, so it was not read',
  exponent: '"{0}" is written with an exponent; it was read as {1}',
  unknownScale: '"{0}" is followed by "{1}", which may scale it; it was read without it',
  scaleAlone: '"{0}" is not right after a number; the amounts were read without it',
  equivalent: '"{1}" may be "{0}" in another currency, not an amount of its own',
  // Period text
  periodUnreadable: 'the period text could not be read',
  textEmpty: 'the text is empty',
  notUnderstood: 'not understood: {0}',
  noDate: 'no month or year was found',
  moreThanTwoDates: 'more than two dates; only "{0}" and "{1}" were read',
  notJoined: '"{0}" and "{1}" are not joined by a dash or "to"',
  onlyEnd: 'the period has only an end',
  onlyStart: 'the period has only a start',
  yearsOrMonth: '"{0}" was read as the years {1} to {2}; it could also mean {3}',
  shortYearBefore: '"{0}" would end before it starts; the end was not read',
  dayInvalid: '"{0}" is not a valid day',
  fiscalYears: 'fiscal years ("{0}") may not be calendar years; they were read as calendar years',
  singleMonth: '"{0}" alone may be the whole period or only its start; it was read as one month',
  noValidDate: 'no valid month or year was found',
  yearTaken: '"{0}" was taken to be in {1}',
  noYear: '"{0}" has no year',
  dayMonthAmbiguous: 'in "{0}" the day and the month could be either way round',
  dateInvalid: '"{0}" is not a valid month or year',
  startInvalid: 'start is not a valid month or year',
  endInvalid: 'end is not a valid month or year',
  endBeforeStart: 'end is before start',
} as const;

export type ParseNoteCode = keyof typeof PARSE_NOTES_EN;

/** A catalogue of note sentences in one language, in the same `{0}` form. */
export type ParseNoteMessages = Record<ParseNoteCode, string>;

/** The note in the catalogue's language. */
export function parseNoteText(note: ParseNote, messages: ParseNoteMessages): string {
  const template = messages[note.code] ?? note.text;
  return template.replace(/\{(\d)\}/g, (_, i: string) => note.args[Number(i)] ?? '');
}

/** Makes a note, its English sentence filled in. */
export function parseNote(code: ParseNoteCode, ...args: (string | number)[]): ParseNote {
  const strings = args.map(String);
  const note = { code, args: strings, text: '' };
  note.text = parseNoteText(note, PARSE_NOTES_EN);
  return note;
}

/** Collects a reading's notes, each once; any warning makes the reading unsure. */
export class ParseNotes {
  readonly list: ParseNote[] = [];
  sure = true;
  /** Something was guessed, ignored or inconsistent: the reading is no longer sure. */
  warn(code: ParseNoteCode, ...args: (string | number)[]) {
    this.sure = false;
    this.info(code, ...args);
  }
  /** Worth knowing, but the reading stays sure. */
  info(code: ParseNoteCode, ...args: (string | number)[]) {
    const note = parseNote(code, ...args);
    if (!this.list.some((n) => n.text === note.text)) this.list.push(note);
  }
}
