import { seedDemoData } from '../services/seed.service.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

export const seedCommand: Command = {
  name: 'seed',
  summary:
    'load the seed record and the demo projects; leaves alone what was changed since (--reset: overwrite)',
  usage: 'projectory seed [--reset]',
  async run(args, { config, stdout, stderr }) {
    const unknown = args.find((a) => a !== '--reset');
    if (unknown) {
      stderr.write(
        `projectory seed: unknown option ${unknown}\nusage: projectory seed [--reset]\n`,
      );
      return 2;
    }
    const reset = args.includes('--reset');
    const report = await withDatabase(config, ({ db }) => seedDemoData(db, { reset }));
    stdout.write(
      `seed: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged of ${report.projects} projects${reset ? ' (--reset: every seed record written back as shipped)' : ''}\n`,
    );
    if (report.keptChanged.length > 0) {
      stdout.write(
        `left alone, changed since seeded (edited, imported over, moved in the workflow or deleted): ${report.keptChanged.join(', ')}\n` +
          'run `projectory seed --reset` to overwrite them with the shipped demo data\n',
      );
    }
    return 0;
  },
};
