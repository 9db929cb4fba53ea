// What partners write in a cell that has nothing to say: "None", "N/A", "-", "нет", "None
// available – national implementation". Such a cell means no value; what follows the word is
// often worth keeping ("national implementation"), so callers keep the text as a note.
const PLACEHOLDER =
  /^(?:none(?:\s+available)?|n\/a|n\.a\.|not\s+applicable|not\s+available|unknown|tbd|tbc|-+|–|—|нет(?:\s+данных)?|отсутствует|не\s+применимо)(?=$|[\s.,;:–—(-])/iu;

/** True when the cell's text is a placeholder for "no value" (see above). */
export function isPlaceholderValue(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}
