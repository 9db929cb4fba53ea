/**
 * What an IATI activity gave that was not kept as a fact. The mapping records codes and the
 * values at fault, not sentences, so the import report speaks the editor's language and the
 * command line prints English from the same catalogue (`i18n/messages/admin-imports.*.ts`).
 */
export const IATI_WARNING_CODES = [
  'countryUnknown',
  'regionUnknown',
  'budgetNotExact',
  'budgetNegative',
  'budgetNoCurrency',
  'budgetCurrencyUnknown',
  'datesPlannedUsed',
  'datesEndLeftOut',
  'datePlaceholder',
  'orgNoName',
  'orgRoleUnknown',
  'orgNotNamed',
  'orgCountryNamed',
  'linkNotWeb',
] as const;
export type IatiWarningCode = (typeof IATI_WARNING_CODES)[number];

export interface IatiWarning {
  code: IatiWarningCode;
  /** The value at fault as the file gives it (a code, a date, a name, an address). */
  value?: string;
  /** A second value: the budget's period, the role, the element, the period problem's code. */
  detail?: string;
}

/** The sentences of one language, one per code. */
export type IatiWarningMessages = Record<
  IatiWarningCode,
  (w: { value: string; detail: string }) => string
>;

/** The warning as a sentence; a plain string (a report stored before codes) is kept. */
export function iatiWarningText(
  warning: IatiWarning | { message: string },
  messages: IatiWarningMessages,
): string {
  if (!('code' in warning)) return warning.message;
  return messages[warning.code]({ value: warning.value ?? '', detail: warning.detail ?? '' });
}

/** A warning of one activity of a file, as an import report lists it. */
export interface ActivityWarning extends IatiWarning {
  iatiIdentifier: string;
}
