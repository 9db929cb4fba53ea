import { seedDemoData } from '../services/seed.service.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

export const seedCommand: Command = {
  name: 'seed',
  summary: 'load or reload the seed record and the demo projects',
  usage: 'projectory seed',
  async run(_args, { config, stdout }) {
    const report = await withDatabase(config, ({ db }) => seedDemoData(db));
    stdout.write(
      `seeded ${report.projects} projects, ${report.organisations} organisations, ${report.projectTypes} project types\n`,
    );
    return 0;
  },
};
