import type { ProjectTranslation } from '../../domain/projects/project.ts';
import type { IatiActivity, IatiNarrative } from './iati-activity.ts';

/** The language used when neither the file nor the activity names one. */
export const FALLBACK_LANGUAGE = 'en';

/** One line, single-spaced: for titles, names and other short texts. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Paragraph text with the file's line breaks kept and its indentation dropped: the indentation
 * every line after the first shares (the file's pretty-printing), so that deeper indentation,
 * the text's own (a nested Markdown list), stays.
 */
function paragraphs(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let common = Number.POSITIVE_INFINITY;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const body = line.trimStart();
    if (body !== '') common = Math.min(common, line.length - body.length);
  }
  const cut = Number.isFinite(common) ? common : 0;
  return lines
    .map((line, i) => (i === 0 ? line.trim() : line.slice(cut).trimEnd()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The activity's language: its default language when the title is given in it, else the
 * language of the first title narrative, else the default, else English.
 */
export function mainLanguage(activity: IatiActivity): string {
  const fallback = activity.defaultLanguage;
  if (fallback && activity.title.some((n) => (n.lang ?? fallback) === fallback)) return fallback;
  return activity.title[0]?.lang ?? fallback ?? FALLBACK_LANGUAGE;
}

/** The narrative in `lang` (an untagged one counts as the main language), or null. */
export function textIn(items: readonly IatiNarrative[], lang: string, main: string): string | null {
  const found = items.find((n) => (n.lang ?? main) === lang);
  return found ? found.text : null;
}

/** The narrative in the main language, else the first one, as one line; null when there is none. */
export function bestLine(items: readonly IatiNarrative[], main: string): string | null {
  const text = textIn(items, main, main) ?? items[0]?.text ?? null;
  return text === null ? null : oneLine(text) || null;
}

const SUMMARY_LENGTH = 300;

/** The first paragraph of a description, cut at a word near 300 characters. */
export function summaryOf(description: string | null): string | null {
  if (!description) return null;
  const end = description.search(/\n\s*\n/);
  const paragraph = end >= 0 ? description.slice(0, end) : description;
  // Only the head of a long paragraph can end up in the summary; spare the regex the rest.
  const head =
    paragraph.length > SUMMARY_LENGTH * 3 ? paragraph.slice(0, SUMMARY_LENGTH * 3) : paragraph;
  const first = head.replace(/\s+/g, ' ').trim();
  if (!first) return null;
  if (first.length <= SUMMARY_LENGTH && head === paragraph) return first;
  const cut = first.slice(0, SUMMARY_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Title, description, summary and beneficiary of the activity in one language. */
export interface Texts {
  title: string | null;
  summary: string | null;
  description: string | null;
  beneficiary: string | null;
}

// General, objectives and "other" descriptions make the description; target groups the beneficiary.
const DESCRIPTION_TYPES = ['1', '2', '4'];
const TARGET_GROUPS = '3';

/** The activity's texts in `lang`; `main` is the language untagged narratives are in. */
export function textsIn(activity: IatiActivity, lang: string, main: string): Texts {
  const title = textIn(activity.title, lang, main);
  const parts: string[] = [];
  const beneficiaries: string[] = [];
  for (const d of activity.descriptions) {
    const text = textIn(d.narratives, lang, main);
    if (!text) continue;
    if (d.type === TARGET_GROUPS) beneficiaries.push(oneLine(text));
    else if (DESCRIPTION_TYPES.includes(d.type)) parts.push(paragraphs(text));
  }
  const description = parts.filter(Boolean).join('\n\n') || null;
  return {
    title: title === null ? null : oneLine(title) || null,
    summary: summaryOf(description),
    description,
    beneficiary: beneficiaries.join(' ') || null,
  };
}

/**
 * One translation for every language other than `main` in which the title or a description is
 * given; a language with descriptions but no title borrows the main title.
 */
export function translationsOf(
  activity: IatiActivity,
  main: string,
  mainTitle: string,
): ProjectTranslation[] {
  const languages = new Set<string>();
  for (const n of activity.title) if (n.lang) languages.add(n.lang);
  for (const d of activity.descriptions)
    for (const n of d.narratives) if (n.lang) languages.add(n.lang);
  languages.delete(main);
  return [...languages].map((language) => {
    const t = textsIn(activity, language, main);
    return {
      language,
      title: t.title ?? mainTitle,
      summary: t.summary,
      description: t.description,
      budgetText: null,
      beneficiary: t.beneficiary,
      periodNote: null,
    };
  });
}
