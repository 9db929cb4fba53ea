import { centsToDecimal } from '../domain/projects/budget.ts';
import { parseBudgetText } from '../domain/projects/budget-text.ts';
import { formatPartialDateKey, type PartialDate } from '../domain/projects/period.ts';
import { parsePeriodText } from '../domain/projects/period-text.ts';
import type { Command } from './command.ts';

const USAGE = 'projectory parse budget "<text>" | projectory parse period "<text>"';

function budgetJson(text: string) {
  const parsed = parseBudgetText(text);
  return {
    text,
    sure: parsed.sure,
    lines: parsed.lines.map((line) => ({
      label: line.label,
      amount: centsToDecimal(line.amountCents),
      amountCents: line.amountCents,
      currency: line.currency,
      isTotal: line.isTotal,
    })),
    shares: parsed.shares ?? [],
    notes: parsed.notes.map((n) => n.text),
  };
}

function dateJson(d: PartialDate | null) {
  if (!d) return null;
  return {
    ...d,
    precision: d.month === undefined ? 'year' : 'month',
    key: formatPartialDateKey(d),
  };
}

function periodJson(text: string) {
  const parsed = parsePeriodText(text);
  return {
    text,
    sure: parsed.sure,
    start: dateJson(parsed.start),
    end: dateJson(parsed.end),
    notes: parsed.notes.map((n) => n.text),
  };
}

export const parseCommand: Command = {
  name: 'parse',
  summary: 'read budget or period text as the importers do, and print it as JSON',
  usage: USAGE,
  async run(args, { stdout, stderr }) {
    const [kind, ...words] = args;
    const text = words.join(' ');
    const read = kind === 'budget' ? budgetJson : kind === 'period' ? periodJson : null;
    if (!read || text.trim() === '') {
      const problem = !kind
        ? 'say what to parse'
        : !read
          ? `cannot parse "${kind}"`
          : 'give the text to parse';
      stderr.write(`projectory parse: ${problem}\nUsage: ${USAGE}\n`);
      return 2;
    }
    stdout.write(`${JSON.stringify(read(text), null, 2)}\n`);
    return 0;
  },
};
